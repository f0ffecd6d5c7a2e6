//! The vault header: KDF parameters, salts and the data key wrapped twice. Specified in
//! `FORMAT.md`; every released version's fixtures in `tests/fixtures` must keep opening.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::digest;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::VaultError;
use crate::kdf::{self, KdfParams};
use crate::keys::{DataKey, hkdf_sha256, random_fill};
use crate::recovery::RecoveryKey;

pub const MAGIC: &[u8; 8] = b"AVENIRVH";
pub const VERSION: u16 = 1;
pub const HEADER_LEN: usize = 239;

const KDF_ARGON2ID: u8 = 1;
const KDF_INSECURE_TEST: u8 = 0xF0;

const PASS_AAD_END: usize = 55; // magic, version, KDF id, parameters, passphrase salt
const CHECKSUM_AT: usize = 207;
const WRAPPED_LEN: usize = 48; // 32-byte key + 16-byte tag

/// One wrapped copy of the data key.
#[derive(Clone, PartialEq, Eq)]
struct Slot {
    salt: [u8; 32],
    nonce: [u8; 12],
    wrapped: [u8; WRAPPED_LEN],
}

#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    kdf_id: u8,
    params: KdfParams,
    passphrase: Slot,
    recovery: Slot,
}

impl std::fmt::Debug for Header {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Header")
            .field("kdf_id", &self.kdf_id)
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

impl Header {
    /// A new header wrapping `key` under `passphrase` and `recovery`.
    pub(crate) fn create(
        key: &DataKey,
        params: KdfParams,
        passphrase: &str,
        recovery: &RecoveryKey,
    ) -> Result<Self, VaultError> {
        let kdf_id = kdf_id_for(params)?;
        let mut h = Header {
            kdf_id,
            params,
            passphrase: empty_slot()?,
            recovery: empty_slot()?,
        };
        h.wrap_passphrase(key, passphrase)?;
        let kek = recovery_kek(&h.recovery.salt, recovery)?;
        h.recovery = seal(&kek, h.recovery.salt, &h.recovery_aad(), key)?;
        Ok(h)
    }

    pub fn params(&self) -> KdfParams {
        self.params
    }

    /// Re-wraps the data key under a new passphrase (new salt, new nonce); the recovery slot and
    /// the database are untouched.
    pub(crate) fn wrap_passphrase(
        &mut self,
        key: &DataKey,
        passphrase: &str,
    ) -> Result<(), VaultError> {
        let mut salt = [0u8; 32];
        random_fill(&mut salt)?;
        self.passphrase.salt = salt;
        let kek = passphrase_kek(self.params, &salt, passphrase)?;
        self.passphrase = seal(&kek, salt, &self.passphrase_aad(), key)?;
        Ok(())
    }

    /// Re-wraps the data key under a new recovery key (new salt, new nonce); the passphrase slot
    /// and the database are untouched, and the old recovery key no longer unwraps anything.
    pub(crate) fn wrap_recovery(
        &mut self,
        key: &DataKey,
        recovery: &RecoveryKey,
    ) -> Result<(), VaultError> {
        let mut salt = [0u8; 32];
        random_fill(&mut salt)?;
        self.recovery.salt = salt;
        let kek = recovery_kek(&salt, recovery)?;
        self.recovery = seal(&kek, salt, &self.recovery_aad(), key)?;
        Ok(())
    }

    /// Unwraps the data key with a passphrase or the recovery key.
    pub(crate) fn unwrap_with(&self, secret: crate::Secret<'_>) -> Result<DataKey, VaultError> {
        match secret {
            crate::Secret::Passphrase(p) => self.unwrap_with_passphrase(p),
            crate::Secret::Recovery(r) => self.unwrap_with_recovery(&RecoveryKey::parse(r)?),
        }
    }

    pub(crate) fn unwrap_with_passphrase(&self, passphrase: &str) -> Result<DataKey, VaultError> {
        let kek = passphrase_kek(self.params, &self.passphrase.salt, passphrase)?;
        open(&kek, &self.passphrase, &self.passphrase_aad())
    }

    pub(crate) fn unwrap_with_recovery(
        &self,
        recovery: &RecoveryKey,
    ) -> Result<DataKey, VaultError> {
        let kek = recovery_kek(&self.recovery.salt, recovery)?;
        open(&kek, &self.recovery, &self.recovery_aad())
    }

    pub fn encode(&self) -> [u8; HEADER_LEN] {
        let mut b = [0u8; HEADER_LEN];
        b[0..8].copy_from_slice(MAGIC);
        b[8..10].copy_from_slice(&VERSION.to_le_bytes());
        b[10] = self.kdf_id;
        b[11..15].copy_from_slice(&self.params.m_kib.to_le_bytes());
        b[15..19].copy_from_slice(&self.params.t.to_le_bytes());
        b[19..23].copy_from_slice(&self.params.p.to_le_bytes());
        b[23..55].copy_from_slice(&self.passphrase.salt);
        b[55..67].copy_from_slice(&self.passphrase.nonce);
        b[67..115].copy_from_slice(&self.passphrase.wrapped);
        b[115..147].copy_from_slice(&self.recovery.salt);
        b[147..159].copy_from_slice(&self.recovery.nonce);
        b[159..207].copy_from_slice(&self.recovery.wrapped);
        let sum = digest::digest(&digest::SHA256, &b[..CHECKSUM_AT]);
        b[CHECKSUM_AT..].copy_from_slice(sum.as_ref());
        b
    }

    /// Parses and checks a header, refusing anything unknown, damaged or weakened before any
    /// expensive work: magic, version, length, checksum, KDF id, parameter bounds.
    pub fn decode(b: &[u8]) -> Result<Self, VaultError> {
        if b.len() < 10 || &b[0..8] != MAGIC {
            return Err(VaultError::damaged("not an Avenir vault header"));
        }
        let version = u16::from_le_bytes([b[8], b[9]]);
        if version > VERSION {
            return Err(VaultError::Newer {
                found: u32::from(version),
                known: u32::from(VERSION),
            });
        }
        if version == 0 || b.len() != HEADER_LEN {
            return Err(VaultError::damaged(format!(
                "header version {version} with {} bytes",
                b.len()
            )));
        }
        if digest::digest(&digest::SHA256, &b[..CHECKSUM_AT]).as_ref() != &b[CHECKSUM_AT..] {
            return Err(VaultError::damaged("header checksum does not match"));
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let params = KdfParams {
            m_kib: u32_at(11),
            t: u32_at(15),
            p: u32_at(19),
        };
        if kdf_id_for(params)? != b[10] {
            return Err(VaultError::damaged(format!(
                "KDF id {} does not fit its parameters",
                b[10]
            )));
        }
        let slot = |at: usize, salt_at: usize| -> Slot {
            let mut s = Slot {
                salt: [0; 32],
                nonce: [0; 12],
                wrapped: [0; WRAPPED_LEN],
            };
            s.salt.copy_from_slice(&b[salt_at..salt_at + 32]);
            s.nonce.copy_from_slice(&b[at..at + 12]);
            s.wrapped
                .copy_from_slice(&b[at + 12..at + 12 + WRAPPED_LEN]);
            s
        };
        Ok(Header {
            kdf_id: b[10],
            params,
            passphrase: slot(55, 23),
            recovery: slot(147, 115),
        })
    }

    fn passphrase_aad(&self) -> Vec<u8> {
        let mut aad = self.encode()[..PASS_AAD_END].to_vec();
        aad.extend_from_slice(b"passphrase-slot");
        aad
    }

    fn recovery_aad(&self) -> Vec<u8> {
        let mut aad = self.encode()[..10].to_vec();
        aad.extend_from_slice(&self.recovery.salt);
        aad.extend_from_slice(b"recovery-slot");
        aad
    }
}

/// Release builds accept only real parameters; the insecure test profile exists in debug builds
/// (unit tests) alone.
fn kdf_id_for(params: KdfParams) -> Result<u8, VaultError> {
    kdf_id_allowing(params, cfg!(debug_assertions))
}

fn kdf_id_allowing(params: KdfParams, test_profile_allowed: bool) -> Result<u8, VaultError> {
    if params == KdfParams::INSECURE_TEST && test_profile_allowed {
        return Ok(KDF_INSECURE_TEST);
    }
    params.check()?;
    Ok(KDF_ARGON2ID)
}

fn empty_slot() -> Result<Slot, VaultError> {
    let mut salt = [0u8; 32];
    random_fill(&mut salt)?;
    Ok(Slot {
        salt,
        nonce: [0; 12],
        wrapped: [0; WRAPPED_LEN],
    })
}

fn passphrase_kek(
    params: KdfParams,
    salt: &[u8; 32],
    passphrase: &str,
) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    let normalised: Zeroizing<String> = Zeroizing::new(passphrase.nfc().collect());
    kdf::derive(params, normalised.as_bytes(), salt)
}

fn recovery_kek(
    salt: &[u8; 32],
    recovery: &RecoveryKey,
) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    hkdf_sha256(salt, recovery.bytes(), b"avenir/v1/recovery-kek")
}

fn seal(kek: &[u8; 32], salt: [u8; 32], aad: &[u8], key: &DataKey) -> Result<Slot, VaultError> {
    let mut nonce = [0u8; 12];
    random_fill(&mut nonce)?;
    let sealing =
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, kek).map_err(|_| VaultError::Random)?);
    let mut in_out = Zeroizing::new(key.0.to_vec());
    let tag = sealing
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut in_out,
        )
        .map_err(|_| VaultError::Random)?;
    let mut wrapped = [0u8; WRAPPED_LEN];
    wrapped[..32].copy_from_slice(&in_out);
    wrapped[32..].copy_from_slice(tag.as_ref());
    Ok(Slot {
        salt,
        nonce,
        wrapped,
    })
}

fn open(kek: &[u8; 32], slot: &Slot, aad: &[u8]) -> Result<DataKey, VaultError> {
    let opening =
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, kek).map_err(|_| VaultError::Random)?);
    let mut in_out = Zeroizing::new(slot.wrapped.to_vec());
    let plain = opening
        .open_in_place(
            Nonce::assume_unique_for_key(slot.nonce),
            Aad::from(aad),
            &mut in_out,
        )
        .map_err(|_| VaultError::WrongSecret)?;
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(plain);
    Ok(DataKey(key))
}

#[cfg(test)]
mod tests;
