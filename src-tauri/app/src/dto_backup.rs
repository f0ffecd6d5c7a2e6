//! JSON shapes of backups and restore. Times cross in local time, like every date.

use avenir_api::BackupStatus;
use avenir_api::core::time::utc_to_local;
use chrono::Local;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CommandError;

/// What the vault home shows about backups.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatusDto {
    /// The chosen backup folder, if any.
    pub folder: Option<String>,
    /// When the last backup that passed its test restore was made (local `YYYY-MM-DDTHH:MM`).
    pub last_verified_at: Option<String>,
    pub last_verified_file: Option<String>,
    pub running: bool,
    /// No verified backup in the last week.
    pub stale: bool,
    /// The folder is set but not there (a stick pulled out, a share not connected).
    pub folder_missing: bool,
    /// Why the last automatic backup failed.
    pub last_error: Option<CommandError>,
}

impl From<BackupStatus> for BackupStatusDto {
    fn from(s: BackupStatus) -> Self {
        BackupStatusDto {
            folder: s.folder.map(|f| f.display().to_string()),
            last_verified_at: s
                .last_verified_at
                .map(|t| utc_to_local(&Local, &t).unwrap_or(t)),
            last_verified_file: s.last_verified_file.map(|f| f.display().to_string()),
            running: s.running,
            stale: s.stale,
            folder_missing: s.folder_missing,
            last_error: s.last_error.map(CommandError::from_message),
        }
    }
}

/// A file the counsellor chose (`None`: she cancelled).
#[derive(Debug, Serialize, Deserialize, TS)]
pub struct ChosenFileDto {
    pub path: Option<String>,
}
