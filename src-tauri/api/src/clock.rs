//! Time and randomness come in from outside: the app and the command line pass the system's,
//! tests pass fixed ones. Nothing else in Avenir reads the wall clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, FixedOffset, Local, NaiveDate, Offset, Utc};

use crate::ApiError;

/// What a use case may ask about time.
pub trait Clock: Send + Sync {
    /// The wall clock, for timestamps that are stored.
    fn now(&self) -> DateTime<Utc>;
    /// Today's date in the counsellor's time zone (follow-ups, reviews, outdated cards).
    fn today(&self) -> NaiveDate;
    /// A steady count since an arbitrary origin, for idle time. It never goes back. Whether it
    /// counts time the computer spent asleep depends on the implementation: [`SystemClock`]
    /// uses `Instant`, which on Linux and macOS does not; a clock that does (`CLOCK_BOOTTIME`)
    /// can be put in its place without changing any caller.
    fn ticks(&self) -> Duration;

    /// The year of `today`, which bounds a year of arrival.
    fn this_year(&self) -> i32 {
        self.today().year()
    }

    /// `now` as stored: `YYYY-MM-DDTHH:MM:SSZ`.
    fn stamp(&self) -> String {
        avenir_core::time::stamp(self.now())
    }
}

/// The operating system's clocks.
#[derive(Debug)]
pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
    fn ticks(&self) -> Duration {
        self.origin.elapsed()
    }
}

/// A clock that stands still until a test moves it.
#[derive(Debug)]
pub struct FixedClock {
    at: DateTime<Utc>,
    offset: FixedOffset,
    ticks_ms: AtomicU64,
}

impl FixedClock {
    /// Stands at `at` (`YYYY-MM-DDTHH:MM:SSZ`) in a time zone `offset_hours` east of UTC.
    pub fn at(at: &str, offset_hours: i32) -> Self {
        let at = DateTime::parse_from_rfc3339(at)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default();
        let offset = FixedOffset::east_opt(offset_hours * 3600).unwrap_or(Utc.fix());
        Self {
            at,
            offset,
            ticks_ms: AtomicU64::new(0),
        }
    }

    /// Moves the steady count forward (the wall clock stays).
    pub fn advance(&self, by: Duration) {
        let ms = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        self.ticks_ms.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.at
    }
    fn today(&self) -> NaiveDate {
        self.at.with_timezone(&self.offset).date_naive()
    }
    fn ticks(&self) -> Duration {
        Duration::from_millis(self.ticks_ms.load(Ordering::SeqCst))
    }
}

/// Randomness that is not a key: suggested client codes, demo data. Keys and salts come from
/// the vault's own cryptographic generator and never through here.
pub trait Random: Send + Sync {
    /// A uniformly random number below `n` (`n` ≥ 1).
    fn below(&self, n: u32) -> Result<u32, ApiError>;
}

/// The operating system's generator.
#[derive(Debug, Default)]
pub struct OsRandom;

impl Random for OsRandom {
    fn below(&self, n: u32) -> Result<u32, ApiError> {
        Ok(avenir_vault::random_below(n.max(1))?)
    }
}

/// A repeatable sequence for tests.
#[derive(Debug)]
pub struct SeededRandom(std::sync::Mutex<u64>);

impl SeededRandom {
    pub fn new(seed: u64) -> Self {
        Self(std::sync::Mutex::new(seed.max(1)))
    }
}

impl Random for SeededRandom {
    fn below(&self, n: u32) -> Result<u32, ApiError> {
        let mut s = self.0.lock().unwrap_or_else(|p| p.into_inner());
        // xorshift64*
        *s ^= *s >> 12;
        *s ^= *s << 25;
        *s ^= *s >> 27;
        let v = s.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32;
        Ok((v % u64::from(n.max(1))) as u32)
    }
}

/// The clock and the random source a use case runs with.
#[derive(Clone)]
pub struct Env {
    pub clock: Arc<dyn Clock>,
    pub random: Arc<dyn Random>,
}

impl Env {
    /// The system clock and the operating system's generator.
    pub fn system() -> Self {
        Self {
            clock: Arc::new(SystemClock::new()),
            random: Arc::new(OsRandom),
        }
    }
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Env")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_gives_the_local_date_and_moves_only_its_ticks() {
        let c = FixedClock::at("2026-12-01T23:30:00Z", 1);
        assert_eq!(
            c.today().to_string(),
            "2026-12-02",
            "Brussels is an hour ahead"
        );
        assert_eq!(c.stamp(), "2026-12-01T23:30:00Z");
        assert_eq!(c.this_year(), 2026);
        assert_eq!(c.ticks(), Duration::ZERO);
        c.advance(Duration::from_secs(90));
        assert_eq!(c.ticks(), Duration::from_secs(90));
        assert_eq!(c.stamp(), "2026-12-01T23:30:00Z");
    }

    #[test]
    fn seeded_randomness_repeats_and_stays_below_its_bound() {
        let (a, b) = (SeededRandom::new(7), SeededRandom::new(7));
        let xs: Vec<u32> = (0..50).map(|_| a.below(10).unwrap()).collect();
        let ys: Vec<u32> = (0..50).map(|_| b.below(10).unwrap()).collect();
        assert_eq!(xs, ys);
        assert!(xs.iter().all(|x| *x < 10));
        assert!(xs.iter().collect::<std::collections::HashSet<_>>().len() > 3);
    }
}
