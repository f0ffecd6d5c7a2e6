//! The public half of a handover identity as one line of text, its fingerprint, and the
//! receipt code a receiver reads back to the sender. Hashes are ring's SHA-256.

use std::str::FromStr;

use ring::digest::{SHA256, digest};

use super::HandoverError;

/// What starts every handover id: the version of the id's layout.
pub const ID_PREFIX: &str = "avenir-handover-1";
const FINGERPRINT_CONTEXT: &[u8] = b"avenir-handover-1 fingerprint\n";
const RECEIPT_CONTEXT: &[u8] = b"avenir-case-1 receipt\n";
/// Digits in a fingerprint (about 66 bits): read aloud in five groups of four.
const FINGERPRINT_DIGITS: usize = 20;
/// Digits in a receipt code: read aloud in two groups of four.
const RECEIPT_DIGITS: usize = 8;

/// A colleague's public handover id: where case files to her are encrypted (an age X25519
/// recipient) and the key her case files are signed with (Ed25519). As text:
/// `avenir-handover-1:<age recipient>:<Ed25519 public key, 64 hex digits>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoverId {
    pub(crate) age: String,
    pub(crate) signing: [u8; 32],
}

impl HandoverId {
    pub fn parse(text: &str) -> Result<Self, HandoverError> {
        let mut parts = text.trim().split(':');
        let (Some(ID_PREFIX), Some(age), Some(hex), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(HandoverError::IdInvalid);
        };
        let age = age.to_ascii_lowercase();
        age::x25519::Recipient::from_str(&age).map_err(|_| HandoverError::IdInvalid)?;
        let signing = from_hex(hex).ok_or(HandoverError::IdInvalid)?;
        Ok(Self { age, signing })
    }

    pub fn text(&self) -> String {
        format!("{ID_PREFIX}:{}:{}", self.age, to_hex(&self.signing))
    }

    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.text())
    }

    pub(crate) fn recipient(&self) -> Result<age::x25519::Recipient, HandoverError> {
        age::x25519::Recipient::from_str(&self.age).map_err(|_| HandoverError::IdInvalid)
    }
}

/// The organisation's escrow recipient: a colleague's handover id, or a bare age recipient
/// (`age1…`) made with any age tool. Case files are encrypted to it as well; it signs nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Escrow {
    pub(crate) text: String,
    pub(crate) age: String,
}

impl Escrow {
    pub fn parse(text: &str) -> Result<Self, HandoverError> {
        let text = text.trim();
        if text.starts_with(ID_PREFIX) {
            let id = HandoverId::parse(text)?;
            return Ok(Self {
                text: id.text(),
                age: id.age,
            });
        }
        let age = text.to_ascii_lowercase();
        age::x25519::Recipient::from_str(&age).map_err(|_| HandoverError::IdInvalid)?;
        Ok(Self {
            text: age.clone(),
            age,
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.text)
    }

    pub(crate) fn recipient(&self) -> Result<age::x25519::Recipient, HandoverError> {
        age::x25519::Recipient::from_str(&self.age).map_err(|_| HandoverError::IdInvalid)
    }
}

/// Twenty digits in groups of four, from SHA-256 of the id's text.
pub fn fingerprint_of(text: &str) -> String {
    let mut input = FINGERPRINT_CONTEXT.to_vec();
    input.extend_from_slice(text.as_bytes());
    digits(digest(&SHA256, &input).as_ref(), FINGERPRINT_DIGITS)
}

/// Whether a fingerprint typed or read aloud is this one: only its digits count, so spaces,
/// hyphens and dots between the groups do not matter.
pub fn same_digits(typed: &str, expected: &str) -> bool {
    let keep = |s: &str| -> String { s.chars().filter(char::is_ascii_digit).collect() };
    let typed = keep(typed);
    !typed.is_empty() && typed == keep(expected)
}

/// The receipt code of a case file: eight digits from its signature, which only someone who
/// decrypted the file can know (an interceptor of the encrypted file cannot compute it).
pub(crate) fn receipt_of(signature: &[u8]) -> String {
    let mut input = RECEIPT_CONTEXT.to_vec();
    input.extend_from_slice(signature);
    digits(digest(&SHA256, &input).as_ref(), RECEIPT_DIGITS)
}

/// `n` decimal digits (n ≤ 38) from the first 16 bytes of a hash, grouped by four.
fn digits(hash: &[u8], n: usize) -> String {
    let mut first = [0u8; 16];
    first.copy_from_slice(&hash[..16]);
    let value = u128::from_be_bytes(first) % 10u128.pow(n as u32);
    let plain = format!("{value:0n$}");
    plain
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(hex: &str) -> Option<[u8; 32]> {
    let hex = hex.as_bytes();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in hex.chunks(2).enumerate() {
        let s = std::str::from_utf8(pair).ok()?;
        out[i] = u8::from_str_radix(s, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AGE: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

    fn id() -> HandoverId {
        HandoverId::parse(&format!("{ID_PREFIX}:{AGE}:{}", "ab".repeat(32))).unwrap()
    }

    #[test]
    fn an_id_reads_back_as_the_same_line() {
        let text = id().text();
        assert_eq!(HandoverId::parse(&format!("  {text}\n")).unwrap(), id());
        assert_eq!(text.lines().count(), 1);
    }

    #[test]
    fn damaged_ids_are_refused() {
        let good = id().text();
        for bad in [
            String::new(),
            good.replace(ID_PREFIX, "avenir-handover-9"),
            good.replace("age1ql3", "age1ql4"),
            good[..good.len() - 2].to_owned(),
            format!("{good}:extra"),
            good.replace(&"ab".repeat(32), &"zz".repeat(32)),
        ] {
            assert!(
                matches!(HandoverId::parse(&bad), Err(HandoverError::IdInvalid)),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_fingerprint_is_twenty_digits_in_groups_and_follows_every_character_of_the_id() {
        let fp = id().fingerprint();
        assert_eq!(fp.len(), 24);
        assert_eq!(fp.split(' ').count(), 5);
        assert!(fp.chars().all(|c| c.is_ascii_digit() || c == ' '));
        let mut other = id();
        other.signing[31] ^= 1;
        assert_ne!(other.fingerprint(), fp);
        assert!(same_digits(&fp.replace(' ', "-"), &fp));
        assert!(!same_digits("", &fp));
        assert!(!same_digits(&other.fingerprint(), &fp));
    }

    #[test]
    fn an_escrow_is_a_handover_id_or_a_bare_age_recipient() {
        let bare = Escrow::parse(&AGE.to_uppercase()).unwrap();
        assert_eq!(bare.text(), AGE);
        assert!(bare.recipient().is_ok());
        let full = Escrow::parse(&id().text()).unwrap();
        assert_eq!(full.fingerprint(), id().fingerprint());
        assert!(Escrow::parse("age1nothing").is_err());
    }

    #[test]
    fn a_receipt_is_eight_digits_that_follow_the_signature() {
        let a = receipt_of(&[1; 64]);
        assert_eq!(a.len(), 9);
        assert_ne!(a, receipt_of(&[2; 64]));
    }
}
