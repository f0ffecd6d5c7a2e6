//! The vault on a real disk: SQLCipher files, headers, locks. One integration-test binary.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use avenir_vault::{KdfParams, Profiles, RecoveryKey, Secret, Vault, VaultError};

#[path = "vault/album.rs"]
mod album;
#[path = "vault/backup.rs"]
mod backup;
#[path = "vault/clients.rs"]
mod clients;
#[path = "vault/courses.rs"]
mod courses;
#[path = "vault/lifecycle.rs"]
mod lifecycle;
#[path = "vault/worksheets.rs"]
mod worksheets;

const PASS: &str = "orange kettle meadow violin harbour pepper";
/// The passphrase of the committed fixtures (`tests/fixtures`).
const FIXTURE_PASS: &str = "fixture orange kettle meadow violin harbour";
const NEW_PASS: &str = "quiet lantern cobalt window saffron drum";
/// Marker strings: if any of these appears in any file, in any encoding, plaintext leaked.
const MARKERS: &[&str] = &[
    "ZEBRA-MARKER-7731",
    "مرحبا-سرّي-4412",
    "Geheime-Notitie-9920",
];

/// The SQL that takes a new vault back to schema 5: undoes migrations 8 (directory), 7 (handover) and the
/// table migration 6 creates, and sets the number, so that opening it runs both again.
fn back_to_schema_5() -> String {
    let mut sql = String::from("ALTER TABLE sessions DROP COLUMN decision; DROP TABLE directory;");
    for t in [
        "clients",
        "sessions",
        "next_steps",
        "answers",
        "journal_entries",
        "photos",
        "album_pages",
        "blobs",
    ] {
        sql += &format!(
            "DROP TRIGGER {t}_uid; DROP INDEX {t}_by_uid; ALTER TABLE {t} DROP COLUMN uid;"
        );
    }
    sql + "DROP TABLE handover_identity; DROP TABLE handover_contacts; DROP TABLE handovers; DROP TABLE handovers_received;
           DROP TABLE client_residences; PRAGMA user_version = 5;"
}

/// A vault with the fast test KDF profile in `<tmp>/v`.
fn test_vault(tmp: &Path) -> Vault {
    Vault::create_at(
        &tmp.join("v"),
        "Counsellor A",
        PASS,
        &RecoveryKey::generate().unwrap(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap()
}

/// A client with only a code; returns its id.
fn add_client(v: &Vault, code: &str) -> i64 {
    avenir_vault::clients::create_client(
        v.conn(),
        &avenir_core::client::ClientInput {
            code: code.into(),
            ..Default::default()
        },
        "2026-01-01T00:00:00Z",
    )
    .unwrap()
}

fn new_vault(root: &Path) -> (PathBuf, RecoveryKey) {
    let dir = root.join("profile");
    let recovery = RecoveryKey::generate().unwrap();
    let vault = Vault::create_at(
        &dir,
        "Counsellor A",
        PASS,
        &recovery,
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    let id = vault.add_client(MARKERS[0], "2026-01-01T10:00:00").unwrap();
    vault
        .add_session(
            id,
            "2026-01-02T10:00:00",
            MARKERS[1],
            &MARKERS[2].repeat(50),
            None,
        )
        .unwrap();
    (dir, recovery)
}

fn first_client(dir: &Path, secret: Secret<'_>) -> Result<String, VaultError> {
    Ok(Vault::open(dir, secret)?.list_clients()?.remove(0).code)
}

#[test]
fn round_trip_with_passphrase_and_with_recovery_key() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, recovery) = new_vault(tmp.path());
    assert_eq!(
        first_client(&dir, Secret::Passphrase(PASS)).unwrap(),
        MARKERS[0]
    );
    let typed = recovery.display().to_lowercase();
    assert_eq!(
        first_client(&dir, Secret::Recovery(&typed)).unwrap(),
        MARKERS[0]
    );
}

#[test]
fn a_wrong_passphrase_or_recovery_key_gets_one_generic_error() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    let other = RecoveryKey::generate().unwrap();
    for secret in [
        Secret::Passphrase("orange kettle meadow violin harbour peppers"),
        Secret::Recovery(&other.display()),
    ] {
        assert!(matches!(
            Vault::open(&dir, secret),
            Err(VaultError::WrongSecret)
        ));
    }
    assert!(matches!(
        Vault::open(&dir, Secret::Recovery("not a key")),
        Err(VaultError::WrongSecret)
    ));
}

#[test]
fn changing_the_passphrase_rewraps_the_key_and_leaves_the_database_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, recovery) = new_vault(tmp.path());
    let db_before = std::fs::read(dir.join("vault.db")).unwrap();
    {
        let mut vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
        assert!(matches!(
            vault.change_passphrase(Secret::Passphrase("wrong current"), NEW_PASS),
            Err(VaultError::WrongSecret)
        ));
        assert!(matches!(
            vault.change_passphrase(Secret::Passphrase(PASS), "weak"),
            Err(VaultError::WeakPassphrase(_))
        ));
        vault
            .change_passphrase(Secret::Passphrase(PASS), NEW_PASS)
            .unwrap();
    }
    assert_eq!(
        std::fs::read(dir.join("vault.db")).unwrap(),
        db_before,
        "nothing was re-encrypted"
    );
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::WrongSecret)
    ));
    assert_eq!(
        first_client(&dir, Secret::Passphrase(NEW_PASS)).unwrap(),
        MARKERS[0]
    );
    assert_eq!(
        first_client(&dir, Secret::Recovery(&recovery.display())).unwrap(),
        MARKERS[0]
    );
}

#[test]
fn a_vault_open_elsewhere_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    let first = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::InUse)
    ));
    drop(first);
    assert!(
        Vault::open(&dir, Secret::Passphrase(PASS)).is_ok(),
        "the lock is released on close"
    );
}

#[test]
fn weak_passphrases_bad_labels_and_taken_labels_are_refused_before_anything_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let profiles = Profiles::in_data_dir(tmp.path());
    let rec = RecoveryKey::generate().unwrap();
    let create = |label: &str, pass: &str| {
        Vault::create(&profiles, label, pass, &rec, KdfParams::INSECURE_TEST)
    };
    assert!(matches!(
        create("Counsellor A", "password123"),
        Err(VaultError::WeakPassphrase(_))
    ));
    assert!(matches!(create("", PASS), Err(VaultError::LabelInvalid)));
    assert_eq!(profiles.list().unwrap(), []);
    let (id, vault) = create("Counsellor A", PASS).unwrap();
    drop(vault);
    assert!(matches!(
        create("counsellor a", PASS),
        Err(VaultError::LabelTaken)
    ));
    let listed = profiles.list().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].id.as_str(), listed[0].label.as_str()),
        (id.as_str(), "Counsellor A")
    );
    assert_eq!(profiles.get(&id).unwrap().label, "Counsellor A");
    // No staging folder is left behind.
    let names: Vec<_> = std::fs::read_dir(tmp.path().join("profiles"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn idle_minutes_default_and_bounds() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    let vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    assert_eq!(vault.idle_minutes().unwrap(), 5);
    vault.set_idle_minutes(12).unwrap();
    assert!(matches!(
        vault.set_idle_minutes(0),
        Err(VaultError::IdleMinutes { min: 1, max: 60 })
    ));
    assert!(matches!(
        vault.set_idle_minutes(61),
        Err(VaultError::IdleMinutes { .. })
    ));
    drop(vault);
    assert_eq!(
        Vault::open(&dir, Secret::Passphrase(PASS))
            .unwrap()
            .idle_minutes()
            .unwrap(),
        12
    );
}

/// Every page of the database is authenticated: a changed byte anywhere is reported (on open,
/// on read, or by `verify`), never a panic and never different data.
#[test]
fn tampering_with_the_database_is_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    let db = dir.join("vault.db");
    let good = std::fs::read(&db).unwrap();
    let page = 16 * 1024;
    assert!(good.len() >= 2 * page, "the test vault spans several pages");
    let mut offsets: Vec<usize> = (0..good.len()).step_by(page / 2).collect();
    offsets.extend([0, 17, 100, good.len() - 1]);
    for at in offsets {
        let mut bad = good.clone();
        bad[at] ^= 0x20;
        std::fs::write(&db, &bad).unwrap();
        match Vault::verify(&dir, Secret::Passphrase(PASS)) {
            Err(VaultError::Damaged(_) | VaultError::Database(_)) => {}
            Ok(report) => assert!(
                !report.problems.is_empty(),
                "byte {at}: change not detected"
            ),
            Err(other) => panic!("byte {at}: unexpected {other:?}"),
        }
        if let Ok(code) = first_client(&dir, Secret::Passphrase(PASS)) {
            assert_eq!(code, MARKERS[0], "byte {at}: silently different data");
        }
    }
    std::fs::write(&db, &good).unwrap();
    assert!(
        Vault::verify(&dir, Secret::Passphrase(PASS))
            .unwrap()
            .problems
            .is_empty()
    );
}

#[test]
fn truncated_empty_and_missing_files_are_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    let db = dir.join("vault.db");
    let good = std::fs::read(&db).unwrap();
    for len in [0, 10, 4095, 16 * 1024 - 1, good.len() / 2] {
        std::fs::write(&db, &good[..len]).unwrap();
        let r = Vault::open(&dir, Secret::Passphrase(PASS)).and_then(|v| v.list_clients());
        assert!(
            matches!(r, Err(VaultError::Damaged(_) | VaultError::Database(_))),
            "{len} bytes: {r:?}"
        );
    }
    std::fs::remove_file(&db).unwrap();
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::Damaged(_))
    ));
    std::fs::write(dir.join("header"), b"").unwrap();
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::Damaged(_))
    ));
    std::fs::remove_file(dir.join("header")).unwrap();
    assert!(matches!(
        Vault::open(&dir, Secret::Passphrase(PASS)),
        Err(VaultError::Missing(_))
    ));
}

/// Plaintext scan: after the vault is closed, no file under it holds a marker as UTF-8,
/// UTF-16 (both byte orders) or base64.
#[test]
fn nothing_readable_is_left_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = new_vault(tmp.path());
    {
        // More writes, so the WAL and free pages have seen the markers too.
        let vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
        let id = vault
            .add_client("ZEBRA-MARKER-7731-second", "2026-02-01T10:00:00")
            .unwrap();
        vault
            .add_session(id, "2026-02-02T10:00:00", MARKERS[1], MARKERS[2], None)
            .unwrap();
        vault
            .conn()
            .execute("DELETE FROM clients WHERE id = ?1", [id])
            .unwrap();
    }
    let hits = avenir_testkit::scan::scan(tmp.path(), MARKERS);
    assert_eq!(hits, Vec::<String>::new());
    // The scan itself finds a marker written in clear, in each encoding.
    std::fs::write(
        tmp.path().join("leak-utf16.bin"),
        avenir_testkit::scan::utf16le(MARKERS[1]),
    )
    .unwrap();
    assert_eq!(avenir_testkit::scan::scan(tmp.path(), MARKERS).len(), 1);
}

/// A vault written by format 1 (committed under tests/fixtures) keeps opening in every later
/// version. Passphrase and recovery key of the fixture are in its README.
#[test]
fn the_committed_format_1_fixture_opens() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/vault-v1");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault-v1");
    std::fs::create_dir(&dir).unwrap();
    for f in ["header", "vault.db", "label"] {
        std::fs::copy(fixture.join(f), dir.join(f)).unwrap();
    }
    let fixture_pass = "fixture orange kettle meadow violin harbour";
    let fixture_recovery = std::fs::read_to_string(fixture.join("recovery-key.txt")).unwrap();
    let vault = Vault::open(&dir, Secret::Passphrase(fixture_pass)).unwrap();
    assert_eq!(vault.params(), KdfParams::FLOOR);
    let clients = vault.list_clients().unwrap();
    assert_eq!(
        clients.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
        ["FIXTURE-1", "FIXTURE-2"]
    );
    drop(vault);
    assert!(Vault::open(&dir, Secret::Recovery(fixture_recovery.trim())).is_ok());
}
