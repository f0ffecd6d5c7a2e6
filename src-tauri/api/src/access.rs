//! Which vault is open in the app: creating a profile, unlocking it with the passphrase or the
//! recovery key, locking it, and the idle clock. Keys exist only inside the open vault and the
//! pending recovery key of a creation in progress; both are dropped (and wiped) on lock.

use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::Duration;

use avenir_vault::{InterruptHandle, KdfParams, Profiles, RecoveryKey, Secret, Vault};
use zeroize::Zeroizing;

use crate::{ApiError, Env, OpenVault, PassphraseReset, Rekeyed};

/// What the UI needs to choose a screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultStatus {
    /// Every profile on this computer: `(id, label)`, sorted by label.
    pub profiles: Vec<(String, String)>,
    pub open: Option<OpenInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInfo {
    pub id: String,
    pub label: String,
    pub idle_minutes: u32,
    /// A new passphrase is owed: the vault was unlocked with the recovery key.
    pub passphrase_reset: Option<PassphraseReset>,
}

struct Open {
    id: String,
    label: String,
    vault: OpenVault,
}

struct Inner {
    open: Option<Open>,
    pending: Option<RecoveryKey>,
    /// The clock's ticks at the last sign of activity.
    last_activity: Duration,
}

/// How many recovery-key groups the person must type back.
const CHECKED_GROUPS: usize = 2;

/// The vault access of one app: at most one vault open at a time.
pub struct VaultAccess {
    profiles: Profiles,
    env: Env,
    /// How long key derivation should take on this machine when a vault is created; zero picks
    /// the insecure test profile, which only debug builds accept.
    kdf_target: Duration,
    inner: Mutex<Inner>,
    /// While a re-key runs (holding `inner` for seconds), the way to stop it: a lock never waits
    /// for a re-key, it interrupts it (before its point of no return the old vault stays as it
    /// was; after it, the switch takes milliseconds and is let finish).
    rekeying: Mutex<Option<InterruptHandle>>,
}

impl VaultAccess {
    pub fn new(profiles: Profiles, env: Env, kdf_target: Duration) -> Self {
        let inner = Inner {
            open: None,
            pending: None,
            last_activity: env.clock.ticks(),
        };
        Self {
            profiles,
            env,
            kdf_target,
            inner: Mutex::new(inner),
            rekeying: Mutex::new(None),
        }
    }

    fn rekeying(&self) -> MutexGuard<'_, Option<InterruptHandle>> {
        self.rekeying.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The state, for a lock: a running re-key is interrupted (again and again, in case it was
    /// between two statements) until it lets go.
    fn inner_interrupting_a_rekey(&self) -> MutexGuard<'_, Inner> {
        loop {
            if let Some(rekey) = self.rekeying().as_ref() {
                rekey.interrupt();
            }
            match self.inner.try_lock() {
                Ok(inner) => return inner,
                Err(TryLockError::Poisoned(p)) => return p.into_inner(),
                Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave keys half-written: recover the guard.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn status(&self) -> Result<VaultStatus, ApiError> {
        let profiles = self
            .profiles
            .list()?
            .into_iter()
            .map(|p| (p.id, p.label))
            .collect();
        let inner = self.inner();
        let open = match &inner.open {
            Some(o) => Some(OpenInfo {
                id: o.id.clone(),
                label: o.label.clone(),
                idle_minutes: o.vault.idle_minutes()?,
                passphrase_reset: o.vault.passphrase_reset()?,
            }),
            None => None,
        };
        Ok(VaultStatus { profiles, open })
    }

    /// Generates the recovery key of a new vault and keeps it in memory until the creation is
    /// finished or cancelled; nothing is written yet. Answers with the key to show and the
    /// number of its groups.
    pub fn begin_creation(&self) -> Result<(Zeroizing<String>, usize), ApiError> {
        let key = RecoveryKey::generate()?;
        let shown = key.display();
        self.inner().pending = Some(key);
        Ok((shown, avenir_vault::RECOVERY_GROUPS))
    }

    pub fn cancel_creation(&self) {
        self.inner().pending = None;
    }

    /// Checks the groups typed back, then creates the vault and opens it.
    pub fn finish_creation(
        &self,
        label: &str,
        passphrase: &str,
        checks: &[(usize, String)],
    ) -> Result<VaultStatus, ApiError> {
        {
            let inner = self.inner();
            let key = inner.pending.as_ref().ok_or(ApiError::NoCreationPending)?;
            let mut distinct: Vec<usize> = checks.iter().map(|(i, _)| *i).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let all_match = checks.iter().all(|(i, typed)| key.group_matches(*i, typed));
            if distinct.len() < CHECKED_GROUPS || !all_match {
                return Err(ApiError::RecoveryCheckFailed);
            }
        }
        let params = self.creation_params()?;
        let key = self
            .inner()
            .pending
            .take()
            .ok_or(ApiError::NoCreationPending)?;
        let (id, vault) = match Vault::create(&self.profiles, label, passphrase, &key, params) {
            Ok(v) => v,
            Err(e) => {
                // Keep the key shown to the person: they can fix the passphrase or label and retry.
                self.inner().pending = Some(key);
                return Err(e.into());
            }
        };
        let label = self.profiles.get(&id)?.label;
        let vault = OpenVault {
            vault,
            env: self.env.clone(),
        };
        self.replace_open(Some(Open { id, label, vault }));
        self.status()
    }

    pub fn unlock(&self, profile_id: &str, secret: Secret<'_>) -> Result<VaultStatus, ApiError> {
        let profile = self.profiles.get(profile_id)?;
        // Close any other vault first so two are never open at once.
        self.replace_open(None);
        let vault = OpenVault::open(&profile.dir, secret, self.env.clone())?;
        self.replace_open(Some(Open {
            id: profile.id,
            label: profile.label,
            vault,
        }));
        self.status()
    }

    /// Closes the vault (connection closed, keys wiped) and forgets a pending creation.
    /// Returns whether anything was open.
    pub fn lock(&self) -> bool {
        let mut inner = self.inner_interrupting_a_rekey();
        inner.pending = None;
        inner.open.take().is_some()
    }

    /// Changes the passphrase of the open vault; `current` is the passphrase or the recovery
    /// key. Clears a new passphrase owed after an unlock with the recovery key.
    pub fn change_passphrase(&self, current: Secret<'_>, next: &str) -> Result<(), ApiError> {
        self.with_open_mut(|v| v.change_passphrase(current, next))
    }

    /// Postpones the new passphrase owed after an unlock with the recovery key, once; the next
    /// status says it may not be postponed again (`ResetNotPostponable` if asked again).
    pub fn postpone_passphrase_reset(&self) -> Result<VaultStatus, ApiError> {
        self.with_open(|v| v.postpone_passphrase_reset())?;
        self.status()
    }

    /// A new recovery key for the open vault, after checking `current` (the passphrase or the
    /// present recovery key); the old sheet stops opening it. The key is answered once.
    pub fn rotate_recovery(&self, current: Secret<'_>) -> Result<Zeroizing<String>, ApiError> {
        self.with_open_mut(|v| v.rotate_recovery(current))
    }

    /// A new data key and recovery key for the open vault, after checking `current`; it then
    /// opens with `new_passphrase` or, when `None`, the current passphrase (`current` must then
    /// be the passphrase). Takes seconds on a large vault: `progress` gets the fraction done
    /// (0–1) from a worker thread, and other calls wait. If it fails past its point of no
    /// return, the vault is locked; the next unlock finishes the re-key.
    pub fn rekey(
        &self,
        current: Secret<'_>,
        new_passphrase: Option<&str>,
        progress: &(dyn Fn(f64) + Sync),
    ) -> Result<Rekeyed, ApiError> {
        let mut inner = self.inner();
        inner.last_activity = self.env.clock.ticks();
        let open = inner.open.as_mut().ok_or(ApiError::Locked)?;
        *self.rekeying() = Some(open.vault.vault.conn().get_interrupt_handle());
        let result = open.vault.rekey(current, new_passphrase, progress);
        *self.rekeying() = None;
        if result.is_err() && !open.vault.is_usable() {
            inner.open = None;
        }
        result
    }

    pub fn set_idle_minutes(&self, minutes: u32) -> Result<VaultStatus, ApiError> {
        self.with_open(|v| v.set_idle_minutes(minutes))?;
        self.status()
    }

    /// Runs `f` on the open vault (and counts it as activity), or answers `locked`.
    pub fn with_open<T>(
        &self,
        f: impl FnOnce(&OpenVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut inner = self.inner();
        inner.last_activity = self.env.clock.ticks();
        let open = inner.open.as_ref().ok_or(ApiError::Locked)?;
        f(&open.vault)
    }

    fn with_open_mut<T>(
        &self,
        f: impl FnOnce(&mut OpenVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut inner = self.inner();
        inner.last_activity = self.env.clock.ticks();
        let open = inner.open.as_mut().ok_or(ApiError::Locked)?;
        f(&mut open.vault)
    }

    /// Runs `f` on the open vault without counting it as activity (background work such as an
    /// automatic backup must not keep the vault from locking), with the open profile's id.
    pub fn with_open_quietly<T>(
        &self,
        f: impl FnOnce(&str, &OpenVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let inner = self.inner();
        let open = inner.open.as_ref().ok_or(ApiError::Locked)?;
        f(&open.id, &open.vault)
    }

    /// Restores the backup `file` as a new profile named `label` (never replacing one).
    pub fn restore(
        &self,
        file: &std::path::Path,
        secret: Secret<'_>,
        label: &str,
    ) -> Result<VaultStatus, ApiError> {
        let (_, dir) = self.profiles.new_profile(label)?;
        crate::backups::restore_backup_to(file, secret, &dir, Some(label))?;
        self.status()
    }

    /// Postpones the automatic lock.
    pub fn touch(&self) {
        self.inner().last_activity = self.env.clock.ticks();
    }

    /// Whether an open vault has been idle longer than its setting.
    pub fn idle_expired(&self) -> bool {
        let inner = self.inner();
        let Some(open) = &inner.open else {
            return false;
        };
        let minutes = open
            .vault
            .idle_minutes()
            .unwrap_or(avenir_vault::IDLE_MINUTES_DEFAULT);
        self.env.clock.ticks().saturating_sub(inner.last_activity)
            >= Duration::from_secs(u64::from(minutes) * 60)
    }

    fn replace_open(&self, open: Option<Open>) {
        let mut inner = self.inner();
        inner.open = open;
        inner.last_activity = self.env.clock.ticks();
    }

    fn creation_params(&self) -> Result<KdfParams, ApiError> {
        if self.kdf_target.is_zero() && cfg!(debug_assertions) {
            return Ok(KdfParams::INSECURE_TEST);
        }
        Ok(avenir_vault::calibrate(self.kdf_target)?)
    }
}

#[cfg(test)]
mod lifecycle_tests;

#[cfg(test)]
mod tests;
