//! Commands of the photo album and the booklet. Photos arrive as the raw body of
//! `import_photo`, are decoded with limits and re-encoded without metadata by `avenir-media`, and
//! only the clean result reaches the vault; the original bytes and file name are not kept.

use avenir_vault::album as repo;
use chrono::Utc;
use tauri::ipc::{InvokeBody, Request};
use tauri::{State, WebviewWindow};

use crate::dto_album::{AlbumDto, PageDto, PageInputDto, PhotoDto, SavedFileDto};
use crate::error::CommandError;
use crate::state::AppState;
use crate::vaults::SessionError;

type Reply<T> = Result<T, CommandError>;

fn fail(e: impl Into<SessionError>) -> CommandError {
    CommandError::from(e.into())
}

fn invalid(field: &'static str) -> CommandError {
    fail(avenir_core::client::ClientError::FieldInvalid(field))
}

fn now() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The header naming the client an imported photo belongs to.
const CLIENT_HEADER: &str = "avenir-client";

/// Async: decoding and re-encoding take a fraction of a second, off the UI thread.
#[tauri::command]
pub async fn import_photo(state: State<'_, AppState>, request: Request<'_>) -> Reply<PhotoDto> {
    let client_id: i64 = request
        .headers()
        .get(CLIENT_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| invalid("client"))?;
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(invalid("photo"));
    };
    let photo = state.import_photo(client_id, bytes, &now()).map_err(fail)?;
    Ok(photo.into())
}

fn load_album(state: &AppState, client_id: i64) -> Reply<AlbumDto> {
    let (pages, photos) = state
        .vaults
        .with_vault(|v| {
            Ok((
                repo::pages_of(v.conn(), client_id)?,
                repo::photos_of(v.conn(), client_id)?,
            ))
        })
        .map_err(fail)?;
    Ok(AlbumDto {
        client_id,
        pages: pages.into_iter().map(Into::into).collect(),
        photos: photos.into_iter().map(Into::into).collect(),
    })
}

#[tauri::command]
pub fn album(state: State<'_, AppState>, client_id: i64) -> Reply<AlbumDto> {
    load_album(&state, client_id)
}

#[tauri::command]
pub fn add_album_page(
    state: State<'_, AppState>,
    client_id: i64,
    page: PageInputDto,
) -> Reply<PageDto> {
    let page = page.into_domain().map_err(fail)?.check().map_err(fail)?;
    let now = now();
    let record = state
        .vaults
        .with_vault(|v| repo::add_page(v.conn(), client_id, &page, &now))
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn update_album_page(
    state: State<'_, AppState>,
    page_id: i64,
    page: PageInputDto,
) -> Reply<PageDto> {
    let page = page.into_domain().map_err(fail)?.check().map_err(fail)?;
    let record = state
        .vaults
        .with_vault(|v| repo::update_page(v.conn(), page_id, &page))
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn move_album_page(state: State<'_, AppState>, page_id: i64, position: u32) -> Reply<AlbumDto> {
    let client_id = state
        .vaults
        .with_vault(|v| repo::move_page(v.conn(), page_id, position))
        .map_err(fail)?;
    load_album(&state, client_id)
}

#[tauri::command]
pub fn delete_album_page(state: State<'_, AppState>, page_id: i64) -> Reply<()> {
    state
        .vaults
        .with_vault(|v| repo::delete_page(v.conn(), page_id))
        .map_err(fail)
}

#[tauri::command]
pub fn delete_photo(state: State<'_, AppState>, photo_id: i64) -> Reply<()> {
    state
        .vaults
        .with_vault(|v| repo::delete_photo(v.conn(), photo_id))
        .map_err(fail)
}

/// Prints what the window shows (its print stylesheet keeps only the booklet sheet) to a PDF in
/// the user's documents folder, without a dialog. Async: it waits for the print to finish.
#[tauri::command]
pub async fn save_booklet_pdf(
    window: WebviewWindow,
    state: State<'_, AppState>,
    paper: String,
    file_name: String,
) -> Reply<SavedFileDto> {
    let paper = crate::booklet::Paper::parse(&paper).ok_or_else(|| invalid("paper"))?;
    // Only with an open vault: the booklet on screen came from it.
    state.vaults.with_vault(|_| Ok(())).map_err(fail)?;
    let path = crate::booklet::target_path(&window, &file_name).map_err(CommandError::from)?;
    crate::booklet::print_to_pdf(&window, &path, paper).map_err(CommandError::from)?;
    Ok(SavedFileDto {
        path: path.display().to_string(),
    })
}
