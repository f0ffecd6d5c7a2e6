//! `avenir-bench`: Avenir measured against yardsticks run in the same process, as ratios. Each
//! subcommand with `--json` prints one JSON object on standard output; without it a translated
//! one-paragraph summary. Figures are medians over several runs. Exit 0 on success, 1 on an
//! error (a translated message on standard error), 2 on bad usage. Not shipped: the .deb holds
//! the app and `avenir-cli` only.

use std::process::ExitCode;

use avenir_api::core::UserFacing;
use avenir_api::i18n::{Catalogues, FluentValue, Localizer};
use clap::{Parser, Subcommand};

mod album;
mod backup;
mod directory;
mod error;
mod explorer;
mod handover;
mod history;
mod search;
mod startup;
mod stats;
mod vault;

pub use error::BenchError;

/// The passphrase of every throw-away benchmark vault.
pub(crate) const PASS: &str = "benchmark orange kettle meadow violin harbour";

/// A new benchmark vault in `dir` with the floor key derivation (what is measured comes after it).
pub(crate) fn fresh_vault(dir: &std::path::Path) -> Result<avenir_api::OpenVault, BenchError> {
    let (vault, _recovery) =
        avenir_api::OpenVault::create(dir, "Benchmark", PASS, avenir_api::KdfParams::FLOOR, env())?;
    Ok(vault)
}

/// The clock and randomness of the benchmarks: the system's, as in the app.
pub(crate) fn env() -> avenir_api::Env {
    avenir_api::Env::system()
}

#[derive(Parser)]
#[command(
    name = "avenir-bench",
    version,
    about = "Measure Avenir against fixed yardsticks; prints ratios"
)]
struct Cli {
    #[command(subcommand)]
    which: Bench,
}

#[derive(Subcommand)]
enum Bench {
    /// Start-up time to the first screen and idle memory, against a minimal Tauri window.
    Startup {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=50))]
        runs: u16,
    },
    /// Full-text search latency over 1,000 clients × 20 sessions (p50, p95).
    Search {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=100))]
        rounds: u16,
    },
    /// Importing a 12-megapixel JPEG, and loading the thumbnails of a 100-photo album.
    Album {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=50))]
        runs: u16,
    },
    /// The referral directory: importing 5,000 rows and searching them.
    Directory {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=20))]
        runs: u16,
    },
    /// The support explorer: one household against every period of the shipped rules.
    Explorer {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u16).range(1..=10_000))]
        households: u16,
    },
    /// Writing one client's case file (20 sessions, 30 photos) and importing it on a second vault.
    Handover {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=50))]
        runs: u16,
    },
    /// Opening one client's full history: 20 sessions, every exercise filled, the journal.
    History {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=500))]
        rounds: u16,
    },
    /// Backup, test restore and restore of 1,000 clients × 20 sessions and 200 photos, against
    /// a plain copy of the vault's files.
    Backup {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        clients: u32,
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=200))]
        sessions: u32,
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(0..=5_000))]
        photos: u32,
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=20))]
        runs: u16,
    },
    /// Unlock time, encrypted vs plain storage throughput, listing 1,000 clients, and the cost
    /// of SQLCipher's memory security (each side in a process of its own).
    Vault {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=20))]
        runs: u16,
    },
    /// One side of `vault`'s throughput comparisons, in a process of its own (JSON on stdout):
    /// SQLCipher's memory security is process-wide and slows every database in the process.
    #[command(hide = true)]
    ThroughputSide {
        #[arg(long, value_enum)]
        side: vault::Side,
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=20))]
        runs: u16,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = Localizer::new(&Catalogues::embedded(), &avenir_api::i18n::os_locales());
    match run(cli.which, &l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", l10n.message(&e.user_message()));
            ExitCode::from(1)
        }
    }
}

/// Prints `report` as JSON, or the translated summary `message` with `args`.
fn report(
    l10n: &Localizer,
    json: bool,
    report: &impl serde::Serialize,
    message: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> Result<(), BenchError> {
    if json {
        println!(
            "{}",
            serde_json::to_string(report).map_err(std::io::Error::other)?
        );
    } else {
        println!("{}", l10n.format(message, args));
    }
    Ok(())
}

fn run(which: Bench, l10n: &Localizer) -> Result<(), BenchError> {
    match which {
        Bench::Startup { json, runs } => {
            let opts = startup::StartupOptions::beside_current_exe(usize::from(runs))?;
            let r = startup::run(&opts)?;
            let args = [
                ("startup_ms", r.startup_ms.into()),
                ("baseline_startup_ms", r.baseline_startup_ms.into()),
                ("startup_ratio", r.startup_ratio.into()),
                ("rss_mb", r.rss_mb.into()),
                ("baseline_rss_mb", r.baseline_rss_mb.into()),
                ("rss_ratio", r.rss_ratio.into()),
            ];
            report(l10n, json, &r, "cli-bench-startup-result", &args)
        }
        Bench::Search { json, rounds } => {
            let r = search::run(usize::from(rounds))?;
            let args = [
                ("p50", r.search_p50_ms.into()),
                ("p95", r.search_p95_ms.into()),
                ("queries", (r.queries as f64).into()),
            ];
            report(l10n, json, &r, "cli-bench-search-result", &args)
        }
        Bench::Album { json, runs } => {
            let r = album::run(usize::from(runs))?;
            let args = [
                ("import_ms", r.import_12mp_ms.into()),
                ("album_ms", r.album_100_ms.into()),
            ];
            report(l10n, json, &r, "cli-bench-album-result", &args)
        }
        Bench::Directory { json, runs } => {
            let r = directory::run(directory::ENTRIES, usize::from(runs))?;
            let args = [
                ("search_ms", r.directory_search_ms.into()),
                ("import_ms", r.directory_import_ms.into()),
                ("entries", (r.entries as f64).into()),
            ];
            report(l10n, json, &r, "cli-bench-directory-result", &args)
        }
        Bench::Explorer { json, households } => {
            let r = explorer::run(usize::from(households))?;
            let args = [
                ("explore_ms", r.explore_ms.into()),
                ("households", (r.households as f64).into()),
                ("periods", (r.periods as f64).into()),
            ];
            report(l10n, json, &r, "cli-bench-explorer-result", &args)
        }
        Bench::Handover { json, runs } => {
            let r = handover::run(handover::SESSIONS, handover::PHOTOS, usize::from(runs))?;
            let args = [
                ("export_ms", r.export_ms.into()),
                ("import_ms", r.import_ms.into()),
                ("sessions", (r.sessions as f64).into()),
                ("photos", (r.photos as f64).into()),
            ];
            report(l10n, json, &r, "cli-bench-handover-result", &args)
        }
        Bench::History { json, rounds } => {
            let r = history::run(usize::from(rounds))?;
            let args = [
                ("history_ms", r.history_ms.into()),
                ("first_ms", r.history_first_ms.into()),
                ("sessions", f64::from(r.sessions).into()),
                ("answers", (r.answers as f64).into()),
            ];
            report(l10n, json, &r, "cli-bench-history-result", &args)
        }
        Bench::Backup {
            json,
            clients,
            sessions,
            photos,
            runs,
        } => {
            let r = backup::run(clients, sessions, photos, usize::from(runs))?;
            let args = [
                ("backup_ms", r.backup_ms.into()),
                ("verify_ms", r.verify_ms.into()),
                ("restore_ms", r.restore_ms.into()),
                ("copy_ms", r.copy_ms.into()),
                ("backup_ratio", r.backup_ratio.into()),
            ];
            report(l10n, json, &r, "cli-bench-backup-result", &args)
        }
        Bench::Vault { json, runs } => {
            let r = vault::run(usize::from(runs))?;
            let args = [
                ("unlock_ms", r.unlock_ms.into()),
                ("m", f64::from(r.kdf_m_kib).into()),
                ("t", f64::from(r.kdf_t).into()),
                ("p", f64::from(r.kdf_p).into()),
                ("write_ratio", r.write_ratio.into()),
                ("read_ratio", r.read_ratio.into()),
                ("list_clients_ms", r.list_clients_ms.into()),
            ];
            report(l10n, json, &r, "cli-bench-vault-result", &args)?;
            if !json {
                let m = &r.memory_security;
                let args = [
                    ("write_ratio", m.write_ratio.into()),
                    ("read_ratio", m.read_ratio.into()),
                ];
                println!("{}", l10n.format("hardening-bench-memory-security", &args));
            }
            Ok(())
        }
        Bench::ThroughputSide { side, runs } => {
            let r = vault::throughput_side(side, usize::from(runs))?;
            report(l10n, true, &r, "", &[])
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    /// `backup`: a small vault is backed up, test-restored and restored; the report says what.
    #[test]
    fn the_backup_benchmark_restores_what_it_backed_up() {
        let r = super::backup::run(20, 2, 3, 1).unwrap();
        assert_eq!((r.clients, r.sessions, r.photos), (21, 40, 3), "{r:?}");
        assert!(
            r.backup_ms > 0.0 && r.verify_ms > 0.0 && r.copy_ms > 0.0,
            "{r:?}"
        );
        assert!(r.backup_ratio > 0.0);
    }

    /// `directory`: the rows imported are all there and every search ran.
    #[test]
    fn the_directory_benchmark_imports_every_row_and_searches() {
        let r = super::directory::run(300, 1).unwrap();
        assert_eq!(r.entries, 300, "{r:?}");
        assert_eq!(r.searches, 180);
        assert!(r.directory_import_ms > 0.0 && r.directory_search_ms > 0.0);
    }

    /// `explorer`: every household is explored against every shipped period.
    #[test]
    fn the_explorer_benchmark_explores_every_household_in_every_period() {
        let r = super::explorer::run(50).unwrap();
        assert_eq!((r.households, r.periods), (50, 2), "{r:?}");
        assert!(r.lines >= 50 * 2 * 5, "five return lines at least: {r:?}");
        assert!(r.explore_ms > 0.0);
    }

    /// `handover`: a client with its sessions and photos goes out and comes in whole.
    #[test]
    fn the_handover_benchmark_moves_the_whole_client() {
        let r = super::handover::run(3, 2, 1).unwrap();
        assert_eq!((r.sessions, r.photos), (3, 2), "{r:?}");
        assert!(r.export_ms > 0.0 && r.import_ms > 0.0 && r.case_bytes > 2 * 10_000);
    }

    /// `history`: one client's full history (20 sessions, every exercise, the journal) is
    /// loaded and timed; the report says how much was loaded.
    #[test]
    fn the_history_benchmark_loads_a_full_history() {
        let report = super::history::run(3).unwrap();
        assert!(report.history_ms > 0.0, "{report:?}");
        assert_eq!(report.sessions, 20);
        assert_eq!(report.exercises, 13, "every shipped exercise");
        assert_eq!(report.journal_entries, 80);
        assert_eq!(report.rounds, 3);
        // Every field of every exercise in every session.
        assert!(report.answers >= 20 * 25, "{report:?}");
        let json = serde_json::to_value(&report).unwrap();
        for key in [
            "history_ms",
            "history_first_ms",
            "answers",
            "journal_entries",
        ] {
            assert!(json.get(key).is_some(), "the JSON key {key} is kept");
        }
    }
}
