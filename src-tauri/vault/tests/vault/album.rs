//! The photo album on a real encrypted vault: pages in order, photos shared between pages,
//! and deletions that leave nothing in the decrypted database or on disk.

use avenir_core::album::{Category, Message, PageInput};
use avenir_vault::album::{self, NewPhoto, PhotoSize};
use avenir_vault::clients as repo;
use avenir_vault::{Vault, VaultError};

use super::{add_client as client, test_vault as vault};

/// Stand-in photo bytes (the repository stores what `avenir-media` made; it never decodes):
/// large enough for overflow pages, and full of a marker the tests look for.
fn bytes(marker: &str, kb: usize) -> Vec<u8> {
    marker.as_bytes().repeat(kb * 1024 / marker.len() + 1)
}

fn add(v: &Vault, c: i64, marker: &str) -> i64 {
    let image = bytes(&format!("{marker}-IMAGE"), 300);
    let thumb = bytes(&format!("{marker}-THUMB"), 20);
    album::add_photo(
        v.conn(),
        c,
        NewPhoto {
            image: &image,
            width: 2048,
            height: 1536,
            thumb: &thumb,
            thumb_width: 360,
            thumb_height: 270,
        },
        "2026-02-01T09:00:00Z",
    )
    .unwrap()
    .id
}

fn page(photos: Vec<i64>, caption: &str) -> PageInput {
    PageInput {
        category: Category::People,
        caption: caption.into(),
        message: None,
        photos,
    }
}

#[test]
fn pages_keep_their_order_photos_and_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    let conn = v.conn();
    let p1 = add(&v, c, "P1");
    let p2 = add(&v, c, "P2");
    let a = album::add_page(conn, c, &page(vec![p2, p1], "Mes amies du cours"), "t").unwrap();
    let b = album::add_page(conn, c, &page(vec![], "شهادة الخياطة"), "t").unwrap();
    let with_message = PageInput {
        category: Category::Work,
        caption: "Le marché".into(),
        message: Some(Message {
            from: "Mariam".into(),
            text: "لن أنساك".into(),
        }),
        photos: vec![p1],
    };
    let m = album::add_page(conn, c, &with_message, "t").unwrap();
    assert_eq!((a.position, b.position, m.position), (0, 1, 2));
    assert_eq!(a.input.photos, [p2, p1], "the page's photo order");
    assert_eq!(m.input, with_message);

    album::move_page(conn, m.id, 0).unwrap();
    let order: Vec<i64> = album::pages_of(conn, c)
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(order, [m.id, a.id, b.id]);
    album::move_page(conn, m.id, 99).unwrap();
    let order: Vec<i64> = album::pages_of(conn, c)
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(
        order,
        [a.id, b.id, m.id],
        "a position past the end means last"
    );

    let edited = album::update_page(conn, b.id, &page(vec![p2], "Certificat")).unwrap();
    assert_eq!(edited.input.photos, [p2]);
    assert_eq!(edited.position, 1);

    // Another client's photo cannot be put on this album's pages.
    let other = client(&v, "B2-NOOR");
    let theirs = add(&v, other, "P3");
    assert!(matches!(
        album::add_page(conn, c, &page(vec![theirs], ""), "t"),
        Err(VaultError::ClientMissing)
    ));
    assert_eq!(album::photos_of(conn, c).unwrap().len(), 2);
    assert!(
        album::photo_bytes(conn, p1, PhotoSize::Thumb)
            .unwrap()
            .unwrap()
            .starts_with(b"P1-THUMB")
    );
    assert!(
        album::photo_bytes(conn, 9999, PhotoSize::Image)
            .unwrap()
            .is_none()
    );
}

#[test]
fn deleting_a_page_erases_its_own_photos_and_keeps_shared_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    let conn = v.conn();
    let own = add(&v, c, "OWN-PHOTO-MARKER-3141");
    let shared = add(&v, c, "SHARED-PHOTO-MARKER-2718");
    let doomed = album::add_page(
        conn,
        c,
        &page(vec![own, shared], "CAPTION-MARKER-1618"),
        "t",
    )
    .unwrap();
    album::add_page(conn, c, &page(vec![shared], "kept"), "t").unwrap();
    let cells = avenir_testkit::scan::decrypted_cells(conn).unwrap();
    assert!(cells.contains("OWN-PHOTO-MARKER-3141-IMAGE"));
    assert!(cells.contains("CAPTION-MARKER-1618"));

    album::delete_page(conn, doomed.id).unwrap();
    let cells = avenir_testkit::scan::decrypted_cells(conn).unwrap();
    for gone in ["OWN-PHOTO-MARKER-3141", "CAPTION-MARKER-1618"] {
        assert!(
            !cells.contains(gone),
            "{gone} survived in the decrypted database"
        );
    }
    assert!(
        cells.contains("SHARED-PHOTO-MARKER-2718-THUMB"),
        "a shared photo stays"
    );
    let photos: Vec<i64> = album::photos_of(conn, c)
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(photos, [shared]);

    album::delete_photo(conn, shared).unwrap();
    assert!(album::pages_of(conn, c).unwrap()[0].input.photos.is_empty());
    let count: i64 = conn
        .query_row("SELECT count(*) FROM photos", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0);
    assert!(
        !avenir_testkit::scan::decrypted_cells(conn)
            .unwrap()
            .contains("PHOTO-MARKER")
    );
    drop(v);
    assert_eq!(
        avenir_testkit::scan::scan(tmp.path(), &["PHOTO-MARKER", "CAPTION-MARKER"]),
        Vec::<String>::new()
    );
}

#[test]
fn deleting_the_client_erases_the_whole_album() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    let p = add(&v, c, "CLIENT-ALBUM-MARKER-1414");
    album::add_page(v.conn(), c, &page(vec![p], "x"), "t").unwrap();
    repo::delete_client(v.conn(), c).unwrap();
    assert!(
        !avenir_testkit::scan::decrypted_cells(v.conn())
            .unwrap()
            .contains("CLIENT-ALBUM-MARKER-1414")
    );
}
