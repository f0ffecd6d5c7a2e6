use std::path::PathBuf;

use avenir_core::{ErrorArg, UserFacing};

/// Everything that can go wrong on disk. Variants never carry client data: paths of Avenir's own
/// files, codes and counts at most.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the preferences file {path} cannot be read")]
    PreferencesUnreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the preferences file {path} is not valid: {detail}")]
    PreferencesInvalid { path: PathBuf, detail: String },
    #[error("cannot save the preferences to {path}")]
    PreferencesUnwritable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// One error for a wrong passphrase and a wrong recovery key, so nothing hints which it was.
    #[error("the passphrase or recovery key does not open this vault")]
    WrongSecret,
    #[error("the vault is damaged: {0}")]
    Damaged(String),
    #[error("the vault uses format or schema version {found}; this Avenir knows up to {known}")]
    Newer { found: u32, known: u32 },
    #[error("the vault is open in another Avenir process")]
    InUse,
    #[error("no vault at {0}")]
    Missing(PathBuf),
    #[error("the passphrase is too weak (score {0} of 4)")]
    WeakPassphrase(u8),
    /// A header asking for more memory to unlock than Avenir ever allows: damaged or hostile.
    #[error(
        "the vault asks for {asked_mib} MiB of memory to unlock; at most {max_mib} MiB are allowed"
    )]
    KdfMemory { asked_mib: u32, max_mib: u32 },
    /// The secret given is not the one this step needs (a passphrase, not the recovery key).
    #[error("this step needs the passphrase")]
    PassphraseNeeded,
    /// A re-key was interrupted after its point of no return and must be finished by opening
    /// the vault normally (a read-only check does not change it).
    #[error("an interrupted re-key is waiting to be finished")]
    RekeyPending,
    #[error("the profile label is empty, too long or has control characters")]
    LabelInvalid,
    #[error("a profile with this label exists already")]
    LabelTaken,
    #[error("the automatic lock must be between {min} and {max} minutes")]
    IdleMinutes { min: u32, max: u32 },
    #[error("a client code is not valid")]
    InvalidCode,
    #[error("another client has this code")]
    CodeTaken,
    #[error("no such client, session or step")]
    ClientMissing,
    #[error("the directory has a place with this name in this town already")]
    ServiceTaken,
    #[error("no such directory entry")]
    ServiceMissing,
    #[error(transparent)]
    Client(#[from] avenir_core::client::ClientError),
    #[error(transparent)]
    Input(#[from] avenir_core::InvalidInput),
    #[error("database error")]
    Database(#[from] rusqlite::Error),
    #[error("the random number generator failed")]
    Random,
}

impl VaultError {
    pub(crate) fn damaged(what: impl Into<String>) -> Self {
        VaultError::Damaged(what.into())
    }
}

impl UserFacing for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::PreferencesUnreadable { .. } | VaultError::PreferencesInvalid { .. } => {
                "preferences_unreadable"
            }
            VaultError::PreferencesUnwritable { .. } => "preferences_unwritable",
            VaultError::Write { .. } | VaultError::Read { .. } | VaultError::Random => "vault_io",
            VaultError::WrongSecret => "wrong_secret",
            VaultError::Damaged(_) | VaultError::Database(_) => "vault_damaged",
            VaultError::Newer { .. } => "vault_newer",
            VaultError::InUse => "vault_in_use",
            VaultError::Missing(_) => "vault_missing",
            VaultError::WeakPassphrase(_) => "weak_passphrase",
            VaultError::KdfMemory { .. } => "kdf_memory",
            VaultError::PassphraseNeeded => "passphrase_needed",
            VaultError::RekeyPending => "rekey_pending",
            VaultError::LabelInvalid => "label_invalid",
            VaultError::LabelTaken => "label_taken",
            VaultError::IdleMinutes { .. } => "idle_minutes",
            VaultError::InvalidCode => "invalid_code",
            VaultError::CodeTaken => "code_taken",
            VaultError::ClientMissing => "client_missing",
            VaultError::ServiceTaken => "directory_taken",
            VaultError::ServiceMissing => "directory_missing",
            VaultError::Client(e) => e.code(),
            VaultError::Input(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            VaultError::PreferencesUnreadable { .. } | VaultError::PreferencesInvalid { .. } => {
                "error-preferences-unreadable"
            }
            VaultError::PreferencesUnwritable { .. } => "error-preferences-unwritable",
            VaultError::Write { .. } | VaultError::Read { .. } | VaultError::Random => {
                "error-vault-io"
            }
            VaultError::WrongSecret => "error-wrong-secret",
            VaultError::Damaged(_) | VaultError::Database(_) => "error-vault-damaged",
            VaultError::Newer { .. } => "error-vault-newer",
            VaultError::InUse => "error-vault-in-use",
            VaultError::Missing(_) => "error-vault-missing",
            VaultError::WeakPassphrase(_) => "error-weak-passphrase",
            VaultError::KdfMemory { .. } => "error-kdf-memory",
            VaultError::PassphraseNeeded => "error-passphrase-needed",
            VaultError::RekeyPending => "error-rekey-pending",
            VaultError::LabelInvalid => "error-label-invalid",
            VaultError::LabelTaken => "error-label-taken",
            VaultError::IdleMinutes { .. } => "error-idle-minutes",
            VaultError::InvalidCode => "error-internal",
            VaultError::CodeTaken => "error-code-taken",
            VaultError::ClientMissing => "error-client-missing",
            VaultError::ServiceTaken => "error-directory-taken",
            VaultError::ServiceMissing => "error-directory-missing",
            VaultError::Client(e) => e.message_id(),
            VaultError::Input(e) => e.message_id(),
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            VaultError::IdleMinutes { min, max } => {
                vec![
                    ("min", u64::from(*min).into()),
                    ("max", u64::from(*max).into()),
                ]
            }
            VaultError::KdfMemory { asked_mib, max_mib } => vec![
                ("asked", u64::from(*asked_mib).into()),
                ("max", u64::from(*max_mib).into()),
            ],
            VaultError::Client(e) => e.args(),
            VaultError::Input(e) => e.args(),
            _ => Vec::new(),
        }
    }
}
