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

#[test]
fn a_new_recovery_key_replaces_the_old_one_and_keeps_the_passphrase_slot() {
    let (mut h, key, old) = fresh();
    let before = h.encode();
    let new = RecoveryKey::generate().unwrap();
    h.wrap_recovery(&key, &new).unwrap();
    let after = Header::decode(&h.encode()).unwrap();
    assert_eq!(
        before[..115],
        h.encode()[..115],
        "passphrase slot untouched"
    );
    assert!(matches!(
        after.unwrap_with_recovery(&old),
        Err(VaultError::WrongSecret)
    ));
    assert_eq!(
        after.unwrap_with_recovery(&new).unwrap().0.as_ref(),
        key.0.as_ref()
    );
    assert!(after.unwrap_with_passphrase("sun river kettle").is_ok());
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

/// A header asking for more than 1 GiB of memory is refused with its own error, at once.
#[test]
fn a_header_asking_two_gib_is_refused_before_any_work() {
    let (h, _, _) = fresh();
    let mut b = h.encode();
    b[10] = KDF_ARGON2ID;
    b[11..15].copy_from_slice(&(2u32 * 1024 * 1024).to_le_bytes());
    b[15..19].copy_from_slice(&3u32.to_le_bytes());
    let sum = digest::digest(&digest::SHA256, &b[..CHECKSUM_AT]);
    b[CHECKSUM_AT..].copy_from_slice(sum.as_ref());
    let started = std::time::Instant::now();
    assert!(matches!(
        Header::decode(&b),
        Err(VaultError::KdfMemory {
            asked_mib: 2048,
            max_mib: 1024
        })
    ));
    assert!(started.elapsed().as_millis() < 50);
    // Nor can one be written.
    let key = DataKey::generate().unwrap();
    let rec = RecoveryKey::generate().unwrap();
    let two_gib = KdfParams {
        m_kib: 2 * 1024 * 1024,
        t: 3,
        p: 1,
    };
    assert!(matches!(
        Header::create(&key, two_gib, "sun river kettle", &rec),
        Err(VaultError::KdfMemory { .. })
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
            matches!(
                Header::decode(&b),
                Err(VaultError::Damaged(_) | VaultError::KdfMemory { .. })
            ),
            "({m},{t},{p}) accepted"
        );
        assert!(
            started.elapsed().as_millis() < 50,
            "refused only after work"
        );
    }
}
