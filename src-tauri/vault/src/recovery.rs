//! The recovery key: 160 random bits shown once as eight groups of four Crockford base32
//! characters (no I, L, O or U, so it reads and types back without confusion).

use zeroize::Zeroizing;

use crate::VaultError;
use crate::keys::random_fill;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
pub const RECOVERY_BYTES: usize = 20;
pub const GROUPS: usize = 8;

pub struct RecoveryKey(Zeroizing<[u8; RECOVERY_BYTES]>);

impl RecoveryKey {
    pub fn generate() -> Result<Self, VaultError> {
        let mut b = Zeroizing::new([0u8; RECOVERY_BYTES]);
        random_fill(b.as_mut())?;
        Ok(RecoveryKey(b))
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_ref()
    }

    /// `7K3M-Q9XA-…`: eight groups of four.
    pub fn display(&self) -> Zeroizing<String> {
        let chars = self.chars();
        let mut s = Zeroizing::new(String::with_capacity(40));
        for (i, c) in chars.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                s.push('-');
            }
            s.push(char::from(*c));
        }
        s
    }

    /// The four characters of group `index` (0-based).
    pub fn group(&self, index: usize) -> Option<String> {
        let chars = self.chars();
        chars
            .get(index * 4..index * 4 + 4)
            .map(|g| g.iter().map(|c| char::from(*c)).collect())
    }

    /// Whether `typed` matches group `index`, ignoring case, spaces and hyphens, and reading the
    /// look-alikes O as 0 and I/L as 1.
    pub fn group_matches(&self, index: usize, typed: &str) -> bool {
        let typed: Vec<u8> = typed.chars().filter_map(normalise).collect();
        self.group(index)
            .is_some_and(|g| g.as_bytes() == typed.as_slice())
    }

    /// Parses what a person typed: case, spaces and hyphens do not matter.
    pub fn parse(typed: &str) -> Result<Self, VaultError> {
        let chars: Zeroizing<Vec<u8>> =
            Zeroizing::new(typed.chars().filter_map(normalise).collect());
        if chars.len() != RECOVERY_BYTES * 8 / 5 {
            return Err(VaultError::WrongSecret);
        }
        let mut out = Zeroizing::new([0u8; RECOVERY_BYTES]);
        let (mut acc, mut bits, mut n) = (0u64, 0u32, 0usize);
        for c in chars.iter() {
            let v = ALPHABET
                .iter()
                .position(|a| a == c)
                .ok_or(VaultError::WrongSecret)?;
            acc = (acc << 5) | v as u64;
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                out[n] = (acc >> bits) as u8;
                n += 1;
            }
        }
        Ok(RecoveryKey(out))
    }

    fn chars(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(32));
        let (mut acc, mut bits) = (0u64, 0u32);
        for b in self.0.iter() {
            acc = (acc << 8) | u64::from(*b);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                out.push(ALPHABET[((acc >> bits) & 31) as usize]);
            }
        }
        out
    }
}

/// Upper-cases, drops separators and maps Crockford's look-alikes; `None` for separators.
fn normalise(c: char) -> Option<u8> {
    match c.to_ascii_uppercase() {
        ' ' | '-' | '\t' | '\n' => None,
        'O' => Some(b'0'),
        'I' | 'L' => Some(b'1'),
        c if c.is_ascii() => Some(c as u8),
        _ => Some(b'?'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_parses_back_to_the_same_key() {
        let k = RecoveryKey::generate().unwrap();
        let shown = k.display();
        assert_eq!(shown.len(), 39);
        assert_eq!(shown.split('-').count(), GROUPS);
        let back = RecoveryKey::parse(&shown.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(back.bytes(), k.bytes());
    }

    #[test]
    fn look_alikes_and_separators_are_forgiven() {
        let k = RecoveryKey(Zeroizing::new([0u8; RECOVERY_BYTES]));
        assert_eq!(k.group(0).unwrap(), "0000");
        assert!(k.group_matches(0, "o O-0 0"));
        assert!(!k.group_matches(0, "0001"));
        assert!(!k.group_matches(8, "0000"), "there is no ninth group");
    }

    #[test]
    fn malformed_keys_are_a_wrong_secret() {
        assert!(matches!(
            RecoveryKey::parse("ABCD"),
            Err(VaultError::WrongSecret)
        ));
        assert!(matches!(
            RecoveryKey::parse(&"U".repeat(32)),
            Err(VaultError::WrongSecret)
        ));
        assert!(matches!(
            RecoveryKey::parse(&"é".repeat(32)),
            Err(VaultError::WrongSecret)
        ));
    }
}
