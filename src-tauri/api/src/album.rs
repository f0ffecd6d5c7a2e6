//! The photo album. A photo is decoded with limits, turned upright and re-encoded without
//! metadata by `avenir-media` before anything reaches the vault; the original bytes and file
//! name are never kept. The app (one photo at a time) and the command line (a batch, one page
//! per photo) share this one import.

use std::io::Read;
use std::path::{Path, PathBuf};

use avenir_core::album::{Category, PageInput};
use avenir_media::{Limits, MediaError};
use avenir_vault::album::{self as repo, NewPhoto, PageRecord, PhotoRecord, PhotoSize};

use crate::{ApiError, OpenVault};

/// A client's album: its pages in order and every photo (on a page or not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Album {
    pub client_id: i64,
    pub pages: Vec<PageRecord>,
    pub photos: Vec<PhotoRecord>,
}

/// What happened to each file of a batch import, in order.
#[derive(Debug)]
pub struct BatchReport {
    pub imported: Vec<PathBuf>,
    pub failed: Vec<(PathBuf, MediaError)>,
}

impl OpenVault {
    /// Imports one photo into the client's album (no page yet).
    pub fn import_photo(&self, client_id: i64, bytes: &[u8]) -> Result<PhotoRecord, ApiError> {
        let imported = avenir_media::import(bytes, &Limits::default())?;
        self.store_imported(client_id, &imported)
    }

    /// Stores a photo `avenir-media` has already cleaned (the app decodes outside the vault lock).
    pub(crate) fn store_imported(
        &self,
        client_id: i64,
        imported: &avenir_media::Imported,
    ) -> Result<PhotoRecord, ApiError> {
        let photo = NewPhoto {
            image: &imported.image,
            width: imported.width,
            height: imported.height,
            thumb: &imported.thumb,
            thumb_width: imported.thumb_width,
            thumb_height: imported.thumb_height,
        };
        Ok(repo::add_photo(
            self.conn(),
            client_id,
            photo,
            &self.env.clock.stamp(),
        )?)
    }

    /// Imports each file as a photo on a page of its own. A file that cannot be read as a photo
    /// is reported and skipped; the others are kept. Each photo and its page are stored together.
    pub fn import_photo_files(
        &self,
        client_id: i64,
        files: &[PathBuf],
    ) -> Result<BatchReport, ApiError> {
        let limits = Limits::default();
        let mut report = BatchReport {
            imported: Vec::new(),
            failed: Vec::new(),
        };
        for path in files {
            let imported = read_limited(path, &limits)
                .and_then(|bytes| Ok(avenir_media::import(&bytes, &limits)?));
            let imported = match imported {
                Ok(i) => i,
                Err(ApiError::Photo(e)) => {
                    report.failed.push((path.clone(), e));
                    continue;
                }
                Err(e) => return Err(e),
            };
            self.in_transaction(|v| {
                let photo = v.store_imported(client_id, &imported)?;
                let page = PageInput {
                    category: Category::Moments,
                    caption: String::new(),
                    message: None,
                    photos: vec![photo.id],
                };
                Ok(repo::add_page(
                    v.conn(),
                    client_id,
                    &page,
                    &v.env.clock.stamp(),
                )?)
            })?;
            report.imported.push(path.clone());
        }
        Ok(report)
    }

    pub fn album(&self, client_id: i64) -> Result<Album, ApiError> {
        Ok(Album {
            client_id,
            pages: repo::pages_of(self.conn(), client_id)?,
            photos: repo::photos_of(self.conn(), client_id)?,
        })
    }

    /// The stored bytes of a photo or its thumbnail (a JPEG without metadata).
    pub fn photo_bytes(&self, photo_id: i64, size: PhotoSize) -> Result<Option<Vec<u8>>, ApiError> {
        Ok(repo::photo_bytes(self.conn(), photo_id, size)?)
    }

    pub fn add_album_page(&self, client_id: i64, page: PageInput) -> Result<PageRecord, ApiError> {
        let page = page.check()?;
        Ok(repo::add_page(
            self.conn(),
            client_id,
            &page,
            &self.env.clock.stamp(),
        )?)
    }

    pub fn update_album_page(&self, page_id: i64, page: PageInput) -> Result<PageRecord, ApiError> {
        let page = page.check()?;
        Ok(repo::update_page(self.conn(), page_id, &page)?)
    }

    /// Moves a page to `position` (0-based) and answers with the whole album as it now is.
    pub fn move_album_page(&self, page_id: i64, position: u32) -> Result<Album, ApiError> {
        let client_id = repo::move_page(self.conn(), page_id, position)?;
        self.album(client_id)
    }

    /// Removes a page and erases its photos that are on no other page.
    pub fn delete_album_page(&self, page_id: i64) -> Result<(), ApiError> {
        Ok(repo::delete_page(self.conn(), page_id)?)
    }

    pub fn delete_photo(&self, photo_id: i64) -> Result<(), ApiError> {
        Ok(repo::delete_photo(self.conn(), photo_id)?)
    }
}

/// Reads a file, refusing before reading one larger than the import limit.
fn read_limited(path: &Path, limits: &Limits) -> Result<Vec<u8>, ApiError> {
    let unreadable = |source| ApiError::ReadFile {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len > limits.max_file_bytes {
        return Err(MediaError::TooLarge {
            max_mb: limits.max_file_bytes / (1024 * 1024),
        }
        .into());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    Ok(bytes)
}
