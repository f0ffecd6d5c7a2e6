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
mod tests {
    use super::*;

    fn fresh() -> (Header, DataKey, RecoveryKey) {
        let key = DataKey::generate().unwrap();
        let rec = RecoveryKey::generate().unwrap();
        let h = Header::create(&key, KdfParams::INSECURE_TEST, "sun river kettle", &rec).unwrap();
        (h, key, rec)
    }

    #[test]
    fn passphrase_and_recovery_both_unwrap_the_same_key() {
        let (h, key, rec) = fresh();
        let bytes = h.encode();
        let back = Header::decode(&bytes).unwrap();
        assert_eq!(
            back.unwrap_with_passphrase("sun river kettle")
                .unwrap()
                .0
                .as_ref(),
            key.0.as_ref()
        );
        assert_eq!(
            back.unwrap_with_recovery(&rec).unwrap().0.as_ref(),
            key.0.as_ref()
        );
    }

    #[test]
    fn a_wrong_passphrase_or_recovery_key_is_one_generic_error() {
        let (h, _, _) = fresh();
        assert!(matches!(
            h.unwrap_with_passphrase("sun river kettles"),
            Err(VaultError::WrongSecret)
        ));
        let other = RecoveryKey::generate().unwrap();
        assert!(matches!(
            h.unwrap_with_recovery(&other),
            Err(VaultError::WrongSecret)
        ));
    }

    #[test]
    fn the_passphrase_is_compared_after_unicode_normalisation() {
        let key = DataKey::generate().unwrap();
        let rec = RecoveryKey::generate().unwrap();
        let composed = "caf\u{e9} r\u{e9}sum\u{e9} na\u{ef}ve";
        let decomposed = "cafe\u{301} re\u{301}sume\u{301} nai\u{308}ve";
        let h = Header::create(&key, KdfParams::INSECURE_TEST, composed, &rec).unwrap();
        assert!(h.unwrap_with_passphrase(decomposed).is_ok());
    }

    #[test]
    fn changing_the_passphrase_keeps_the_recovery_slot_and_the_key() {
        let (mut h, key, rec) = fresh();
        let before = h.encode();
        h.wrap_passphrase(&key, "a new long passphrase").unwrap();
        let after = h.encode();
        assert_eq!(
            before[115..207],
            after[115..207],
            "recovery slot bytes unchanged"
        );
        assert_ne!(
            before[23..115],
            after[23..115],
            "new salt, nonce and wrapping"
        );
        assert!(matches!(
            h.unwrap_with_passphrase("sun river kettle"),
            Err(VaultError::WrongSecret)
        ));
        assert_eq!(
            h.unwrap_with_passphrase("a new long passphrase")
                .unwrap()
                .0
                .as_ref(),
            key.0.as_ref()
        );
        assert!(h.unwrap_with_recovery(&rec).is_ok());
    }

    /// Every single-byte change of the header is caught, without a panic: by the structure
    /// checks, the checksum, or — once the checksum is recomputed by a forger — by AES-GCM.
    #[test]
    fn flipping_any_byte_is_detected() {
        let (h, _, rec) = fresh();
        let good = h.encode();
        for i in 0..HEADER_LEN {
            let mut bad = good;
            bad[i] ^= 0x01;
            assert!(
                Header::decode(&bad).is_err(),
                "byte {i}: checksum must catch it"
            );
            // A forger who also fixes the checksum:
            let sum = digest::digest(&digest::SHA256, &bad[..CHECKSUM_AT]);
            if i < CHECKSUM_AT {
                bad[CHECKSUM_AT..].copy_from_slice(sum.as_ref());
            }
            match Header::decode(&bad) {
                Err(_) => {}
                Ok(forged) => {
                    let by_pass = forged.unwrap_with_passphrase("sun river kettle");
                    let by_rec = forged.unwrap_with_recovery(&rec);
                    let key_bytes = |k: Result<DataKey, VaultError>| k.ok().map(|k| *k.0);
                    let (p, r) = (key_bytes(by_pass), key_bytes(by_rec));
                    // The slot that covers byte i must fail; the other may still open (it does
                    // not cover that byte), but then it yields the genuine key, never another.
                    let genuine = *h.unwrap_with_recovery(&rec).unwrap().0;
                    assert!(
                        p.is_none() || r.is_none(),
                        "byte {i}: a forged header opened both slots"
                    );
                    for k in [p, r].into_iter().flatten() {
                        assert_eq!(k, genuine, "byte {i}: a forged header produced another key");
                    }
                }
            }
        }
    }

    #[test]
    fn truncated_empty_foreign_and_newer_headers_are_refused() {
        let (h, _, _) = fresh();
        let good = h.encode();
        assert!(matches!(Header::decode(&[]), Err(VaultError::Damaged(_))));
        assert!(matches!(
            Header::decode(&good[..100]),
            Err(VaultError::Damaged(_))
        ));
        assert!(matches!(
            Header::decode(b"SQLite format 3\0 and more bytes"),
            Err(VaultError::Damaged(_))
        ));
        let mut newer = good;
        newer[8..10].copy_from_slice(&2u16.to_le_bytes());
        assert!(matches!(
            Header::decode(&newer),
            Err(VaultError::Newer { found: 2, known: 1 })
        ));
    }

    #[test]
    fn a_release_build_refuses_the_insecure_test_profile() {
        assert!(matches!(
            kdf_id_allowing(KdfParams::INSECURE_TEST, false),
            Err(VaultError::Damaged(_))
        ));
        assert_eq!(
            kdf_id_allowing(KdfParams::INSECURE_TEST, true).unwrap(),
            KDF_INSECURE_TEST
        );
        assert_eq!(
            kdf_id_allowing(KdfParams::FLOOR, false).unwrap(),
            KDF_ARGON2ID
        );
    }

    #[test]
    fn weakened_or_absurd_parameters_are_refused_before_any_work() {
        let (h, _, _) = fresh();
        for (m, t, p) in [
            (1024u32, 3u32, 1u32),
            (65536, 1, 1),
            (u32::MAX, 3, 1),
            (65536, u32::MAX, 1),
            (65536, 3, 1000),
        ] {
            let mut b = h.encode();
            b[10] = KDF_ARGON2ID;
            b[11..15].copy_from_slice(&m.to_le_bytes());
            b[15..19].copy_from_slice(&t.to_le_bytes());
            b[19..23].copy_from_slice(&p.to_le_bytes());
            let sum = digest::digest(&digest::SHA256, &b[..CHECKSUM_AT]);
            b[CHECKSUM_AT..].copy_from_slice(sum.as_ref());
            let started = std::time::Instant::now();
            assert!(
                matches!(Header::decode(&b), Err(VaultError::Damaged(_))),
                "({m},{t},{p}) accepted"
            );
            assert!(
                started.elapsed().as_millis() < 50,
                "refused only after work"
            );
        }
    }
}
