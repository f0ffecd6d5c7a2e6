use avenir_api::ApiError;
use avenir_api::core::{ErrorArg, UserFacing};

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("input/output error")]
    Io(#[from] std::io::Error),
    #[error("the two passphrases differ")]
    PassphrasesDiffer,
    #[error(transparent)]
    Api(#[from] ApiError),
}

impl From<avenir_api::VaultError> for CliError {
    fn from(e: avenir_api::VaultError) -> Self {
        CliError::Api(e.into())
    }
}

impl UserFacing for CliError {
    fn code(&self) -> &'static str {
        match self {
            CliError::Io(_) => "io",
            CliError::PassphrasesDiffer => "passphrases_differ",
            CliError::Api(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            CliError::Io(_) => "cli-error-io",
            CliError::PassphrasesDiffer => "cli-error-passphrases-differ",
            CliError::Api(e) => e.message_id(),
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            CliError::Io(e) => vec![("detail", e.to_string().into())],
            CliError::PassphrasesDiffer => Vec::new(),
            CliError::Api(e) => e.args(),
        }
    }
}
