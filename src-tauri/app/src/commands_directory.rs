//! Commands of the referral directory. Files to import and export go through the native chooser
//! (the `e2e` seam in end-to-end builds); everything else is one call into the application layer.

use avenir_api::DirectoryFormat;
use avenir_api::core::InvalidInput;
use tauri::{State, WebviewWindow};

use crate::chooser::{self, Pick, Texts};
use crate::commands::Reply;
use crate::dto_backup::ChosenFileDto;
use crate::dto_directory::{
    DirectoryHitsDto, DirectoryImportDto, DirectoryOfferDto, ServiceDto, ServiceFilterDto,
    ServiceInputDto,
};
use crate::dto_handover::CaseSentDto;
use crate::state::AppState;

#[tauri::command]
pub fn directory_search(
    state: State<'_, AppState>,
    filter: ServiceFilterDto,
) -> Reply<DirectoryHitsDto> {
    let today = state.env().clock.today();
    let hits = state.directory(&filter.into_domain()?)?;
    Ok(DirectoryHitsDto {
        entries: hits
            .entries
            .into_iter()
            .map(|r| ServiceDto::new(r, today))
            .collect(),
        more: hits.more,
    })
}

#[tauri::command]
pub fn add_directory_entry(
    state: State<'_, AppState>,
    entry: ServiceInputDto,
) -> Reply<ServiceDto> {
    let today = state.env().clock.today();
    Ok(ServiceDto::new(
        state.add_service(entry.into_domain()?)?,
        today,
    ))
}

#[tauri::command]
pub fn update_directory_entry(
    state: State<'_, AppState>,
    id: i64,
    entry: ServiceInputDto,
) -> Reply<ServiceDto> {
    let today = state.env().clock.today();
    Ok(ServiceDto::new(
        state.update_service(id, entry.into_domain()?)?,
        today,
    ))
}

#[tauri::command]
pub fn delete_directory_entry(state: State<'_, AppState>, id: i64) -> Reply<()> {
    Ok(state.delete_service(id)?)
}

/// Asks for a directory file (CSV or TOML) to import.
#[tauri::command]
pub async fn choose_directory_file(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Reply<ChosenFileDto> {
    state.require_open()?;
    let pick = Pick::File {
        extensions: &["csv", "toml"],
    };
    let texts = Texts::from_messages(
        &state.localizer(),
        "directory-choose-file-title",
        "chooser-accept",
    );
    let path = chooser::choose(&window, pick, texts)?;
    Ok(ChosenFileDto {
        path: path.map(|p| p.display().to_string()),
    })
}

/// What importing `file` would add, change and leave alone; writes nothing.
#[tauri::command]
pub async fn preview_directory_import(
    state: State<'_, AppState>,
    file: String,
) -> Reply<DirectoryImportDto> {
    Ok(state
        .directory_import_file(&chooser::chosen_file(&file)?, false)?
        .into())
}

/// Imports `file`: the good rows in one transaction, the bad ones reported.
#[tauri::command]
pub async fn import_directory(
    state: State<'_, AppState>,
    file: String,
) -> Reply<DirectoryImportDto> {
    Ok(state
        .directory_import_file(&chooser::chosen_file(&file)?, true)?
        .into())
}

/// Asks where to save the whole directory as `format` (`csv` or `toml`), then writes it.
#[tauri::command]
pub async fn export_directory(
    window: WebviewWindow,
    state: State<'_, AppState>,
    format: String,
) -> Reply<CaseSentDto> {
    state.require_open()?;
    let format = DirectoryFormat::parse(&format).ok_or(InvalidInput("format"))?;
    let pick = Pick::Save {
        extension: format.extension(),
        name: format!("avenir-directory.{}", format.extension()),
        folder: crate::booklet::default_folder(&window)?,
    };
    let texts = Texts::from_messages(
        &state.localizer(),
        "directory-choose-save-title",
        "directory-choose-save-accept",
    );
    let Some(chosen) = chooser::choose(&window, pick, texts)? else {
        return Ok(CaseSentDto { path: None });
    };
    state.directory_export_to(format, &chosen)?;
    Ok(CaseSentDto {
        path: Some(chosen.display().to_string()),
    })
}

/// The organisation's starting directory, if it is to be offered now.
#[tauri::command]
pub fn directory_offer(state: State<'_, AppState>) -> Reply<DirectoryOfferDto> {
    Ok(DirectoryOfferDto {
        file: state.directory_offer()?.map(|p| p.display().to_string()),
    })
}

/// Imports the starting directory (`apply`) or declines it; it is not offered again.
#[tauri::command]
pub async fn answer_directory_offer(
    state: State<'_, AppState>,
    apply: bool,
) -> Reply<Option<DirectoryImportDto>> {
    Ok(state.answer_directory_offer(apply)?.map(Into::into))
}
