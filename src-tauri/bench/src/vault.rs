//! `vault`: unlock time with the calibrated KDF, encrypted vs plain SQLite throughput for
//! notes and 500 kB blobs, and listing clients of a vault seeded with 1,000 × 20.

use std::time::{Duration, Instant};

use avenir_api::{KdfParams, OpenVault, Secret};
use avenir_testkit::workload;
use avenir_vault::{RecoveryKey, Vault};
use serde::Serialize;

use crate::{BenchError, PASS, stats as bench};

#[derive(Debug, Clone, Serialize)]
pub struct VaultReport {
    pub unlock_ms: f64,
    pub kdf_m_kib: u32,
    pub kdf_t: u32,
    pub kdf_p: u32,
    pub write_ratio: f64,
    pub read_ratio: f64,
    pub list_clients_ms: f64,
    pub encrypted_write_ms: f64,
    pub plain_write_ms: f64,
    pub encrypted_read_ms: f64,
    pub plain_read_ms: f64,
    pub runs: usize,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 10_000.0).round() / 10.0
}

pub fn run(runs: usize) -> Result<VaultReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let runs = runs.max(1);

    // Unlock with parameters calibrated on this machine, as `init` and the app do.
    let params = avenir_api::calibrate(Duration::from_secs(1))?;
    let unlock_dir = tmp.path().join("unlock");
    drop(Vault::create_at(
        &unlock_dir,
        "Benchmark",
        PASS,
        &RecoveryKey::generate()?,
        params,
    )?);
    let mut unlock = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        drop(OpenVault::open(
            &unlock_dir,
            Secret::Passphrase(PASS),
            crate::env(),
        )?);
        unlock.push(ms(started.elapsed()));
    }

    // Throughput: the same workload on the vault and on plain SQLite, alternating.
    let (mut enc_w, mut enc_r, mut plain_w, mut plain_r) = (vec![], vec![], vec![], vec![]);
    for i in 0..runs {
        let dir = tmp.path().join(format!("enc-{i}"));
        let vault = Vault::create_at(
            &dir,
            "Benchmark",
            PASS,
            &RecoveryKey::generate()?,
            KdfParams::FLOOR,
        )?;
        let enc = workload::notes_and_blobs(vault.conn(), 2_000, 2_000, 20, 500_000)?;
        let plain_conn = workload::plain_database(&tmp.path().join(format!("plain-{i}.db")))?;
        let plain = workload::notes_and_blobs(&plain_conn, 2_000, 2_000, 20, 500_000)?;
        enc_w.push(enc.write_ms);
        enc_r.push(enc.read_ms);
        plain_w.push(plain.write_ms);
        plain_r.push(plain.read_ms);
    }

    // 1,000 clients × 20 sessions; time from the unwrapped key to the listed clients.
    let seeded = tmp.path().join("seeded");
    let vault = crate::fresh_vault(&seeded)?;
    vault.seed_demo(1_000, 20, false)?;
    drop(vault);
    let mut list = Vec::new();
    for _ in 0..runs {
        let kdf = avenir_api::kdf_time(KdfParams::FLOOR)?;
        let started = Instant::now();
        let vault = OpenVault::open(&seeded, Secret::Passphrase(PASS), crate::env())?;
        let clients = vault.client_summaries()?;
        let total = started.elapsed();
        if clients.len() != 1_000 {
            return Err(BenchError::Io(std::io::Error::other(
                "the seeded vault lost clients",
            )));
        }
        list.push(ms(total.saturating_sub(kdf)));
    }

    let (ew, pw, er, pr) = (
        bench::median(&enc_w),
        bench::median(&plain_w),
        bench::median(&enc_r),
        bench::median(&plain_r),
    );
    Ok(VaultReport {
        unlock_ms: bench::median(&unlock),
        kdf_m_kib: params.m_kib,
        kdf_t: params.t,
        kdf_p: params.p,
        // Throughput ratio encrypted / plain = plain time / encrypted time (1.0 = no cost).
        write_ratio: bench::ratio(pw, ew),
        read_ratio: bench::ratio(pr, er),
        list_clients_ms: bench::median(&list),
        encrypted_write_ms: (ew * 10.0).round() / 10.0,
        plain_write_ms: (pw * 10.0).round() / 10.0,
        encrypted_read_ms: (er * 10.0).round() / 10.0,
        plain_read_ms: (pr * 10.0).round() / 10.0,
        runs,
    })
}
