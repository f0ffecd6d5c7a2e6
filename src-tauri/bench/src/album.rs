//! `album`: importing a 12-megapixel JPEG (decode, orientation, re-encode, thumbnail, and
//! storing both in the encrypted vault; target < 400 ms), and loading the thumbnails of an album
//! of 100 photos once the vault is open (target < 500 ms). Both through the application layer,
//! the code the app runs.

use std::time::Instant;

use avenir_api::core::album::{Category, PageInput};
use avenir_api::core::client::ClientInput;
use avenir_api::{OpenVault, PhotoSize, Secret};
use serde::Serialize;

use crate::{BenchError, stats};

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

pub fn run(runs: usize) -> Result<AlbumReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("album");
    let vault = crate::fresh_vault(&dir)?;
    let client = vault
        .create_client(ClientInput {
            code: "DEMO-ALBUM".into(),
            ..Default::default()
        })?
        .id;
    let source = avenir_testkit::photos::bench_12mp_jpeg();
    let mut import_times = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let photo = vault.import_photo(client, &source)?;
        import_times.push(ms(started));
        last = Some(photo);
    }
    let Some(photo) = last else {
        return Err(BenchError::Io(std::io::Error::other("no import ran")));
    };
    let stored = |size| -> Result<usize, BenchError> {
        Ok(vault.photo_bytes(photo.id, size)?.map_or(0, |b| b.len()))
    };
    let (stored_image_bytes, stored_thumb_bytes) =
        (stored(PhotoSize::Image)?, stored(PhotoSize::Thumb)?);

    // An album of 100 photos and 100 pages (the photos imported above count towards it). The
    // rest are smaller photos: the album loads thumbnails, which are the same size either way.
    let small = avenir_testkit::photos::photo_like_jpeg(800, 600);
    for _ in import_times.len()..PHOTOS {
        vault.import_photo(client, &small)?;
    }
    for photo in vault.album(client)?.photos {
        let page = PageInput {
            category: Category::Moments,
            caption: "Fictional caption".into(),
            message: None,
            photos: vec![photo.id],
        };
        vault.add_album_page(client, page)?;
    }
    drop(vault);

    let vault = OpenVault::open(&dir, Secret::Passphrase(crate::PASS), crate::env())?;
    let mut album_times = Vec::new();
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        let album = vault.album(client)?;
        let mut bytes = 0;
        for p in &album.photos {
            bytes += vault
                .photo_bytes(p.id, PhotoSize::Thumb)?
                .map_or(0, |b| b.len());
        }
        std::hint::black_box((album, bytes));
        album_times.push(ms(started));
    }
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    Ok(AlbumReport {
        import_12mp_ms: round2(stats::median(&import_times)),
        album_100_ms: round2(stats::median(&album_times)),
        source_bytes: source.len(),
        stored_image_bytes,
        stored_thumb_bytes,
        runs: runs.max(1),
    })
}
