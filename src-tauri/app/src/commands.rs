//! Tauri commands: convert, call one function, map the result. Nothing else lives here.
//! Commands that derive keys are `async` so the key derivation runs off the UI thread.

use tauri::{AppHandle, State};

use crate::dto::{
    CatalogueDto, CreationDto, GeneratedDto, RecoveryCheckDto, StrengthDto, UnlockMethod,
    VaultStatusDto,
};
use crate::error::CommandError;
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

#[tauri::command]
pub fn get_catalogue(state: State<'_, AppState>) -> Reply<CatalogueDto> {
    state
        .current_catalogue()
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn set_language(state: State<'_, AppState>, locale: String) -> Reply<CatalogueDto> {
    state
        .choose_language(&locale)
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn frontend_ready(state: State<'_, AppState>) {
    state.mark_frontend_ready();
}

#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> Reply<VaultStatusDto> {
    state
        .vaults
        .status()
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn passphrase_strength(passphrase: String) -> StrengthDto {
    avenir_vault::passphrase::strength(&passphrase, &[]).into()
}

#[tauri::command]
pub fn generate_passphrase(state: State<'_, AppState>) -> Reply<GeneratedDto> {
    state
        .generate_passphrase()
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn begin_vault_creation(state: State<'_, AppState>) -> Reply<CreationDto> {
    state
        .vaults
        .begin_creation()
        .map(Into::into)
        .map_err(CommandError::from)
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
    state
        .vaults
        .finish_creation(&label, &passphrase, &checks)
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn cancel_vault_creation(state: State<'_, AppState>) {
    state.vaults.cancel_creation();
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    profile_id: String,
    secret: String,
    method: UnlockMethod,
) -> Reply<VaultStatusDto> {
    state
        .vaults
        .unlock(&profile_id, method.secret(&secret))
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn lock(app: AppHandle, state: State<'_, AppState>) -> Reply<VaultStatusDto> {
    crate::locking::lock_now(&app, &state)
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    next: String,
) -> Reply<()> {
    state
        .vaults
        .change_passphrase(&current, &next)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn set_idle_minutes(state: State<'_, AppState>, minutes: u32) -> Reply<VaultStatusDto> {
    state
        .vaults
        .set_idle_minutes(minutes)
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn touch(state: State<'_, AppState>) {
    state.vaults.touch();
}
