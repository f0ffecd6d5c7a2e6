//! The handover rows of a vault: the profile's own identity (made on first use), the contacts
//! whose fingerprints the counsellor confirmed, the escrow recipient, and the marks of clients
//! handed over. All inside the encrypted database; nothing is read from a plain file.

use std::str::FromStr;

use age::secrecy::ExposeSecret;
use ring::signature::{Ed25519KeyPair, KeyPair};
use rusqlite::{Connection, OptionalExtension, params};
use zeroize::Zeroizing;

use super::HandoverError;
use super::id::{Escrow, HandoverId, same_digits};
use crate::VaultError;

const ESCROW_SETTING: &str = "handover_escrow";
const MAX_NAME_CHARS: usize = 80;

/// The profile's handover identity: the age X25519 secret case files to it are encrypted for,
/// and the Ed25519 seed its case files are signed with. Both wiped when dropped.
pub struct Identity {
    pub(crate) age: age::x25519::Identity,
    seed: Zeroizing<[u8; 32]>,
}

impl Identity {
    pub fn id(&self) -> Result<HandoverId, HandoverError> {
        Ok(HandoverId {
            age: self.age.to_public().to_string(),
            signing: self.verifying_key()?,
        })
    }

    pub(crate) fn signing_key(&self) -> Result<Ed25519KeyPair, HandoverError> {
        Ed25519KeyPair::from_seed_unchecked(self.seed.as_ref())
            .map_err(|_| HandoverError::Vault(VaultError::damaged("the signing key is not valid")))
    }

    fn verifying_key(&self) -> Result<[u8; 32], HandoverError> {
        let pair = self.signing_key()?;
        let mut out = [0u8; 32];
        out.copy_from_slice(pair.public_key().as_ref());
        Ok(out)
    }

    /// The age secret key (`AGE-SECRET-KEY-1…`), for tests that decrypt a case file with
    /// another age implementation.
    #[cfg(any(test, feature = "testing"))]
    pub fn age_secret_for_tests(&self) -> String {
        self.age.to_string().expose_secret().to_owned()
    }
}

/// The profile's identity, if one was made.
pub fn identity(conn: &Connection) -> Result<Option<Identity>, HandoverError> {
    let row: Option<(String, Vec<u8>)> = conn
        .query_row(
            "SELECT age_identity, signing_seed FROM handover_identity WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((age, seed)) = row else {
        return Ok(None);
    };
    let age = Zeroizing::new(age);
    let seed = Zeroizing::new(seed);
    let damaged = || HandoverError::Vault(VaultError::damaged("the handover identity"));
    let age = age::x25519::Identity::from_str(&age).map_err(|_| damaged())?;
    let seed: [u8; 32] = seed.as_slice().try_into().map_err(|_| damaged())?;
    Ok(Some(Identity {
        age,
        seed: Zeroizing::new(seed),
    }))
}

/// The profile's identity, made now (fresh random keys) if there is none yet.
pub fn ensure_identity(conn: &Connection, created_at: &str) -> Result<Identity, HandoverError> {
    if let Some(identity) = identity(conn)? {
        return Ok(identity);
    }
    let mut seed = Zeroizing::new([0u8; 32]);
    crate::keys::random_fill(seed.as_mut())?;
    let age = age::x25519::Identity::generate();
    conn.execute(
        "INSERT INTO handover_identity (id, age_identity, signing_seed, created_at) VALUES (1, ?1, ?2, ?3)",
        params![age.to_string().expose_secret(), seed.as_ref(), created_at],
    )?;
    Ok(Identity { age, seed })
}

/// A colleague whose handover id's fingerprint the counsellor confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub id: HandoverId,
    pub added_at: String,
}

impl Contact {
    pub fn fingerprint(&self) -> String {
        self.id.fingerprint()
    }
}

pub fn contacts(conn: &Connection) -> Result<Vec<Contact>, HandoverError> {
    let mut stmt = conn.prepare(
        "SELECT name, handover_id, added_at FROM handover_contacts ORDER BY name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (name, id, added_at) = row?;
        out.push(Contact {
            name,
            id: HandoverId::parse(&id).map_err(|_| {
                HandoverError::Vault(VaultError::damaged("a contact's handover id"))
            })?,
            added_at,
        });
    }
    Ok(out)
}

pub fn contact(conn: &Connection, name: &str) -> Result<Contact, HandoverError> {
    contacts(conn)?
        .into_iter()
        .find(|c| c.name.to_lowercase() == name.trim().to_lowercase())
        .ok_or_else(|| HandoverError::ContactUnknown(name.trim().to_owned()))
}

/// The contact whose id this is, if any.
pub(crate) fn contact_with_id(
    conn: &Connection,
    id: &HandoverId,
) -> Result<Option<Contact>, HandoverError> {
    Ok(contacts(conn)?.into_iter().find(|c| &c.id == id))
}

fn check_name(name: &str) -> Result<String, HandoverError> {
    let name = name.trim();
    let n = name.chars().count();
    if n == 0 || n > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(HandoverError::ContactNameInvalid);
    }
    Ok(name.to_owned())
}

/// Adds a colleague after her id's fingerprint was compared: refused when `fingerprint` is not
/// the id's, when the id is this profile's own, or when the name or the id is a contact already.
pub fn add_contact(
    conn: &Connection,
    name: &str,
    id: &str,
    fingerprint: &str,
    added_at: &str,
) -> Result<Contact, HandoverError> {
    let name = check_name(name)?;
    let id = HandoverId::parse(id)?;
    if !same_digits(fingerprint, &id.fingerprint()) {
        return Err(HandoverError::FingerprintMismatch);
    }
    if let Some(own) = identity(conn)?
        && own.id()? == id
    {
        return Err(HandoverError::OwnId);
    }
    let taken = contacts(conn)?
        .iter()
        .any(|c| c.id == id || c.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(HandoverError::ContactTaken);
    }
    conn.execute(
        "INSERT INTO handover_contacts (name, handover_id, added_at) VALUES (?1, ?2, ?3)",
        params![name, id.text(), added_at],
    )?;
    Ok(Contact {
        name,
        id,
        added_at: added_at.to_owned(),
    })
}

pub fn remove_contact(conn: &Connection, name: &str) -> Result<(), HandoverError> {
    let n = conn.execute(
        "DELETE FROM handover_contacts WHERE name = ?1 COLLATE NOCASE",
        [name.trim()],
    )?;
    if n == 0 {
        return Err(HandoverError::ContactUnknown(name.trim().to_owned()));
    }
    Ok(())
}

pub fn escrow(conn: &Connection) -> Result<Option<Escrow>, HandoverError> {
    match crate::records::setting(conn, ESCROW_SETTING)? {
        None => Ok(None),
        Some(text) => Escrow::parse(&text)
            .map(Some)
            .map_err(|_| HandoverError::Vault(VaultError::damaged("the escrow recipient"))),
    }
}

/// Sets the organisation's escrow recipient after its fingerprint was compared.
pub fn set_escrow(conn: &Connection, id: &str, fingerprint: &str) -> Result<Escrow, HandoverError> {
    let escrow = Escrow::parse(id)?;
    if !same_digits(fingerprint, &escrow.fingerprint()) {
        return Err(HandoverError::FingerprintMismatch);
    }
    crate::records::set_setting(conn, ESCROW_SETTING, escrow.text())?;
    Ok(escrow)
}

pub fn clear_escrow(conn: &Connection) -> Result<(), HandoverError> {
    Ok(crate::records::clear_setting(conn, ESCROW_SETTING)?)
}

/// Whether a case file carries a copy (the sender keeps the client) or a transfer (the sender's
/// client is erased once the receiver's receipt code is typed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Copy,
    Transfer,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Copy => "copy",
            Mode::Transfer => "transfer",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "copy" => Some(Mode::Copy),
            "transfer" => Some(Mode::Transfer),
            _ => None,
        }
    }
}

/// The last handover of a client: shared (a copy) or handed over and awaiting the receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub mode: Mode,
    pub contact: String,
    pub created_at: String,
    pub(crate) receipt: String,
}

pub fn mark_of(conn: &Connection, client_id: i64) -> Result<Option<Mark>, HandoverError> {
    let row: Option<(String, String, String, String)> = conn
        .query_row(
            "SELECT mode, contact, created_at, receipt FROM handovers WHERE client_id = ?1",
            [client_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    row.map(|(mode, contact, created_at, receipt)| {
        Ok(Mark {
            mode: Mode::parse(&mode)
                .ok_or_else(|| HandoverError::Vault(VaultError::damaged("a handover mark")))?,
            contact,
            created_at,
            receipt,
        })
    })
    .transpose()
}

pub(crate) fn set_mark(
    conn: &Connection,
    client_id: i64,
    mark: &Mark,
) -> Result<(), HandoverError> {
    conn.execute(
        "INSERT INTO handovers (client_id, mode, contact, created_at, receipt) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(client_id) DO UPDATE SET mode = excluded.mode, contact = excluded.contact,
             created_at = excluded.created_at, receipt = excluded.receipt",
        params![client_id, mark.mode.as_str(), mark.contact, mark.created_at, mark.receipt],
    )?;
    Ok(())
}

/// Keeps a client whose transfer will not complete (the colleague never received the file).
pub fn cancel_transfer(conn: &Connection, client_id: i64) -> Result<(), HandoverError> {
    let n = conn.execute(
        "DELETE FROM handovers WHERE client_id = ?1 AND mode = 'transfer'",
        [client_id],
    )?;
    if n == 0 {
        return Err(HandoverError::NotAwaiting);
    }
    Ok(())
}

/// Completes a transfer: with the receipt code the colleague's Avenir showed, the client is
/// erased as a deletion erases it. Any other code changes nothing.
pub fn confirm_transfer(
    conn: &Connection,
    client_id: i64,
    receipt: &str,
) -> Result<(), HandoverError> {
    let mark = mark_of(conn, client_id)?.ok_or(HandoverError::NotAwaiting)?;
    if mark.mode != Mode::Transfer {
        return Err(HandoverError::NotAwaiting);
    }
    if !same_digits(receipt, &mark.receipt) {
        return Err(HandoverError::WrongReceipt);
    }
    Ok(crate::clients::delete_client(conn, client_id)?)
}

/// A client received from a colleague: from whom, when, and the receipt code to read back to her
/// (kept, so it is not lost when the screen that showed it is left).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMark {
    pub mode: Mode,
    pub sender: String,
    pub received_at: String,
    pub receipt: String,
}

pub fn received_of(
    conn: &Connection,
    client_id: i64,
) -> Result<Option<ReceivedMark>, HandoverError> {
    let row: Option<(String, String, String, String)> = conn
        .query_row(
            "SELECT mode, sender, received_at, receipt FROM handovers_received WHERE client_id = ?1",
            [client_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    row.map(|(mode, sender, received_at, receipt)| {
        Ok(ReceivedMark {
            mode: Mode::parse(&mode)
                .ok_or_else(|| HandoverError::Vault(VaultError::damaged("a received mark")))?,
            sender,
            received_at,
            receipt,
        })
    })
    .transpose()
}

pub(crate) fn set_received(
    conn: &Connection,
    client_id: i64,
    r: &ReceivedMark,
) -> Result<(), HandoverError> {
    conn.execute(
        "INSERT INTO handovers_received (client_id, mode, sender, received_at, receipt)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            client_id,
            r.mode.as_str(),
            r.sender,
            r.received_at,
            r.receipt
        ],
    )?;
    Ok(())
}
