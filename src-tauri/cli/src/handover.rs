//! The handover subcommands: the profile's id, contacts, the escrow, and case files out and in.

use std::path::{Path, PathBuf};

use avenir_api::i18n::{FluentValue, Localizer};
use avenir_api::{CasePreview, Env, HandoverMode, OpenVault, Secret};
use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::CliError;

#[derive(Subcommand)]
pub enum HandoverCmd {
    /// This profile's handover id (one line to give a colleague) and its fingerprint.
    HandoverId {
        #[arg(long)]
        json: bool,
    },
    /// Add a colleague as a contact, once her fingerprint was compared in person or by phone.
    ContactAdd {
        #[arg(long)]
        name: String,
        /// Her handover id (avenir-handover-1:…).
        #[arg(long)]
        id: String,
        /// The fingerprint she read out (refused when it does not match the id).
        #[arg(long)]
        fingerprint: String,
    },
    /// Set the organisation's escrow recipient: every case file is also encrypted to it.
    EscrowSet {
        /// A handover id or an age recipient (age1…).
        #[arg(long)]
        id: String,
        #[arg(long)]
        fingerprint: String,
    },
    /// Write a client's case file for a contact: signed, encrypted with age.
    CaseExport {
        /// The client's code.
        #[arg(long)]
        client: String,
        /// The contact's name.
        #[arg(long)]
        to: String,
        #[arg(long, value_enum)]
        mode: ModeArg,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a case file and import the client whole (or, with --preview, only show it).
    CaseImport {
        file: PathBuf,
        #[arg(long)]
        preview: bool,
        #[arg(long)]
        json: bool,
    },
    /// Complete a transfer with the receipt code the colleague's Avenir showed: the client is
    /// erased here.
    CaseTransferConfirm {
        #[arg(long)]
        client: String,
        #[arg(long)]
        receipt: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ModeArg {
    Copy,
    Transfer,
}

fn n(x: u64) -> FluentValue<'static> {
    FluentValue::from(x as f64)
}

fn preview_json(p: &CasePreview) -> serde_json::Value {
    json!({
        "code": p.code,
        "code_here": p.code_here,
        "sessions": p.sessions,
        "photos": p.photos,
        "journal_entries": p.journal_entries,
        "album_pages": p.album_pages,
        "sender": p.sender,
        "sender_fingerprint": p.sender_fingerprint,
        "created_at": p.created_at,
        "mode": p.mode.as_str(),
    })
}

/// Runs one handover subcommand on the vault in `dir`. Prints to stdout; errors go back.
pub fn run(
    cmd: &HandoverCmd,
    dir: &Path,
    secret: Secret<'_>,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let v = OpenVault::open(dir, secret, Env::system())?;
    let say = |id: &str, args: &[(&'static str, FluentValue<'static>)]| {
        println!("{}", l10n.format(id, args));
    };
    match cmd {
        HandoverCmd::HandoverId { json } => {
            let me = v.handover_identity()?;
            if *json {
                println!("{}", json!({"id": me.id, "fingerprint": me.fingerprint}));
            } else {
                say("cli-handover-id", &[("fingerprint", me.fingerprint.into())]);
                println!("\n    {}\n", me.id);
            }
        }
        HandoverCmd::ContactAdd {
            name,
            id,
            fingerprint,
        } => {
            let c = v.add_contact(name, id, fingerprint)?;
            say("cli-contact-added", &[("name", c.name.into())]);
        }
        HandoverCmd::EscrowSet { id, fingerprint } => {
            let e = v.set_escrow(id, fingerprint)?;
            say("cli-escrow-set", &[("fingerprint", e.fingerprint.into())]);
        }
        HandoverCmd::CaseExport {
            client,
            to,
            mode,
            out,
        } => {
            let mode = match mode {
                ModeArg::Copy => HandoverMode::Copy,
                ModeArg::Transfer => HandoverMode::Transfer,
            };
            let sent = v.export_case(client, to, mode, out)?;
            let args = [
                ("path", out.display().to_string().into()),
                ("contact", sent.contact.into()),
            ];
            match mode {
                HandoverMode::Copy => say("cli-case-exported-copy", &args),
                HandoverMode::Transfer => say("cli-case-exported-transfer", &args),
            }
        }
        HandoverCmd::CaseImport {
            file,
            preview,
            json,
        } => {
            let p = v.preview_case(file)?;
            let received = if *preview {
                None
            } else {
                Some(v.import_case(file)?)
            };
            if *json {
                let mut out = preview_json(&p);
                out["imported"] = json!(received.is_some());
                out["receipt"] = json!(received.as_ref().map(|r| &r.receipt));
                println!("{out}");
            } else {
                say(
                    "cli-case-preview",
                    &[
                        ("code", p.code_here.clone().into()),
                        ("sender", p.sender.clone().into()),
                        ("created_at", p.created_at.clone().into()),
                        ("sessions", n(p.sessions)),
                        ("photos", n(p.photos)),
                    ],
                );
                if let Some(r) = received {
                    say(
                        "cli-case-imported",
                        &[("code", r.code.into()), ("receipt", r.receipt.into())],
                    );
                }
            }
        }
        HandoverCmd::CaseTransferConfirm { client, receipt } => {
            v.confirm_transfer(client, receipt)?;
            say("cli-case-transfer-done", &[("code", client.clone().into())]);
        }
    }
    Ok(())
}
