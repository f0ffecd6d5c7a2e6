//! `verify`: the header, the key, the write-ahead log and every page, read-only. Nothing is
//! written: no migration, no checkpoint, no change of journal mode, no interrupted re-key
//! finished.

use std::path::Path;

use super::rekey::READY;
use super::{Secret, Vault, VerifyReport, read_header, take_lock};
use crate::profile::{DB_FILE, HEADER_FILE};
use crate::{VaultError, db, wal};

impl Vault {
    /// Checks the header, the key, the write-ahead log (frames SQLite would silently skip are
    /// reported) and every page of the database, opening it read-only.
    pub fn verify(dir: &Path, secret: Secret<'_>) -> Result<VerifyReport, VaultError> {
        if !dir.join(HEADER_FILE).is_file() {
            return Err(VaultError::Missing(dir.to_owned()));
        }
        // The lock keeps an Avenir from writing while the log is read.
        let _lock = take_lock(dir)?;
        if dir.join(READY).exists() {
            return Err(VaultError::RekeyPending);
        }
        let header = read_header(dir)?;
        let key = header.unwrap_with(secret)?;
        let db_path = dir.join(DB_FILE);
        // Read the log before SQLite opens it: what it holds beyond what SQLite will apply.
        let mut problems = wal::problems(&dir.join(format!("{DB_FILE}-wal")))?;
        let conn = db::open_read_only(&db_path, &*key.sqlcipher_key()?)?;
        problems.extend(db::integrity_problems(&conn)?);
        let schema_version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(VerifyReport {
            params: header.params(),
            schema_version,
            problems,
        })
    }
}
