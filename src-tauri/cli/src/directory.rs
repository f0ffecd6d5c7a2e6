//! The referral directory's subcommands: import (or preview) a CSV or TOML file, export the whole
//! directory, and list entries through the same filters as the app.

use std::path::{Path, PathBuf};

use avenir_api::core::directory::{RowProblem, ServiceFilter, ServiceKind};
use avenir_api::core::session::Pathway;
use avenir_api::i18n::{FluentValue, Localizer};
use avenir_api::{DirectoryFormat, DirectoryImport, Env, OpenVault, Secret};
use clap::Subcommand;
use serde_json::json;

use crate::CliError;

const PATHWAYS: [&str; 4] = ["legalise", "onward", "return", "undocumented"];
const KINDS: [&str; 9] = [
    "legal_aid",
    "medical",
    "return_partner",
    "social_services",
    "shelter",
    "psychosocial",
    "trafficking_support",
    "language_classes",
    "school",
];

#[derive(Subcommand)]
pub enum DirectoryCmd {
    /// Import a directory file (.csv or .toml): good rows are added or changed, bad rows listed
    /// by line; an entry checked more recently here is never overwritten.
    DirectoryImport {
        file: PathBuf,
        /// Only show what would be added, changed and left alone.
        #[arg(long)]
        preview: bool,
        #[arg(long)]
        json: bool,
    },
    /// Write the whole directory to a file (no client data in it).
    DirectoryExport {
        #[arg(long, value_parser = ["csv", "toml"])]
        format: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// List directory entries, filtered.
    Directory {
        #[arg(long, value_parser = PATHWAYS)]
        pathway: Option<String>,
        #[arg(long, value_parser = KINDS)]
        kind: Option<String>,
        /// A BCP 47 language tag (`ar` also finds `ar-MA`).
        #[arg(long)]
        language: Option<String>,
        /// The town, or its beginning (case and accents ignored).
        #[arg(long)]
        town: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn import_json(r: &DirectoryImport) -> serde_json::Value {
    let bad: Vec<_> = r
        .bad
        .iter()
        .map(|(line, p)| match p {
            RowProblem::Field(f) => json!({"line": line, "field": f}),
            RowProblem::Duplicate(first) => json!({"line": line, "duplicate_of": first}),
        })
        .collect();
    let kept: Vec<_> = r
        .kept_newer
        .iter()
        .map(|(line, name)| json!({"line": line, "name": name}))
        .collect();
    json!({
        "added": r.added,
        "changed": r.changed,
        "unchanged": r.unchanged,
        "kept_newer": kept,
        "bad": bad,
        "ignored_columns": r.ignored_columns,
        "applied": r.applied,
    })
}

fn n(x: usize) -> FluentValue<'static> {
    FluentValue::from(x as f64)
}

pub fn run(
    cmd: &DirectoryCmd,
    dir: &Path,
    secret: Secret<'_>,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let v = OpenVault::open(dir, secret, Env::system())?;
    match cmd {
        DirectoryCmd::DirectoryImport {
            file,
            preview,
            json,
        } => {
            let r = v.directory_import_file(file, !preview)?;
            if *json {
                println!("{}", import_json(&r));
                return Ok(());
            }
            let id = if *preview {
                "cli-directory-preview"
            } else {
                "cli-directory-imported"
            };
            let args = [
                ("added", n(r.added.len())),
                ("changed", n(r.changed.len())),
                ("unchanged", n(r.unchanged + r.kept_newer.len())),
                ("bad", n(r.bad.len())),
            ];
            println!("{}", l10n.format(id, &args));
            for (line, p) in &r.bad {
                let (id, args) = match p {
                    RowProblem::Field(f) => (
                        "cli-directory-bad-field",
                        vec![("line", n(*line)), ("field", (*f).into())],
                    ),
                    RowProblem::Duplicate(first) => (
                        "cli-directory-bad-duplicate",
                        vec![("line", n(*line)), ("first", n(*first))],
                    ),
                };
                eprintln!("{}", l10n.format(id, &args));
            }
            for (line, name) in &r.kept_newer {
                let args = [("line", n(*line)), ("name", name.clone().into())];
                eprintln!("{}", l10n.format("cli-directory-kept-newer", &args));
            }
            for column in &r.ignored_columns {
                let args = [("column", column.clone().into())];
                eprintln!("{}", l10n.format("cli-directory-ignored-column", &args));
            }
        }
        DirectoryCmd::DirectoryExport { format, out } => {
            let format = DirectoryFormat::parse(format).unwrap_or(DirectoryFormat::Csv);
            let count = v.directory_export_to(format, out)?;
            let args = [
                ("count", FluentValue::from(count as f64)),
                ("path", out.display().to_string().into()),
            ];
            println!("{}", l10n.format("cli-directory-exported", &args));
        }
        DirectoryCmd::Directory {
            pathway,
            kind,
            language,
            town,
            json,
        } => {
            let filter = ServiceFilter {
                pathway: pathway.as_deref().and_then(Pathway::parse),
                kind: kind.as_deref().and_then(ServiceKind::parse),
                language: language.clone(),
                town: town.clone(),
                ..ServiceFilter::default()
            };
            let rows = v.directory(&filter)?;
            if *json {
                let out: Vec<_> = rows
                    .iter()
                    .map(|r| {
                        let s = &r.service;
                        json!({
                            "name": s.name, "kind": s.kind.as_str(),
                            "pathways": s.pathways.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
                            "languages": s.languages, "town": s.town, "address": s.address,
                            "hours": s.hours, "phone": s.phone, "anonymous": s.anonymous,
                            "bring": s.bring, "note": s.note,
                            "checked_on": s.checked_on.map(|d| d.to_string()),
                        })
                    })
                    .collect();
                println!("{}", serde_json::Value::Array(out));
            } else {
                for r in rows {
                    let s = r.service;
                    println!(
                        "{}\t{}\t{}\t{}\t{}",
                        s.name,
                        s.kind.as_str(),
                        s.town,
                        s.languages.join(";"),
                        s.phone
                    );
                }
            }
        }
    }
    Ok(())
}
