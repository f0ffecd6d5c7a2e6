//! `bench album`: importing a 12-megapixel JPEG (decode, orientation, re-encode, thumbnail, and
//! storing both in the encrypted vault; target < 400 ms), and loading the thumbnails of an album
//! of 100 photos once the vault is open (target < 500 ms).

use std::time::Instant;

use avenir_core::album::{Category, PageInput};
use avenir_core::client::ClientInput;
use avenir_vault::album::{self as repo, NewPhoto, PhotoSize};
use avenir_vault::clients as clients_repo;
use avenir_vault::{KdfParams, RecoveryKey, Vault, VaultError};
use serde::Serialize;

use crate::CliError;

const PHOTOS: usize = 100;

#[derive(Debug, Clone, Serialize)]
pub struct AlbumReport {
    /// Median time to import one 12 MP JPEG into the vault.
    pub import_12mp_ms: f64,
    /// Median time to load a 100-photo album's pages and every thumbnail.
    pub album_100_ms: f64,
    pub source_bytes: usize,
    pub stored_image_bytes: usize,
    pub stored_thumb_bytes: usize,
    pub runs: usize,
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

pub fn run(runs: usize) -> Result<AlbumReport, CliError> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("album");
    let vault = Vault::create_at(
        &dir,
        "Benchmark",
        super::vault::PASS,
        &RecoveryKey::generate()?,
        KdfParams::FLOOR,
    )?;
    let conn = vault.conn();
    let client = clients_repo::create_client(
        conn,
        &ClientInput {
            code: "DEMO-ALBUM".into(),
            ..Default::default()
        },
        "2025-01-01T09:00:00Z",
    )?;
    let source = avenir_media::bench_12mp_jpeg();
    let limits = avenir_media::Limits::default();
    let mut import_times = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let imported = avenir_media::import(&source, &limits)?;
        repo::add_photo(
            conn,
            client,
            NewPhoto {
                image: &imported.image,
                width: imported.width,
                height: imported.height,
                thumb: &imported.thumb,
                thumb_width: imported.thumb_width,
                thumb_height: imported.thumb_height,
            },
            "2025-01-01T10:00:00Z",
        )?;
        import_times.push(ms(started));
        last = Some(imported);
    }
    let Some(imported) = last else {
        return Err(CliError::Io(std::io::Error::other("no import ran")));
    };

    // An album of 100 photos and 100 pages (the photos imported above count towards it).
    let tx = conn.unchecked_transaction().map_err(VaultError::from)?;
    for _ in import_times.len()..PHOTOS {
        repo::add_photo(
            conn,
            client,
            NewPhoto {
                image: &imported.image,
                width: imported.width,
                height: imported.height,
                thumb: &imported.thumb,
                thumb_width: imported.thumb_width,
                thumb_height: imported.thumb_height,
            },
            "2025-01-01T10:00:00Z",
        )?;
    }
    for photo in repo::photos_of(conn, client)? {
        let page = PageInput {
            category: Category::Moments,
            caption: "Fictional caption".into(),
            message: None,
            photos: vec![photo.id],
        };
        repo::add_page(conn, client, &page, "2025-01-01T10:00:00Z")?;
    }
    tx.commit().map_err(VaultError::from)?;
    drop(vault);

    let vault = Vault::open(&dir, avenir_vault::Secret::Passphrase(super::vault::PASS))?;
    let mut album_times = Vec::new();
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let pages = repo::pages_of(vault.conn(), client)?;
        let photos = repo::photos_of(vault.conn(), client)?;
        let mut bytes = 0;
        for p in &photos {
            bytes +=
                repo::photo_bytes(vault.conn(), p.id, PhotoSize::Thumb)?.map_or(0, |b| b.len());
        }
        std::hint::black_box((pages, bytes));
        album_times.push(ms(started));
    }
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    Ok(AlbumReport {
        import_12mp_ms: round2(super::median(&import_times)),
        album_100_ms: round2(super::median(&album_times)),
        source_bytes: source.len(),
        stored_image_bytes: imported.image.len(),
        stored_thumb_bytes: imported.thumb.len(),
        runs: runs.max(1),
    })
}
