//! `vault`: unlock time with the calibrated KDF, encrypted vs plain SQLite throughput for
//! notes and 500 kB blobs, listing clients of a vault seeded with 1,000 × 20, and the cost of
//! SQLCipher's `cipher_memory_security`. The setting is process-wide, cannot be switched off
//! again and slows every allocation, so each yardstick runs in a child process of its own
//! (`throughput-side`) that never switches it on: plain SQLite for the encryption ratios, a
//! keyed database without and with the setting for its cost.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use avenir_api::{KdfParams, OpenVault, Secret};
use avenir_testkit::workload;
use avenir_vault::{Connection, RecoveryKey, Vault, VaultError};
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
    pub memory_security: MemorySecurityReport,
    pub runs: usize,
}

/// The same workload on a SQLCipher database keyed as the vault's, in a process that never
/// switches `cipher_memory_security` on (`off`) and in one that does (`on`, as the app does).
#[derive(Debug, Clone, Serialize)]
pub struct MemorySecurityReport {
    pub off: SideReport,
    pub on: SideReport,
    /// Throughput with the setting on as a share of throughput without it (1.0 = no cost).
    pub write_ratio: f64,
    pub read_ratio: f64,
}

/// One side's medians, printed as JSON by the child process.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct SideReport {
    pub write_ms: f64,
    pub read_ms: f64,
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

    // Throughput: the same workload on the vault (in this process, whose vault code has switched
    // SQLCipher's memory security on, as the app does) and on plain SQLite in a process of its
    // own (the setting is process-wide and slows every allocation, plain databases' too).
    let (mut enc_w, mut enc_r) = (vec![], vec![]);
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
        enc_w.push(enc.write_ms);
        enc_r.push(enc.read_ms);
    }
    let plain = side_in_child(Side::Plain, runs)?;

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
        plain.write_ms,
        bench::median(&enc_r),
        plain.read_ms,
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
        memory_security: memory_security(runs)?,
        runs,
    })
}

/// Runs both sides of the `cipher_memory_security` comparison, each in a fresh process (this
/// benchmark's own binary, `avenir-bench throughput-side`).
fn memory_security(runs: usize) -> Result<MemorySecurityReport, BenchError> {
    let off = side_in_child(Side::Keyed, runs)?;
    let on = side_in_child(Side::KeyedSecure, runs)?;
    Ok(MemorySecurityReport {
        write_ratio: bench::ratio(off.write_ms, on.write_ms),
        read_ratio: bench::ratio(off.read_ms, on.read_ms),
        off,
        on,
    })
}

/// What a child process measures the notes-and-blobs workload on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Side {
    /// Plain SQLite, the yardstick of `write_ratio` and `read_ratio`.
    Plain,
    /// A SQLCipher database keyed as the vault's, memory security never touched.
    Keyed,
    /// The same with `cipher_memory_security` switched on first, as the app does.
    KeyedSecure,
}

fn side_in_child(side: Side, runs: usize) -> Result<SideReport, BenchError> {
    use clap::ValueEnum;
    let exe = std::env::current_exe()?;
    let name = side
        .to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default();
    let out = Command::new(&exe)
        .args([
            "throughput-side",
            "--side",
            &name,
            "--runs",
            &runs.to_string(),
        ])
        .output()
        .map_err(|source| BenchError::Spawn {
            path: exe.clone(),
            source,
        })?;
    if !out.status.success() {
        return Err(BenchError::Io(std::io::Error::other(format!(
            "the {name} throughput side exited with {}",
            out.status
        ))));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| BenchError::Io(std::io::Error::other(e)))
}

/// A fixed raw key for the throw-away databases (not a secret).
const BENCH_KEY: &str = "x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'";

/// One side, run in this process: `runs` times the notes-and-blobs workload on a fresh plain
/// database, or on a SQLCipher database with the vault's schema and format settings, with
/// `cipher_memory_security` switched on first or never touched.
pub fn throughput_side(side: Side, runs: usize) -> Result<SideReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let (mut write, mut read) = (Vec::new(), Vec::new());
    for i in 0..runs.max(1) {
        let dir = tmp.path().join(i.to_string());
        let conn = match side {
            Side::Plain => workload::plain_database(&dir.with_extension("db"))?,
            Side::Keyed => keyed_database(&dir, false)?,
            Side::KeyedSecure => keyed_database(&dir, true)?,
        };
        let t = workload::notes_and_blobs(&conn, 2_000, 2_000, 20, 500_000)?;
        write.push(t.write_ms);
        read.push(t.read_ms);
    }
    let round = |v: f64| (v * 10.0).round() / 10.0;
    Ok(SideReport {
        write_ms: round(bench::median(&write)),
        read_ms: round(bench::median(&read)),
    })
}

/// The vault's schema (made plain, then exported into a keyed file), reopened with its key and
/// the vault's format settings (16 KiB pages, HMAC-SHA256), without the vault's code, which
/// always switches memory security on.
fn keyed_database(dir: &Path, on: bool) -> Result<Connection, BenchError> {
    std::fs::create_dir_all(dir)?;
    let sql = |conn: &Connection, sql: &str| conn.execute_batch(sql).map_err(VaultError::from);
    let settings = "PRAGMA cipher_default_page_size = 16384; \
                    PRAGMA cipher_default_hmac_algorithm = HMAC_SHA256;";
    let plain = workload::plain_database(&dir.join("plain.db"))?;
    if on {
        sql(&plain, "PRAGMA cipher_memory_security = ON;")?;
    }
    sql(&plain, settings)?;
    let enc = dir.join("enc.db").display().to_string().replace('\'', "''");
    sql(
        &plain,
        &format!(
            "ATTACH DATABASE '{enc}' AS enc KEY \"{BENCH_KEY}\"; \
             SELECT sqlcipher_export('enc'); DETACH DATABASE enc;"
        ),
    )?;
    drop(plain);
    let conn = Connection::open(dir.join("enc.db")).map_err(VaultError::from)?;
    sql(&conn, &format!("PRAGMA key = \"{BENCH_KEY}\"; {settings}"))?;
    sql(
        &conn,
        "PRAGMA journal_mode = WAL; PRAGMA secure_delete = ON;",
    )?;
    Ok(conn)
}
