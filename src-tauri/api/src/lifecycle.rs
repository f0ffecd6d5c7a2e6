//! The vault's lifecycle on an open vault: the new passphrase owed after an unlock with the
//! recovery key (postponable once), a new recovery key, and re-keying.
//!
//! The owed passphrase is a setting inside the vault (encrypted like everything else), so it
//! holds across restarts and whichever tool unlocked with the recovery key: `due` after such an
//! unlock, `postponed` after the one postponement, gone once the passphrase changes.

use avenir_vault::Secret;
use zeroize::Zeroizing;

use crate::{ApiError, OpenVault};

const RESET_SETTING: &str = "passphrase_reset";
const RESET_DUE: &str = "due";
const RESET_POSTPONED: &str = "postponed";

/// The Fluent message (in `vault.ftl`) that says older backups still open with the secrets
/// they were made with, so a fresh backup is wise after a re-key.
pub const REKEY_BACKUP_NOTICE: &str = "vault-rekey-old-backups";

/// A new passphrase is owed (the vault was unlocked with the recovery key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PassphraseReset {
    /// Whether the person may still postpone it (once).
    pub may_postpone: bool,
}

/// What a re-key answers.
pub struct Rekeyed {
    /// The new recovery key, to show once: the old sheet opens nothing any more.
    pub recovery_key: Zeroizing<String>,
    /// Backups made before still open with the secrets they were made with: offer a fresh one.
    pub offer_backup: bool,
    /// The message that says so ([`REKEY_BACKUP_NOTICE`]).
    pub notice: &'static str,
}

impl OpenVault {
    /// Records that a new passphrase is owed, unless it is owed already (a postponement is not
    /// undone by unlocking with the recovery key again).
    pub(crate) fn owe_passphrase_reset(&self) -> Result<(), ApiError> {
        if self.vault.setting(RESET_SETTING)?.is_none() {
            self.vault.set_setting(RESET_SETTING, RESET_DUE)?;
        }
        Ok(())
    }

    /// False once a re-key failed past its point of no return (the vault must be opened again).
    pub(crate) fn is_usable(&self) -> bool {
        self.vault.is_usable()
    }

    /// Whether a new passphrase is owed, and whether it may still be postponed.
    pub fn passphrase_reset(&self) -> Result<Option<PassphraseReset>, ApiError> {
        Ok(match self.vault.setting(RESET_SETTING)?.as_deref() {
            None => None,
            Some(RESET_DUE) => Some(PassphraseReset { may_postpone: true }),
            Some(_) => Some(PassphraseReset {
                may_postpone: false,
            }),
        })
    }

    /// Postpones the owed passphrase once; a second time answers `ResetNotPostponable`.
    pub fn postpone_passphrase_reset(&self) -> Result<(), ApiError> {
        match self.passphrase_reset()? {
            Some(PassphraseReset { may_postpone: true }) => {
                Ok(self.vault.set_setting(RESET_SETTING, RESET_POSTPONED)?)
            }
            Some(_) => Err(ApiError::ResetNotPostponable),
            None => Ok(()),
        }
    }

    /// Re-wraps the data key under `next` after checking `current` (the passphrase or the
    /// recovery key); the database is untouched and no new passphrase is owed any more.
    pub fn change_passphrase(&mut self, current: Secret<'_>, next: &str) -> Result<(), ApiError> {
        self.vault.change_passphrase(current, next)?;
        Ok(self.vault.clear_setting(RESET_SETTING)?)
    }

    /// A new recovery key after checking `current`; the old sheet stops opening the vault.
    /// Returns the new key, to show once.
    pub fn rotate_recovery(&mut self, current: Secret<'_>) -> Result<Zeroizing<String>, ApiError> {
        Ok(self.vault.rotate_recovery(current)?.display())
    }

    /// A new data key for the whole vault (and so a new recovery key), after checking `current`.
    /// The vault then opens with `new_passphrase`, or with the current passphrase when that is
    /// `None` (which needs `current` to be the passphrase: the recovery key cannot say what the
    /// passphrase is). Old copies of the header and old recovery sheets open nothing afterwards;
    /// older backups still open with their old secrets. `progress` gets the fraction done.
    pub fn rekey(
        &mut self,
        current: Secret<'_>,
        new_passphrase: Option<&str>,
        progress: &(dyn Fn(f64) + Sync),
    ) -> Result<Rekeyed, ApiError> {
        let passphrase = match (new_passphrase, current) {
            (Some(p), _) | (None, Secret::Passphrase(p)) => p,
            (None, Secret::Recovery(_)) => {
                return Err(avenir_vault::VaultError::PassphraseNeeded.into());
            }
        };
        let recovery = self.vault.rekey(current, passphrase, progress)?;
        if new_passphrase.is_some() {
            self.vault.clear_setting(RESET_SETTING)?;
        }
        Ok(Rekeyed {
            recovery_key: recovery.display(),
            offer_backup: true,
            notice: REKEY_BACKUP_NOTICE,
        })
    }
}
