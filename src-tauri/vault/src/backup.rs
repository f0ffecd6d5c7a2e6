//! Backups: one file holding a consistent snapshot of the vault's database, the vault header and a
//! manifest, encrypted and authenticated under the vault's own key hierarchy (`FORMAT.md`,
//! "Backup file"). It opens with the vault's passphrase (as it was when the backup was made) or
//! its recovery key, and with nothing less; without them not even the manifest is readable.
//!
//! Writing happens in three steps so the app can keep working meanwhile: a snapshot of the open
//! database (a moment under the vault's lock: `snapshot.rs`), then encrypting it into the backup
//! folder, then a test restore of what was written. Every step writes under a temporary name
//! first: a crash never leaves a half file that could later pass for a backup. The file's own
//! layout and cryptography are in `backup_file.rs`.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::backup_file::Opened;
use crate::keys::{DataKey, random_fill};
use crate::{VaultError, db};

pub use crate::backup_error::BackupError;
pub use crate::backup_file::PREFIX_LEN;
pub use crate::snapshot::Snapshot;

/// The backup file format this Avenir writes and the newest it reads.
pub const BACKUP_VERSION: u16 = 1;
/// What a backup file's name ends with.
pub const BACKUP_EXTENSION: &str = "avenir-backup";

/// What a backup holds, readable only with the vault's secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The backup format version (as in the file's prefix).
    pub format: u16,
    /// The Avenir version that wrote it.
    pub avenir: String,
    /// When the snapshot was taken (`YYYY-MM-DDTHH:MM:SSZ`).
    pub created_at: String,
    /// The profile's label when it was backed up (restored profiles start from it).
    pub label: String,
    /// The database schema version (`PRAGMA user_version`).
    pub schema_version: u32,
    pub counts: Counts,
}

/// Rows a test restore must find again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub clients: u64,
    pub sessions: u64,
    pub answers: u64,
    pub photos: u64,
}

/// The counts of an open vault, as a backup's manifest records them.
pub fn counts_of(vault: &crate::Vault) -> Result<Counts, VaultError> {
    counts(vault.conn())
}

pub(crate) fn counts(conn: &Connection) -> Result<Counts, VaultError> {
    let count = |table: &str| -> Result<u64, VaultError> {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    Ok(Counts {
        clients: count("clients")?,
        sessions: count("sessions")?,
        answers: count("answers")?,
        photos: count("photos")?,
    })
}

/// Checks a backup file with a secret (the command line's `backup-verify`): the whole file is
/// decrypted into a temporary database in `work_dir`, checked page by page and counted.
pub fn verify_file(
    file: &Path,
    secret: crate::Secret<'_>,
    work_dir: &Path,
) -> Result<Manifest, BackupError> {
    let opened = Opened::read_prefix(file)?;
    let key = opened.unwrap(secret)?;
    let restored = work_dir.join(format!(".verify-{}.db", random_hex()?));
    let result = opened
        .decrypt_to(&key, &restored, false)
        .and_then(|manifest| {
            check_restored(&restored, &key, &manifest, Depth::Thorough).map(|()| manifest)
        });
    remove_db_files(&restored);
    result
}

/// Restores the backup at `file` into the new profile folder `dir` (which must not exist), named
/// `label` (the label in the backup when `None`). The whole file is decrypted and checked in a
/// staging folder beside `dir` first; only a sound vault is renamed into place, so a failure or a
/// crash leaves no half profile.
pub fn restore_to(
    file: &Path,
    secret: crate::Secret<'_>,
    dir: &Path,
    label: Option<&str>,
) -> Result<Manifest, BackupError> {
    if let Some(label) = label {
        crate::profile::check_label(label)?;
    }
    let opened = Opened::read_prefix(file)?;
    let key = opened.unwrap(secret)?;
    if dir.exists() {
        return Err(BackupError::writing(
            dir,
            std::io::Error::from(ErrorKind::AlreadyExists),
        ));
    }
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("vault");
    let staging = dir.with_file_name(format!(".{name}.restoring"));
    let _ = std::fs::remove_dir_all(&staging);
    let built = (|| {
        crate::profile::create_private_dir_all(&staging)
            .map_err(|e| BackupError::writing(&staging, e))?;
        let db = staging.join(crate::profile::DB_FILE);
        let manifest = opened.decrypt_to(&key, &db, true)?;
        check_restored(&db, &key, &manifest, Depth::Thorough)?;
        let label = crate::profile::check_label(label.unwrap_or(&manifest.label))?;
        crate::vault::write_header(&staging, &opened.header)?;
        let label_path = staging.join(crate::profile::LABEL_FILE);
        crate::write_atomically(&label_path, label.as_bytes())
            .map_err(|e| BackupError::writing(&label_path, e))?;
        std::fs::rename(&staging, dir).map_err(|e| BackupError::writing(dir, e))?;
        crate::atomic::sync_parent(dir).map_err(|e| BackupError::writing(dir, e))?;
        Ok(manifest)
    })();
    if built.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    built
}

/// How much a check of a restored database does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Depth {
    /// After every backup: every page authenticated and every table's structure checked
    /// (`db::quick_problems`; the search index's row-by-row self-check left out).
    Routine,
    /// Restoring, or `backup-verify`: also SQLCipher's HMAC check of every page, free ones too,
    /// and the full structural check with indexes against their tables.
    Thorough,
}

/// Opens a restored database and checks it (`check_conn`).
fn check_restored(
    db: &Path,
    key: &DataKey,
    manifest: &Manifest,
    depth: Depth,
) -> Result<(), BackupError> {
    if manifest.schema_version > db::schema_version() {
        return Err(BackupError::Newer {
            found: manifest.schema_version,
            known: db::schema_version(),
        });
    }
    let conn = db::open_keyed(db, &*key.sqlcipher_key()?, false)?;
    check_conn(&conn, manifest, depth)
}

/// Checks the pages of an open database to `depth`, its schema version, and counts what the
/// manifest promised.
pub(crate) fn check_conn(
    conn: &Connection,
    manifest: &Manifest,
    depth: Depth,
) -> Result<(), BackupError> {
    let problems = match depth {
        Depth::Routine => db::quick_problems(conn)?,
        Depth::Thorough => db::integrity_problems(conn)?,
    };
    if !problems.is_empty() {
        return Err(BackupError::Damaged(problems.join("; ")));
    }
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(VaultError::from)?;
    if version != manifest.schema_version {
        return Err(BackupError::CheckFailed(format!(
            "schema {version}, manifest says {}",
            manifest.schema_version
        )));
    }
    let found = counts(conn)?;
    if found != manifest.counts {
        return Err(BackupError::CheckFailed(format!(
            "counts {found:?}, manifest says {:?}",
            manifest.counts
        )));
    }
    Ok(())
}

pub(crate) fn remove_db_files(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// A random name for one vault's series of backups (12 hex digits), so several profiles can
/// share a folder without their names telling anything.
pub fn random_set_id() -> Result<String, VaultError> {
    random_hex()
}

pub(crate) fn random_hex() -> Result<String, VaultError> {
    let mut raw = [0u8; 6];
    random_fill(&mut raw)?;
    Ok(raw.iter().map(|b| format!("{b:02x}")).collect())
}
