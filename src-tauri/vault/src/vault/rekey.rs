//! A new recovery key, and re-keying: a new data key for the whole vault.
//!
//! Re-keying exports the database, re-encrypted under the new key, into a staging folder inside
//! the vault's folder, writes the new header beside it, and then switches both in. A crash (or a
//! SIGKILL) at any moment leaves a vault that opens with the passphrase:
//!
//! 1. `.rekey/` is being built (the database, then the header). The old vault is untouched; the
//!    next open deletes the staging folder.
//! 2. Renaming `.rekey/` to `.rekey.ready/` (then flushing the folder) is the point of no return.
//! 3. The old database, checkpointed before the export, is closed; its empty log and index are
//!    removed; `.rekey.ready/vault.db` is renamed over `vault.db`, then `.rekey.ready/header`
//!    over `header`, and the folder is removed. The next open repeats whatever of this step is
//!    left (each rename happens once: a file already moved is no longer in `.rekey.ready/`).
//!
//! Debug builds honour `AVENIR_TEST_REKEY_PAUSE=<step>` (steps: `exported`, `staged`,
//! `committed`, `database-moved`): the process stops there for five minutes so a test can kill
//! it. Release builds ignore the variable.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use rusqlite::Connection;
use zeroize::Zeroizing;

use super::{Secret, Vault, write_header};
use crate::atomic::sync_parent;
use crate::header::Header;
use crate::keys::DataKey;
use crate::profile::{DB_FILE, HEADER_FILE};
use crate::recovery::RecoveryKey;
use crate::{VaultError, db, passphrase, write_atomically};

/// The environment variable of the test hook (debug builds only).
pub const REKEY_PAUSE_ENV: &str = "AVENIR_TEST_REKEY_PAUSE";

const STAGING: &str = ".rekey";
pub(super) const READY: &str = ".rekey.ready";
/// The share of the progress the export takes; the switch takes the rest.
const EXPORT_SHARE: f64 = 0.9;

impl Vault {
    /// Re-wraps the data key under a new recovery key after checking `current`; the old recovery
    /// key stops opening the vault. Returns the new key (to show once).
    pub fn rotate_recovery(&mut self, current: Secret<'_>) -> Result<RecoveryKey, VaultError> {
        self.header.unwrap_with(current)?;
        let recovery = RecoveryKey::generate()?;
        let mut header = self.header.clone();
        header.wrap_recovery(&self.key, &recovery)?;
        write_header(&self.dir, &header)?;
        self.header = header;
        Ok(recovery)
    }

    /// False once a re-key failed past its point of no return: the database is closed here and
    /// the vault must be opened again (which finishes the re-key).
    pub fn is_usable(&self) -> bool {
        self.conn.path().is_some_and(|p| !p.is_empty())
    }

    /// Gives the vault a new data key and a new recovery key after checking `current`; the vault
    /// then opens with `passphrase` (checked against the floor unless it is the current
    /// passphrase) and the returned recovery key, and old copies of the header and old recovery
    /// keys open nothing. `progress` gets the fraction done (0–1), from another thread.
    ///
    /// If this fails after the point of no return, the vault is left closed in this value (every
    /// use answers an error) and the next open finishes the re-key.
    pub fn rekey(
        &mut self,
        current: Secret<'_>,
        passphrase: &str,
        progress: &(dyn Fn(f64) + Sync),
    ) -> Result<RecoveryKey, VaultError> {
        self.header.unwrap_with(current)?;
        if !matches!(current, Secret::Passphrase(p) if p == passphrase) {
            passphrase::require_acceptable(passphrase, &[])?;
        }
        let new_key = DataKey::generate()?;
        let recovery = RecoveryKey::generate()?;
        let header = Header::create(&new_key, self.header.params(), passphrase, &recovery)?;
        let staging = self.dir.join(STAGING);
        let built = stage(&self.conn, &staging, &new_key, &header, progress);
        if let Err(e) = built {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
        let ready = self.dir.join(READY);
        rename(&staging, &ready)?;
        sync_parent(&ready).map_err(|source| write_error(&self.dir, source))?;
        pause_at("committed");
        // Close the old database before its file is replaced.
        drop(std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory()?,
        ));
        finish_interrupted(&self.dir)?;
        self.conn = db::open(&self.dir.join(DB_FILE), &*new_key.sqlcipher_key()?, false)?;
        self.header = header;
        self.key = new_key;
        progress(1.0);
        Ok(recovery)
    }
}

/// Builds the re-keyed database and its header in `staging`, both flushed to disk.
fn stage(
    conn: &Connection,
    staging: &Path,
    key: &DataKey,
    header: &Header,
    progress: &(dyn Fn(f64) + Sync),
) -> Result<(), VaultError> {
    let _ = std::fs::remove_dir_all(staging);
    crate::profile::create_private_dir_all(staging)
        .map_err(|source| write_error(staging, source))?;
    // Everything into the main file first, so the export reads one consistent file.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let db = staging.join(DB_FILE);
    export(conn, &db, key, progress)?;
    std::fs::File::open(&db)
        .and_then(|f| f.sync_all())
        .map_err(|source| write_error(&db, source))?;
    pause_at("exported");
    let path = staging.join(HEADER_FILE);
    write_atomically(&path, &header.encode()).map_err(|source| write_error(&path, source))?;
    pause_at("staged");
    Ok(())
}

/// `sqlcipher_export` of the open database into a new file at `target` keyed with `key`, with the
/// vault's format settings; a second thread reports the growing file's share of the source.
fn export(
    conn: &Connection,
    target: &Path,
    key: &DataKey,
    progress: &(dyn Fn(f64) + Sync),
) -> Result<(), VaultError> {
    let sub = key.sqlcipher_key()?;
    let mut raw = Zeroizing::new(String::with_capacity(67));
    raw.push_str("x'");
    crate::db::push_hex(&mut raw, &sub);
    raw.push('\'');
    // ATTACH opens with the connection's flags, which do not include "create": an empty file is
    // a new database to SQLite.
    crate::profile::private_file(
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true),
    )
    .open(target)
    .map_err(|source| write_error(target, source))?;
    let path = target
        .to_str()
        .ok_or_else(|| VaultError::damaged("the vault's folder name is not valid UTF-8"))?;
    conn.execute(
        "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
        rusqlite::params![path, raw.as_str()],
    )?;
    let source_len = conn.query_row(
        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        [],
        |r| r.get::<_, i64>(0),
    )?;
    let done = AtomicBool::new(false);
    let result = std::thread::scope(|s| {
        s.spawn(|| report_growth(target, source_len, &done, progress));
        let r = copy_into_attached(conn);
        done.store(true, Ordering::Relaxed);
        r
    });
    let detached = conn.execute_batch("DETACH DATABASE rekeyed");
    result?;
    detached?;
    Ok(())
}

fn copy_into_attached(conn: &Connection) -> Result<(), VaultError> {
    conn.execute_batch(&format!(
        "PRAGMA rekeyed.cipher_page_size = {}; PRAGMA rekeyed.cipher_hmac_algorithm = HMAC_SHA256;",
        16 * 1024
    ))?;
    conn.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
    conn.execute_batch(&format!(
        "PRAGMA rekeyed.user_version = {};",
        db::schema_version()
    ))?;
    Ok(())
}

fn report_growth(
    target: &Path,
    source_len: i64,
    done: &AtomicBool,
    progress: &(dyn Fn(f64) + Sync),
) {
    let whole = source_len.max(1) as f64;
    while !done.load(Ordering::Relaxed) {
        let len = std::fs::metadata(target).map_or(0, |m| m.len()) as f64;
        progress((len / whole).min(1.0) * EXPORT_SHARE);
        std::thread::sleep(Duration::from_millis(100));
    }
    progress(EXPORT_SHARE);
}

/// Finishes a re-key that passed its point of no return, or drops one that did not. Run under
/// the instance lock, before the header is read.
pub(super) fn finish_interrupted(dir: &Path) -> Result<(), VaultError> {
    let ready = dir.join(READY);
    if !ready.is_dir() {
        let staging = dir.join(STAGING);
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|source| write_error(&staging, source))?;
        }
        return Ok(());
    }
    let db = dir.join(DB_FILE);
    let staged_db = ready.join(DB_FILE);
    if staged_db.is_file() {
        // The old database was checkpointed before the export: its log holds nothing that
        // belongs to the new file, and must never be replayed onto it.
        for suffix in ["-wal", "-shm"] {
            remove_if_present(&dir.join(format!("{DB_FILE}{suffix}")))?;
        }
        rename(&staged_db, &db)?;
        sync_parent(&db).map_err(|source| write_error(dir, source))?;
    }
    pause_at("database-moved");
    let staged_header = ready.join(HEADER_FILE);
    if staged_header.is_file() {
        let header = dir.join(HEADER_FILE);
        rename(&staged_header, &header)?;
        sync_parent(&header).map_err(|source| write_error(dir, source))?;
    }
    std::fs::remove_dir_all(&ready).map_err(|source| write_error(&ready, source))?;
    sync_parent(&ready).map_err(|source| write_error(dir, source))
}

fn remove_if_present(path: &Path) -> Result<(), VaultError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(write_error(path, e)),
        _ => Ok(()),
    }
}

fn rename(from: &Path, to: &Path) -> Result<(), VaultError> {
    std::fs::rename(from, to).map_err(|source| write_error(to, source))
}

fn write_error(path: &Path, source: std::io::Error) -> VaultError {
    VaultError::Write {
        path: path.to_owned(),
        source,
    }
}

/// The test hook: in debug builds, stops at `step` when `AVENIR_TEST_REKEY_PAUSE` names it.
fn pause_at(step: &str) {
    if cfg!(debug_assertions) && std::env::var(REKEY_PAUSE_ENV).is_ok_and(|s| s == step) {
        eprintln!("{REKEY_PAUSE_ENV}: paused at {step}");
        std::thread::sleep(Duration::from_secs(300));
    }
}
