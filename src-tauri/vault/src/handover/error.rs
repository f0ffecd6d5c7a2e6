//! What can go wrong handing a client over, each with its own translated message. A failure
//! changes nothing: no half file under the chosen name, no half client, no mark.

use std::path::PathBuf;

use avenir_core::{ErrorArg, UserFacing};

use crate::VaultError;

#[derive(Debug, thiserror::Error)]
pub enum HandoverError {
    #[error("the handover id is not valid")]
    IdInvalid,
    #[error("the fingerprint does not match the handover id")]
    FingerprintMismatch,
    #[error("this handover id is the profile's own")]
    OwnId,
    #[error("a contact has this name or this handover id already")]
    ContactTaken,
    #[error("the contact's name is empty, too long or has control characters")]
    ContactNameInvalid,
    #[error("no contact is called {0:?}")]
    ContactUnknown(String),
    /// Zero bytes, random bytes, another kind of file.
    #[error("not an Avenir case file")]
    NotACase,
    /// Truncated or modified: the age stream or the layout inside does not hold.
    #[error("the case file is damaged: {0}")]
    Damaged(String),
    #[error("the case file was made by a newer Avenir (format {found}, this one knows {known})")]
    Newer { found: u32, known: u32 },
    /// Encrypted to other recipients, or addressed to someone else inside.
    #[error("the case file was not handed over to this profile")]
    NotForYou,
    /// The signature does not verify with the sender's key the file names.
    #[error("the case file's signature does not hold")]
    BadSignature,
    #[error("the sender is not a contact (fingerprint {fingerprint})")]
    UnknownSender { fingerprint: String },
    #[error("this client is in the vault already, as {code}")]
    AlreadyHere { code: String },
    #[error("no handover of this client is waiting for a receipt")]
    NotAwaiting,
    #[error("the receipt code is not the one of this handover")]
    WrongReceipt,
    #[error("the case file is larger than Avenir accepts")]
    TooLarge,
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
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl From<rusqlite::Error> for HandoverError {
    fn from(e: rusqlite::Error) -> Self {
        HandoverError::Vault(e.into())
    }
}

fn file_name(p: &std::path::Path) -> ErrorArg {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .into()
}

impl UserFacing for HandoverError {
    fn code(&self) -> &'static str {
        match self {
            HandoverError::IdInvalid => "handover_id_invalid",
            HandoverError::FingerprintMismatch => "handover_fingerprint_mismatch",
            HandoverError::OwnId => "handover_own_id",
            HandoverError::ContactTaken => "handover_contact_taken",
            HandoverError::ContactNameInvalid => "handover_contact_name_invalid",
            HandoverError::ContactUnknown(_) => "handover_contact_unknown",
            HandoverError::NotACase => "case_not_a_case",
            HandoverError::Damaged(_) => "case_damaged",
            HandoverError::Newer { .. } => "case_newer",
            HandoverError::NotForYou => "case_not_for_you",
            HandoverError::BadSignature => "case_bad_signature",
            HandoverError::UnknownSender { .. } => "case_unknown_sender",
            HandoverError::AlreadyHere { .. } => "case_already_here",
            HandoverError::NotAwaiting => "case_not_awaiting",
            HandoverError::WrongReceipt => "case_wrong_receipt",
            HandoverError::TooLarge => "case_too_large",
            HandoverError::Write { .. } => "case_write_failed",
            HandoverError::Read { .. } => "case_unreadable",
            HandoverError::Vault(e) => e.code(),
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            HandoverError::IdInvalid => "error-handover-id-invalid",
            HandoverError::FingerprintMismatch => "error-handover-fingerprint-mismatch",
            HandoverError::OwnId => "error-handover-own-id",
            HandoverError::ContactTaken => "error-handover-contact-taken",
            HandoverError::ContactNameInvalid => "error-handover-contact-name-invalid",
            HandoverError::ContactUnknown(_) => "error-handover-contact-unknown",
            HandoverError::NotACase => "error-case-not-a-case",
            HandoverError::Damaged(_) => "error-case-damaged",
            HandoverError::Newer { .. } => "error-case-newer",
            HandoverError::NotForYou => "error-case-not-for-you",
            HandoverError::BadSignature => "error-case-bad-signature",
            HandoverError::UnknownSender { .. } => "error-case-unknown-sender",
            HandoverError::AlreadyHere { .. } => "error-case-already-here",
            HandoverError::NotAwaiting => "error-case-not-awaiting",
            HandoverError::WrongReceipt => "error-case-wrong-receipt",
            HandoverError::TooLarge => "error-case-too-large",
            HandoverError::Write { .. } => "error-case-write-failed",
            HandoverError::Read { .. } => "error-case-unreadable",
            HandoverError::Vault(e) => e.message_id(),
        }
    }

    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            HandoverError::ContactUnknown(name) => vec![("name", name.as_str().into())],
            HandoverError::UnknownSender { fingerprint } => {
                vec![("fingerprint", fingerprint.as_str().into())]
            }
            HandoverError::AlreadyHere { code } => vec![("code", code.as_str().into())],
            HandoverError::Write { path, .. } | HandoverError::Read { path, .. } => {
                vec![("file", file_name(path))]
            }
            HandoverError::Vault(e) => e.args(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message of this error, for the catalogue test in `avenir-api`.
    pub(crate) fn every_variant() -> Vec<HandoverError> {
        vec![
            HandoverError::IdInvalid,
            HandoverError::FingerprintMismatch,
            HandoverError::OwnId,
            HandoverError::ContactTaken,
            HandoverError::ContactNameInvalid,
            HandoverError::ContactUnknown("Sara".into()),
            HandoverError::NotACase,
            HandoverError::Damaged("x".into()),
            HandoverError::Newer { found: 2, known: 1 },
            HandoverError::NotForYou,
            HandoverError::BadSignature,
            HandoverError::UnknownSender {
                fingerprint: "1234".into(),
            },
            HandoverError::AlreadyHere { code: "K7".into() },
            HandoverError::NotAwaiting,
            HandoverError::WrongReceipt,
            HandoverError::TooLarge,
        ]
    }

    #[test]
    fn every_variant_has_its_own_code() {
        let codes: std::collections::BTreeSet<_> =
            every_variant().iter().map(|e| e.code()).collect();
        assert_eq!(codes.len(), every_variant().len());
    }
}
