use std::sync::Arc;

use super::*;
use crate::{FixedClock, SeededRandom};
use avenir_vault::VaultError;

pub(super) const PASS: &str = "orange kettle meadow violin harbour pepper";

pub(super) fn access(dir: &std::path::Path) -> (VaultAccess, Arc<FixedClock>) {
    let clock = Arc::new(FixedClock::at("2026-12-02T09:00:00Z", 1));
    let env = Env {
        clock: clock.clone(),
        random: Arc::new(SeededRandom::new(1)),
    };
    // A zero target selects the insecure test KDF profile (debug builds only).
    let access = VaultAccess::new(Profiles::in_data_dir(dir), env, Duration::ZERO);
    (access, clock)
}

pub(super) fn checks(shown: &str) -> Vec<(usize, String)> {
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
        v.change_passphrase(Secret::Passphrase(PASS), "x"),
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
