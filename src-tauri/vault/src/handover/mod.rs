//! Handing a client over to a colleague without a server: the client's rows and photos, signed
//! with the sender's Ed25519 key, encrypted with age to the colleague (and the organisation's
//! escrow), carried by hand, checked and previewed, then imported whole or not at all.

mod bundle;
mod case_file;
mod error;
mod id;
mod store;

use rusqlite::Connection;

pub use case_file::{CASE_EXTENSION, CASE_VERSION, MAX_CASE_BYTES};
pub use error::HandoverError;
pub use id::{Escrow, HandoverId, ID_PREFIX, fingerprint_of};
pub use store::{
    Contact, Identity, Mark, Mode, ReceivedMark, add_contact, cancel_transfer, clear_escrow,
    confirm_transfer, contact, contacts, ensure_identity, escrow, identity, mark_of, received_of,
    remove_contact, set_escrow,
};

use crate::VaultError;

/// A case file ready to be written, with what the sender records once it is on disk.
pub struct Sealed {
    pub bytes: Vec<u8>,
    pub contact: String,
    pub mode: Mode,
    receipt: String,
}

/// Seals the client `client_id` for the contact `to` (and the escrow, if set). The profile's
/// identity is made on first use. Nothing is marked until [`record_sent`].
pub fn seal(
    conn: &Connection,
    client_id: i64,
    to: &str,
    mode: Mode,
    created_at: &str,
    avenir: &str,
) -> Result<Sealed, HandoverError> {
    let contact = store::contact(conn, to)?;
    let identity = store::ensure_identity(conn, created_at)?;
    let escrow = store::escrow(conn)?;
    let bundle = bundle::collect(conn, client_id)?;
    if bundle.count("clients") != 1 {
        return Err(VaultError::ClientMissing.into());
    }
    let mut case = [0u8; 16];
    crate::keys::random_fill(&mut case)?;
    let parts = case_file::Parts {
        identity: &identity,
        to: &contact.id,
        escrow: escrow.as_ref(),
        mode,
        created_at,
        avenir,
        schema: crate::db::schema_version(),
        case: id::to_hex(&case),
    };
    let (bytes, receipt) = case_file::seal(parts, bundle)?;
    Ok(Sealed {
        bytes,
        contact: contact.name,
        mode,
        receipt,
    })
}

/// Marks the client as shared (a copy) or as handed over and awaiting the receipt (a transfer),
/// once the file is written.
pub fn record_sent(
    conn: &Connection,
    client_id: i64,
    sealed: &Sealed,
    created_at: &str,
) -> Result<(), HandoverError> {
    store::set_mark(
        conn,
        client_id,
        &Mark {
            mode: sealed.mode,
            contact: sealed.contact.clone(),
            created_at: created_at.to_owned(),
            receipt: sealed.receipt.clone(),
        },
    )
}

/// A case file for this profile from a contact, checked whole: ready to preview and import.
pub struct Received {
    unsealed: case_file::Unsealed,
    sender: Contact,
}

/// What the counsellor sees before anything is added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The client's code in the sender's vault, and the code it gets here (with a suffix when
    /// that code is taken).
    pub code: String,
    pub code_here: String,
    pub sessions: u64,
    pub photos: u64,
    pub journal_entries: u64,
    pub album_pages: u64,
    pub sender: String,
    pub sender_fingerprint: String,
    pub created_at: String,
    pub mode: Mode,
}

/// Decrypts and checks a case file: for this profile, signed by the key it names, from a
/// contact, from this version of the format or an older one. Changes nothing.
pub fn receive(conn: &Connection, bytes: &[u8]) -> Result<Received, HandoverError> {
    if bytes.len() as u64 > MAX_CASE_BYTES + MAX_CASE_BYTES / 8 {
        return Err(HandoverError::TooLarge);
    }
    let Some(identity) = store::identity(conn)? else {
        // No identity, no colleague could have encrypted anything to this profile.
        return match age::Decryptor::new_buffered(bytes) {
            Ok(_) => Err(HandoverError::NotForYou),
            Err(_) => Err(HandoverError::NotACase),
        };
    };
    let unsealed = case_file::unseal(bytes, &identity)?;
    let me = identity.id()?.text();
    if unsealed.manifest.to != me && unsealed.manifest.escrow.as_deref() != Some(me.as_str()) {
        return Err(HandoverError::NotForYou);
    }
    let sender = store::contact_with_id(conn, &unsealed.sender)?.ok_or_else(|| {
        HandoverError::UnknownSender {
            fingerprint: unsealed.sender.fingerprint(),
        }
    })?;
    if unsealed.manifest.schema > crate::db::schema_version() {
        return Err(HandoverError::Newer {
            found: unsealed.manifest.schema,
            known: crate::db::schema_version(),
        });
    }
    Ok(Received { unsealed, sender })
}

impl Received {
    pub fn preview(&self, conn: &Connection) -> Result<Preview, HandoverError> {
        let b = &self.unsealed.bundle;
        let code = b
            .client_text("code")
            .ok_or_else(|| HandoverError::Damaged("the client has no code".into()))?
            .to_owned();
        let count = |t: &str| b.count(t) as u64;
        Ok(Preview {
            code_here: code_here(conn, &code)?,
            code,
            sessions: count("sessions"),
            photos: count("photos"),
            journal_entries: count("journal_entries"),
            album_pages: count("album_pages"),
            sender: self.sender.name.clone(),
            sender_fingerprint: self.sender.fingerprint(),
            created_at: self.unsealed.manifest.created_at.clone(),
            mode: self.unsealed.manifest.mode,
        })
    }

    /// Adds the client in one transaction, under its code or a suffixed one, noting from whom and
    /// when (`received_at`) with the receipt code. Returns the code it got and the receipt code.
    pub fn import(
        &self,
        conn: &Connection,
        received_at: &str,
    ) -> Result<(String, String), HandoverError> {
        let b = &self.unsealed.bundle;
        let uid = b
            .client_text("uid")
            .ok_or_else(|| HandoverError::Damaged("the client has no uid".into()))?;
        if let Some(code) = crate::clients::code_of_uid(conn, uid)? {
            return Err(HandoverError::AlreadyHere { code });
        }
        let preview = self.preview(conn)?;
        let tx = conn.unchecked_transaction()?;
        let id = bundle::insert(conn, b, &preview.code_here)?;
        store::set_received(
            conn,
            id,
            &ReceivedMark {
                mode: self.unsealed.manifest.mode,
                sender: self.sender.name.clone(),
                received_at: received_at.to_owned(),
                receipt: self.unsealed.receipt.clone(),
            },
        )?;
        tx.commit()?;
        Ok((preview.code_here, self.unsealed.receipt.clone()))
    }
}

/// `code`, or the first free `code (n)`.
fn code_here(conn: &Connection, code: &str) -> Result<String, HandoverError> {
    let code = avenir_core::client::normalise_code(code)
        .map_err(|_| HandoverError::Damaged("the client's code".into()))?;
    if !crate::clients::code_taken(conn, &code)? {
        return Ok(code);
    }
    for n in 2..1000 {
        let candidate = avenir_core::client::code_with_suffix(&code, n);
        if !crate::clients::code_taken(conn, &candidate)? {
            return Ok(candidate);
        }
    }
    Err(VaultError::CodeTaken.into())
}

#[cfg(test)]
mod tests;
