//! Handover on real encrypted vaults: a client travels whole, every bad file is refused with
//! its own error and changes nothing, and a transfer erases the sender's client only after the
//! receipt code.

use std::path::Path;

use super::case_file::raw;
use super::*;
use crate::{KdfParams, RecoveryKey, Vault};

const NOTE: &str = "ZEBRA-MARKER-7731 notes";
const ARABIC: &str = "مرحبا-سرّي-4412";
const T: &str = "2026-12-03T10:00:00Z";

fn vault(root: &Path, name: &str) -> Vault {
    Vault::create_at(
        &root.join(name),
        name,
        "orange kettle meadow violin harbour pepper",
        &RecoveryKey::generate().unwrap(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap()
}

fn id_of(v: &Vault) -> HandoverId {
    ensure_identity(v.conn(), T).unwrap().id().unwrap()
}

/// `a` and `b` have each other as contacts ("Bea" and "Ann").
fn pair(root: &Path) -> (Vault, Vault) {
    let (a, b) = (vault(root, "a"), vault(root, "b"));
    let (ia, ib) = (id_of(&a), id_of(&b));
    add_contact(a.conn(), "Bea", &ib.text(), &ib.fingerprint(), T).unwrap();
    add_contact(b.conn(), "Ann", &ia.text(), &ia.fingerprint(), T).unwrap();
    (a, b)
}

/// A client with a row in every travelling table; returns its id.
fn full_client(v: &Vault, code: &str) -> i64 {
    let c = v.conn();
    c.execute_batch(&format!(
        "INSERT INTO clients (code, created_at, notes, languages, adults, consent_given_on, consent_explained, consent_language)
             VALUES ('{code}', '{T}', '{NOTE}', 'ar,fr', 2, '2026-11-01', 'orally', 'ar');
         INSERT INTO client_residences (client_id, residence) SELECT id, 'order_to_leave' FROM clients WHERE code = '{code}';
         INSERT INTO client_residences (client_id, residence) SELECT id, 'no_procedure' FROM clients WHERE code = '{code}';
         INSERT INTO sessions (client_id, started_at, summary, notes, follow_up)
             SELECT id, '2026-11-02T09:00:00Z', '{ARABIC}', 'session notes', '2026-12-01' FROM clients WHERE code = '{code}';
         INSERT INTO sessions (client_id, started_at, summary, notes, decision)
             SELECT id, '2026-11-09T09:00:00Z', 'second', '', 'return' FROM clients WHERE code = '{code}';
         INSERT INTO next_steps (session_id, text, done) SELECT max(id), 'call the lawyer', 1 FROM sessions;
         INSERT INTO answers (session_id, exercise, field, value, saved_at) SELECT max(id), 'lifeline', 'events', '{{\"t\":1}}', '{T}' FROM sessions;
         INSERT INTO journal_entries (session_id, pathway, possible, wanted, why, saved_at) SELECT max(id), 'return', 3, 7, 'family', '{T}' FROM sessions;
         INSERT INTO photos (client_id, imported_at, width, height, thumb_width, thumb_height, thumb, image)
             SELECT id, '{T}', 4, 3, 2, 1, randomblob(300), zeroblob(70000) FROM clients WHERE code = '{code}';
         INSERT INTO photos (client_id, imported_at, width, height, thumb_width, thumb_height, thumb, image)
             SELECT id, '{T}', 4, 3, 2, 1, x'00ff', randomblob(5000) FROM clients WHERE code = '{code}';
         INSERT INTO album_pages (client_id, position, category, caption, created_at)
             SELECT id, 0, 'people', 'friends', '{T}' FROM clients WHERE code = '{code}';
         INSERT INTO album_page_photos (page_id, photo_id, position)
             SELECT max(album_pages.id), max(photos.id), 0 FROM album_pages, photos;
         INSERT INTO blobs (client_id, bytes) SELECT id, x'0102' FROM clients WHERE code = '{code}';"
    ))
    .unwrap();
    crate::clients::find_client(c, code).unwrap().unwrap()
}

/// The plaintext with its manifest changed by `f` (the old signature kept, to be replaced).
fn with_manifest(plain: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let len = u32::from_be_bytes(plain[12..16].try_into().unwrap()) as usize;
    let mut manifest: serde_json::Value = serde_json::from_slice(&plain[16..16 + len]).unwrap();
    f(&mut manifest);
    let json = serde_json::to_vec(&manifest).unwrap();
    let mut out = plain[..12].to_vec();
    out.extend_from_slice(&(json.len() as u32).to_be_bytes());
    out.extend_from_slice(&json);
    out.extend_from_slice(&plain[16 + len..]);
    out
}

fn clients(v: &Vault) -> i64 {
    v.conn()
        .query_row("SELECT count(*) FROM clients", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_client_arrives_whole_with_its_uids_under_fresh_local_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = pair(tmp.path());
    // Local ids of the receiver differ from the sender's: the rows must be linked by uid.
    full_client(&b, "OTHER");
    let sent = full_client(&a, "K7-MIRA");
    let sealed = seal(a.conn(), sent, "Bea", Mode::Copy, T, "0.1.0").unwrap();
    for marker in [NOTE, ARABIC, "K7-MIRA"] {
        let found = sealed
            .bytes
            .windows(marker.len())
            .any(|w| w == marker.as_bytes());
        assert!(!found, "{marker} is readable in the case file");
    }
    let received = receive(b.conn(), &sealed.bytes).unwrap();
    let preview = received.preview(b.conn()).unwrap();
    assert_eq!(
        (
            preview.code.as_str(),
            preview.code_here.as_str(),
            preview.sessions,
            preview.photos
        ),
        ("K7-MIRA", "K7-MIRA", 2, 2)
    );
    assert_eq!((preview.journal_entries, preview.album_pages), (1, 1));
    assert_eq!(preview.sender, "Ann");
    assert_eq!(preview.mode, Mode::Copy);
    assert_eq!(clients(&b), 1, "a preview adds nothing");
    let (code, receipt) = received.import(b.conn(), T).unwrap();
    assert_eq!(code, "K7-MIRA");
    assert_eq!(receipt.len(), 9);
    let arrived_id = crate::clients::find_client(b.conn(), "K7-MIRA")
        .unwrap()
        .unwrap();
    let noted = received_of(b.conn(), arrived_id).unwrap().unwrap();
    assert_eq!(
        (noted.sender.as_str(), noted.receipt.as_str()),
        ("Ann", receipt.as_str())
    );
    assert_eq!(noted.mode, Mode::Copy);

    let arrived = crate::clients::find_client(b.conn(), "K7-MIRA")
        .unwrap()
        .unwrap();
    let there = bundle::collect(a.conn(), sent).unwrap();
    let here = bundle::collect(b.conn(), arrived).unwrap();
    assert_eq!(
        there.tables, here.tables,
        "every row, every column, every uid"
    );
    assert_eq!(there.blobs, here.blobs, "every photo byte for byte");
    assert_eq!(there.count("album_page_photos"), 1);
    assert_eq!(there.count("client_residences"), 2);
    let hits = crate::clients::search(b.conn(), "ZEBRA", 10).unwrap();
    assert!(
        hits.iter().any(|h| h.client_id == arrived),
        "the search index follows"
    );

    // The same client a second time: refused, nothing added.
    let again = receive(b.conn(), &sealed.bytes).unwrap();
    assert!(matches!(
        again.import(b.conn(), T),
        Err(HandoverError::AlreadyHere { code }) if code == "K7-MIRA"
    ));
    assert_eq!(clients(&b), 2);
}

#[test]
fn a_code_in_use_gets_a_visible_suffix() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = pair(tmp.path());
    full_client(&b, "K7-MIRA");
    let sent = full_client(&a, "K7-MIRA");
    let sealed = seal(a.conn(), sent, "bea", Mode::Copy, T, "0.1.0").unwrap();
    let received = receive(b.conn(), &sealed.bytes).unwrap();
    assert_eq!(received.preview(b.conn()).unwrap().code_here, "K7-MIRA (2)");
    assert_eq!(received.import(b.conn(), T).unwrap().0, "K7-MIRA (2)");
}

#[test]
fn debians_age_decrypts_a_case_file_given_the_identity() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = pair(tmp.path());
    let sent = full_client(&a, "K7-MIRA");
    let sealed = seal(a.conn(), sent, "Bea", Mode::Copy, T, "0.1.0").unwrap();
    let file = tmp.path().join("k.avenir-case");
    std::fs::write(&file, &sealed.bytes).unwrap();
    let key = tmp.path().join("identity.txt");
    let secret = identity(b.conn()).unwrap().unwrap().age_secret_for_tests();
    std::fs::write(&key, format!("{secret}\n")).unwrap();
    let out = std::process::Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(&key)
        .arg(&file)
        .output()
        .expect("the age command (Debian package `age`, installed by `make deps`)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"avenir-case\x01"));
    assert_eq!(
        out.stdout,
        raw::decrypt(&sealed.bytes, &identity(b.conn()).unwrap().unwrap())
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(NOTE) && text.contains("\"mode\":\"copy\""));
}

#[test]
fn every_bad_file_gets_its_own_error_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = pair(tmp.path());
    let c = vault(tmp.path(), "c");
    let ic = id_of(&c);
    add_contact(a.conn(), "Cem", &ic.text(), &ic.fingerprint(), T).unwrap();
    let sent = full_client(&a, "K7-MIRA");
    let good = seal(a.conn(), sent, "Bea", Mode::Copy, T, "0.1.0")
        .unwrap()
        .bytes;
    let b_identity = identity(b.conn()).unwrap().unwrap();
    let c_identity = identity(c.conn()).unwrap().unwrap();
    let plain = raw::decrypt(&good, &b_identity);
    let to_b = id_of(&b);

    let mut modified = good.clone();
    let middle = modified.len() / 2;
    modified[middle] ^= 0x01;
    let mut newer = plain.clone();
    newer[11] = 2;
    // The body changed and signed again by C, still naming A as the sender.
    let changed = with_manifest(&plain, |m| {
        m["tables"]["album_pages"][0]["caption"] = "FRIENDS".into();
    });
    let resigned_as_a = raw::resign(&changed, &c_identity);
    // The body signed by C and naming C as the sender: C is not B's contact.
    let c_text = ic.text();
    let as_c = with_manifest(&plain, |m| m["sender"] = c_text.clone().into());
    let resigned_as_c = raw::resign(&as_c, &c_identity);

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("zero bytes", Vec::new(), "case_not_a_case"),
        (
            "random",
            (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect(),
            "case_not_a_case",
        ),
        (
            "truncated",
            good[..good.len() - 100].to_vec(),
            "case_damaged",
        ),
        ("one byte modified", modified, "case_damaged"),
        (
            "for someone else",
            seal(a.conn(), sent, "Cem", Mode::Copy, T, "0.1.0")
                .unwrap()
                .bytes,
            "case_not_for_you",
        ),
        (
            "newer format",
            raw::encrypt(
                &raw::resign(&newer, &identity(a.conn()).unwrap().unwrap()),
                &to_b,
            ),
            "case_newer",
        ),
        (
            "re-signed by another key",
            raw::encrypt(&resigned_as_a, &to_b),
            "case_bad_signature",
        ),
        (
            "signed by a stranger",
            raw::encrypt(&resigned_as_c, &to_b),
            "case_unknown_sender",
        ),
        (
            "not a case inside",
            raw::encrypt(b"hello", &to_b),
            "case_not_a_case",
        ),
    ];
    use avenir_core::UserFacing;
    for (what, bytes, code) in cases {
        let got = receive(b.conn(), &bytes)
            .err()
            .unwrap_or_else(|| panic!("{what} was accepted"));
        assert_eq!(got.code(), code, "{what}: {got}");
        assert_eq!(clients(&b), 0, "{what} added something");
    }
    // A newer schema inside a good signature.
    let schema = crate::db::schema_version();
    assert!(schema < 99);
    let newer_schema = with_manifest(&plain, |m| m["schema"] = 99.into());
    let signed = raw::resign(&newer_schema, &identity(a.conn()).unwrap().unwrap());
    assert!(matches!(
        receive(b.conn(), &raw::encrypt(&signed, &to_b)),
        Err(HandoverError::Newer { found: 99, .. })
    ));
    // The sender is known by fingerprint: removing the contact refuses the good file, showing it.
    remove_contact(b.conn(), "Ann").unwrap();
    let Err(HandoverError::UnknownSender { fingerprint }) = receive(b.conn(), &good) else {
        panic!("a removed contact's file was accepted");
    };
    assert_eq!(fingerprint, id_of(&a).fingerprint());
}

#[test]
fn a_transfer_erases_the_sender_client_only_with_the_receipt_code() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = pair(tmp.path());
    let sent = full_client(&a, "K7-MIRA");
    let sealed = seal(a.conn(), sent, "Bea", Mode::Transfer, T, "0.1.0").unwrap();
    record_sent(a.conn(), sent, &sealed, T).unwrap();
    let mark = mark_of(a.conn(), sent).unwrap().unwrap();
    assert_eq!((mark.mode, mark.contact.as_str()), (Mode::Transfer, "Bea"));

    let (_, receipt) = receive(b.conn(), &sealed.bytes)
        .unwrap()
        .import(b.conn(), T)
        .unwrap();
    let decrypted = avenir_testkit::scan::decrypted_cells(a.conn()).unwrap();
    assert!(
        decrypted.contains(NOTE),
        "the client stays until the receipt code"
    );
    assert!(matches!(
        confirm_transfer(a.conn(), sent, "0000 0000"),
        Err(HandoverError::WrongReceipt)
    ));
    assert_eq!(clients(&a), 1, "a wrong receipt code erases nothing");
    confirm_transfer(a.conn(), sent, &receipt.replace(' ', "-")).unwrap();
    assert_eq!(clients(&a), 0);
    for table in [
        "sessions",
        "photos",
        "answers",
        "journal_entries",
        "album_pages",
        "handovers",
    ] {
        let n: i64 = a
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table} kept rows of the erased client");
    }
    let hits = crate::clients::search(a.conn(), "ZEBRA", 10).unwrap();
    assert!(hits.is_empty(), "the search index forgot the client");
    // Nothing of the client in any cell of the decrypted database (index tables included), and
    // nothing readable in any file of the sender's vault.
    let decrypted = avenir_testkit::scan::decrypted_cells(a.conn()).unwrap();
    for marker in [NOTE, ARABIC, "K7-MIRA"] {
        assert!(
            !decrypted.contains(marker),
            "{marker} is left in the sender's vault"
        );
    }
    let dir = a.dir().to_owned();
    drop(a);
    assert_eq!(
        avenir_testkit::scan::scan(&dir, &[NOTE, ARABIC]),
        Vec::<String>::new()
    );
    assert_eq!(clients(&b), 1);
}

#[test]
fn a_copy_is_marked_shared_and_has_no_receipt_to_wait_for() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, _b) = pair(tmp.path());
    let sent = full_client(&a, "K7-MIRA");
    let sealed = seal(a.conn(), sent, "Bea", Mode::Copy, T, "0.1.0").unwrap();
    record_sent(a.conn(), sent, &sealed, T).unwrap();
    assert_eq!(mark_of(a.conn(), sent).unwrap().unwrap().mode, Mode::Copy);
    assert!(matches!(
        confirm_transfer(a.conn(), sent, &sealed.receipt),
        Err(HandoverError::NotAwaiting)
    ));
    assert!(matches!(
        cancel_transfer(a.conn(), sent),
        Err(HandoverError::NotAwaiting)
    ));
    assert_eq!(clients(&a), 1);
}

#[test]
fn a_contact_needs_the_right_fingerprint_and_is_nobody_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (vault(tmp.path(), "a"), vault(tmp.path(), "b"));
    let ib = id_of(&b);
    let ia = id_of(&a);
    let other = fingerprint_of("something else");
    assert!(matches!(
        add_contact(a.conn(), "Bea", &ib.text(), &other, T),
        Err(HandoverError::FingerprintMismatch)
    ));
    assert!(matches!(
        add_contact(a.conn(), "Me", &ia.text(), &ia.fingerprint(), T),
        Err(HandoverError::OwnId)
    ));
    assert!(matches!(
        add_contact(a.conn(), " ", &ib.text(), &ib.fingerprint(), T),
        Err(HandoverError::ContactNameInvalid)
    ));
    add_contact(a.conn(), "Bea", &ib.text(), &ib.fingerprint(), T).unwrap();
    assert!(matches!(
        add_contact(a.conn(), "Beatrice", &ib.text(), &ib.fingerprint(), T),
        Err(HandoverError::ContactTaken)
    ));
    assert_eq!(contacts(a.conn()).unwrap().len(), 1);
    assert_eq!(id_of(&a), ia, "the identity is made once and kept");
}

#[test]
fn the_escrow_recipient_can_open_every_case_file_too() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, _b) = pair(tmp.path());
    let org = vault(tmp.path(), "org");
    let io = id_of(&org);
    assert!(matches!(
        set_escrow(a.conn(), &io.text(), "1234"),
        Err(HandoverError::FingerprintMismatch)
    ));
    set_escrow(a.conn(), &io.text(), &io.fingerprint()).unwrap();
    let ia = id_of(&a);
    add_contact(org.conn(), "Ann", &ia.text(), &ia.fingerprint(), T).unwrap();
    let sent = full_client(&a, "K7-MIRA");
    let sealed = seal(a.conn(), sent, "Bea", Mode::Copy, T, "0.1.0").unwrap();
    let received = receive(org.conn(), &sealed.bytes).unwrap();
    assert_eq!(received.preview(org.conn()).unwrap().sessions, 2);
    clear_escrow(a.conn()).unwrap();
    let sealed = seal(a.conn(), sent, "Bea", Mode::Copy, T, "0.1.0").unwrap();
    assert!(matches!(
        receive(org.conn(), &sealed.bytes),
        Err(HandoverError::NotForYou)
    ));
}
