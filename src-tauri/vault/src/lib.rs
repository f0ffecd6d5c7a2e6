//! Everything Avenir keeps on disk. No other crate reads or writes Avenir's files.
//!
//! A counsellor profile is a folder holding a small header (KDF parameters, salts and the data
//! key wrapped twice — see `FORMAT.md`), a SQLCipher database keyed from the data key, a
//! non-secret label and an instance lock. Device preferences (the interface language) live
//! beside the profiles and are not secret.
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod album;
mod atomic;
pub mod backup;
mod backup_error;
mod backup_file;
pub mod clients;
pub mod courses;
mod db;
pub mod decisions;
pub mod directory;
mod error;
pub mod handover;
mod header;
mod kdf;
mod keys;
pub mod passphrase;
mod preferences;
mod profile;
mod records;
mod recovery;
mod snapshot;
mod stored;
#[cfg(feature = "testing")]
pub mod testing;
mod vault;
mod wal;
pub mod worksheets;

pub use atomic::write_atomically;
pub use backup::BackupError;
pub use clients::{
    ClientRecord, ClientRow, ClientSort, NextStep, SearchHit, SessionInput, SessionRecord,
    SessionText,
};
#[cfg(feature = "yardstick")]
pub use db::open_unkeyed as open_plain_yardstick;
pub use error::VaultError;
pub use header::{HEADER_LEN, Header};
pub use kdf::{KdfParams, calibrate, kdf_time};
pub use keys::random_below;
pub use preferences::{DisplaySettings, Preferences, PreferencesStore, TextSize};
pub use profile::{ProfileInfo, Profiles};
pub use records::{ClientSummary, Stats};
pub use recovery::{GROUPS as RECOVERY_GROUPS, RecoveryKey};
/// The database connection type the repositories take (reached only through `avenir-api`).
pub use rusqlite::{Connection, InterruptHandle};
pub use vault::{
    IDLE_MINUTES_DEFAULT, IDLE_MINUTES_RANGE, REKEY_PAUSE_ENV, Secret, Vault, VerifyReport,
};
pub use worksheets::{AnswerRecord, ExerciseActivity, JournalRecord};

/// What went wrong decoding a stored JSON value, for the log: its category and position only.
/// serde_json's own message can quote the value, which would put client words in the log.
pub(crate) fn json_problem(what: &str, e: &serde_json::Error) -> String {
    format!(
        "a stored {what} does not decode ({:?} error at line {}, column {})",
        e.classify(),
        e.line(),
        e.column()
    )
}
