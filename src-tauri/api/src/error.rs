//! One error for every use case. Each variant wraps the error of the crate that failed, so the
//! code, message id and arguments a person sees are the ones that crate defined.

use avenir_core::{ErrorArg, UserFacing};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Vault(#[from] avenir_vault::VaultError),
    #[error(transparent)]
    Input(#[from] avenir_core::InvalidInput),
    #[error(transparent)]
    Client(#[from] avenir_core::client::ClientError),
    #[error(transparent)]
    Answer(#[from] avenir_core::content::AnswerError),
    #[error(transparent)]
    Course(#[from] avenir_core::course::CourseError),
    #[error(transparent)]
    Explorer(#[from] avenir_core::explorer::ExplorerError),
    #[error(transparent)]
    Photo(#[from] avenir_media::MediaError),
    #[error(transparent)]
    Locale(#[from] avenir_i18n::I18nError),
    #[error(transparent)]
    Backup(#[from] avenir_vault::BackupError),
    #[error(transparent)]
    Handover(avenir_vault::handover::HandoverError),
    #[error(transparent)]
    DirectoryFile(avenir_content::directory::DirectoryFileError),
    #[error("no vault is open")]
    Locked,
    #[error("no vault creation is in progress")]
    NoCreationPending,
    #[error("the recovery key check failed")]
    RecoveryCheckFailed,
    /// The new passphrase owed after an unlock with the recovery key was postponed once already.
    #[error("the new passphrase cannot be postponed again")]
    ResetNotPostponable,
    #[error("no client has the code {0:?}")]
    ClientUnknown(String),
    /// A failure with no message of its own (the log gets the detail, the person "nothing was
    /// changed").
    #[error("{0}")]
    Internal(String),
    #[error("cannot read {path}")]
    ReadFile {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl ApiError {
    /// The error of the crate that failed, when it describes itself.
    fn inner(&self) -> Option<&dyn UserFacing> {
        match self {
            ApiError::Vault(e) => Some(e),
            ApiError::Input(e) => Some(e),
            ApiError::Client(e) => Some(e),
            ApiError::Answer(e) => Some(e),
            ApiError::Course(e) => Some(e),
            ApiError::Explorer(e) => Some(e),
            ApiError::Photo(e) => Some(e),
            ApiError::Locale(e) => Some(e),
            ApiError::Backup(e) => Some(e),
            ApiError::Handover(e) => Some(e),
            ApiError::DirectoryFile(e) => Some(e),
            _ => None,
        }
    }
}

impl UserFacing for ApiError {
    fn code(&self) -> &'static str {
        if let Some(e) = self.inner() {
            return e.code();
        }
        match self {
            ApiError::Locked => "locked",
            ApiError::NoCreationPending => "no_creation_pending",
            ApiError::RecoveryCheckFailed => "recovery_check_failed",
            ApiError::ResetNotPostponable => "reset_not_postponable",
            ApiError::ClientUnknown(_) => "client_unknown",
            ApiError::Internal(_) => "internal",
            _ => "file_unreadable",
        }
    }
    fn message_id(&self) -> &'static str {
        if let Some(e) = self.inner() {
            return e.message_id();
        }
        match self {
            ApiError::Locked => "error-locked",
            ApiError::NoCreationPending => "error-no-creation-pending",
            ApiError::RecoveryCheckFailed => "error-recovery-check-failed",
            ApiError::ResetNotPostponable => "error-reset-not-postponable",
            ApiError::ClientUnknown(_) => "error-client-unknown",
            ApiError::Internal(_) => "error-internal",
            _ => "error-file-unreadable",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        if let Some(e) = self.inner() {
            return e.args();
        }
        match self {
            ApiError::ClientUnknown(code) => vec![("code", code.as_str().into())],
            ApiError::ReadFile { path, .. } => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                vec![("file", name.into())]
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_of_its_own_exists_in_every_complete_language() {
        let errors = [
            ApiError::Locked,
            ApiError::NoCreationPending,
            ApiError::RecoveryCheckFailed,
            ApiError::ClientUnknown("K7-MIRA".into()),
            ApiError::Internal("x".into()),
            ApiError::ReadFile {
                path: "/tmp/a.jpg".into(),
                source: std::io::Error::other("x"),
            },
            ApiError::Input(avenir_core::InvalidInput("held_on")),
            ApiError::Backup(avenir_vault::BackupError::NotABackup),
            ApiError::Backup(avenir_vault::BackupError::Damaged("x".into())),
            ApiError::Backup(avenir_vault::BackupError::Newer { found: 2, known: 1 }),
            ApiError::Backup(avenir_vault::BackupError::CheckFailed("x".into())),
            ApiError::Backup(avenir_vault::BackupError::FolderMissing(
                "/media/stick".into(),
            )),
            ApiError::Backup(avenir_vault::BackupError::FolderReadOnly(
                "/media/stick".into(),
            )),
            ApiError::Backup(avenir_vault::BackupError::DiskFull("/media/stick".into())),
            ApiError::Backup(avenir_vault::BackupError::Cancelled),
            ApiError::ResetNotPostponable,
            ApiError::Vault(avenir_vault::VaultError::KdfMemory {
                asked_mib: 2048,
                max_mib: 1024,
            }),
            ApiError::Vault(avenir_vault::VaultError::PassphraseNeeded),
            ApiError::Vault(avenir_vault::VaultError::RekeyPending),
        ];
        use avenir_vault::handover::HandoverError as H;
        let handover = [
            H::IdInvalid,
            H::FingerprintMismatch,
            H::OwnId,
            H::ContactTaken,
            H::ContactNameInvalid,
            H::ContactUnknown("Sara".into()),
            H::NotACase,
            H::Damaged("x".into()),
            H::Newer { found: 2, known: 1 },
            H::NotForYou,
            H::BadSignature,
            H::UnknownSender {
                fingerprint: "1234 5678".into(),
            },
            H::AlreadyHere { code: "K7".into() },
            H::NotAwaiting,
            H::WrongReceipt,
            H::TooLarge,
            H::Write {
                path: "/media/stick/a.avenir-case".into(),
                source: std::io::Error::other("x"),
            },
            H::Read {
                path: "/media/stick/a.avenir-case".into(),
                source: std::io::Error::other("x"),
            },
        ];
        use avenir_content::directory::DirectoryFileError as D;
        let directory = [
            D::Empty,
            D::NotText,
            D::TooLarge,
            D::TooManyRows,
            D::MissingColumn("name"),
            D::Syntax {
                format: "CSV",
                line: 3,
            },
            D::UnknownFormat,
        ];
        let errors: Vec<ApiError> = errors
            .into_iter()
            .chain(handover.into_iter().map(ApiError::Handover))
            .chain(directory.into_iter().map(ApiError::DirectoryFile))
            .chain([
                ApiError::Vault(avenir_vault::VaultError::ServiceTaken),
                ApiError::Vault(avenir_vault::VaultError::ServiceMissing),
            ])
            .collect();
        let catalogues = avenir_i18n::Catalogues::embedded();
        for locale in ["nl", "fr", "en"] {
            let ftl = catalogues.get(locale).unwrap().joined();
            for e in &errors {
                let id = e.message_id();
                assert!(
                    ftl.lines().any(|l| l.starts_with(&format!("{id} ="))),
                    "{id} is missing in {locale}"
                );
            }
        }
        let unknown = ApiError::ClientUnknown("K7-MIRA".into()).user_message();
        let en = avenir_i18n::Localizer::new(&catalogues, &["en".to_owned()]);
        assert!(en.message(&unknown).contains("K7-MIRA"));
        let unreadable = errors[5].user_message();
        assert!(en.message(&unreadable).contains("a.jpg"));
        assert!(!en.message(&unreadable).contains("/tmp"), "no folder names");
    }
}
