//! Commands of the photo album and the booklet. Photos arrive as the raw body of
//! `import_photo`, are decoded with limits and re-encoded without metadata by `avenir-media`, and
//! only the clean result reaches the vault; the original bytes and file name are not kept.

use avenir_api::core::InvalidInput;
use tauri::ipc::{InvokeBody, Request};
use tauri::{State, WebviewWindow};

use crate::chooser::{self, Pick, Texts};
use crate::commands::Reply;
use crate::dto_album::{AlbumDto, PageDto, PageInputDto, PhotoDto, SavedFileDto};
use crate::state::AppState;

const CLIENT_HEADER: &str = "avenir-client";

#[tauri::command]
pub async fn import_photo(state: State<'_, AppState>, request: Request<'_>) -> Reply<PhotoDto> {
    let client_id: i64 = request
        .headers()
        .get(CLIENT_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or(InvalidInput("client"))?;
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(InvalidInput("photo").into());
    };
    Ok(state.import_photo(client_id, bytes)?.into())
}

#[tauri::command]
pub fn album(state: State<'_, AppState>, client_id: i64) -> Reply<AlbumDto> {
    Ok(state.album(client_id)?.into())
}

#[tauri::command]
pub fn add_album_page(
    state: State<'_, AppState>,
    client_id: i64,
    page: PageInputDto,
) -> Reply<PageDto> {
    Ok(state.add_album_page(client_id, page.into_domain()?)?.into())
}

#[tauri::command]
pub fn update_album_page(
    state: State<'_, AppState>,
    page_id: i64,
    page: PageInputDto,
) -> Reply<PageDto> {
    Ok(state
        .update_album_page(page_id, page.into_domain()?)?
        .into())
}

#[tauri::command]
pub fn move_album_page(state: State<'_, AppState>, page_id: i64, position: u32) -> Reply<AlbumDto> {
    Ok(state.move_album_page(page_id, position)?.into())
}

#[tauri::command]
pub fn delete_album_page(state: State<'_, AppState>, page_id: i64) -> Reply<()> {
    Ok(state.delete_album_page(page_id)?)
}

#[tauri::command]
pub fn delete_photo(state: State<'_, AppState>, photo_id: i64) -> Reply<()> {
    Ok(state.delete_photo(photo_id)?)
}

/// Asks where to save the booklet the counsellor window shows (the native chooser, opening on a
/// removable drive or the home folder), then prints it there as a PDF (Linux: WebKitGTK's print
/// operation). Cancelling the chooser saves nothing (`path` is null).
#[tauri::command]
pub async fn save_booklet_pdf(
    window: WebviewWindow,
    state: State<'_, AppState>,
    paper: String,
    file_name: String,
) -> Reply<SavedFileDto> {
    let paper = crate::booklet::Paper::parse(&paper).ok_or(InvalidInput("paper"))?;
    state.require_open()?;
    let pick = Pick::Save {
        extension: "pdf",
        name: crate::booklet::suggested_name(&file_name)?,
        folder: crate::booklet::default_folder(&window)?,
    };
    let l10n = state.localizer();
    let texts = Texts {
        title: l10n.format("booklet-pdf-choose-title", &[]),
        accept: l10n.format("booklet-pdf-choose-accept", &[]),
        cancel: l10n.format("chooser-cancel", &[]),
    };
    let Some(chosen) = chooser::choose(&window, pick, texts)? else {
        return Ok(SavedFileDto { path: None });
    };
    let path = crate::booklet::chosen_path(chosen)?;
    crate::booklet::print_to_pdf(&window, &path, paper)?;
    Ok(SavedFileDto {
        path: Some(path.display().to_string()),
    })
}
