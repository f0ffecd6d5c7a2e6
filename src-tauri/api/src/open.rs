//! An open vault and the use cases that run on it. The database connection stays inside: the
//! app and the command line reach the vault only through these methods.

use std::path::Path;

use avenir_vault::{KdfParams, RecoveryKey, Secret, Stats, Vault, VerifyReport};
use zeroize::Zeroizing;

use crate::{ApiError, Env};

/// A vault opened with its secret, with the clock and random source its use cases run with.
/// Dropping it closes the database, wipes the keys and releases the instance lock.
pub struct OpenVault {
    pub(crate) vault: Vault,
    pub(crate) env: Env,
}

impl OpenVault {
    /// Opens the vault in the profile folder `dir` with a passphrase or the recovery key. After
    /// the recovery key, a new passphrase is owed (see [`OpenVault::passphrase_reset`]).
    pub fn open(dir: &Path, secret: Secret<'_>, env: Env) -> Result<Self, ApiError> {
        let open = Self {
            vault: Vault::open(dir, secret)?,
            env,
        };
        if matches!(secret, Secret::Recovery(_)) {
            open.owe_passphrase_reset()?;
        }
        Ok(open)
    }

    /// Creates a vault in the new folder `dir` with key derivation calibrated to about `target`
    /// here (never below the floor), and opens it. Returns the recovery key to show once.
    pub fn create(
        dir: &Path,
        label: &str,
        passphrase: &str,
        params: KdfParams,
        env: Env,
    ) -> Result<(Self, Zeroizing<String>), ApiError> {
        let recovery = RecoveryKey::generate()?;
        let vault = Vault::create_at(dir, label, passphrase, &recovery, params)?;
        Ok((Self { vault, env }, recovery.display()))
    }

    /// Checks the header, the key, the write-ahead log and every page of the database, read-only
    /// (no migration).
    pub fn verify(dir: &Path, secret: Secret<'_>) -> Result<VerifyReport, ApiError> {
        Ok(Vault::verify(dir, secret)?)
    }

    pub fn params(&self) -> KdfParams {
        self.vault.params()
    }

    pub fn dir(&self) -> &Path {
        self.vault.dir()
    }

    /// Client codes with their last session and next follow-up (no notes, no private fields).
    pub fn client_summaries(&self) -> Result<Vec<avenir_vault::ClientSummary>, ApiError> {
        Ok(self.vault.list_clients()?)
    }

    /// Counts only.
    pub fn stats(&self) -> Result<Stats, ApiError> {
        Ok(self.vault.stats()?)
    }

    /// Minutes of inactivity before the app locks itself.
    pub fn idle_minutes(&self) -> Result<u32, ApiError> {
        Ok(self.vault.idle_minutes()?)
    }

    pub fn set_idle_minutes(&self, minutes: u32) -> Result<(), ApiError> {
        Ok(self.vault.set_idle_minutes(minutes)?)
    }

    /// Runs `f` in one transaction: all of it is stored, or none.
    pub fn in_transaction<T>(
        &self,
        f: impl FnOnce(&Self) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let tx = self
            .vault
            .conn()
            .unchecked_transaction()
            .map_err(avenir_vault::VaultError::from)?;
        let out = f(self)?;
        tx.commit().map_err(avenir_vault::VaultError::from)?;
        Ok(out)
    }

    pub(crate) fn conn(&self) -> &avenir_vault::Connection {
        self.vault.conn()
    }

    /// The database connection, for this crate's tests that look at what was stored.
    #[cfg(test)]
    pub fn connection_for_tests(&self) -> &avenir_vault::Connection {
        self.vault.conn()
    }
}
