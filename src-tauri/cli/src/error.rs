use std::path::PathBuf;

use avenir_core::{ErrorArg, UserFacing};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0} does not exist; build it first")]
    BinaryMissing(PathBuf),
    #[error("could not start a virtual display (Xvfb)")]
    Display(#[source] std::io::Error),
    #[error("{path} could not be started")]
    Spawn {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} showed no first screen within {seconds} s")]
    NoFirstScreen { path: PathBuf, seconds: u64 },
    #[error("input/output error")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Vault(#[from] avenir_vault::VaultError),
    #[error("the two passphrases differ")]
    PassphrasesDiffer,
    #[error(transparent)]
    Client(#[from] avenir_core::client::ClientError),
    #[error(transparent)]
    Answer(#[from] avenir_core::content::AnswerError),
    #[error(transparent)]
    Photo(#[from] avenir_media::MediaError),
    #[error("no client has the code {0:?}")]
    ClientUnknown(String),
}

impl UserFacing for CliError {
    fn code(&self) -> &'static str {
        match self {
            CliError::BinaryMissing(_) => "binary_missing",
            CliError::Display(_) => "display_unavailable",
            CliError::Spawn { .. } => "spawn_failed",
            CliError::NoFirstScreen { .. } => "no_first_screen",
            CliError::Io(_) => "io",
            CliError::Vault(e) => e.code(),
            CliError::PassphrasesDiffer => "passphrases_differ",
            CliError::Client(e) => e.code(),
            CliError::Answer(e) => e.code(),
            CliError::Photo(e) => e.code(),
            CliError::ClientUnknown(_) => "client_unknown",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            CliError::BinaryMissing(_) => "cli-error-binary-missing",
            CliError::Display(_) => "cli-error-display",
            CliError::Spawn { .. } => "cli-error-spawn",
            CliError::NoFirstScreen { .. } => "cli-error-no-first-screen",
            CliError::Io(_) => "cli-error-io",
            CliError::Vault(e) => e.message_id(),
            CliError::PassphrasesDiffer => "cli-error-passphrases-differ",
            CliError::Client(e) => e.message_id(),
            CliError::Answer(e) => e.message_id(),
            CliError::Photo(e) => e.message_id(),
            CliError::ClientUnknown(_) => "cli-error-client-unknown",
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        let path = |p: &PathBuf| ErrorArg::Text(p.display().to_string());
        match self {
            CliError::BinaryMissing(p) => vec![("path", path(p))],
            CliError::Display(e) => vec![("detail", e.to_string().into())],
            CliError::Spawn { path: p, source } => {
                vec![("path", path(p)), ("detail", source.to_string().into())]
            }
            CliError::NoFirstScreen { path: p, seconds } => {
                vec![("path", path(p)), ("seconds", (*seconds).into())]
            }
            CliError::Io(e) => vec![("detail", e.to_string().into())],
            CliError::Vault(e) => e.args(),
            CliError::PassphrasesDiffer => Vec::new(),
            CliError::Client(e) => e.args(),
            CliError::Answer(e) => e.args(),
            CliError::Photo(e) => e.args(),
            CliError::ClientUnknown(code) => vec![("code", code.as_str().into())],
        }
    }
}
