//! Keys: the random data key, sub-keys derived from it, and randomness. Keys live only in
//! zeroizing buffers and are wiped when dropped.

use ring::hkdf;
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use crate::VaultError;

/// The 256-bit key everything in a vault is encrypted under (through sub-keys).
pub(crate) struct DataKey(pub(crate) Zeroizing<[u8; 32]>);

impl DataKey {
    pub(crate) fn generate() -> Result<Self, VaultError> {
        let mut k = Zeroizing::new([0u8; 32]);
        random_fill(k.as_mut())?;
        Ok(DataKey(k))
    }

    /// A second copy (wiped on drop like the first), for work that outlives the open vault
    /// for a moment, such as writing a backup.
    pub(crate) fn duplicate(&self) -> Self {
        DataKey(Zeroizing::new(*self.0))
    }

    /// The SQLCipher raw key.
    pub(crate) fn sqlcipher_key(&self) -> Result<Zeroizing<[u8; 32]>, VaultError> {
        hkdf_sha256(b"avenir/v1", self.0.as_ref(), b"sqlcipher")
    }
}

pub(crate) fn random_fill(buf: &mut [u8]) -> Result<(), VaultError> {
    SystemRandom::new()
        .fill(buf)
        .map_err(|_| VaultError::Random)
}

/// HKDF-SHA256 (RFC 5869) with ring: 32 bytes.
pub(crate) fn hkdf_sha256(
    salt: &[u8],
    ikm: &[u8],
    info: &[u8],
) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(ikm);
    let info = [info];
    let okm = prk
        .expand(&info, hkdf::HKDF_SHA256)
        .map_err(|_| VaultError::Random)?;
    let mut out = Zeroizing::new([0u8; 32]);
    okm.fill(out.as_mut()).map_err(|_| VaultError::Random)?;
    Ok(out)
}

/// A uniformly random index below `n` ≥ 1 (rejection sampling, no modulo bias).
pub fn random_below(n: u32) -> Result<u32, VaultError> {
    let n = n.max(1);
    let zone = u32::MAX - (u32::MAX % n);
    loop {
        let mut b = [0u8; 4];
        random_fill(&mut b)?;
        let v = u32::from_le_bytes(b);
        if v < zone {
            return Ok(v % n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 5869 test case 1, through the same function the vault derives sub-keys with.
    #[test]
    fn hkdf_rfc_5869_case_1() {
        let ikm = [0x0bu8; 22];
        let salt: Vec<u8> = (0x00..=0x0c).collect();
        let info: Vec<u8> = (0xf0..=0xf9).collect();
        let okm = hkdf_sha256(&salt, &ikm, &info).unwrap();
        let hex: String = okm.iter().map(|b| format!("{b:02x}")).collect();
        // The RFC's 42-byte OKM starts with these 32 bytes.
        assert_eq!(
            hex,
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
        );
    }

    #[test]
    fn sub_keys_differ_from_the_data_key_and_are_stable() {
        let k = DataKey(Zeroizing::new([9u8; 32]));
        let a = k.sqlcipher_key().unwrap();
        assert_ne!(a.as_ref(), k.0.as_ref());
        assert_eq!(a.as_ref(), k.sqlcipher_key().unwrap().as_ref());
    }

    #[test]
    fn random_indices_stay_in_range_and_vary() {
        let v: Vec<u32> = (0..200).map(|_| random_below(7).unwrap()).collect();
        assert!(v.iter().all(|x| *x < 7));
        assert!((0..7).all(|i| v.contains(&i)));
    }
}
