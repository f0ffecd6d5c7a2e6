//! Tauri commands: convert, call one method of the application layer, map the result. Nothing
//! else lives here. Commands that derive keys are `async` so the key derivation runs off the UI
//! thread.
//!
//! Passphrases and recovery keys arrive as `Zeroizing<String>`: the command's own copy is wiped
//! when the command returns (the copies WebKit and Tauri's IPC made before are out of reach).

use tauri::{AppHandle, State};
use zeroize::Zeroizing;

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
pub fn passphrase_strength(passphrase: Zeroizing<String>) -> StrengthDto {
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
    passphrase: Zeroizing<String>,
    recovery_check: Vec<RecoveryCheckDto>,
) -> Reply<VaultStatusDto> {
    let checks = RecoveryCheckDto::pairs(recovery_check);
    let status = state.finish_vault_creation(&label, &passphrase, &checks);
    wipe_spent_stack();
    Ok(status?.into())
}

#[tauri::command]
pub fn cancel_vault_creation(state: State<'_, AppState>) {
    state.cancel_vault_creation();
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    profile_id: String,
    secret: Zeroizing<String>,
    method: UnlockMethod,
) -> Reply<VaultStatusDto> {
    let status = state.unlock(&profile_id, method.secret(&secret));
    wipe_spent_stack();
    Ok(status?.into())
}

#[tauri::command]
pub fn lock(app: AppHandle, state: State<'_, AppState>) -> Reply<VaultStatusDto> {
    Ok(crate::locking::lock_now(&app, &state)?.into())
}

/// Replaces the passphrase; `current` is the passphrase or, with `method` `recovery`, the
/// recovery key. Answers the status, in which no new passphrase is owed any more.
#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: Zeroizing<String>,
    method: UnlockMethod,
    next: Zeroizing<String>,
) -> Reply<VaultStatusDto> {
    let changed = state.change_passphrase(method.secret(&current), &next);
    wipe_spent_stack();
    Ok(changed?.into())
}

#[tauri::command]
pub fn set_idle_minutes(state: State<'_, AppState>, minutes: u32) -> Reply<VaultStatusDto> {
    Ok(state.set_idle_minutes(minutes)?.into())
}

/// Off the main thread: while a re-key holds the vault, a heartbeat waits for it without
/// freezing the window (and the re-key's progress).
#[tauri::command]
pub async fn touch(state: State<'_, AppState>) -> Reply<()> {
    state.touch();
    Ok(())
}

/// How much of the stack below the command's frame [`wipe_spent_stack`] overwrites: more than the
/// deepest key derivation and keying reach (a debug build's frames included), and well within
/// the 2 MiB of an async runtime thread.
const SPENT_STACK: usize = 256 * 1024;

/// Overwrites the stack the call that just returned used. Keys are moved by value on their way
/// (a key derived into a local, returned in a `Result`, unwrapped): each move leaves a copy in a
/// stack frame that is popped without being wiped, and a runtime thread may not reuse that depth
/// for a long time. A zeroed array as deep as those frames wipes them.
#[inline(never)]
pub(crate) fn wipe_spent_stack() {
    let mut spent = [0u8; SPENT_STACK];
    zeroize::Zeroize::zeroize(&mut spent);
    std::hint::black_box(&spent);
}
