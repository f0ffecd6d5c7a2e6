//! `backup`: backing up, test-restoring and restoring a vault of 1,000 clients × 20 sessions and
//! 200 photos (after the key derivation; every side flushed to disk), against a plain copy of the
//! vault's files in the same run. `backup_ratio` = (backup + verify) / copy; targets: ≤ 4, and
//! `restore_ms` < 5,000.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use avenir_api::core::client::ClientInput;
use avenir_api::{KdfParams, Secret};
use avenir_vault::Vault;
use serde::Serialize;

use crate::{BenchError, stats};

#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub backup_ms: f64,
    pub verify_ms: f64,
    pub restore_ms: f64,
    pub copy_ms: f64,
    pub backup_ratio: f64,
    pub vault_mb: f64,
    pub backup_mb: f64,
    pub clients: u64,
    pub sessions: u64,
    pub photos: u64,
    pub runs: usize,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 10_000.0).round() / 10.0
}

/// Copies the vault's files as a plain file copy would, flushed.
fn plain_copy(from: &Path, to: &Path) -> Result<(), BenchError> {
    std::fs::create_dir_all(to)?;
    for name in ["header", "vault.db", "label"] {
        std::fs::copy(from.join(name), to.join(name))?;
        std::fs::File::open(to.join(name))?.sync_all()?;
    }
    Ok(())
}

pub fn run(
    clients: u32,
    sessions: u32,
    photos: u32,
    runs: usize,
) -> Result<BackupReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("vault");
    let vault = crate::fresh_vault(&dir)?;
    vault.seed_demo(clients, sessions, false)?;
    let holder = vault
        .create_client(ClientInput {
            code: "DEMO-PHOTOS".into(),
            ..Default::default()
        })?
        .id;
    let photo = avenir_testkit::photos::photo_like_jpeg(1600, 1200);
    vault.in_transaction(|v| {
        for _ in 0..photos {
            v.import_photo(holder, &photo)?;
        }
        Ok(())
    })?;
    drop(vault);
    let vault_bytes = std::fs::metadata(dir.join("vault.db"))?.len();

    let kdf = avenir_api::kdf_time(KdfParams::FLOOR)?;
    let (mut copy, mut backup, mut verify, mut restore) = (vec![], vec![], vec![], vec![]);
    let mut backup_bytes = 0;
    let mut manifest = None;
    for i in 0..runs.max(1) {
        let started = Instant::now();
        plain_copy(&dir, &tmp.path().join(format!("copy-{i}")))?;
        copy.push(ms(started.elapsed()));

        let open = Vault::open(&dir, avenir_vault::Secret::Passphrase(crate::PASS))?;
        let file = tmp.path().join(format!("b-{i}.avenir-backup"));
        let started = Instant::now();
        let snapshot = open.snapshot("2026-12-02T10:00:00Z", env!("CARGO_PKG_VERSION"))?;
        backup_bytes = snapshot.write_to(&file, &AtomicBool::new(false))?;
        backup.push(ms(started.elapsed()));
        let started = Instant::now();
        manifest = Some(snapshot.verify(&file)?);
        verify.push(ms(started.elapsed()));
        drop(snapshot);
        drop(open);

        let target = tmp.path().join(format!("restored-{i}"));
        let started = Instant::now();
        avenir_api::restore_backup_to(&file, Secret::Passphrase(crate::PASS), &target, None)?;
        restore.push(ms(started.elapsed().saturating_sub(kdf)));
    }
    let manifest = manifest.ok_or_else(|| BenchError::Io(std::io::Error::other("no run")))?;
    let (b, v, c) = (
        stats::median(&backup),
        stats::median(&verify),
        stats::median(&copy),
    );
    let mb = |n: u64| (n as f64 / 1_048_576.0 * 10.0).round() / 10.0;
    Ok(BackupReport {
        backup_ms: b,
        verify_ms: v,
        restore_ms: stats::median(&restore),
        copy_ms: c,
        backup_ratio: stats::ratio(b + v, c),
        vault_mb: mb(vault_bytes),
        backup_mb: mb(backup_bytes),
        clients: manifest.counts.clients,
        sessions: manifest.counts.sessions,
        photos: manifest.counts.photos,
        runs: runs.max(1),
    })
}
