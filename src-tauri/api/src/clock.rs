//! Time and randomness come in from outside: the app and the command line pass the system's,
//! tests pass fixed ones. Nothing else in Avenir reads the wall clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, Local, NaiveDate, Offset, Utc};

use crate::ApiError;

/// What a use case may ask about time.
pub trait Clock: Send + Sync {
    /// The wall clock, for timestamps that are stored.
    fn now(&self) -> DateTime<Utc>;
    /// Today's date in the counsellor's time zone (follow-ups, reviews, outdated cards).
    fn today(&self) -> NaiveDate;
    /// A steady count since an arbitrary origin, for idle time. It never goes back, and it
    /// counts the time the computer spent asleep, so sleeping past the idle limit locks on wake
    /// ([`SystemClock`]: `CLOCK_BOOTTIME` on Linux).
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
    origin: Duration,
}

impl SystemClock {
    pub fn new() -> Self {
        Self {
            origin: boot_time(),
        }
    }
}

/// Time since boot, suspended time included. `Instant` would not do: on Linux it reads
/// `CLOCK_MONOTONIC`, which stops while the laptop sleeps, so a laptop closed for a night would
/// wake with an idle vault still open.
#[cfg(target_os = "linux")]
fn boot_time() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    Duration::new(
        u64::try_from(t.tv_sec).unwrap_or(0),
        u32::try_from(t.tv_nsec).unwrap_or(0),
    )
}

/// Elsewhere a monotonic clock since the process started. On Windows `Instant` (the
/// performance counter) keeps counting across sleep; on macOS it stops (`mach_absolute_time`),
/// and `CLOCK_MONOTONIC` (through `clock_gettime`) is the clock that counts sleep there: see
/// `PACKAGING.md` ("Platform-specific code") for what the macOS build must add.
#[cfg(not(target_os = "linux"))]
fn boot_time() -> Duration {
    static ORIGIN: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    ORIGIN.get_or_init(std::time::Instant::now).elapsed()
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
        boot_time().saturating_sub(self.origin)
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

    /// The idle clock must count suspended time. A test cannot suspend the machine, but a Linux
    /// time namespace can give `CLOCK_BOOTTIME` (the clock that counts suspension) an offset
    /// that `CLOCK_MONOTONIC` (the one `Instant` reads, which stops while asleep) does not get:
    /// the test runs itself again in such a namespace, where the idle clock must be a day ahead of
    /// the monotonic one. (Needs root, as the tests here and in CI run.)
    #[cfg(target_os = "linux")]
    #[test]
    fn the_idle_clock_counts_the_time_the_laptop_slept() {
        const DAY: u64 = 86_400;
        if std::env::var_os("AVENIR_CLOCK_IN_TIME_NAMESPACE").is_some() {
            let monotonic = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
            let ahead = boot_time()
                .as_secs()
                .saturating_sub(monotonic.tv_sec as u64);
            assert!(ahead >= DAY, "the idle clock is {ahead} s ahead, not a day");
            return;
        }
        let this = std::env::current_exe().unwrap();
        let out = std::process::Command::new("unshare")
            .args(["--time", "--boottime", &DAY.to_string()])
            .arg(this)
            .args([
                "--exact",
                "clock::tests::the_idle_clock_counts_the_time_the_laptop_slept",
                "--test-threads=1",
            ])
            .env("AVENIR_CLOCK_IN_TIME_NAMESPACE", "1")
            .output()
            .expect("unshare (util-linux) runs");
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && report.contains("1 passed"),
            "in a time namespace whose boot clock is a day ahead:\n{report}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // And outside it, the system clock's ticks move forward from zero.
        let clock = SystemClock::new();
        let first = clock.ticks();
        std::thread::sleep(Duration::from_millis(20));
        assert!(clock.ticks() >= first + Duration::from_millis(20));
    }

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
