//! What can go wrong with a backup, each with its own translated message. A failure never
//! removes or changes an earlier backup, and never leaves a half file or a half profile.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use avenir_core::{ErrorArg, UserFacing};

use crate::VaultError;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Zero bytes, random bytes, another kind of file.
    #[error("not an Avenir backup")]
    NotABackup,
    /// Truncated or modified: a part does not authenticate, or the file ends early.
    #[error("the backup is damaged: {0}")]
    Damaged(String),
    #[error("the backup was made by a newer Avenir (format {found}, this one knows {known})")]
    Newer { found: u32, known: u32 },
    /// The test restore found something other than what was backed up.
    #[error("the backup did not pass its test restore: {0}")]
    CheckFailed(String),
    #[error("the backup folder {0} is not there")]
    FolderMissing(PathBuf),
    #[error("the backup folder {0} is read-only")]
    FolderReadOnly(PathBuf),
    #[error("no space left for the backup in {0}")]
    DiskFull(PathBuf),
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The vault was locked while the backup was being written.
    #[error("the backup was stopped because Avenir locked")]
    Cancelled,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl BackupError {
    /// An I/O failure while writing `path`, named by what a person can do about it.
    pub(crate) fn writing(path: &Path, e: std::io::Error) -> Self {
        let folder = path.parent().unwrap_or(path).to_owned();
        match e.kind() {
            ErrorKind::NotFound => BackupError::FolderMissing(folder),
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                BackupError::FolderReadOnly(folder)
            }
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                BackupError::DiskFull(folder)
            }
            _ => BackupError::Write {
                path: path.to_owned(),
                source: e,
            },
        }
    }

    pub(crate) fn reading(path: &Path, e: std::io::Error) -> Self {
        BackupError::Read {
            path: path.to_owned(),
            source: e,
        }
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        BackupError::Vault(e.into())
    }
}

/// A folder as a person recognises it: its last component (never the whole path in a message
/// that might be read over a shoulder or pasted into a ticket).
fn folder_name(p: &Path) -> ErrorArg {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
        .into()
}

impl UserFacing for BackupError {
    fn code(&self) -> &'static str {
        match self {
            BackupError::NotABackup => "backup_not_a_backup",
            BackupError::Damaged(_) => "backup_damaged",
            BackupError::Newer { .. } => "backup_newer",
            BackupError::CheckFailed(_) => "backup_check_failed",
            BackupError::FolderMissing(_) => "backup_folder_missing",
            BackupError::FolderReadOnly(_) => "backup_folder_read_only",
            BackupError::DiskFull(_) => "backup_disk_full",
            BackupError::Write { .. } => "backup_write_failed",
            BackupError::Read { .. } => "backup_unreadable",
            BackupError::Cancelled => "backup_cancelled",
            BackupError::Vault(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            BackupError::NotABackup => "error-backup-not-a-backup",
            BackupError::Damaged(_) => "error-backup-damaged",
            BackupError::Newer { .. } => "error-backup-newer",
            BackupError::CheckFailed(_) => "error-backup-check-failed",
            BackupError::FolderMissing(_) => "error-backup-folder-missing",
            BackupError::FolderReadOnly(_) => "error-backup-folder-read-only",
            BackupError::DiskFull(_) => "error-backup-disk-full",
            BackupError::Write { .. } => "error-backup-write-failed",
            BackupError::Read { .. } => "error-backup-unreadable",
            BackupError::Cancelled => "error-backup-cancelled",
            BackupError::Vault(e) => e.message_id(),
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            BackupError::FolderMissing(p)
            | BackupError::FolderReadOnly(p)
            | BackupError::DiskFull(p) => vec![("folder", folder_name(p))],
            BackupError::Write { path, .. } | BackupError::Read { path, .. } => {
                vec![("file", folder_name(path))]
            }
            BackupError::Vault(e) => e.args(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_failures_are_named_by_what_a_person_can_do() {
        let file = Path::new("/media/STICK/avenir-x.avenir-backup");
        let code = |e: std::io::Error| BackupError::writing(file, e).code();
        assert_eq!(code(ErrorKind::NotFound.into()), "backup_folder_missing");
        assert_eq!(
            code(ErrorKind::PermissionDenied.into()),
            "backup_folder_read_only"
        );
        assert_eq!(
            code(ErrorKind::ReadOnlyFilesystem.into()),
            "backup_folder_read_only"
        );
        assert_eq!(code(ErrorKind::StorageFull.into()), "backup_disk_full");
        // ENOSPC and EROFS as the kernel reports them.
        assert_eq!(
            code(std::io::Error::from_raw_os_error(28)),
            "backup_disk_full"
        );
        assert_eq!(
            code(std::io::Error::from_raw_os_error(30)),
            "backup_folder_read_only"
        );
        let full = BackupError::writing(file, ErrorKind::StorageFull.into());
        assert_eq!(
            full.args(),
            vec![("folder", "STICK".into())],
            "the folder, not the path"
        );
    }
}
