use std::path::PathBuf;

use avenir_api::ApiError;
use avenir_api::core::{ErrorArg, UserFacing};

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
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
    Api(#[from] ApiError),
}

impl From<avenir_api::VaultError> for BenchError {
    fn from(e: avenir_api::VaultError) -> Self {
        BenchError::Api(e.into())
    }
}

impl From<avenir_api::BackupError> for BenchError {
    fn from(e: avenir_api::BackupError) -> Self {
        BenchError::Api(e.into())
    }
}

impl UserFacing for BenchError {
    fn code(&self) -> &'static str {
        match self {
            BenchError::BinaryMissing(_) => "binary_missing",
            BenchError::Display(_) => "display_unavailable",
            BenchError::Spawn { .. } => "spawn_failed",
            BenchError::NoFirstScreen { .. } => "no_first_screen",
            BenchError::Io(_) => "io",
            BenchError::Api(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            BenchError::BinaryMissing(_) => "cli-error-binary-missing",
            BenchError::Display(_) => "cli-error-display",
            BenchError::Spawn { .. } => "cli-error-spawn",
            BenchError::NoFirstScreen { .. } => "cli-error-no-first-screen",
            BenchError::Io(_) => "cli-error-io",
            BenchError::Api(e) => e.message_id(),
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        let path = |p: &PathBuf| ErrorArg::Text(p.display().to_string());
        match self {
            BenchError::BinaryMissing(p) => vec![("path", path(p))],
            BenchError::Display(e) => vec![("detail", e.to_string().into())],
            BenchError::Spawn { path: p, source } => {
                vec![("path", path(p)), ("detail", source.to_string().into())]
            }
            BenchError::NoFirstScreen { path: p, seconds } => {
                vec![("path", path(p)), ("seconds", (*seconds).into())]
            }
            BenchError::Io(e) => vec![("detail", e.to_string().into())],
            BenchError::Api(e) => e.args(),
        }
    }
}
