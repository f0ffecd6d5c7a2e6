//! `avenir-cli`: exit 0 on success, 1 on a user error (a translated message on stderr), 2 on bad
//! usage (clap's convention). Never a panic: every failure is an error value.

use std::path::PathBuf;
use std::process::ExitCode;

use avenir_api::core::UserFacing;
use avenir_api::i18n::{Catalogues, FluentValue, Localizer};
use avenir_cli::{CliError, admin, secrets};
use clap::{Parser, Subcommand};
use serde_json::json;

#[derive(Parser)]
#[command(
    name = "avenir-cli",
    version,
    about = "Avenir's administrator tool: create, check and re-key vaults, counts, demo data, photo import"
)]
struct Cli {
    /// The vault (a profile folder: header, vault.db, label).
    #[arg(long, global = true, value_name = "DIR")]
    vault: Option<PathBuf>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Create a vault (passphrase asked twice, or AVENIR_PASSPHRASE); prints the recovery key once.
    Init {
        /// The profile's name, e.g. "Counsellor A" — never a client's name.
        #[arg(long)]
        label: String,
        /// Calibrate key derivation to about this long here (never below Argon2id 64 MiB, t=3).
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        kdf_target_ms: u32,
    },
    /// Check the header, the key and every page of the database.
    Verify,
    /// Re-wrap the data key under a new passphrase (AVENIR_NEW_PASSPHRASE or prompt).
    ChangePassphrase,
    /// Counts only.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Client codes with their last session and next follow-up (no notes, no private fields).
    Clients {
        #[arg(long)]
        json: bool,
    },
    /// Write an encrypted backup of the vault to FILE and test-restore it (it opens with the
    /// vault's passphrase or recovery key).
    Backup {
        /// The backup file to create (it must not exist).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Check a backup file completely: decrypt it, check every page, count what it holds.
    BackupVerify {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Restore a backup file as a new vault in the folder given by --vault (it must not exist).
    Restore {
        file: PathBuf,
        /// The new profile's name (default: the name in the backup).
        #[arg(long)]
        label: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add fictional demo clients (codes DEMO-…) with sessions, for training and benchmarks.
    SeedDemo {
        /// Generated clients DEMO-0001… (for benchmarks and volume).
        #[arg(long, default_value_t = 0)]
        clients: u32,
        #[arg(long, default_value_t = 5)]
        sessions: u32,
        /// Also the handful of realistic fictional files of assets/demo/demo-clients.json.
        #[arg(long)]
        files: bool,
    },
    /// Add photos to a client's album, one page per photo (same limits and metadata removal as
    /// the app; the original files are not changed or copied).
    AlbumImport {
        /// The client's code.
        #[arg(long)]
        client: String,
        /// JPEG, PNG or WebP files.
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = Localizer::new(&Catalogues::embedded(), &avenir_api::i18n::os_locales());
    match run(cli, &l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("{}", l10n.format(msg, &[]));
            ExitCode::from(2)
        }
        Err(Failure::User(e)) => {
            eprintln!("{}", l10n.message(&e.user_message()));
            ExitCode::from(1)
        }
        Err(Failure::Partial) => ExitCode::from(1),
    }
}

enum Failure {
    Usage(&'static str),
    User(CliError),
    /// Some of the work failed and was reported already; the rest was done.
    Partial,
}

impl<E: Into<CliError>> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::User(e.into())
    }
}

fn print_json(v: &impl serde::Serialize) -> Result<(), Failure> {
    println!(
        "{}",
        serde_json::to_string(v).map_err(std::io::Error::other)?
    );
    Ok(())
}

fn run(cli: Cli, l10n: &Localizer) -> Result<(), Failure> {
    let vault = || {
        cli.vault
            .clone()
            .ok_or(Failure::Usage("cli-error-vault-required"))
    };
    let passphrase = || {
        secrets::read(
            secrets::PASSPHRASE_ENV,
            &l10n.format("cli-prompt-passphrase", &[]),
        )
    };
    match &cli.command {
        Cmd::Init {
            label,
            kdf_target_ms,
        } => {
            let dir = vault()?;
            let pass = passphrase()?;
            if std::env::var_os(secrets::PASSPHRASE_ENV).is_none() {
                let again = secrets::read(
                    secrets::PASSPHRASE_ENV,
                    &l10n.format("cli-prompt-passphrase-again", &[]),
                )?;
                if *again != *pass {
                    return Err(CliError::PassphrasesDiffer.into());
                }
            }
            let target = std::time::Duration::from_millis(u64::from(*kdf_target_ms));
            let (recovery, params) = admin::init(&dir, label, &pass, target)?;
            println!(
                "{}",
                l10n.format(
                    "cli-init-done",
                    &[("path", dir.display().to_string().into())]
                )
            );
            println!("{}", l10n.format("cli-init-kdf", &kdf_args(params)));
            println!("{}", l10n.format("cli-init-recovery", &[]));
            println!("\n    {}\n", recovery.as_str());
        }
        Cmd::Verify => {
            let report = admin::verify(&vault()?, &passphrase()?)?;
            if !report.problems.is_empty() {
                return Err(CliError::from(avenir_api::VaultError::Damaged(
                    report.problems.join("; "),
                ))
                .into());
            }
            println!("{}", l10n.format("cli-verify-ok", &kdf_args(report.params)));
        }
        Cmd::ChangePassphrase => {
            let dir = vault()?;
            let current = passphrase()?;
            let next = secrets::read(
                secrets::NEW_PASSPHRASE_ENV,
                &l10n.format("cli-prompt-new-passphrase", &[]),
            )?;
            admin::change_passphrase(&dir, &current, &next)?;
            println!("{}", l10n.format("cli-passphrase-changed", &[]));
        }
        Cmd::Stats { json } => {
            let s = admin::stats(&vault()?, &passphrase()?)?;
            if *json {
                print_json(
                    &json!({"clients": s.clients, "sessions": s.sessions, "blobs": s.blobs}),
                )?;
            } else {
                let n = |x: u64| FluentValue::from(x as f64);
                println!(
                    "{}",
                    l10n.format(
                        "cli-stats",
                        &[
                            ("clients", n(s.clients)),
                            ("sessions", n(s.sessions)),
                            ("blobs", n(s.blobs))
                        ]
                    )
                );
            }
        }
        Cmd::Clients { json } => {
            let list = admin::clients(&vault()?, &passphrase()?)?;
            if *json {
                let rows: Vec<_> = list
                    .iter()
                    .map(|c| json!({"code": c.code, "last_session": c.last_session, "next_follow_up": c.next_follow_up}))
                    .collect();
                print_json(&rows)?;
            } else {
                let none = l10n.format("cli-clients-none", &[]);
                for c in list {
                    let last = c.last_session.unwrap_or_else(|| none.clone());
                    let next = c.next_follow_up.unwrap_or_else(|| none.clone());
                    println!("{}\t{last}\t{next}", c.code);
                }
            }
        }
        Cmd::Backup { out, json } => {
            let (m, bytes) = admin::backup(&vault()?, &passphrase()?, out)?;
            if *json {
                print_json(&backup_json(&m, Some(out), Some(bytes)))?;
            } else {
                let mut args = count_args(&m);
                args.push(("path", out.display().to_string().into()));
                println!("{}", l10n.format("cli-backup-done", &args));
            }
        }
        Cmd::BackupVerify { file, json } => {
            let m = admin::backup_verify(file, &passphrase()?)?;
            if *json {
                print_json(&backup_json(&m, Some(file), None))?;
            } else {
                let mut args = count_args(&m);
                args.push(("created_at", m.created_at.clone().into()));
                println!("{}", l10n.format("cli-backup-verified", &args));
            }
        }
        Cmd::Restore { file, label, json } => {
            let dir = vault()?;
            let m = admin::restore(file, &passphrase()?, &dir, label.as_deref())?;
            if *json {
                print_json(&backup_json(&m, Some(&dir), None))?;
            } else {
                let mut args = count_args(&m);
                args.push(("path", dir.display().to_string().into()));
                println!("{}", l10n.format("cli-restore-done", &args));
            }
        }
        Cmd::SeedDemo {
            clients,
            sessions,
            files,
        } => {
            let s = admin::seed_demo(&vault()?, &passphrase()?, *clients, *sessions, *files)?;
            let n = |x: u64| FluentValue::from(x as f64);
            println!(
                "{}",
                l10n.format(
                    "cli-seeded",
                    &[("clients", n(s.clients)), ("sessions", n(s.sessions))]
                )
            );
        }
        Cmd::AlbumImport { client, files } => {
            let report = admin::album_import(&vault()?, &passphrase()?, client, files)?;
            for (path, e) in &report.failed {
                let why = l10n.message(&e.user_message());
                eprintln!(
                    "{}",
                    l10n.format(
                        "cli-album-failed",
                        &[
                            ("file", path.display().to_string().into()),
                            ("error", why.into())
                        ]
                    )
                );
            }
            println!(
                "{}",
                l10n.format(
                    "cli-album-imported",
                    &[("count", (report.imported.len() as f64).into())]
                )
            );
            if !report.failed.is_empty() {
                return Err(Failure::Partial);
            }
        }
    }
    Ok(())
}

/// A backup's counts as message arguments.
fn count_args(m: &avenir_api::BackupManifest) -> Vec<(&'static str, FluentValue<'static>)> {
    let n = |x: u64| FluentValue::from(x as f64);
    vec![
        ("clients", n(m.counts.clients)),
        ("sessions", n(m.counts.sessions)),
        ("answers", n(m.counts.answers)),
        ("photos", n(m.counts.photos)),
    ]
}

fn backup_json(
    m: &avenir_api::BackupManifest,
    path: Option<&std::path::Path>,
    bytes: Option<u64>,
) -> serde_json::Value {
    json!({
        "path": path.map(|p| p.display().to_string()),
        "bytes": bytes,
        "format": m.format,
        "avenir": m.avenir,
        "created_at": m.created_at,
        "schema_version": m.schema_version,
        "clients": m.counts.clients,
        "sessions": m.counts.sessions,
        "answers": m.counts.answers,
        "photos": m.counts.photos,
    })
}

fn kdf_args(p: avenir_api::KdfParams) -> [(&'static str, FluentValue<'static>); 3] {
    [
        ("m", f64::from(p.m_kib).into()),
        ("t", f64::from(p.t).into()),
        ("p", f64::from(p.p).into()),
    ]
}
