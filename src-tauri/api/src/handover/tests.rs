//! A client handed over between two real vaults through the use cases the app and the command
//! line call: everything the counsellor sees arrives, and a transfer ends with the receipt.

use std::path::Path;
use std::sync::Arc;

use avenir_core::album::{Category, PageInput};
use avenir_vault::KdfParams;
use avenir_vault::album::PhotoSize;

use super::*;
use crate::{Env, FixedClock, SeededRandom};

fn open(root: &Path, name: &str) -> OpenVault {
    let env = Env {
        clock: Arc::new(FixedClock::at("2026-12-03T09:00:00Z", 1)),
        random: Arc::new(SeededRandom::new(7)),
    };
    OpenVault::create(
        &root.join(name),
        name,
        "orange kettle meadow violin harbour pepper",
        KdfParams::INSECURE_TEST,
        env,
    )
    .unwrap()
    .0
}

fn introduce(a: &OpenVault, b: &OpenVault) {
    let (ia, ib) = (
        a.handover_identity().unwrap(),
        b.handover_identity().unwrap(),
    );
    a.add_contact("Bea", &ib.id, &ib.fingerprint).unwrap();
    b.add_contact("Ann", &ia.id, &ia.fingerprint).unwrap();
}

/// What a counsellor sees of a client, without local ids.
fn seen(v: &OpenVault, code: &str) -> (String, Vec<String>, Vec<String>, Vec<Vec<u8>>) {
    let client = v.client_by_code(code).unwrap();
    let o = v.overview(client.id).unwrap();
    let sessions = o
        .sessions
        .iter()
        .map(|s| {
            let steps: Vec<_> = s.next_steps.iter().map(|n| (&n.text, n.done)).collect();
            format!("{:?} {steps:?}", s.input)
        })
        .collect();
    let journal = v
        .decision_journal(client.id)
        .unwrap()
        .iter()
        .map(|j| format!("{} {:?}", j.started_at, j.entry))
        .collect();
    let album = v.album(client.id).unwrap();
    let mut photos: Vec<Vec<u8>> = album
        .photos
        .iter()
        .map(|p| v.photo_bytes(p.id, PhotoSize::Image).unwrap().unwrap())
        .collect();
    photos.extend(
        album
            .pages
            .iter()
            .map(|p| format!("{:?}", p.input).into_bytes()),
    );
    let mut input = client.input.clone();
    input.code.clear();
    (format!("{input:?}"), sessions, journal, photos)
}

#[test]
fn a_demo_client_with_a_photo_arrives_whole_and_the_transfer_ends_with_the_receipt() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (open(tmp.path(), "a"), open(tmp.path(), "b"));
    introduce(&a, &b);
    a.seed_demo(0, 0, true).unwrap();
    // The demo client with the most sessions, a photo and an album page added.
    let code = a
        .client_summaries()
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .max_by_key(|c| {
            let id = a.client_by_code(c).unwrap().id;
            a.overview(id).unwrap().sessions.len()
        })
        .unwrap();
    let id = a.client_by_code(&code).unwrap().id;
    let photo = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/photos/camera.jpg"),
    )
    .unwrap();
    let photo = a.import_photo(id, &photo).unwrap();
    a.add_album_page(
        id,
        PageInput {
            category: Category::Places,
            caption: "the market".into(),
            message: None,
            photos: vec![photo.id],
        },
    )
    .unwrap();
    let before = seen(&a, &code);
    assert!(
        !before.1.is_empty() && !before.2.is_empty(),
        "sessions and a journal travel"
    );

    let file = tmp.path().join(case_file_name("2026-12-03T09:00:00Z"));
    assert_eq!(
        file.file_name().unwrap().to_str().unwrap(),
        "avenir-case-202612030900.avenir-case"
    );
    let sent = a.export_case(&code, "Bea", Mode::Transfer, &file).unwrap();
    assert_eq!(sent.contact, "Bea");
    let mark = a.handover_mark(id).unwrap().unwrap();
    assert_eq!(mark.mode, Mode::Transfer);

    let preview = b.preview_case(&file).unwrap();
    assert_eq!(preview.code, code);
    assert_eq!(preview.photos, 1);
    assert_eq!(preview.sessions as usize, before.1.len());
    assert!(
        b.client_summaries().unwrap().is_empty(),
        "the preview added nothing"
    );
    let received = b.import_case(&file).unwrap();
    assert_eq!(received.code, code);
    assert_eq!(
        seen(&b, &code),
        before,
        "the receiver sees what the sender saw"
    );

    assert!(a.confirm_transfer(&code, "1111 1111").is_err());
    assert!(
        a.client_by_code(&code).is_ok(),
        "a wrong receipt code erases nothing"
    );
    a.confirm_transfer(&code, &received.receipt).unwrap();
    assert!(matches!(
        a.client_by_code(&code),
        Err(ApiError::ClientUnknown(_))
    ));
}

#[test]
fn a_file_that_is_not_there_or_empty_says_so_and_adds_nothing() {
    use avenir_core::UserFacing;
    let tmp = tempfile::tempdir().unwrap();
    let b = open(tmp.path(), "b");
    let missing = b
        .preview_case(&tmp.path().join("gone.avenir-case"))
        .unwrap_err();
    assert_eq!(missing.code(), "case_unreadable");
    let empty = tmp.path().join("empty.avenir-case");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(b.import_case(&empty).unwrap_err().code(), "case_not_a_case");
    assert!(b.client_summaries().unwrap().is_empty());
}
