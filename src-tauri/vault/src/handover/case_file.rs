//! The case file (`FORMAT.md`, "Case file, version 1"): the signed plaintext inside an age file.
//!
//! ```text
//! plaintext = "avenir-case" ‖ version (1 byte) ‖ manifest length (u32 BE) ‖ manifest (JSON)
//!             ‖ blob 0 ‖ … ‖ blob n−1 ‖ Ed25519 signature (64 bytes)
//! signature = Ed25519(sender, everything before the signature)
//! file      = age (X25519 recipients: the colleague, and the escrow if set) of the plaintext
//! ```
//!
//! The signature is inside the encryption, so any age implementation decrypts the file given
//! the identity; Avenir then checks the signature, the sender and the addressee.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use ring::signature::{ED25519, UnparsedPublicKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use zeroize::Zeroizing;

use super::HandoverError;
use super::bundle::Bundle;
use super::id::{Escrow, HandoverId, receipt_of};
use super::store::{Identity, Mode};

pub const CASE_EXTENSION: &str = "avenir-case";
pub const CASE_VERSION: u8 = 1;
const MAGIC: &[u8; 11] = b"avenir-case";
const SIGNATURE_LEN: usize = 64;
/// The largest plaintext Avenir reads back (a client with a large album is tens of MB).
pub const MAX_CASE_BYTES: u64 = 1 << 30;

/// What the plaintext says about itself and the rows it carries (BLOBs follow it).
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Manifest {
    /// The Avenir version that made the file (for people, not for checks).
    pub avenir: String,
    /// The sender's vault schema version: a newer one may carry columns this vault lacks.
    pub schema: u32,
    /// Random, 128 bits (hex): tells two case files of the same client apart.
    pub case: String,
    pub mode: Mode,
    pub created_at: String,
    /// Handover ids: who signed, and whom the file is for.
    pub sender: String,
    pub to: String,
    pub escrow: Option<String>,
    pub tables: BTreeMap<String, Vec<Map<String, Json>>>,
    /// The length of each BLOB, in order.
    pub blobs: Vec<u64>,
}

pub(crate) struct Parts<'a> {
    pub identity: &'a Identity,
    pub to: &'a HandoverId,
    pub escrow: Option<&'a Escrow>,
    pub mode: Mode,
    pub created_at: &'a str,
    pub avenir: &'a str,
    pub schema: u32,
    pub case: String,
}

/// The bytes of the file and its receipt code.
pub(crate) fn seal(parts: Parts<'_>, bundle: Bundle) -> Result<(Vec<u8>, String), HandoverError> {
    let manifest = Manifest {
        avenir: parts.avenir.to_owned(),
        schema: parts.schema,
        case: parts.case,
        mode: parts.mode,
        created_at: parts.created_at.to_owned(),
        sender: parts.identity.id()?.text(),
        to: parts.to.text(),
        escrow: parts.escrow.map(|e| e.text().to_owned()),
        tables: bundle.tables,
        blobs: bundle.blobs.iter().map(|b| b.len() as u64).collect(),
    };
    let json = Zeroizing::new(
        serde_json::to_vec(&manifest).map_err(|e| HandoverError::Damaged(e.to_string()))?,
    );
    let mut plain = Zeroizing::new(Vec::with_capacity(
        json.len() + bundle.blobs.iter().map(Vec::len).sum::<usize>() + 128,
    ));
    plain.extend_from_slice(MAGIC);
    plain.push(CASE_VERSION);
    let len = u32::try_from(json.len()).map_err(|_| HandoverError::TooLarge)?;
    plain.extend_from_slice(&len.to_be_bytes());
    plain.extend_from_slice(&json);
    for blob in &bundle.blobs {
        plain.extend_from_slice(blob);
    }
    if plain.len() as u64 + SIGNATURE_LEN as u64 > MAX_CASE_BYTES {
        return Err(HandoverError::TooLarge);
    }
    // What is signed starts with the magic and the version: a signature made for anything else
    // (a handover id, another format) never verifies as a case file's.
    let signature = parts.identity.signing_key()?.sign(&plain);
    plain.extend_from_slice(signature.as_ref());
    let receipt = receipt_of(signature.as_ref());

    let to = parts.to.recipient()?;
    let escrow = parts.escrow.map(Escrow::recipient).transpose()?;
    let mut recipients: Vec<&dyn age::Recipient> = vec![&to];
    if let Some(e) = &escrow {
        recipients.push(e);
    }
    let encryptor = age::Encryptor::with_recipients(recipients.into_iter())
        .map_err(|e| HandoverError::Damaged(format!("cannot encrypt: {e}")))?;
    let mut out = Vec::with_capacity(plain.len() + plain.len() / 4096 + 1024);
    let encrypting = |out: &mut Vec<u8>| -> std::io::Result<()> {
        let mut w = encryptor.wrap_output(out)?;
        w.write_all(&plain)?;
        w.finish()?;
        Ok(())
    };
    encrypting(&mut out).map_err(|e| HandoverError::Damaged(format!("cannot encrypt: {e}")))?;
    Ok((out, receipt))
}

/// A decrypted case file whose signature holds: its manifest, rows and BLOBs, the sender's id
/// and the receipt code.
pub(crate) struct Unsealed {
    pub manifest: Manifest,
    pub bundle: Bundle,
    pub sender: HandoverId,
    pub receipt: String,
}

/// Decrypts with `identity`, checks the layout, the version and the signature. Who the sender
/// is and whom the file is for are the caller's checks.
pub(crate) fn unseal(bytes: &[u8], identity: &Identity) -> Result<Unsealed, HandoverError> {
    use age::DecryptError as E;
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| match e {
        E::InvalidHeader | E::UnknownFormat | E::Io(_) => HandoverError::NotACase,
        other => HandoverError::Damaged(format!("the age header: {other:?}")),
    })?;
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity.age as &dyn age::Identity))
        .map_err(|e| match e {
            E::NoMatchingKeys => HandoverError::NotForYou,
            other => HandoverError::Damaged(format!("the age header: {other:?}")),
        })?;
    let mut plain = Zeroizing::new(Vec::new());
    (&mut reader)
        .take(MAX_CASE_BYTES + 1)
        .read_to_end(&mut plain)
        .map_err(|_| {
            HandoverError::Damaged("the encrypted content does not authenticate".into())
        })?;
    if plain.len() as u64 > MAX_CASE_BYTES {
        return Err(HandoverError::TooLarge);
    }
    parse(&plain)
}

fn parse(plain: &[u8]) -> Result<Unsealed, HandoverError> {
    let damaged = |what: &str| HandoverError::Damaged(what.to_owned());
    if plain.len() < MAGIC.len() + 1 || &plain[..MAGIC.len()] != MAGIC {
        return Err(HandoverError::NotACase);
    }
    let version = plain[MAGIC.len()];
    if version > CASE_VERSION {
        return Err(HandoverError::Newer {
            found: u32::from(version),
            known: u32::from(CASE_VERSION),
        });
    }
    if version == 0 {
        return Err(HandoverError::NotACase);
    }
    let start = MAGIC.len() + 1 + 4;
    if plain.len() < start + SIGNATURE_LEN {
        return Err(damaged("the content ends early"));
    }
    let (body, signature) = plain.split_at(plain.len() - SIGNATURE_LEN);
    let mut len = [0u8; 4];
    len.copy_from_slice(&body[MAGIC.len() + 1..start]);
    let json_end = start
        .checked_add(u32::from_be_bytes(len) as usize)
        .filter(|end| *end <= body.len())
        .ok_or_else(|| damaged("the manifest's length"))?;
    let mut manifest: Manifest = serde_json::from_slice(&body[start..json_end])
        .map_err(|e| damaged(&crate::json_problem("case manifest", &e)))?;
    let sender = HandoverId::parse(&manifest.sender).map_err(|_| damaged("the sender's id"))?;
    UnparsedPublicKey::new(&ED25519, sender.signing)
        .verify(body, signature)
        .map_err(|_| HandoverError::BadSignature)?;
    let mut blobs = Vec::with_capacity(manifest.blobs.len());
    let mut at = json_end;
    for len in &manifest.blobs {
        let end = usize::try_from(*len)
            .ok()
            .and_then(|l| at.checked_add(l))
            .filter(|end| *end <= body.len())
            .ok_or_else(|| damaged("a blob's length"))?;
        blobs.push(body[at..end].to_vec());
        at = end;
    }
    if at != body.len() {
        return Err(damaged("bytes after the last blob"));
    }
    let receipt = receipt_of(signature);
    // The rows move to the bundle; the manifest keeps the rest.
    let tables = std::mem::take(&mut manifest.tables);
    Ok(Unsealed {
        manifest,
        bundle: Bundle { tables, blobs },
        sender,
        receipt,
    })
}

/// Test support: the plaintext of a case file, and a case file made from a plaintext (for
/// the tests of a modified or re-signed file).
#[cfg(test)]
pub(crate) mod raw {
    use super::*;

    pub fn decrypt(bytes: &[u8], identity: &Identity) -> Vec<u8> {
        let d = age::Decryptor::new_buffered(bytes).unwrap();
        let mut r = d
            .decrypt(std::iter::once(&identity.age as &dyn age::Identity))
            .unwrap();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        out
    }

    pub fn encrypt(plain: &[u8], to: &HandoverId) -> Vec<u8> {
        let r = to.recipient().unwrap();
        let e =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut out = Vec::new();
        let mut w = e.wrap_output(&mut out).unwrap();
        w.write_all(plain).unwrap();
        w.finish().unwrap();
        out
    }

    /// Replaces the signature with one by `by` over the (possibly changed) body.
    pub fn resign(plain: &[u8], by: &Identity) -> Vec<u8> {
        let body = &plain[..plain.len() - SIGNATURE_LEN];
        let sig = by.signing_key().unwrap().sign(body);
        [body, sig.as_ref()].concat()
    }
}
