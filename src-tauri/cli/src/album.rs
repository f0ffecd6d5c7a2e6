//! `album-import`: a counsellor who receives many photos at once adds them to a client's album
//! from the command line, through the same import as the app (same limits, same metadata
//! removal). Each photo becomes a page of its own. Files that cannot be imported are reported
//! and skipped; the others are kept.

use std::path::{Path, PathBuf};

use avenir_core::album::{Category, PageInput};
use avenir_media::{Limits, MediaError};
use avenir_vault::album::{self as repo, NewPhoto};
use avenir_vault::clients::find_client;
use avenir_vault::{Secret, Vault};

use crate::CliError;

/// What happened to each file, in order.
#[derive(Debug)]
pub struct ImportReport {
    pub imported: Vec<PathBuf>,
    pub failed: Vec<(PathBuf, MediaError)>,
}

fn read_limited(path: &Path, limits: &Limits) -> Result<Vec<u8>, CliError> {
    let len = std::fs::metadata(path)?.len();
    if len > limits.max_file_bytes {
        return Err(CliError::Photo(MediaError::TooLarge {
            max_mb: limits.max_file_bytes / (1024 * 1024),
        }));
    }
    Ok(std::fs::read(path)?)
}

pub fn album_import(
    dir: &Path,
    passphrase: &str,
    code: &str,
    files: &[PathBuf],
    now: &str,
) -> Result<ImportReport, CliError> {
    let vault = Vault::open(dir, Secret::Passphrase(passphrase))?;
    let conn = vault.conn();
    let client =
        find_client(conn, code)?.ok_or_else(|| CliError::ClientUnknown(code.trim().to_owned()))?;
    let limits = Limits::default();
    let mut report = ImportReport {
        imported: Vec::new(),
        failed: Vec::new(),
    };
    for path in files {
        let bytes = match read_limited(path, &limits) {
            Ok(b) => b,
            Err(CliError::Photo(e)) => {
                report.failed.push((path.clone(), e));
                continue;
            }
            Err(e) => return Err(e),
        };
        let imported = match avenir_media::import(&bytes, &limits) {
            Ok(i) => i,
            Err(e) => {
                report.failed.push((path.clone(), e));
                continue;
            }
        };
        drop(bytes);
        let tx = conn
            .unchecked_transaction()
            .map_err(avenir_vault::VaultError::from)?;
        let photo = repo::add_photo(
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
            now,
        )?;
        let page = PageInput {
            category: Category::Moments,
            caption: String::new(),
            message: None,
            photos: vec![photo.id],
        };
        repo::add_page(conn, client, &page, now)?;
        tx.commit().map_err(avenir_vault::VaultError::from)?;
        report.imported.push(path.clone());
    }
    Ok(report)
}
