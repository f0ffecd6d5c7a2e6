//! Repositories for the photo album: photos (already re-encoded by `avenir-media`, so without
//! metadata) and pages, over an open vault's connection. Deleting frees the rows and folds the
//! write-ahead log back, so nothing of a deleted photo stays readable in the vault's files.

use avenir_core::album::{Category, Message, PageInput};
use rusqlite::{Connection, OptionalExtension, params};

use crate::VaultError;

/// A photo's metadata (never its bytes, which are read one at a time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoRecord {
    pub id: i64,
    pub client_id: i64,
    pub width: u32,
    pub height: u32,
    pub thumb_width: u32,
    pub thumb_height: u32,
    pub imported_at: String,
}

/// A photo ready to store: the re-encoded image and its thumbnail.
#[derive(Debug, Clone, Copy)]
pub struct NewPhoto<'a> {
    pub image: &'a [u8],
    pub width: u32,
    pub height: u32,
    pub thumb: &'a [u8],
    pub thumb_width: u32,
    pub thumb_height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRecord {
    pub id: i64,
    pub client_id: i64,
    pub position: u32,
    pub input: PageInput,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoSize {
    Thumb,
    Image,
}

fn client_exists(conn: &Connection, client_id: i64) -> Result<(), VaultError> {
    conn.query_row("SELECT 1 FROM clients WHERE id = ?1", [client_id], |_| {
        Ok(())
    })
    .optional()?
    .ok_or(VaultError::ClientMissing)
}

/// Runs `f` in a transaction, or inside the caller's when one is open (a batch import).
fn atomically<T>(
    conn: &Connection,
    f: impl FnOnce() -> Result<T, VaultError>,
) -> Result<T, VaultError> {
    if !conn.is_autocommit() {
        return f();
    }
    let tx = conn.unchecked_transaction()?;
    let out = f()?;
    tx.commit()?;
    Ok(out)
}

fn fold_wal(conn: &Connection) -> Result<(), VaultError> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

pub fn add_photo(
    conn: &Connection,
    client_id: i64,
    photo: NewPhoto<'_>,
    now: &str,
) -> Result<PhotoRecord, VaultError> {
    client_exists(conn, client_id)?;
    conn.execute(
        "INSERT INTO photos (client_id, imported_at, width, height, thumb_width, thumb_height, thumb, image)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            client_id,
            now,
            photo.width,
            photo.height,
            photo.thumb_width,
            photo.thumb_height,
            photo.thumb,
            photo.image
        ],
    )?;
    Ok(PhotoRecord {
        id: conn.last_insert_rowid(),
        client_id,
        width: photo.width,
        height: photo.height,
        thumb_width: photo.thumb_width,
        thumb_height: photo.thumb_height,
        imported_at: now.to_owned(),
    })
}

pub fn photos_of(conn: &Connection, client_id: i64) -> Result<Vec<PhotoRecord>, VaultError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, client_id, width, height, thumb_width, thumb_height, imported_at
           FROM photos WHERE client_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok(PhotoRecord {
            id: r.get(0)?,
            client_id: r.get(1)?,
            width: r.get(2)?,
            height: r.get(3)?,
            thumb_width: r.get(4)?,
            thumb_height: r.get(5)?,
            imported_at: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The bytes (JPEG) of one photo or its thumbnail; `None` when there is no such photo.
pub fn photo_bytes(
    conn: &Connection,
    photo_id: i64,
    size: PhotoSize,
) -> Result<Option<Vec<u8>>, VaultError> {
    let sql = match size {
        PhotoSize::Thumb => "SELECT thumb FROM photos WHERE id = ?1",
        PhotoSize::Image => "SELECT image FROM photos WHERE id = ?1",
    };
    Ok(conn
        .prepare_cached(sql)?
        .query_row([photo_id], |r| r.get(0))
        .optional()?)
}

/// Erases a photo from the vault and from every page.
pub fn delete_photo(conn: &Connection, photo_id: i64) -> Result<(), VaultError> {
    if conn.execute("DELETE FROM photos WHERE id = ?1", [photo_id])? == 0 {
        return Err(VaultError::ClientMissing);
    }
    if conn.is_autocommit() {
        fold_wal(conn)?;
    }
    Ok(())
}

fn check_photos_belong(
    conn: &Connection,
    client_id: i64,
    photos: &[i64],
) -> Result<(), VaultError> {
    let mut stmt = conn.prepare_cached("SELECT client_id FROM photos WHERE id = ?1")?;
    for id in photos {
        let owner: Option<i64> = stmt.query_row([id], |r| r.get(0)).optional()?;
        if owner != Some(client_id) {
            return Err(VaultError::ClientMissing);
        }
    }
    Ok(())
}

fn write_page_photos(conn: &Connection, page_id: i64, photos: &[i64]) -> Result<(), VaultError> {
    conn.execute(
        "DELETE FROM album_page_photos WHERE page_id = ?1",
        [page_id],
    )?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO album_page_photos (page_id, photo_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (i, id) in photos.iter().enumerate() {
        stmt.execute(params![page_id, id, i as i64])?;
    }
    Ok(())
}

fn message_columns(m: &Option<Message>) -> (Option<&str>, Option<&str>) {
    match m {
        Some(m) => (Some(m.from.as_str()), Some(m.text.as_str())),
        None => (None, None),
    }
}

/// Adds a page at the end of the client's album. `page` is checked by core.
pub fn add_page(
    conn: &Connection,
    client_id: i64,
    page: &PageInput,
    now: &str,
) -> Result<PageRecord, VaultError> {
    client_exists(conn, client_id)?;
    check_photos_belong(conn, client_id, &page.photos)?;
    let id = atomically(conn, || {
        let position: i64 = conn.query_row(
            "SELECT coalesce(max(position) + 1, 0) FROM album_pages WHERE client_id = ?1",
            [client_id],
            |r| r.get(0),
        )?;
        let (from, text) = message_columns(&page.message);
        conn.execute(
            "INSERT INTO album_pages (client_id, position, category, caption, message_from, message_text, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![client_id, position, page.category.as_str(), page.caption, from, text, now],
        )?;
        let id = conn.last_insert_rowid();
        write_page_photos(conn, id, &page.photos)?;
        Ok(id)
    })?;
    get_page(conn, id)
}

pub fn update_page(
    conn: &Connection,
    page_id: i64,
    page: &PageInput,
) -> Result<PageRecord, VaultError> {
    let client_id = page_client(conn, page_id)?;
    check_photos_belong(conn, client_id, &page.photos)?;
    atomically(conn, || {
        let (from, text) = message_columns(&page.message);
        conn.execute(
            "UPDATE album_pages SET category = ?2, caption = ?3, message_from = ?4, message_text = ?5 WHERE id = ?1",
            params![page_id, page.category.as_str(), page.caption, from, text],
        )?;
        write_page_photos(conn, page_id, &page.photos)
    })?;
    get_page(conn, page_id)
}

fn page_client(conn: &Connection, page_id: i64) -> Result<i64, VaultError> {
    conn.query_row(
        "SELECT client_id FROM album_pages WHERE id = ?1",
        [page_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(VaultError::ClientMissing)
}

pub fn get_page(conn: &Connection, page_id: i64) -> Result<PageRecord, VaultError> {
    let client_id = page_client(conn, page_id)?;
    pages_of(conn, client_id)?
        .into_iter()
        .find(|p| p.id == page_id)
        .ok_or(VaultError::ClientMissing)
}

/// The client's pages in album order, each with its photo ids in order.
pub fn pages_of(conn: &Connection, client_id: i64) -> Result<Vec<PageRecord>, VaultError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, position, category, caption, message_from, message_text
           FROM album_pages WHERE client_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut pages = Vec::new();
    for row in rows {
        let (id, position, category, caption, from, text) = row?;
        let category = Category::parse(&category)
            .ok_or_else(|| VaultError::damaged("an album page has an unknown category"))?;
        let message = match (from, text) {
            (None, None) => None,
            (from, text) => Some(Message {
                from: from.unwrap_or_default(),
                text: text.unwrap_or_default(),
            }),
        };
        pages.push(PageRecord {
            id,
            client_id,
            position,
            input: PageInput {
                category,
                caption,
                message,
                photos: Vec::new(),
            },
        });
    }
    let mut photos = conn.prepare_cached(
        "SELECT pp.page_id, pp.photo_id FROM album_page_photos pp
           JOIN album_pages p ON p.id = pp.page_id
          WHERE p.client_id = ?1 ORDER BY pp.page_id, pp.position",
    )?;
    let links = photos.query_map([client_id], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
    })?;
    for link in links {
        let (page_id, photo_id) = link?;
        if let Some(p) = pages.iter_mut().find(|p| p.id == page_id) {
            p.input.photos.push(photo_id);
        }
    }
    // Positions as the UI sees them: 0, 1, 2… whatever gaps deletions left.
    for (i, p) in pages.iter_mut().enumerate() {
        p.position = i as u32;
    }
    Ok(pages)
}

/// Moves a page to `position` (0-based, clamped); the others keep their order. Returns the
/// client id.
pub fn move_page(conn: &Connection, page_id: i64, position: u32) -> Result<i64, VaultError> {
    let client_id = page_client(conn, page_id)?;
    let mut order: Vec<i64> = pages_of(conn, client_id)?
        .into_iter()
        .map(|p| p.id)
        .collect();
    order.retain(|id| *id != page_id);
    let at = (position as usize).min(order.len());
    order.insert(at, page_id);
    atomically(conn, || {
        let mut stmt = conn.prepare_cached("UPDATE album_pages SET position = ?2 WHERE id = ?1")?;
        for (i, id) in order.iter().enumerate() {
            stmt.execute(params![id, i as i64])?;
        }
        Ok(())
    })?;
    Ok(client_id)
}

/// Removes a page; its photos that are on no other page are erased too.
pub fn delete_page(conn: &Connection, page_id: i64) -> Result<(), VaultError> {
    page_client(conn, page_id)?;
    atomically(conn, || {
        conn.execute(
            "DELETE FROM photos WHERE id IN (
                 SELECT photo_id FROM album_page_photos WHERE page_id = ?1
                 EXCEPT SELECT photo_id FROM album_page_photos WHERE page_id != ?1)",
            [page_id],
        )?;
        conn.execute("DELETE FROM album_pages WHERE id = ?1", [page_id])?;
        Ok(())
    })?;
    if conn.is_autocommit() {
        fold_wal(conn)?;
    }
    Ok(())
}
