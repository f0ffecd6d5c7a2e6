//! Instants are stored in UTC and shown in the counsellor's local time. The time zone comes in
//! from the caller (the app passes the system's), so these rules are testable.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";
const STORED_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// An instant as Avenir stores it: `YYYY-MM-DDTHH:MM:SSZ`.
pub fn stamp(at: DateTime<Utc>) -> String {
    at.format(STORED_FORMAT).to_string()
}

/// `YYYY-MM-DDTHH:MM` in `tz` → `YYYY-MM-DDTHH:MM:SSZ`. In a daylight-saving gap the time does
/// not exist and is refused; in an overlap the earlier of the two instants is taken.
pub fn local_to_utc<Tz: TimeZone>(tz: &Tz, local: &str) -> Option<String> {
    let naive = NaiveDateTime::parse_from_str(local.get(..16)?, LOCAL_FORMAT).ok()?;
    let at = tz.from_local_datetime(&naive).earliest()?;
    Some(stamp(at.with_timezone(&Utc)))
}

/// `YYYY-MM-DDTHH:MM:SSZ` (or any RFC 3339 instant) → `YYYY-MM-DDTHH:MM` in `tz`.
pub fn utc_to_local<Tz: TimeZone>(tz: &Tz, stored: &str) -> Option<String>
where
    Tz::Offset: std::fmt::Display,
{
    let at = DateTime::parse_from_rfc3339(stored).ok()?;
    Some(at.with_timezone(tz).format(LOCAL_FORMAT).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn brussels_winter_and_summer_offsets() {
        let winter = FixedOffset::east_opt(3600).unwrap();
        let summer = FixedOffset::east_opt(7200).unwrap();
        assert_eq!(
            local_to_utc(&winter, "2026-01-15T10:30").unwrap(),
            "2026-01-15T09:30:00Z"
        );
        assert_eq!(
            local_to_utc(&summer, "2026-07-15T10:30").unwrap(),
            "2026-07-15T08:30:00Z"
        );
        assert_eq!(
            utc_to_local(&summer, "2026-07-15T08:30:00Z").unwrap(),
            "2026-07-15T10:30"
        );
        // Across midnight and the year boundary.
        assert_eq!(
            utc_to_local(&winter, "2025-12-31T23:30:00Z").unwrap(),
            "2026-01-01T00:30"
        );
    }

    #[test]
    fn round_trip_and_bad_input() {
        let tz = FixedOffset::west_opt(5 * 3600).unwrap();
        let stored = local_to_utc(&tz, "2026-03-10T18:05").unwrap();
        assert_eq!(utc_to_local(&tz, &stored).unwrap(), "2026-03-10T18:05");
        assert_eq!(local_to_utc(&tz, "10/03/2026 18:05"), None);
        assert_eq!(local_to_utc(&tz, "2026-02-30T10:00"), None);
        assert_eq!(utc_to_local(&tz, "yesterday"), None);
    }
}
