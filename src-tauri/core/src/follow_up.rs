//! Which clients need attention: the home screen's filters, as pure rules over dates.

use chrono::{Days, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum ClientFilter {
    All,
    /// A follow-up falls within the next seven days, or is overdue.
    DueThisWeek,
    /// No session for three months (90 days) or more, or never.
    #[cfg_attr(feature = "ts", ts(rename = "not_seen_3_months"))]
    NotSeenThreeMonths,
    /// The consent/retention review date has come.
    DueForReview,
}

impl ClientFilter {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "all" => Some(ClientFilter::All),
            "due_this_week" => Some(ClientFilter::DueThisWeek),
            "not_seen_3_months" => Some(ClientFilter::NotSeenThreeMonths),
            "due_for_review" => Some(ClientFilter::DueForReview),
            _ => None,
        }
    }

    /// Whether a client with these dates passes the filter on `today`.
    pub fn keeps(
        self,
        today: NaiveDate,
        last_session: Option<NaiveDate>,
        next_follow_up: Option<NaiveDate>,
        review_on: Option<NaiveDate>,
    ) -> bool {
        match self {
            ClientFilter::All => true,
            ClientFilter::DueThisWeek => {
                let horizon = today.checked_add_days(Days::new(7)).unwrap_or(today);
                next_follow_up.is_some_and(|d| d <= horizon)
            }
            ClientFilter::NotSeenThreeMonths => {
                let since = today.checked_sub_days(Days::new(90)).unwrap_or(today);
                last_session.is_none_or(|d| d <= since)
            }
            ClientFilter::DueForReview => review_on.is_some_and(|d| d <= today),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn due_this_week_includes_overdue_and_the_next_seven_days() {
        let today = d("2026-03-10");
        let f = ClientFilter::DueThisWeek;
        assert!(f.keeps(today, None, Some(d("2026-03-01")), None), "overdue");
        assert!(f.keeps(today, None, Some(d("2026-03-17")), None));
        assert!(!f.keeps(today, None, Some(d("2026-03-18")), None));
        assert!(!f.keeps(today, None, None, None));
    }

    #[test]
    fn not_seen_for_three_months() {
        let today = d("2026-03-10");
        let f = ClientFilter::NotSeenThreeMonths;
        assert!(f.keeps(today, None, None, None), "never seen");
        assert!(
            f.keeps(today, Some(d("2025-12-10")), None, None),
            "exactly 90 days"
        );
        assert!(!f.keeps(today, Some(d("2025-12-11")), None, None));
    }

    #[test]
    fn due_for_review_from_the_review_date_on() {
        let f = ClientFilter::DueForReview;
        assert!(f.keeps(d("2026-03-10"), None, None, Some(d("2026-03-10"))));
        assert!(!f.keeps(d("2026-03-09"), None, None, Some(d("2026-03-10"))));
        assert!(ClientFilter::parse("due_for_review") == Some(f));
        assert_eq!(ClientFilter::parse("everyone"), None);
    }
}
