//! Which vault is open in the app: creating a profile, unlocking it with the passphrase or the
//! recovery key, locking it, and the idle clock. Keys exist only inside the open vault and the
//! pending recovery key of a creation in progress; both are dropped (and wiped) on lock.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use avenir_vault::{KdfParams, Profiles, RecoveryKey, Secret, Vault};
use zeroize::Zeroizing;

use crate::{ApiError, Env, OpenVault};

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
        let mut inner = self.inner();
        inner.pending = None;
        inner.open.take().is_some()
    }

    pub fn change_passphrase(&self, current: &str, next: &str) -> Result<(), ApiError> {
        let mut inner = self.inner();
        let open = inner.open.as_mut().ok_or(ApiError::Locked)?;
        open.vault.change_passphrase(current, next)
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
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{FixedClock, SeededRandom};
    use avenir_vault::VaultError;

    const PASS: &str = "orange kettle meadow violin harbour pepper";

    fn access(dir: &std::path::Path) -> (VaultAccess, Arc<FixedClock>) {
        let clock = Arc::new(FixedClock::at("2026-12-02T09:00:00Z", 1));
        let env = Env {
            clock: clock.clone(),
            random: Arc::new(SeededRandom::new(1)),
        };
        // A zero target selects the insecure test KDF profile (debug builds only).
        let access = VaultAccess::new(Profiles::in_data_dir(dir), env, Duration::ZERO);
        (access, clock)
    }

    fn checks(shown: &str) -> Vec<(usize, String)> {
        let groups: Vec<&str> = shown.split('-').collect();
        vec![(2, groups[2].to_lowercase()), (6, groups[6].to_owned())]
    }

    #[test]
    fn create_lock_unlock_cycle() {
        let dir = tempfile::tempdir().unwrap();
        let (v, _) = access(dir.path());
        assert_eq!(
            v.status().unwrap(),
            VaultStatus {
                profiles: vec![],
                open: None
            }
        );
        let (shown, groups) = v.begin_creation().unwrap();
        assert_eq!(groups, 8);
        let status = v
            .finish_creation("Counsellor A", PASS, &checks(&shown))
            .unwrap();
        let open = status.open.unwrap();
        assert_eq!(
            (open.label.as_str(), open.idle_minutes),
            ("Counsellor A", 5)
        );
        assert!(v.lock());
        assert!(matches!(
            v.change_passphrase(PASS, "x"),
            Err(ApiError::Locked)
        ));
        assert!(matches!(
            v.unlock(&open.id, Secret::Passphrase("wrong")),
            Err(ApiError::Vault(VaultError::WrongSecret))
        ));
        assert!(
            v.unlock(&open.id, Secret::Recovery(&shown))
                .unwrap()
                .open
                .is_some()
        );
    }

    #[test]
    fn creation_needs_two_correct_groups_and_keeps_the_key_for_a_retry() {
        let dir = tempfile::tempdir().unwrap();
        let (v, _) = access(dir.path());
        assert!(matches!(
            v.finish_creation("A", PASS, &[]),
            Err(ApiError::NoCreationPending)
        ));
        let (shown, _) = v.begin_creation().unwrap();
        let good = checks(&shown);
        let same_group_twice = vec![good[0].clone(), good[0].clone()];
        assert!(matches!(
            v.finish_creation("A", PASS, &same_group_twice),
            Err(ApiError::RecoveryCheckFailed)
        ));
        let wrong = vec![good[0].clone(), (6, "ZZZZ".to_owned())];
        assert!(matches!(
            v.finish_creation("A", PASS, &wrong),
            Err(ApiError::RecoveryCheckFailed)
        ));
        assert!(matches!(
            v.finish_creation("A", "weak", &good),
            Err(ApiError::Vault(VaultError::WeakPassphrase(_)))
        ));
        assert!(
            v.finish_creation("A", PASS, &good).is_ok(),
            "the same key is still pending after a weak passphrase"
        );
        assert_eq!(v.status().unwrap().profiles.len(), 1);
    }

    #[test]
    fn locking_forgets_a_pending_creation() {
        let dir = tempfile::tempdir().unwrap();
        let (v, _) = access(dir.path());
        let (shown, _) = v.begin_creation().unwrap();
        assert!(!v.lock());
        assert!(matches!(
            v.finish_creation("A", PASS, &checks(&shown)),
            Err(ApiError::NoCreationPending)
        ));
    }

    #[test]
    fn the_idle_clock_locks_only_an_open_vault_after_its_setting() {
        let dir = tempfile::tempdir().unwrap();
        let (v, clock) = access(dir.path());
        clock.advance(Duration::from_secs(3600));
        assert!(!v.idle_expired(), "nothing open, nothing to lock");
        let (shown, _) = v.begin_creation().unwrap();
        v.finish_creation("A", PASS, &checks(&shown)).unwrap();
        v.set_idle_minutes(2).unwrap();
        clock.advance(Duration::from_secs(119));
        assert!(!v.idle_expired());
        clock.advance(Duration::from_secs(1));
        assert!(v.idle_expired());
        v.touch();
        clock.advance(Duration::from_secs(100));
        assert!(!v.idle_expired());
        assert!(
            v.with_open(|_| Ok(())).is_ok(),
            "a command counts as activity"
        );
        clock.advance(Duration::from_secs(119));
        assert!(!v.idle_expired());
    }
}
