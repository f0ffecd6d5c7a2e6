//! The vault's lifecycle through `VaultAccess`, on real vaults: the passphrase owed after an
//! unlock with the recovery key, a new recovery key, re-keying.

use avenir_vault::{Secret, VaultError};

use super::tests::{PASS, access, checks};
use crate::{ApiError, PassphraseReset, REKEY_BACKUP_NOTICE, VaultAccess};

const NEW_PASS: &str = "quiet lantern cobalt window saffron drum";

/// A vault created and locked again: its id and the recovery key shown at creation.
fn created(v: &VaultAccess) -> (String, String) {
    let (shown, _) = v.begin_creation().unwrap();
    let status = v
        .finish_creation("Counsellor A", PASS, &checks(&shown))
        .unwrap();
    let id = status.open.unwrap().id;
    assert!(v.lock());
    (id, shown.to_string())
}

fn reset(v: &VaultAccess) -> Option<PassphraseReset> {
    v.status().unwrap().open.unwrap().passphrase_reset
}

#[test]
fn the_recovery_key_owes_a_new_passphrase_postponable_once() {
    let dir = tempfile::tempdir().unwrap();
    let (v, _) = access(dir.path());
    let (id, recovery) = created(&v);
    v.unlock(&id, Secret::Passphrase(PASS)).unwrap();
    assert_eq!(reset(&v), None, "the passphrase owes nothing");
    v.lock();

    v.unlock(&id, Secret::Recovery(&recovery)).unwrap();
    assert_eq!(reset(&v), Some(PassphraseReset { may_postpone: true }));
    let after = v.postpone_passphrase_reset().unwrap();
    assert_eq!(
        after.open.unwrap().passphrase_reset,
        Some(PassphraseReset {
            may_postpone: false
        })
    );
    assert!(matches!(
        v.postpone_passphrase_reset(),
        Err(ApiError::ResetNotPostponable)
    ));
    // Kept in the vault: unlocking again (with either secret) does not forget or renew it.
    v.lock();
    v.unlock(&id, Secret::Recovery(&recovery)).unwrap();
    assert_eq!(
        reset(&v),
        Some(PassphraseReset {
            may_postpone: false
        })
    );
    v.lock();
    v.unlock(&id, Secret::Passphrase(PASS)).unwrap();
    assert_eq!(
        reset(&v),
        Some(PassphraseReset {
            may_postpone: false
        })
    );

    // The recovery key stands for the current passphrase; the change clears the debt.
    assert!(matches!(
        v.change_passphrase(
            Secret::Recovery("0000-0000-0000-0000-0000-0000-0000-0000"),
            NEW_PASS
        ),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
    v.change_passphrase(Secret::Recovery(&recovery), NEW_PASS)
        .unwrap();
    assert_eq!(reset(&v), None);
    v.lock();
    assert!(matches!(
        v.unlock(&id, Secret::Passphrase(PASS)),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
    v.unlock(&id, Secret::Passphrase(NEW_PASS)).unwrap();
    assert_eq!(reset(&v), None);
}

#[test]
fn a_new_recovery_key_retires_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let (v, _) = access(dir.path());
    let (id, old) = created(&v);
    assert!(matches!(
        v.rotate_recovery(Secret::Passphrase(PASS)),
        Err(ApiError::Locked)
    ));
    v.unlock(&id, Secret::Passphrase(PASS)).unwrap();
    assert!(matches!(
        v.rotate_recovery(Secret::Passphrase("orange kettle")),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
    let new = v.rotate_recovery(Secret::Passphrase(PASS)).unwrap();
    assert_ne!(*new, old);
    v.lock();
    assert!(matches!(
        v.unlock(&id, Secret::Recovery(&old)),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
    assert!(v.unlock(&id, Secret::Recovery(&new)).is_ok());
}

#[test]
fn rekeying_answers_a_new_recovery_key_and_the_backup_notice() {
    let dir = tempfile::tempdir().unwrap();
    let (v, _) = access(dir.path());
    let (id, old) = created(&v);
    v.unlock(&id, Secret::Recovery(&old)).unwrap();
    assert!(matches!(
        v.rekey(Secret::Recovery(&old), None, &|_| {}),
        Err(ApiError::Vault(VaultError::PassphraseNeeded))
    ));
    let done = v
        .rekey(Secret::Recovery(&old), Some(NEW_PASS), &|_| {})
        .unwrap();
    assert!(done.offer_backup);
    assert_eq!(done.notice, REKEY_BACKUP_NOTICE);
    assert_eq!(reset(&v), None, "a new passphrase was given");
    assert!(
        v.with_open(|o| o.stats()).is_ok(),
        "still open after the re-key"
    );
    v.lock();
    assert!(matches!(
        v.unlock(&id, Secret::Recovery(&old)),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
    v.unlock(&id, Secret::Passphrase(NEW_PASS)).unwrap();
    let again = v
        .rekey(Secret::Passphrase(NEW_PASS), None, &|_| {})
        .unwrap();
    v.lock();
    assert!(v.unlock(&id, Secret::Recovery(&again.recovery_key)).is_ok());
    assert!(matches!(
        v.unlock(&id, Secret::Recovery(&done.recovery_key)),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
    let catalogues = avenir_i18n::Catalogues::embedded();
    for locale in ["nl", "fr", "en"] {
        let ftl = catalogues.get(locale).unwrap().joined();
        assert!(
            ftl.lines()
                .any(|l| l.starts_with(&format!("{REKEY_BACKUP_NOTICE} ="))),
            "{locale}"
        );
    }
}

/// A lock (the panic keys, the idle clock, sleep) never waits for a re-key: it interrupts it,
/// and the vault still opens with the secrets it had.
#[test]
fn a_lock_interrupts_a_rekey_and_the_old_secrets_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let (v, _) = access(dir.path());
    let (id, recovery) = created(&v);
    v.unlock(&id, Secret::Passphrase(PASS)).unwrap();
    // Enough to export for a while (several MB, every page re-encrypted).
    v.with_open(|o| o.seed_demo(200, 20, false)).unwrap();
    let v = std::sync::Arc::new(v);
    let (started, exporting) = std::sync::mpsc::channel();
    let started = std::sync::Mutex::new(started);
    let rekey = {
        let v = v.clone();
        std::thread::spawn(move || {
            // The first report comes as the export starts.
            let progress = move |_: f64| {
                let _ = started.lock().unwrap().send(());
            };
            v.rekey(Secret::Passphrase(PASS), Some(NEW_PASS), &progress)
                .map(|_| ())
        })
    };
    exporting
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the re-key reports progress");
    assert!(v.lock(), "the lock closed the vault");
    let interrupted = rekey.join().unwrap();
    assert!(interrupted.is_err(), "the re-key ran to its end");
    assert!(
        !dir.path()
            .join("profiles")
            .join(&id)
            .join(".rekey")
            .exists(),
        "the staging folder is gone"
    );
    v.unlock(&id, Secret::Passphrase(PASS)).unwrap();
    v.lock();
    v.unlock(&id, Secret::Recovery(&recovery)).unwrap();
    assert!(matches!(
        v.unlock(&id, Secret::Passphrase(NEW_PASS)),
        Err(ApiError::Vault(VaultError::WrongSecret))
    ));
}
