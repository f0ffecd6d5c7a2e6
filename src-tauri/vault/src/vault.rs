//! An open vault: the database connection, the header, the data key and the instance lock.
//! Dropping it closes the connection, wipes the keys and releases the lock.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::header::Header;
use crate::kdf::KdfParams;
use crate::keys::DataKey;
use crate::profile::{DB_FILE, HEADER_FILE, LABEL_FILE, LOCK_FILE, Profiles, check_label};
use crate::records::{self, ClientSummary, Stats};
use crate::recovery::RecoveryKey;
use crate::{VaultError, db, passphrase, write_atomically};

mod rekey;
mod verify;

pub use rekey::REKEY_PAUSE_ENV;

pub const IDLE_MINUTES_DEFAULT: u32 = 5;
pub const IDLE_MINUTES_RANGE: std::ops::RangeInclusive<u32> = 1..=60;

/// What unlocks a vault.
#[derive(Clone, Copy)]
pub enum Secret<'a> {
    Passphrase(&'a str),
    Recovery(&'a str),
}

pub struct Vault {
    dir: PathBuf,
    header: Header,
    key: DataKey,
    conn: Connection,
    // Held while open: a second Avenir on the same vault is refused.
    _lock: File,
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub params: KdfParams,
    pub schema_version: u32,
    pub problems: Vec<String>,
}

impl Vault {
    /// Creates a new counsellor profile in `profiles` and opens its vault.
    pub fn create(
        profiles: &Profiles,
        label: &str,
        pass: &str,
        recovery: &RecoveryKey,
        params: KdfParams,
    ) -> Result<(String, Vault), VaultError> {
        let (id, dir) = profiles.new_profile(label)?;
        Ok((id, Vault::create_at(&dir, label, pass, recovery, params)?))
    }

    /// Creates a vault in the new folder `dir` and opens it. The vault is built in a staging
    /// folder beside it and renamed into place when complete, so an interrupted creation never
    /// leaves a half-made vault where a profile is expected.
    pub fn create_at(
        dir: &Path,
        label: &str,
        pass: &str,
        recovery: &RecoveryKey,
        params: KdfParams,
    ) -> Result<Vault, VaultError> {
        let label = check_label(label)?;
        passphrase::require_acceptable(pass, &[label])?;
        if dir.exists() {
            return Err(VaultError::Write {
                path: dir.to_owned(),
                source: std::io::Error::from(std::io::ErrorKind::AlreadyExists),
            });
        }
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("vault");
        let staging = dir.with_file_name(format!(".{name}.creating"));
        let _ = std::fs::remove_dir_all(&staging);
        let built = (|| {
            crate::profile::create_private_dir_all(&staging).map_err(|source| {
                VaultError::Write {
                    path: staging.clone(),
                    source,
                }
            })?;
            let key = DataKey::generate()?;
            let header = Header::create(&key, params, pass, recovery)?;
            write_header(&staging, &header)?;
            let label_path = staging.join(LABEL_FILE);
            write_atomically(&label_path, label.as_bytes()).map_err(|source| {
                VaultError::Write {
                    path: label_path,
                    source,
                }
            })?;
            drop(db::open(
                &staging.join(DB_FILE),
                &*key.sqlcipher_key()?,
                true,
            )?);
            std::fs::rename(&staging, dir).map_err(|source| VaultError::Write {
                path: dir.to_owned(),
                source,
            })
        })();
        if let Err(e) = built {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
        Vault::open(dir, Secret::Passphrase(pass))
    }

    /// Opens the vault in `dir` with a passphrase or the recovery key. A re-key interrupted after
    /// its point of no return is finished first (see `rekey.rs`).
    pub fn open(dir: &Path, secret: Secret<'_>) -> Result<Vault, VaultError> {
        if !dir.join(HEADER_FILE).is_file() {
            return Err(VaultError::Missing(dir.to_owned()));
        }
        let lock = take_lock(dir)?;
        rekey::finish_interrupted(dir)?;
        let header = read_header(dir)?;
        let key = header.unwrap_with(secret)?;
        let conn = db::open(&dir.join(DB_FILE), &*key.sqlcipher_key()?, false)?;
        Ok(Vault {
            dir: dir.to_owned(),
            header,
            key,
            conn,
            _lock: lock,
        })
    }

    /// Re-wraps the data key under `next` after checking `current` (the passphrase or the
    /// recovery key). The database is not touched; the header is replaced atomically, so a crash
    /// leaves the old or the new one.
    pub fn change_passphrase(&mut self, current: Secret<'_>, next: &str) -> Result<(), VaultError> {
        self.header.unwrap_with(current)?;
        passphrase::require_acceptable(next, &[])?;
        let mut header = self.header.clone();
        header.wrap_passphrase(&self.key, next)?;
        write_header(&self.dir, &header)?;
        self.header = header;
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn params(&self) -> KdfParams {
        self.header.params()
    }

    /// The connection, for the repositories of the domain crates' types.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A consistent snapshot of the database for a backup (checkpointed, then copied under a read
    /// transaction: see `backup::Snapshot`), taken in a temporary file inside the vault's folder
    /// (encrypted like the vault). `created_at` and
    /// `avenir` (the version) go into the backup's manifest.
    pub fn snapshot(
        &self,
        created_at: &str,
        avenir: &str,
    ) -> Result<crate::backup::Snapshot, crate::BackupError> {
        let manifest = |conn: &Connection| {
            Ok(crate::backup::Manifest {
                format: crate::backup::BACKUP_VERSION,
                avenir: avenir.to_owned(),
                created_at: created_at.to_owned(),
                label: crate::profile::read_label(&self.dir),
                schema_version: conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                counts: crate::backup::counts(conn)?,
            })
        };
        crate::backup::Snapshot::take(
            &self.conn,
            &self.dir.join(DB_FILE),
            &self.header,
            &self.key,
            manifest,
            &self.dir,
        )
    }

    /// A setting kept inside the vault (encrypted like everything in it).
    pub fn setting(&self, key: &str) -> Result<Option<String>, VaultError> {
        records::setting(&self.conn, key)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), VaultError> {
        records::set_setting(&self.conn, key, value)
    }

    pub fn clear_setting(&self, key: &str) -> Result<(), VaultError> {
        records::clear_setting(&self.conn, key)
    }

    pub fn stats(&self) -> Result<Stats, VaultError> {
        records::stats(&self.conn)
    }

    pub fn list_clients(&self) -> Result<Vec<ClientSummary>, VaultError> {
        records::list_clients(&self.conn)
    }

    pub fn add_client(&self, code: &str, created_at: &str) -> Result<i64, VaultError> {
        records::add_client(&self.conn, code, created_at)
    }

    pub fn add_session(
        &self,
        client_id: i64,
        started_at: &str,
        summary: &str,
        notes: &str,
        follow_up: Option<&str>,
    ) -> Result<i64, VaultError> {
        records::add_session(&self.conn, client_id, started_at, summary, notes, follow_up)
    }

    /// Minutes of inactivity before the app locks itself.
    pub fn idle_minutes(&self) -> Result<u32, VaultError> {
        let stored =
            records::setting(&self.conn, "idle_minutes")?.and_then(|v| v.parse::<u32>().ok());
        Ok(stored
            .filter(|m| IDLE_MINUTES_RANGE.contains(m))
            .unwrap_or(IDLE_MINUTES_DEFAULT))
    }

    pub fn set_idle_minutes(&self, minutes: u32) -> Result<(), VaultError> {
        if !IDLE_MINUTES_RANGE.contains(&minutes) {
            return Err(VaultError::IdleMinutes {
                min: *IDLE_MINUTES_RANGE.start(),
                max: *IDLE_MINUTES_RANGE.end(),
            });
        }
        records::set_setting(&self.conn, "idle_minutes", &minutes.to_string())
    }
}

pub(crate) fn read_header(dir: &Path) -> Result<Header, VaultError> {
    let path = dir.join(HEADER_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(VaultError::Missing(dir.to_owned()));
        }
        Err(source) => return Err(VaultError::Read { path, source }),
    };
    Header::decode(&bytes)
}

pub(crate) fn write_header(dir: &Path, header: &Header) -> Result<(), VaultError> {
    let path = dir.join(HEADER_FILE);
    write_atomically(&path, &header.encode()).map_err(|source| VaultError::Write { path, source })
}

pub(crate) fn take_lock(dir: &Path) -> Result<File, VaultError> {
    let path = dir.join(LOCK_FILE);
    let file =
        crate::profile::private_file(OpenOptions::new().create(true).truncate(false).write(true))
            .open(&path)
            .map_err(|source| VaultError::Write {
                path: path.clone(),
                source,
            })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(VaultError::InUse),
        Err(std::fs::TryLockError::Error(source)) => Err(VaultError::Write { path, source }),
    }
}
