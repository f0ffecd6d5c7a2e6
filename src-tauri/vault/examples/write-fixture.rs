//! Writes the fixtures every later version must read: the format-1 vault
//! (`tests/fixtures/vault-v1/`, checked by `the_committed_format_1_fixture_opens`) and a format-1
//! backup of a vault like it (`tests/fixtures/backup-v1.avenir-backup`, checked by
//! `the_committed_format_1_backup_restores`). Run once per released format, then commit the
//! files: `cargo run -p avenir-vault --example write-fixture [vault|backup]` (both by default;
//! rewriting the vault fixture changes committed bytes, so name what you mean to rewrite).
#![allow(clippy::unwrap_used)]

use std::path::Path;

use std::sync::atomic::AtomicBool;

use avenir_vault::{KdfParams, RecoveryKey, Secret, Vault};

const PASS: &str = "fixture orange kettle meadow violin harbour";

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    if which.is_empty() || which == "vault" {
        write_vault(&fixtures.join("vault-v1"));
    }
    if which.is_empty() || which == "backup" {
        write_backup(&fixtures.join("backup-v1.avenir-backup"));
    }
}

/// A vault with two clients and a session each.
fn fill(out: &Path) -> RecoveryKey {
    let _ = std::fs::remove_dir_all(out);
    let recovery = RecoveryKey::generate().unwrap();
    let vault = Vault::create_at(out, "Fixture", PASS, &recovery, KdfParams::FLOOR).unwrap();
    for code in ["FIXTURE-1", "FIXTURE-2"] {
        let id = vault.add_client(code, "2026-01-01T00:00:00").unwrap();
        vault
            .add_session(
                id,
                "2026-01-02T10:00:00",
                "Fixture session",
                "Fixture note",
                None,
            )
            .unwrap();
    }
    drop(vault);
    recovery
}

fn write_vault(out: &Path) {
    let recovery = fill(out);
    std::fs::write(
        out.join("recovery-key.txt"),
        format!("{}\n", recovery.display().as_str()),
    )
    .unwrap();
    let _ = std::fs::remove_file(out.join("instance.lock"));
    println!("{}", out.display());
}

fn write_backup(out: &Path) {
    let tmp = std::env::temp_dir().join(format!("avenir-fixture-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let dir = tmp.join("vault");
    fill(&dir);
    let vault = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let snapshot = vault.snapshot("2026-12-02T10:00:00Z", "0.1.0").unwrap();
    drop(vault);
    let _ = std::fs::remove_file(out);
    snapshot.write_to(out, &AtomicBool::new(false)).unwrap();
    snapshot.verify(out).unwrap();
    drop(snapshot);
    std::fs::remove_dir_all(&tmp).unwrap();
    println!("{}", out.display());
}
