//! The desktop app's handover: the same use cases as `avenir-cli`'s, on the vault the app has
//! open, with clients named by their local id.

use std::path::Path;

use avenir_vault::handover::{Contact, Mode, Preview};

use crate::{ApiError, Avenir, CaseReceived, CaseSent, EscrowInfo, HandoverIdentity};

/// The contacts and the escrow recipient, as the handover card shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoverBook {
    pub contacts: Vec<Contact>,
    pub escrow: Option<EscrowInfo>,
}

impl Avenir {
    pub fn handover_identity(&self) -> Result<HandoverIdentity, ApiError> {
        self.access.with_open(|v| v.handover_identity())
    }

    pub fn handover_book(&self) -> Result<HandoverBook, ApiError> {
        self.access.with_open(|v| {
            Ok(HandoverBook {
                contacts: v.contacts()?,
                escrow: v.escrow()?,
            })
        })
    }

    pub fn add_contact(
        &self,
        name: &str,
        id: &str,
        fingerprint: &str,
    ) -> Result<HandoverBook, ApiError> {
        self.access
            .with_open(|v| v.add_contact(name, id, fingerprint))?;
        self.handover_book()
    }

    pub fn remove_contact(&self, name: &str) -> Result<HandoverBook, ApiError> {
        self.access.with_open(|v| v.remove_contact(name))?;
        self.handover_book()
    }

    pub fn set_escrow(&self, id: &str, fingerprint: &str) -> Result<HandoverBook, ApiError> {
        self.access.with_open(|v| v.set_escrow(id, fingerprint))?;
        self.handover_book()
    }

    pub fn clear_escrow(&self) -> Result<HandoverBook, ApiError> {
        self.access.with_open(|v| v.clear_escrow())?;
        self.handover_book()
    }

    /// A name for a new case file that says nothing about the client.
    pub fn case_file_name(&self) -> String {
        crate::case_file_name(&self.env().clock.stamp())
    }

    pub fn export_case(
        &self,
        client_id: i64,
        to: &str,
        mode: Mode,
        out: &Path,
    ) -> Result<CaseSent, ApiError> {
        self.access.with_open(|v| {
            let code = v.client(client_id)?.input.code;
            v.export_case(&code, to, mode, out)
        })
    }

    pub fn preview_case(&self, file: &Path) -> Result<Preview, ApiError> {
        self.access.with_open(|v| v.preview_case(file))
    }

    /// Imports the case file; answers with the client's new id too.
    pub fn import_case(&self, file: &Path) -> Result<(CaseReceived, i64), ApiError> {
        self.access.with_open(|v| {
            let received = v.import_case(file)?;
            let id = v.client_by_code(&received.code)?.id;
            Ok((received, id))
        })
    }

    pub fn confirm_transfer(&self, client_id: i64, receipt: &str) -> Result<(), ApiError> {
        self.access.with_open(|v| {
            let code = v.client(client_id)?.input.code;
            v.confirm_transfer(&code, receipt)
        })
    }

    pub fn cancel_transfer(&self, client_id: i64) -> Result<(), ApiError> {
        self.access.with_open(|v| {
            let code = v.client(client_id)?.input.code;
            v.cancel_transfer(&code)
        })
    }
}
