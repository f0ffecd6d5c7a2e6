//! JSON shapes of handing a client over: the profile's id, contacts and escrow, a case file's
//! preview and what sending and receiving answer. Times cross in local time, like every date.

use avenir_api::core::time::utc_to_local;
use avenir_api::{
    CasePreview, Contact, HandoverBook, HandoverIdentity, HandoverMark, HandoverMode,
    HandoverReceived,
};
use chrono::Local;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

fn local(t: String) -> String {
    utc_to_local(&Local, &t).unwrap_or(t)
}

/// Copy (the sender keeps the client, marked as shared) or transfer (erased on receipt).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum HandoverModeDto {
    Copy,
    Transfer,
}

impl From<HandoverMode> for HandoverModeDto {
    fn from(m: HandoverMode) -> Self {
        match m {
            HandoverMode::Copy => HandoverModeDto::Copy,
            HandoverMode::Transfer => HandoverModeDto::Transfer,
        }
    }
}

impl From<HandoverModeDto> for HandoverMode {
    fn from(m: HandoverModeDto) -> Self {
        match m {
            HandoverModeDto::Copy => HandoverMode::Copy,
            HandoverModeDto::Transfer => HandoverMode::Transfer,
        }
    }
}

/// The profile's handover id (one line to give a colleague) and its fingerprint.
#[derive(Debug, Serialize, TS)]
pub struct HandoverIdentityDto {
    pub id: String,
    /// Twenty digits in groups of four, to compare in person or by phone.
    pub fingerprint: String,
}

impl From<HandoverIdentity> for HandoverIdentityDto {
    fn from(i: HandoverIdentity) -> Self {
        HandoverIdentityDto {
            id: i.id,
            fingerprint: i.fingerprint,
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactDto {
    pub name: String,
    pub fingerprint: String,
    /// Local `YYYY-MM-DDTHH:MM`.
    pub added_at: String,
}

impl From<Contact> for ContactDto {
    fn from(c: Contact) -> Self {
        ContactDto {
            fingerprint: c.fingerprint(),
            name: c.name,
            added_at: local(c.added_at),
        }
    }
}

#[derive(Debug, Serialize, TS)]
pub struct EscrowDto {
    pub id: String,
    pub fingerprint: String,
}

/// The colleagues a client can be handed to, and the organisation's escrow recipient.
#[derive(Debug, Serialize, TS)]
pub struct HandoverBookDto {
    pub contacts: Vec<ContactDto>,
    pub escrow: Option<EscrowDto>,
}

impl From<HandoverBook> for HandoverBookDto {
    fn from(b: HandoverBook) -> Self {
        HandoverBookDto {
            contacts: b.contacts.into_iter().map(Into::into).collect(),
            escrow: b.escrow.map(|e| EscrowDto {
                id: e.id,
                fingerprint: e.fingerprint,
            }),
        }
    }
}

/// A client's last handover, as its overview shows it.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoverMarkDto {
    pub mode: HandoverModeDto,
    pub contact: String,
    /// Local `YYYY-MM-DDTHH:MM`.
    pub created_at: String,
}

impl From<HandoverMark> for HandoverMarkDto {
    fn from(m: HandoverMark) -> Self {
        HandoverMarkDto {
            mode: m.mode.into(),
            contact: m.contact,
            created_at: local(m.created_at),
        }
    }
}

/// A client received from a colleague, as its overview shows it: the receipt code stays there to
/// be read back to her.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoverReceivedDto {
    pub mode: HandoverModeDto,
    pub sender: String,
    /// Local `YYYY-MM-DDTHH:MM`.
    pub received_at: String,
    pub receipt: String,
}

impl From<HandoverReceived> for HandoverReceivedDto {
    fn from(r: HandoverReceived) -> Self {
        HandoverReceivedDto {
            mode: r.mode.into(),
            sender: r.sender,
            received_at: local(r.received_at),
            receipt: r.receipt,
        }
    }
}

/// A case file was written (`path` null: the counsellor cancelled the chooser).
#[derive(Debug, Serialize, TS)]
pub struct CaseSentDto {
    pub path: Option<String>,
}

/// What a case file holds, shown before anything is added.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePreviewDto {
    pub code: String,
    /// The code the client gets here: `code`, or with a suffix when that one is taken.
    pub code_here: String,
    pub sessions: u64,
    pub photos: u64,
    pub journal_entries: u64,
    pub album_pages: u64,
    pub sender: String,
    pub sender_fingerprint: String,
    /// Local `YYYY-MM-DDTHH:MM`.
    pub created_at: String,
    pub mode: HandoverModeDto,
}

impl From<CasePreview> for CasePreviewDto {
    fn from(p: CasePreview) -> Self {
        CasePreviewDto {
            code: p.code,
            code_here: p.code_here,
            sessions: p.sessions,
            photos: p.photos,
            journal_entries: p.journal_entries,
            album_pages: p.album_pages,
            sender: p.sender,
            sender_fingerprint: p.sender_fingerprint,
            created_at: local(p.created_at),
            mode: p.mode.into(),
        }
    }
}

/// The client was added: its id and code here, and the receipt code for the sender.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseReceivedDto {
    pub client_id: i64,
    pub code: String,
    pub receipt: String,
}
