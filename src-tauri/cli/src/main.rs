//! `avenir-cli`: exit 0 on success, 1 on a user error (a translated message on stderr), 2 on bad
//! usage (clap's convention). Never a panic: every failure is an error value.

use std::process::ExitCode;

use avenir_api::core::UserFacing;
use avenir_api::i18n::{Catalogues, FluentValue, Localizer};
use avenir_cli::args::{Cli, Cmd};
use avenir_cli::secrets::Unlock;
use avenir_cli::{CliError, admin, secrets};
use clap::Parser;
use serde_json::json;

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
    // The passphrase, or the recovery key with --recovery or AVENIR_RECOVERY_KEY.
    let unlock = || {
        Unlock::read(
            cli.recovery,
            &l10n.format("cli-prompt-passphrase", &[]),
            &l10n.format("cli-prompt-recovery", &[]),
        )
    };
    let new_passphrase = || {
        secrets::read(
            secrets::NEW_PASSPHRASE_ENV,
            &l10n.format("cli-prompt-new-passphrase", &[]),
        )
    };
    // After the recovery key opened a vault, a new passphrase is owed: say so.
    let remind = |u: &Unlock| {
        if u.is_recovery() {
            eprintln!("{}", l10n.format("cli-recovery-reminder", &[]));
        }
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
            let report = admin::verify(&vault()?, unlock()?.secret())?;
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
            let current = unlock()?;
            let next = new_passphrase()?;
            admin::change_passphrase(&dir, current.secret(), &next)?;
            println!("{}", l10n.format("cli-passphrase-changed", &[]));
        }
        Cmd::RotateRecovery => {
            let dir = vault()?;
            let current = unlock()?;
            let key = admin::rotate_recovery(&dir, current.secret())?;
            remind(&current);
            println!("{}", l10n.format("cli-recovery-rotated", &[]));
            println!("\n    {}\n", key.as_str());
        }
        Cmd::Rekey => {
            let dir = vault()?;
            let current = unlock()?;
            let next = if current.is_recovery() {
                Some(new_passphrase()?)
            } else {
                None
            };
            let done = admin::rekey(
                &dir,
                current.secret(),
                next.as_deref().map(String::as_str),
                &progress_printer(l10n),
            )?;
            println!("{}", l10n.format("cli-rekey-done", &[]));
            println!("\n    {}\n", done.recovery_key.as_str());
            println!("{}", l10n.format(done.notice, &[]));
        }
        Cmd::Stats { json } => {
            let u = unlock()?;
            let s = admin::stats(&vault()?, u.secret())?;
            remind(&u);
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
            let u = unlock()?;
            let list = admin::clients(&vault()?, u.secret())?;
            remind(&u);
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
            let u = unlock()?;
            let (m, bytes) = admin::backup(&vault()?, u.secret(), out)?;
            remind(&u);
            if *json {
                print_json(&backup_json(&m, Some(out), Some(bytes)))?;
            } else {
                let mut args = count_args(&m);
                args.push(("path", out.display().to_string().into()));
                println!("{}", l10n.format("cli-backup-done", &args));
            }
        }
        Cmd::BackupVerify { file, json } => {
            let m = admin::backup_verify(file, unlock()?.secret())?;
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
            let m = admin::restore(file, unlock()?.secret(), &dir, label.as_deref())?;
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
            let u = unlock()?;
            let s = admin::seed_demo(&vault()?, u.secret(), *clients, *sessions, *files)?;
            remind(&u);
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
            let u = unlock()?;
            let report = admin::album_import(&vault()?, u.secret(), client, files)?;
            remind(&u);
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
        Cmd::Handover(cmd) => {
            let u = unlock()?;
            avenir_cli::handover::run(cmd, &vault()?, u.secret(), l10n)?;
            remind(&u);
        }
        Cmd::Directory(cmd) => {
            let u = unlock()?;
            avenir_cli::directory::run(cmd, &vault()?, u.secret(), l10n)?;
            remind(&u);
        }
        Cmd::Explore(args) => avenir_cli::explore::run(args, l10n)?,
    }
    Ok(())
}

/// Prints the re-key's progress on stderr, one line per tenth (called from a worker thread).
fn progress_printer(l10n: &Localizer) -> impl Fn(f64) + Sync + use<> {
    let lines: Vec<String> = (0..=10u32)
        .map(|tenth| {
            let percent = FluentValue::from(f64::from(tenth * 10));
            l10n.format("cli-rekey-progress", &[("percent", percent)])
        })
        .collect();
    let printed = std::sync::atomic::AtomicUsize::new(0);
    move |fraction: f64| {
        let tenth = (fraction.clamp(0.0, 1.0) * 10.0).floor() as usize;
        if tenth > printed.fetch_max(tenth, std::sync::atomic::Ordering::Relaxed) {
            eprintln!("{}", lines[tenth.min(10)]);
        }
    }
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
