//! Avenir's application layer: every use case the desktop app and the command line share —
//! opening, creating, locking and recovering a vault, client files, exercises, the album (one
//! photo import for both), courses and demo seeding. The app's Tauri commands and the command
//! line's subcommands are each one call into this crate.
//!
//! Time and randomness are injected ([`Env`]): nothing here reads the wall clock except
//! [`SystemClock`]. The database connection never leaves this crate; the app and the command
//! line do not depend on `avenir-vault` for anything but its public types.
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod access;
mod album;
mod backup_jobs;
mod backups;
mod clients;
mod clock;
mod demo;
mod desktop;
mod desktop_directory;
mod desktop_display;
mod desktop_handover;
mod directory;
mod error;
mod explorer;
mod handover;
mod lifecycle;
mod open;
mod worksheets;

pub use access::{OpenInfo, VaultAccess, VaultStatus};
pub use album::{Album, BatchReport};
pub use backup_jobs::{BACKUP_INTERVAL, BackupStatus, BackupWhen};
pub use backups::{
    BackupDone, BackupSettings, KEEP_DAILY, KEEP_WEEKLY, PreparedBackup, STALE_AFTER_DAYS,
    restore_backup_to, to_rotate_out, verify_backup_file,
};
pub use clients::{Overview, SEARCH_LIMIT};
pub use clock::{Clock, Env, FixedClock, OsRandom, Random, SeededRandom, SystemClock};
pub use desktop::{Avenir, CONTENT_DIR, DATA_DIR_ENV, KDF_TARGET, data_dir_override};
pub use desktop_handover::HandoverBook;
pub use directory::{DIRECTORY_LIMIT, DirectoryHits, DirectoryImport, directory_format};
pub use error::ApiError;
pub use explorer::{Exploration, explore};
pub use handover::{CaseReceived, CaseSent, EscrowInfo, HandoverIdentity, case_file_name};
pub use lifecycle::{PassphraseReset, REKEY_BACKUP_NOTICE, Rekeyed};
pub use open::OpenVault;

// The types use cases take and answer with, so the app and the command line name them from here.
pub use avenir_content::directory::Format as DirectoryFormat;
pub use avenir_content::{Library, Organisation};
pub use avenir_core as core;
pub use avenir_i18n as i18n;
pub use avenir_media::{Limits as PhotoLimits, MediaError};
pub use avenir_vault::BackupError;
pub use avenir_vault::album::{PageRecord, PhotoRecord, PhotoSize};
pub use avenir_vault::backup::{
    BACKUP_EXTENSION, Counts as BackupCounts, Manifest as BackupManifest,
};
pub use avenir_vault::courses::CourseRecord;
pub use avenir_vault::directory::ServiceRecord;
pub use avenir_vault::handover::{
    CASE_EXTENSION, Contact, HandoverError, Mark as HandoverMark, Mode as HandoverMode,
    Preview as CasePreview, ReceivedMark as HandoverReceived,
};
pub use avenir_vault::passphrase::Strength as PassphraseStrength;
pub use avenir_vault::{
    AnswerRecord, ClientRecord, ClientRow, ClientSort, ClientSummary, ExerciseActivity,
    IDLE_MINUTES_RANGE, JournalRecord, KdfParams, NextStep, ProfileInfo, Profiles, RECOVERY_GROUPS,
    SearchHit, Secret, SessionInput, SessionRecord, SessionText, Stats, VaultError, VerifyReport,
    calibrate, kdf_time,
};
pub use avenir_vault::{DisplaySettings, TextSize};

/// How guessable `passphrase` is (zxcvbn; nothing leaves the process).
pub fn passphrase_strength(passphrase: &str) -> PassphraseStrength {
    avenir_vault::passphrase::strength(passphrase, &[])
}
