//! Writes the format-1 vault fixture that every later version must open
//! (`tests/fixtures/vault-v1/`, checked by `the_committed_format_1_fixture_opens`). Run once per
//! released format, then commit the files: `cargo run -p avenir-vault --example write-fixture`.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use avenir_vault::{KdfParams, RecoveryKey, Vault};

fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/vault-v1");
    let _ = std::fs::remove_dir_all(&out);
    let recovery = RecoveryKey::generate().unwrap();
    let vault = Vault::create_at(
        &out,
        "Fixture",
        "fixture orange kettle meadow violin harbour",
        &recovery,
        KdfParams::FLOOR,
    )
    .unwrap();
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
    std::fs::write(
        out.join("recovery-key.txt"),
        format!("{}\n", recovery.display().as_str()),
    )
    .unwrap();
    let _ = std::fs::remove_file(out.join("instance.lock"));
    println!("{}", out.display());
}
