//! Tauri commands: convert, call one function, map the result. Nothing else lives here.

use tauri::State;

use crate::dto::CatalogueDto;
use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub fn get_catalogue(state: State<'_, AppState>) -> Result<CatalogueDto, CommandError> {
    state
        .current_catalogue()
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn set_language(
    state: State<'_, AppState>,
    locale: String,
) -> Result<CatalogueDto, CommandError> {
    state
        .choose_language(&locale)
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn frontend_ready(state: State<'_, AppState>) {
    state.mark_frontend_ready();
}
