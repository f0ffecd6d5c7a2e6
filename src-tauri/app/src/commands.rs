//! Tauri commands: convert, call one method of the application layer, map the result. Nothing
//! else lives here. Commands that derive keys are `async` so the key derivation runs off the UI
//! thread.

use tauri::{AppHandle, State};

use crate::dto::{
    CatalogueDto, CreationDto, GeneratedDto, RecoveryCheckDto, StrengthDto, UnlockMethod,
    VaultStatusDto,
};
use crate::error::CommandError;
use crate::state::AppState;

pub(crate) type Reply<T> = Result<T, CommandError>;

#[tauri::command]
pub fn get_catalogue(state: State<'_, AppState>) -> Reply<CatalogueDto> {
    Ok(state.current_catalogue()?.into())
}

#[tauri::command]
pub fn set_language(state: State<'_, AppState>, locale: String) -> Reply<CatalogueDto> {
    Ok(state.choose_language(&locale)?.into())
}

#[tauri::command]
pub fn frontend_ready(state: State<'_, AppState>) {
    state.mark_frontend_ready();
}

#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> Reply<VaultStatusDto> {
    Ok(state.vault_status()?.into())
}

#[tauri::command]
pub fn passphrase_strength(passphrase: String) -> StrengthDto {
    avenir_api::passphrase_strength(&passphrase).into()
}

#[tauri::command]
pub fn generate_passphrase(state: State<'_, AppState>) -> Reply<GeneratedDto> {
    Ok(state.generate_passphrase()?.into())
}

#[tauri::command]
pub fn begin_vault_creation(state: State<'_, AppState>) -> Reply<CreationDto> {
    Ok(state.begin_vault_creation()?.into())
}

#[tauri::command]
pub async fn finish_vault_creation(
    state: State<'_, AppState>,
    label: String,
    passphrase: String,
    recovery_check: Vec<RecoveryCheckDto>,
) -> Reply<VaultStatusDto> {
    let checks: Vec<(usize, String)> = recovery_check
        .into_iter()
        .map(|c| (c.index, c.text))
        .collect();
    Ok(state
        .finish_vault_creation(&label, &passphrase, &checks)?
        .into())
}

#[tauri::command]
pub fn cancel_vault_creation(state: State<'_, AppState>) {
    state.cancel_vault_creation();
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    profile_id: String,
    secret: String,
    method: UnlockMethod,
) -> Reply<VaultStatusDto> {
    Ok(state.unlock(&profile_id, method.secret(&secret))?.into())
}

#[tauri::command]
pub fn lock(app: AppHandle, state: State<'_, AppState>) -> Reply<VaultStatusDto> {
    Ok(crate::locking::lock_now(&app, &state)?.into())
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    next: String,
) -> Reply<()> {
    Ok(state.change_passphrase(&current, &next)?)
}

#[tauri::command]
pub fn set_idle_minutes(state: State<'_, AppState>, minutes: u32) -> Reply<VaultStatusDto> {
    Ok(state.set_idle_minutes(minutes)?.into())
}

#[tauri::command]
pub fn touch(state: State<'_, AppState>) {
    state.touch();
}
