//! The counsellor's vault session: which profile is open, the recovery key of a creation in
//! progress, and the idle clock. Keys exist only inside the open `Vault` and the pending
//! `RecoveryKey`; both are dropped (and wiped) on lock.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use avenir_core::{ErrorArg, UserFacing};
use avenir_vault::{KdfParams, Profiles, RecoveryKey, Secret, Vault, VaultError};
use zeroize::Zeroizing;

/// What the UI needs to choose a screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultStatus {
    pub profiles: Vec<(String, String)>,
    pub open: Option<OpenInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInfo {
    pub id: String,
    pub label: String,
    pub idle_minutes: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error("no vault is open")]
    Locked,
    #[error("no vault creation is in progress")]
    NoCreationPending,
    #[error("the recovery key check failed")]
    RecoveryCheckFailed,
    #[error(transparent)]
    Client(#[from] avenir_core::client::ClientError),
    #[error(transparent)]
    Answer(#[from] avenir_core::content::AnswerError),
    #[error(transparent)]
    Photo(#[from] avenir_media::MediaError),
}

impl UserFacing for SessionError {
    fn code(&self) -> &'static str {
        match self {
            SessionError::Vault(e) => e.code(),
            SessionError::Client(e) => e.code(),
            SessionError::Answer(e) => e.code(),
            SessionError::Photo(e) => e.code(),
            SessionError::Locked => "locked",
            SessionError::NoCreationPending => "no_creation_pending",
            SessionError::RecoveryCheckFailed => "recovery_check_failed",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            SessionError::Vault(e) => e.message_id(),
            SessionError::Client(e) => e.message_id(),
            SessionError::Answer(e) => e.message_id(),
            SessionError::Photo(e) => e.message_id(),
            SessionError::Locked => "error-locked",
            SessionError::NoCreationPending => "error-no-creation-pending",
            SessionError::RecoveryCheckFailed => "error-recovery-check-failed",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            SessionError::Vault(e) => e.args(),
            SessionError::Client(e) => e.args(),
            SessionError::Answer(e) => e.args(),
            SessionError::Photo(e) => e.args(),
            _ => Vec::new(),
        }
    }
}

struct Open {
    id: String,
    label: String,
    vault: Vault,
}

struct Inner {
    open: Option<Open>,
    pending: Option<RecoveryKey>,
    last_activity: Instant,
}

pub struct Vaults {
    profiles: Profiles,
    /// How long key derivation should take on this machine when a vault is created.
    kdf_target: Duration,
    inner: Mutex<Inner>,
}

/// How many recovery-key groups the person must type back.
const CHECKED_GROUPS: usize = 2;

impl Vaults {
    pub fn new(profiles: Profiles, kdf_target: Duration) -> Self {
        let inner = Inner {
            open: None,
            pending: None,
            last_activity: Instant::now(),
        };
        Self {
            profiles,
            kdf_target,
            inner: Mutex::new(inner),
        }
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave keys half-written: recover the guard.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn status(&self) -> Result<VaultStatus, SessionError> {
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
    /// finished or cancelled; nothing is written yet.
    pub fn begin_creation(&self) -> Result<(Zeroizing<String>, usize), SessionError> {
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
    ) -> Result<VaultStatus, SessionError> {
        {
            let inner = self.inner();
            let key = inner
                .pending
                .as_ref()
                .ok_or(SessionError::NoCreationPending)?;
            let mut distinct: Vec<usize> = checks.iter().map(|(i, _)| *i).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let all_match = checks.iter().all(|(i, typed)| key.group_matches(*i, typed));
            if distinct.len() < CHECKED_GROUPS || !all_match {
                return Err(SessionError::RecoveryCheckFailed);
            }
        }
        let params = self.creation_params()?;
        let key = self
            .inner()
            .pending
            .take()
            .ok_or(SessionError::NoCreationPending)?;
        let created = Vault::create(&self.profiles, label, passphrase, &key, params);
        let (id, vault) = match created {
            Ok(v) => v,
            Err(e) => {
                // Keep the key shown to the person: they can fix the passphrase or label and retry.
                self.inner().pending = Some(key);
                return Err(e.into());
            }
        };
        let label = self.profiles.get(&id)?.label;
        self.replace_open(Some(Open { id, label, vault }));
        self.status()
    }

    pub fn unlock(
        &self,
        profile_id: &str,
        secret: Secret<'_>,
    ) -> Result<VaultStatus, SessionError> {
        let profile = self.profiles.get(profile_id)?;
        // Close any other vault first so two are never open at once.
        self.replace_open(None);
        let vault = Vault::open(&profile.dir, secret)?;
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

    pub fn change_passphrase(&self, current: &str, next: &str) -> Result<(), SessionError> {
        let mut inner = self.inner();
        let open = inner.open.as_mut().ok_or(SessionError::Locked)?;
        Ok(open.vault.change_passphrase(current, next)?)
    }

    pub fn set_idle_minutes(&self, minutes: u32) -> Result<VaultStatus, SessionError> {
        {
            let inner = self.inner();
            let open = inner.open.as_ref().ok_or(SessionError::Locked)?;
            open.vault.set_idle_minutes(minutes)?;
        }
        self.status()
    }

    /// Runs `f` on the open vault (and counts it as activity), or answers `locked`.
    pub fn with_vault<T>(
        &self,
        f: impl FnOnce(&Vault) -> Result<T, VaultError>,
    ) -> Result<T, SessionError> {
        let mut inner = self.inner();
        inner.last_activity = Instant::now();
        let open = inner.open.as_ref().ok_or(SessionError::Locked)?;
        Ok(f(&open.vault)?)
    }

    pub fn touch(&self) {
        self.touch_at(Instant::now());
    }

    fn touch_at(&self, now: Instant) {
        self.inner().last_activity = now;
    }

    /// Whether an open vault has been idle longer than its setting at `now`.
    pub fn idle_expired_at(&self, now: Instant) -> bool {
        let inner = self.inner();
        let Some(open) = &inner.open else {
            return false;
        };
        let minutes = open
            .vault
            .idle_minutes()
            .unwrap_or(avenir_vault::IDLE_MINUTES_DEFAULT);
        now.saturating_duration_since(inner.last_activity)
            >= Duration::from_secs(u64::from(minutes) * 60)
    }

    fn replace_open(&self, open: Option<Open>) {
        let mut inner = self.inner();
        inner.open = open;
        inner.last_activity = Instant::now();
    }

    fn creation_params(&self) -> Result<KdfParams, SessionError> {
        if self.kdf_target.is_zero() && cfg!(debug_assertions) {
            return Ok(KdfParams::INSECURE_TEST);
        }
        Ok(avenir_vault::calibrate(self.kdf_target)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "orange kettle meadow violin harbour pepper";

    fn vaults(dir: &std::path::Path) -> Vaults {
        // A zero target selects the insecure test KDF profile (debug builds only).
        Vaults::new(Profiles::in_data_dir(dir), Duration::ZERO)
    }

    fn checks(shown: &str) -> Vec<(usize, String)> {
        let groups: Vec<&str> = shown.split('-').collect();
        vec![(2, groups[2].to_lowercase()), (6, groups[6].to_owned())]
    }

    #[test]
    fn create_lock_unlock_cycle() {
        let dir = tempfile::tempdir().unwrap();
        let v = vaults(dir.path());
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
            Err(SessionError::Locked)
        ));
        assert!(matches!(
            v.unlock(&open.id, Secret::Passphrase("wrong")),
            Err(SessionError::Vault(VaultError::WrongSecret))
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
        let v = vaults(dir.path());
        assert!(matches!(
            v.finish_creation("A", PASS, &[]),
            Err(SessionError::NoCreationPending)
        ));
        let (shown, _) = v.begin_creation().unwrap();
        let good = checks(&shown);
        let same_group_twice = vec![good[0].clone(), good[0].clone()];
        assert!(matches!(
            v.finish_creation("A", PASS, &same_group_twice),
            Err(SessionError::RecoveryCheckFailed)
        ));
        let wrong = vec![good[0].clone(), (6, "ZZZZ".to_owned())];
        assert!(matches!(
            v.finish_creation("A", PASS, &wrong),
            Err(SessionError::RecoveryCheckFailed)
        ));
        assert!(matches!(
            v.finish_creation("A", "weak", &good),
            Err(SessionError::Vault(VaultError::WeakPassphrase(_)))
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
        let v = vaults(dir.path());
        let (shown, _) = v.begin_creation().unwrap();
        assert!(!v.lock());
        assert!(matches!(
            v.finish_creation("A", PASS, &checks(&shown)),
            Err(SessionError::NoCreationPending)
        ));
    }

    #[test]
    fn the_idle_clock_locks_only_an_open_vault_after_its_setting() {
        let dir = tempfile::tempdir().unwrap();
        let v = vaults(dir.path());
        let now = Instant::now();
        assert!(
            !v.idle_expired_at(now + Duration::from_secs(3600)),
            "nothing open, nothing to lock"
        );
        let (shown, _) = v.begin_creation().unwrap();
        v.finish_creation("A", PASS, &checks(&shown)).unwrap();
        v.set_idle_minutes(2).unwrap();
        let t0 = Instant::now();
        v.touch_at(t0);
        assert!(!v.idle_expired_at(t0 + Duration::from_secs(119)));
        assert!(v.idle_expired_at(t0 + Duration::from_secs(120)));
        v.touch_at(t0 + Duration::from_secs(100));
        assert!(!v.idle_expired_at(t0 + Duration::from_secs(200)));
    }
}
