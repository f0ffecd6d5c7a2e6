//! Backups: one file holding a consistent snapshot of the vault's database, the vault header and a
//! manifest, encrypted and authenticated under the vault's own key hierarchy (`FORMAT.md`,
//! "Backup file"). It opens with the vault's passphrase (as it was when the backup was made) or
//! its recovery key, and with nothing less; without them not even the manifest is readable.
//!
//! Writing happens in three steps so the app can keep working meanwhile: a snapshot of the open
//! database (SQLite's online backup API, a moment under the vault's lock), then encrypting it into
//! the backup folder, then a test restore of what was written. Every step writes under a temporary
//! name first: a crash never leaves a half file that could later pass for a backup.

use std::fs::File;
use std::io::{BufReader, BufWriter, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::header::{HEADER_LEN, Header};
use crate::keys::{DataKey, hkdf_sha256, random_fill};
use crate::{VaultError, db};

pub use crate::backup_error::BackupError;

/// The backup file format this Avenir writes and the newest it reads.
pub const BACKUP_VERSION: u16 = 1;
/// What a backup file's name ends with.
pub const BACKUP_EXTENSION: &str = "avenir-backup";
const MAGIC: &[u8; 8] = b"AVENIRBK";
/// Plaintext bytes per encrypted chunk.
const CHUNK: usize = 1 << 20;
const SALT_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// Magic, version, the vault header, the file salt and the chunk size.
pub const PREFIX_LEN: usize = 8 + 2 + HEADER_LEN + SALT_LEN + 4;
/// The manifest is small; a bigger length is a damaged file, not an allocation.
const MAX_MANIFEST: usize = 64 * 1024;

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

/// A snapshot of an open vault, ready to be written as a backup. It holds a copy of the data
/// key (wiped on drop) and an encrypted copy of the database in a temporary file (removed on
/// drop), so the vault itself can be locked or used meanwhile.
pub struct Snapshot {
    db: PathBuf,
    header: Header,
    key: DataKey,
    manifest: Manifest,
}

impl Snapshot {
    /// Takes a consistent snapshot of the database file `db_file` open on `conn`, with the
    /// manifest `manifest` computes inside the same read transaction.
    ///
    /// How: the write-ahead log is checkpointed into the database file and truncated, then a read
    /// transaction is opened. While it lasts, no checkpoint may write a page into the database
    /// file (SQLite never backfills past the oldest reader's mark, and the log was empty at
    /// ours), and no write happens at all (the caller holds the vault; the instance lock keeps
    /// other processes out). So the file is not being written while its encrypted pages are
    /// copied as they are — a consistent snapshot, without decrypting and re-encrypting every
    /// page as SQLite's online backup API does through SQLCipher (measured: 5× slower).
    pub(crate) fn take(
        conn: &Connection,
        db_file: &Path,
        header: &Header,
        key: &DataKey,
        manifest: impl FnOnce(&Connection) -> Result<Manifest, VaultError>,
        work_dir: &Path,
    ) -> Result<Snapshot, BackupError> {
        let (busy, _, _): (i64, i64, i64) = conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .map_err(VaultError::from)?;
        if busy != 0 {
            return Err(BackupError::Damaged(
                "the database is busy; the snapshot was not taken".into(),
            ));
        }
        let tx = conn.unchecked_transaction().map_err(VaultError::from)?;
        let manifest = manifest(conn)?;
        let db = work_dir.join(format!(".snapshot-{}.db", random_hex()?));
        let snapshot = Snapshot {
            db,
            header: header.clone(),
            key: key.duplicate(),
            manifest,
        };
        std::fs::copy(db_file, &snapshot.db).map_err(|e| BackupError::reading(db_file, e))?;
        tx.commit().map_err(VaultError::from)?;
        Ok(snapshot)
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Encrypts the snapshot into `out` (a new file, `0600`), written as `out` + `.partial`,
    /// flushed and renamed. `cancel` stops it between chunks (the partial file is removed).
    /// Returns the file's size.
    pub fn write_to(&self, out: &Path, cancel: &AtomicBool) -> Result<u64, BackupError> {
        let mut partial = out.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let result = self.write_partial(&partial, cancel).and_then(|size| {
            std::fs::rename(&partial, out).map_err(|e| BackupError::writing(out, e))?;
            crate::atomic::sync_parent(out).map_err(|e| BackupError::writing(out, e))?;
            Ok(size)
        });
        if result.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        result
    }

    fn write_partial(&self, partial: &Path, cancel: &AtomicBool) -> Result<u64, BackupError> {
        let file = create_private(partial)?;
        let mut out = BufWriter::new(file);
        let mut salt = [0u8; SALT_LEN];
        random_fill(&mut salt)?;
        let prefix = prefix(&self.header, &salt);
        out.write_all(&prefix)
            .map_err(|e| BackupError::writing(partial, e))?;
        let key = chunk_key(&self.key, &salt)?;
        let manifest = serde_json::to_vec(&self.manifest)
            .map_err(|e| BackupError::Damaged(format!("manifest: {e}")))?;
        let mut plain: Vec<u8> = Vec::with_capacity(CHUNK);
        plain.extend_from_slice(&u32::try_from(manifest.len()).unwrap_or(0).to_le_bytes());
        plain.extend_from_slice(&manifest);
        let mut db =
            BufReader::new(File::open(&self.db).map_err(|e| BackupError::reading(&self.db, e))?);
        let mut index: u64 = 0;
        let mut buf = Zeroizing::new(vec![0u8; CHUNK]);
        loop {
            if cancel.load(Ordering::SeqCst) {
                return Err(BackupError::Cancelled);
            }
            // Fill the chunk; a short read means the end of the database.
            while plain.len() < CHUNK {
                let want = CHUNK - plain.len();
                let n = db
                    .read(&mut buf[..want])
                    .map_err(|e| BackupError::reading(&self.db, e))?;
                if n == 0 {
                    break;
                }
                plain.extend_from_slice(&buf[..n]);
            }
            let last = plain.len() < CHUNK || at_eof(&mut db, &self.db)?;
            seal(&key, index, last, &prefix, &mut plain)?;
            out.write_all(&plain)
                .map_err(|e| BackupError::writing(partial, e))?;
            plain.clear();
            index += 1;
            if last {
                break;
            }
        }
        let file = out
            .into_inner()
            .map_err(|e| BackupError::writing(partial, e.into_error()))?;
        file.sync_all()
            .map_err(|e| BackupError::writing(partial, e))?;
        Ok(file.metadata().map(|m| m.len()).unwrap_or(0))
    }

    /// Test-restores the backup at `file` with the key this snapshot holds: decrypts it into a
    /// temporary database in `work_dir`, checks every page and compares the counts with the
    /// manifest. A backup that fails here never counts as good.
    pub fn verify(&self, file: &Path, work_dir: &Path) -> Result<Manifest, BackupError> {
        let opened = Opened::read_prefix(file)?;
        let restored = work_dir.join(format!(".verify-{}.db", random_hex()?));
        let result = opened
            .decrypt_to(&self.key, &restored, false)
            .and_then(|manifest| {
                check_restored(&restored, &self.key, &manifest, Depth::Routine).map(|()| manifest)
            });
        remove_db_files(&restored);
        let manifest = result?;
        if manifest.counts != self.manifest.counts {
            return Err(BackupError::CheckFailed(format!(
                "restored counts {:?} differ from {:?}",
                manifest.counts, self.manifest.counts
            )));
        }
        Ok(manifest)
    }
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        remove_db_files(&self.db);
    }
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
        std::fs::create_dir_all(&staging).map_err(|e| BackupError::writing(&staging, e))?;
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

/// Opens a restored database, checks every page and its schema, and counts what the manifest
/// promised.
/// How much a check of a restored database does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// After every backup: the quick structural check (which authenticates every page it reads).
    Routine,
    /// Restoring, or `backup-verify`: also SQLCipher's HMAC check of every page, free ones too,
    /// and the full structural check with indexes against their tables.
    Thorough,
}

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
    let problems = match depth {
        Depth::Routine => db::quick_problems(&conn)?,
        Depth::Thorough => db::integrity_problems(&conn)?,
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
    let found = counts(&conn)?;
    if found != manifest.counts {
        return Err(BackupError::CheckFailed(format!(
            "counts {found:?}, manifest says {:?}",
            manifest.counts
        )));
    }
    Ok(())
}

/// A backup file whose prefix has been read and checked.
struct Opened {
    path: PathBuf,
    prefix: [u8; PREFIX_LEN],
    header: Header,
    salt: [u8; SALT_LEN],
}

impl Opened {
    fn read_prefix(path: &Path) -> Result<Opened, BackupError> {
        let mut file = File::open(path).map_err(|e| BackupError::reading(path, e))?;
        let mut prefix = [0u8; PREFIX_LEN];
        let mut got = 0;
        while got < PREFIX_LEN {
            match file.read(&mut prefix[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) => return Err(BackupError::reading(path, e)),
            }
        }
        if got < 10 || &prefix[..8] != MAGIC {
            return Err(BackupError::NotABackup);
        }
        let version = u16::from_le_bytes([prefix[8], prefix[9]]);
        if version > BACKUP_VERSION {
            return Err(BackupError::Newer {
                found: u32::from(version),
                known: u32::from(BACKUP_VERSION),
            });
        }
        if version == 0 || got < PREFIX_LEN {
            return Err(BackupError::Damaged(
                "the file ends inside its prefix".into(),
            ));
        }
        let header = Header::decode(&prefix[10..10 + HEADER_LEN]).map_err(|e| match e {
            VaultError::Newer { found, known } => BackupError::Newer { found, known },
            _ => BackupError::Damaged("the vault header inside is damaged".into()),
        })?;
        let mut salt = [0u8; SALT_LEN];
        salt.copy_from_slice(&prefix[10 + HEADER_LEN..10 + HEADER_LEN + SALT_LEN]);
        let chunk = u32::from_le_bytes([
            prefix[PREFIX_LEN - 4],
            prefix[PREFIX_LEN - 3],
            prefix[PREFIX_LEN - 2],
            prefix[PREFIX_LEN - 1],
        ]);
        if chunk as usize != CHUNK {
            return Err(BackupError::Damaged(format!("chunk size {chunk}")));
        }
        Ok(Opened {
            path: path.to_owned(),
            prefix,
            header,
            salt,
        })
    }

    fn unwrap(&self, secret: crate::Secret<'_>) -> Result<DataKey, BackupError> {
        Ok(match secret {
            crate::Secret::Passphrase(p) => self.header.unwrap_with_passphrase(p)?,
            crate::Secret::Recovery(r) => self
                .header
                .unwrap_with_recovery(&crate::RecoveryKey::parse(r)?)?,
        })
    }

    /// Decrypts and authenticates every chunk, writing the database to `db` (a new file) and
    /// answering with the manifest. Nothing is trusted before its chunk's tag is checked.
    fn decrypt_to(&self, key: &DataKey, db: &Path, durable: bool) -> Result<Manifest, BackupError> {
        let damaged = |what: &str| BackupError::Damaged(what.to_owned());
        let key = chunk_key(key, &self.salt)?;
        let mut file = BufReader::new(
            File::open(&self.path).map_err(|e| BackupError::reading(&self.path, e))?,
        );
        let mut skip = [0u8; PREFIX_LEN];
        file.read_exact(&mut skip)
            .map_err(|e| BackupError::reading(&self.path, e))?;
        let out = create_private(db)?;
        let mut out = BufWriter::new(out);
        let mut manifest: Option<Manifest> = None;
        let mut pending: Vec<u8> = Vec::new();
        let mut sealed = vec![0u8; CHUNK + TAG_LEN];
        let mut index: u64 = 0;
        loop {
            let n = read_full(&mut file, &mut sealed)
                .map_err(|e| BackupError::reading(&self.path, e))?;
            if n < TAG_LEN {
                return Err(damaged("the file ends before its last part"));
            }
            // A full-size chunk followed by the end of the file was cut exactly at a boundary.
            let last = n < sealed.len() || at_eof(&mut file, &self.path)?;
            let mut chunk = Zeroizing::new(sealed[..n].to_vec());
            let plain = open_chunk(&key, index, last, &self.prefix, &mut chunk)
                .ok_or_else(|| damaged("a part of the file does not authenticate"))?;
            if manifest.is_none() {
                pending.extend_from_slice(plain);
                if pending.len() >= 4 {
                    let len = u32::from_le_bytes([pending[0], pending[1], pending[2], pending[3]])
                        as usize;
                    if len > MAX_MANIFEST {
                        return Err(damaged("the manifest is too long"));
                    }
                    if pending.len() >= 4 + len {
                        let m: Manifest = serde_json::from_slice(&pending[4..4 + len])
                            .map_err(|_| damaged("the manifest does not decode"))?;
                        if m.format > BACKUP_VERSION {
                            return Err(BackupError::Newer {
                                found: u32::from(m.format),
                                known: u32::from(BACKUP_VERSION),
                            });
                        }
                        out.write_all(&pending[4 + len..])
                            .map_err(|e| BackupError::writing(db, e))?;
                        pending.clear();
                        manifest = Some(m);
                    }
                }
            } else {
                out.write_all(plain)
                    .map_err(|e| BackupError::writing(db, e))?;
            }
            index += 1;
            if last {
                break;
            }
        }
        let manifest = manifest.ok_or_else(|| damaged("the file holds no manifest"))?;
        let file = out
            .into_inner()
            .map_err(|e| BackupError::writing(db, e.into_error()))?;
        if durable {
            file.sync_all().map_err(|e| BackupError::writing(db, e))?;
        }
        Ok(manifest)
    }
}

fn prefix(header: &Header, salt: &[u8; SALT_LEN]) -> [u8; PREFIX_LEN] {
    let mut p = [0u8; PREFIX_LEN];
    p[..8].copy_from_slice(MAGIC);
    p[8..10].copy_from_slice(&BACKUP_VERSION.to_le_bytes());
    p[10..10 + HEADER_LEN].copy_from_slice(&header.encode());
    p[10 + HEADER_LEN..10 + HEADER_LEN + SALT_LEN].copy_from_slice(salt);
    p[PREFIX_LEN - 4..].copy_from_slice(&(CHUNK as u32).to_le_bytes());
    p
}

/// The file's own key: HKDF-SHA256 of the data key with the file's random salt.
fn chunk_key(key: &DataKey, salt: &[u8; SALT_LEN]) -> Result<LessSafeKey, BackupError> {
    let k = hkdf_sha256(salt, key.0.as_ref(), b"avenir/v1/backup")?;
    let unbound = UnboundKey::new(&AES_256_GCM, k.as_ref())
        .map_err(|_| BackupError::Damaged("key setup".into()))?;
    Ok(LessSafeKey::new(unbound))
}

/// Chunk `index`'s nonce: the last-chunk flag, three zero bytes, the index (big-endian).
fn nonce(index: u64, last: bool) -> Nonce {
    let mut n = [0u8; 12];
    n[0] = u8::from(last);
    n[4..].copy_from_slice(&index.to_be_bytes());
    Nonce::assume_unique_for_key(n)
}

fn seal(
    key: &LessSafeKey,
    index: u64,
    last: bool,
    prefix: &[u8],
    chunk: &mut Vec<u8>,
) -> Result<(), BackupError> {
    key.seal_in_place_append_tag(nonce(index, last), Aad::from(prefix), chunk)
        .map_err(|_| BackupError::Damaged("encryption failed".into()))
}

fn open_chunk<'a>(
    key: &LessSafeKey,
    index: u64,
    last: bool,
    prefix: &[u8],
    chunk: &'a mut [u8],
) -> Option<&'a mut [u8]> {
    key.open_in_place(nonce(index, last), Aad::from(prefix), chunk)
        .ok()
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

fn at_eof(r: &mut BufReader<File>, path: &Path) -> Result<bool, BackupError> {
    use std::io::BufRead;
    Ok(r.fill_buf()
        .map_err(|e| BackupError::reading(path, e))?
        .is_empty())
}

/// A new file readable and writable by its owner only.
fn create_private(path: &Path) -> Result<File, BackupError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    private_mode(&mut options);
    options
        .open(path)
        .map_err(|e| BackupError::writing(path, e))
}

#[cfg(unix)]
fn private_mode(options: &mut std::fs::OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    options.mode(0o600);
}

#[cfg(not(unix))]
fn private_mode(_options: &mut std::fs::OpenOptions) {}

fn remove_db_files(db: &Path) {
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
