//! The backup file itself (`FORMAT.md`, "Backup file"): its prefix, and its chunks sealed with
//! AES-256-GCM under a key derived from the data key and the file's salt. Reading authenticates
//! every chunk before anything in it is used.

use std::fs::File;
use std::io::{BufReader, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use zeroize::Zeroizing;

use crate::VaultError;
use crate::backup::{BACKUP_VERSION, BackupError, Manifest};
use crate::header::{HEADER_LEN, Header};
use crate::keys::{DataKey, hkdf_sha256};

const MAGIC: &[u8; 8] = b"AVENIRBK";
/// Plaintext bytes per encrypted chunk.
pub(crate) const CHUNK: usize = 1 << 20;
pub(crate) const SALT_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// Magic, version, the vault header, the file salt and the chunk size.
pub const PREFIX_LEN: usize = 8 + 2 + HEADER_LEN + SALT_LEN + 4;
/// The manifest is small; a bigger length is a damaged file, not an allocation.
const MAX_MANIFEST: usize = 64 * 1024;

/// A backup file whose prefix has been read and checked.
pub(crate) struct Opened {
    path: PathBuf,
    pub(crate) prefix: [u8; PREFIX_LEN],
    pub(crate) header: Header,
    salt: [u8; SALT_LEN],
}

impl Opened {
    pub(crate) fn read_prefix(path: &Path) -> Result<Opened, BackupError> {
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

    pub(crate) fn unwrap(&self, secret: crate::Secret<'_>) -> Result<DataKey, BackupError> {
        Ok(match secret {
            crate::Secret::Passphrase(p) => self.header.unwrap_with_passphrase(p)?,
            crate::Secret::Recovery(r) => self
                .header
                .unwrap_with_recovery(&crate::RecoveryKey::parse(r)?)?,
        })
    }

    /// Decrypts and authenticates every chunk, writing the database to `db` (a new file) and
    /// answering with the manifest.
    pub(crate) fn decrypt_to(
        &self,
        key: &DataKey,
        db: &Path,
        durable: bool,
    ) -> Result<Manifest, BackupError> {
        let mut out = std::io::BufWriter::new(create_private(db)?);
        let manifest = self.decrypt(key, &mut |plain| {
            out.write_all(plain)
                .map_err(|e| BackupError::writing(db, e))
        })?;
        let file = out
            .into_inner()
            .map_err(|e| BackupError::writing(db, e.into_error()))?;
        if durable {
            file.sync_all().map_err(|e| BackupError::writing(db, e))?;
        }
        Ok(manifest)
    }

    /// Decrypts and authenticates every chunk, handing the database's bytes to `sink` in order,
    /// and answers with the manifest. Nothing is trusted before its chunk's tag is checked.
    pub(crate) fn decrypt(
        &self,
        key: &DataKey,
        sink: &mut dyn FnMut(&[u8]) -> Result<(), BackupError>,
    ) -> Result<Manifest, BackupError> {
        let damaged = |what: &str| BackupError::Damaged(what.to_owned());
        let key = chunk_key(key, &self.salt)?;
        let mut file = BufReader::new(
            File::open(&self.path).map_err(|e| BackupError::reading(&self.path, e))?,
        );
        let mut skip = [0u8; PREFIX_LEN];
        file.read_exact(&mut skip)
            .map_err(|e| BackupError::reading(&self.path, e))?;
        let mut manifest: Option<Manifest> = None;
        let mut pending: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::new());
        let mut sealed = Zeroizing::new(vec![0u8; CHUNK + TAG_LEN]);
        let mut index: u64 = 0;
        loop {
            let n = read_full(&mut file, &mut sealed)
                .map_err(|e| BackupError::reading(&self.path, e))?;
            if n < TAG_LEN {
                return Err(damaged("the file ends before its last part"));
            }
            // A full-size chunk followed by the end of the file was cut exactly at a boundary.
            let last = n < sealed.len() || at_eof(&mut file, &self.path)?;
            let plain = open_chunk(&key, index, last, &self.prefix, &mut sealed[..n])
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
                        sink(&pending[4 + len..])?;
                        pending.clear();
                        manifest = Some(m);
                    }
                }
            } else {
                sink(plain)?;
            }
            index += 1;
            if last {
                break;
            }
        }
        manifest.ok_or_else(|| damaged("the file holds no manifest"))
    }
}

pub(crate) fn prefix(header: &Header, salt: &[u8; SALT_LEN]) -> [u8; PREFIX_LEN] {
    let mut p = [0u8; PREFIX_LEN];
    p[..8].copy_from_slice(MAGIC);
    p[8..10].copy_from_slice(&BACKUP_VERSION.to_le_bytes());
    p[10..10 + HEADER_LEN].copy_from_slice(&header.encode());
    p[10 + HEADER_LEN..10 + HEADER_LEN + SALT_LEN].copy_from_slice(salt);
    p[PREFIX_LEN - 4..].copy_from_slice(&(CHUNK as u32).to_le_bytes());
    p
}

/// The file's own key: HKDF-SHA256 of the data key with the file's random salt.
pub(crate) fn chunk_key(key: &DataKey, salt: &[u8; SALT_LEN]) -> Result<LessSafeKey, BackupError> {
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

pub(crate) fn seal(
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

pub(crate) fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
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

pub(crate) fn at_eof(r: &mut BufReader<File>, path: &Path) -> Result<bool, BackupError> {
    use std::io::BufRead;
    Ok(r.fill_buf()
        .map_err(|e| BackupError::reading(path, e))?
        .is_empty())
}

/// A new file readable and writable by its owner only.
pub(crate) fn create_private(path: &Path) -> Result<File, BackupError> {
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
