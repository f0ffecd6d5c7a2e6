//! Everything Avenir keeps on disk. No other crate reads or writes Avenir's files.
//!
//! The foundation holds the device preferences (non-secret: the interface language); the
//! encrypted vault itself is built on top of the same data directory.
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod atomic;
mod preferences;

pub use atomic::write_atomically;
pub use preferences::{Preferences, PreferencesStore};

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the preferences file {path} cannot be read")]
    PreferencesUnreadable {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the preferences file {path} is not valid: {detail}")]
    PreferencesInvalid {
        path: std::path::PathBuf,
        detail: String,
    },
    #[error("cannot write {path}")]
    Write {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl avenir_core::UserFacing for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::PreferencesUnreadable { .. } | VaultError::PreferencesInvalid { .. } => {
                "preferences_unreadable"
            }
            VaultError::Write { .. } => "preferences_unwritable",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            VaultError::PreferencesUnreadable { .. } | VaultError::PreferencesInvalid { .. } => {
                "error-preferences-unreadable"
            }
            VaultError::Write { .. } => "error-preferences-unwritable",
        }
    }
}
