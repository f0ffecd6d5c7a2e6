//! Handing a client over to a colleague: the profile's handover id, contacts, the escrow, and
//! the case file written, previewed, imported and — for a transfer — completed with the receipt.

use std::path::Path;

use avenir_vault::handover::{self as vault, HandoverError, Mode};

use crate::{ApiError, OpenVault};

/// The profile's public handover id and its fingerprint, to give a colleague.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverIdentity {
    pub id: String,
    pub fingerprint: String,
}

/// The organisation's escrow recipient as set in this vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EscrowInfo {
    pub id: String,
    pub fingerprint: String,
}

/// A case file written: its name (never the folder) and what the client is marked with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSent {
    pub file: String,
    pub contact: String,
    pub mode: Mode,
}

/// A case file imported: the code the client got here, and the receipt code for the sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseReceived {
    pub code: String,
    pub receipt: String,
}

impl From<HandoverError> for ApiError {
    fn from(e: HandoverError) -> Self {
        ApiError::Handover(e)
    }
}

/// A name for a new case file that says nothing about the client: `avenir-case-<when>`.
pub fn case_file_name(stamp: &str) -> String {
    let compact: String = stamp
        .chars()
        .filter(char::is_ascii_digit)
        .take(12)
        .collect();
    format!("avenir-case-{compact}.{}", vault::CASE_EXTENSION)
}

fn read_case(path: &Path) -> Result<Vec<u8>, ApiError> {
    let too_large = vault::MAX_CASE_BYTES + vault::MAX_CASE_BYTES / 8;
    let read = |source| HandoverError::Read {
        path: path.to_owned(),
        source,
    };
    let len = std::fs::metadata(path).map_err(read)?.len();
    if len > too_large {
        return Err(HandoverError::TooLarge.into());
    }
    Ok(std::fs::read(path).map_err(read)?)
}

impl OpenVault {
    /// The profile's handover id, made on first use.
    pub fn handover_identity(&self) -> Result<HandoverIdentity, ApiError> {
        let id = vault::ensure_identity(self.conn(), &self.env.clock.stamp())?.id()?;
        Ok(HandoverIdentity {
            fingerprint: id.fingerprint(),
            id: id.text(),
        })
    }

    pub fn contacts(&self) -> Result<Vec<vault::Contact>, ApiError> {
        Ok(vault::contacts(self.conn())?)
    }

    /// Adds a colleague once her fingerprint was compared in person or by phone.
    pub fn add_contact(
        &self,
        name: &str,
        id: &str,
        fingerprint: &str,
    ) -> Result<vault::Contact, ApiError> {
        // Made first, so that the profile's own id is recognised and refused.
        vault::ensure_identity(self.conn(), &self.env.clock.stamp())?;
        Ok(vault::add_contact(
            self.conn(),
            name,
            id,
            fingerprint,
            &self.env.clock.stamp(),
        )?)
    }

    pub fn remove_contact(&self, name: &str) -> Result<(), ApiError> {
        Ok(vault::remove_contact(self.conn(), name)?)
    }

    pub fn escrow(&self) -> Result<Option<EscrowInfo>, ApiError> {
        Ok(vault::escrow(self.conn())?.map(|e| EscrowInfo {
            fingerprint: e.fingerprint(),
            id: e.text().to_owned(),
        }))
    }

    pub fn set_escrow(&self, id: &str, fingerprint: &str) -> Result<EscrowInfo, ApiError> {
        let e = vault::set_escrow(self.conn(), id, fingerprint)?;
        Ok(EscrowInfo {
            fingerprint: e.fingerprint(),
            id: e.text().to_owned(),
        })
    }

    pub fn clear_escrow(&self) -> Result<(), ApiError> {
        Ok(vault::clear_escrow(self.conn())?)
    }

    /// Writes the client `code` as a case file for the contact `to` at `out` (whole or not at
    /// all), then marks the client as shared or as awaiting the receipt.
    pub fn export_case(
        &self,
        code: &str,
        to: &str,
        mode: Mode,
        out: &Path,
    ) -> Result<CaseSent, ApiError> {
        let client = self.client_by_code(code)?;
        let now = self.env.clock.stamp();
        let sealed = vault::seal(
            self.conn(),
            client.id,
            to,
            mode,
            &now,
            env!("CARGO_PKG_VERSION"),
        )?;
        avenir_vault::write_atomically(out, &sealed.bytes).map_err(|source| {
            HandoverError::Write {
                path: out.to_owned(),
                source,
            }
        })?;
        vault::record_sent(self.conn(), client.id, &sealed, &now)?;
        Ok(CaseSent {
            file: out
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            contact: sealed.contact,
            mode,
        })
    }

    /// What importing the case file at `path` would add. Adds nothing.
    pub fn preview_case(&self, path: &Path) -> Result<vault::Preview, ApiError> {
        let bytes = read_case(path)?;
        Ok(vault::receive(self.conn(), &bytes)?.preview(self.conn())?)
    }

    /// Imports the case file at `path` whole, after the same checks as the preview.
    pub fn import_case(&self, path: &Path) -> Result<CaseReceived, ApiError> {
        let bytes = read_case(path)?;
        let (code, receipt) =
            vault::receive(self.conn(), &bytes)?.import(self.conn(), &self.env.clock.stamp())?;
        Ok(CaseReceived { code, receipt })
    }

    /// The last handover of a client, if any.
    pub fn handover_mark(&self, client_id: i64) -> Result<Option<vault::Mark>, ApiError> {
        Ok(vault::mark_of(self.conn(), client_id)?)
    }

    /// Completes a transfer with the receipt code the colleague's Avenir showed: the client is
    /// erased. Any other code changes nothing.
    pub fn confirm_transfer(&self, code: &str, receipt: &str) -> Result<(), ApiError> {
        let client = self.client_by_code(code)?;
        Ok(vault::confirm_transfer(self.conn(), client.id, receipt)?)
    }

    /// Keeps a client whose transfer will not complete.
    pub fn cancel_transfer(&self, code: &str) -> Result<(), ApiError> {
        let client = self.client_by_code(code)?;
        Ok(vault::cancel_transfer(self.conn(), client.id)?)
    }
}

#[cfg(test)]
mod tests;
