//! The vault's lifecycle on a real disk: the recovery key as the current secret, a new recovery
//! key, re-keying, and the read-only `verify` with its check of the write-ahead log.

use std::path::Path;
use std::sync::Mutex;

use avenir_vault::{Secret, Vault, VaultError};

use super::{MARKERS, NEW_PASS, PASS, first_client, new_vault};

#[test]
fn the_recovery_key_can_stand_for_the_current_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, recovery) = new_vault(tmp.path());
    let mut vault = Vault::open(&dir, Secret::Recovery(&recovery.display())).unwrap();
    vault
        .change_passphrase(Secret::Recovery(&recovery.display()), NEW_PASS)
        .unwrap();
    drop(vault);
    assert_eq!(
        first_client(&dir, Secret::Passphrase(NEW_PASS)).unwrap(),
        MARKERS[0]
    );
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::WrongSecret)
    ));
}

#[test]
fn a_new_recovery_key_retires_the_old_sheet() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, old) = new_vault(tmp.path());
    let old = old.display();
    let mut vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    assert!(matches!(
        vault.rotate_recovery(Secret::Passphrase("not the passphrase")),
        Err(VaultError::WrongSecret)
    ));
    let new = vault.rotate_recovery(Secret::Passphrase(PASS)).unwrap();
    drop(vault);
    assert!(matches!(
        Vault::open(&dir, Secret::Recovery(&old)),
        Err(VaultError::WrongSecret)
    ));
    assert_eq!(
        first_client(&dir, Secret::Recovery(&new.display())).unwrap(),
        MARKERS[0]
    );
    assert_eq!(
        first_client(&dir, Secret::Passphrase(PASS)).unwrap(),
        MARKERS[0]
    );
}

/// After a re-key the data is all there under a new key: the old header (with the old
/// passphrase) and the old recovery key open nothing, and progress ran up to 1.
#[test]
fn rekeying_leaves_old_headers_and_old_sheets_useless() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, old_recovery) = new_vault(tmp.path());
    let old_header = std::fs::read(dir.join("header")).unwrap();
    let seen = Mutex::new(Vec::new());
    let mut vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let old_db = std::fs::read(dir.join("vault.db")).unwrap();
    let new_recovery = vault
        .rekey(Secret::Passphrase(PASS), PASS, &|f| {
            seen.lock().unwrap().push(f)
        })
        .unwrap();
    assert_eq!(vault.list_clients().unwrap()[0].code, MARKERS[0]);
    drop(vault);
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.last(), Some(&1.0), "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_ne!(std::fs::read(dir.join("vault.db")).unwrap(), old_db);
    assert!(!dir.join(".rekey.ready").exists() && !dir.join(".rekey").exists());

    assert_eq!(
        first_client(&dir, Secret::Passphrase(PASS)).unwrap(),
        MARKERS[0]
    );
    let report = Vault::verify(&dir, Secret::Passphrase(PASS)).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(matches!(
        Vault::open(&dir, Secret::Recovery(&old_recovery.display())),
        Err(VaultError::WrongSecret)
    ));
    assert_eq!(
        first_client(&dir, Secret::Recovery(&new_recovery.display())).unwrap(),
        MARKERS[0]
    );
    // An old copy of the header still unwraps the old key, which opens nothing any more.
    let new_header = std::fs::read(dir.join("header")).unwrap();
    std::fs::write(dir.join("header"), &old_header).unwrap();
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::Damaged(_))
    ));
    assert!(matches!(
        Vault::open(&dir, Secret::Recovery(&old_recovery.display())),
        Err(VaultError::Damaged(_))
    ));
    std::fs::write(dir.join("header"), &new_header).unwrap();
    assert!(Vault::open(&dir, Secret::Passphrase(PASS)).is_ok());
}

#[test]
fn rekeying_with_the_recovery_key_sets_the_passphrase_given() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, recovery) = new_vault(tmp.path());
    let mut vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    assert!(matches!(
        vault.rekey(Secret::Recovery(&recovery.display()), "weak", &|_| {}),
        Err(VaultError::WeakPassphrase(_))
    ));
    vault
        .rekey(Secret::Recovery(&recovery.display()), NEW_PASS, &|_| {})
        .unwrap();
    drop(vault);
    assert_eq!(
        first_client(&dir, Secret::Passphrase(NEW_PASS)).unwrap(),
        MARKERS[0]
    );
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::WrongSecret)
    ));
}

/// `verify` opens read-only: a vault at an older schema version stays at it, and not one byte
/// of the database changes (no migration, no journal-mode switch, no checkpoint).
#[test]
fn verify_runs_no_migration_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    {
        let vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
        // Back to schema 5, so that opening it would migrate.
        vault
            .conn()
            .execute_batch(&super::back_to_schema_5())
            .unwrap();
    }
    let db_before = std::fs::read(dir.join("vault.db")).unwrap();
    let report = Vault::verify(&dir, Secret::Passphrase(PASS)).unwrap();
    assert_eq!(report.schema_version, 5);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(
        std::fs::read(dir.join("vault.db")).unwrap(),
        db_before,
        "verify changed the database"
    );
    assert_eq!(
        Vault::verify(&dir, Secret::Passphrase(PASS))
            .unwrap()
            .schema_version,
        5
    );
    // A normal open does migrate (so the test above can fail).
    drop(Vault::open(&dir, Secret::Passphrase(PASS)).unwrap());
    assert_eq!(
        Vault::verify(&dir, Secret::Passphrase(PASS))
            .unwrap()
            .schema_version,
        9,
        "the latest schema"
    );
}

/// A copy of a vault taken while it was open: its write-ahead log holds the last clients.
fn copy_with_log(root: &Path) -> std::path::PathBuf {
    let (dir, _) = new_vault(root);
    let vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    for i in 0..5 {
        vault
            .add_client(&format!("WAL-{i}"), "2026-02-01T10:00:00")
            .unwrap();
    }
    let copy = root.join("copy");
    std::fs::create_dir(&copy).unwrap();
    for f in ["header", "label", "vault.db", "vault.db-wal"] {
        std::fs::copy(dir.join(f), copy.join(f)).unwrap();
    }
    drop(vault);
    copy
}

#[test]
fn verify_reports_a_damaged_write_ahead_log_instead_of_dropping_it() {
    let tmp = tempfile::tempdir().unwrap();
    let copy = copy_with_log(tmp.path());
    let wal = copy.join("vault.db-wal");
    let good = std::fs::read(&wal).unwrap();
    assert!(good.len() > 32 + 24 + 16 * 1024, "the log holds frames");
    let report = Vault::verify(&copy, Secret::Passphrase(PASS)).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(
        std::fs::read(&wal).unwrap(),
        good,
        "verify left the log alone"
    );

    // One byte of the first frame's page: its checksum fails, and SQLite would drop every
    // frame from there on without a word.
    let mut bad = good.clone();
    bad[32 + 24 + 100] ^= 0x01;
    std::fs::write(&wal, &bad).unwrap();
    let report = Vault::verify(&copy, Secret::Passphrase(PASS)).unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("write-ahead log")),
        "{:?}",
        report.problems
    );
    // What a normal open does with the same log: the last clients are silently gone.
    let opened = Vault::open(&copy, Secret::Passphrase(PASS)).unwrap();
    let codes: Vec<String> = opened
        .list_clients()
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert!(!codes.iter().any(|c| c == "WAL-4"), "{codes:?}");
}
