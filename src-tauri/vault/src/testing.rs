//! Test support, behind the `testing` feature that only the end-to-end test crate enables (the
//! app and the command line never have it): the keys of a vault, recomputed from its header and
//! passphrase, so a test can look for copies of them in a running app's memory.

use std::path::Path;

use zeroize::Zeroizing;

use crate::VaultError;
use crate::header::Header;
use crate::profile::HEADER_FILE;

/// The vault's data key and the SQLCipher key derived from it.
pub struct Keys {
    pub data_key: Zeroizing<[u8; 32]>,
    pub sqlcipher_key: Zeroizing<[u8; 32]>,
}

/// The keys of the vault in `dir`, unwrapped with `passphrase` (the vault need not be closed).
pub fn keys(dir: &Path, passphrase: &str) -> Result<Keys, VaultError> {
    let path = dir.join(HEADER_FILE);
    let bytes = std::fs::read(&path).map_err(|source| VaultError::Read { path, source })?;
    let key = Header::decode(&bytes)?.unwrap_with_passphrase(passphrase)?;
    Ok(Keys {
        data_key: Zeroizing::new(*key.0),
        sqlcipher_key: key.sqlcipher_key()?,
    })
}
