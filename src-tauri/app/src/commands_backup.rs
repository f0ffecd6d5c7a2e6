//! Commands of backups and restore. Choosing a folder or a file opens the native chooser; a
//! backup runs on a worker thread (the UI shows it running) and is written and test-restored by
//! the application layer.

use tauri::{State, WebviewWindow};

use crate::chooser::{self, Pick, Texts};
use crate::commands::Reply;
use crate::dto::{UnlockMethod, VaultStatusDto};
use crate::dto_backup::{BackupStatusDto, ChosenFileDto};
use crate::state::AppState;

#[tauri::command]
pub fn backup_status(state: State<'_, AppState>) -> Reply<BackupStatusDto> {
    Ok(state.backup_status()?.into())
}

/// Asks for the backup folder, remembers it and backs up at once. Cancelling changes nothing.
#[tauri::command]
pub async fn choose_backup_folder(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Reply<BackupStatusDto> {
    state.require_open()?;
    let texts = Texts::from_messages(
        &state.localizer(),
        "backup-choose-folder-title",
        "chooser-accept",
    );
    Ok(match chooser::choose(&window, Pick::Folder, texts)? {
        Some(folder) => state.choose_backup_folder(&folder)?,
        None => state.backup_status()?,
    }
    .into())
}

/// Backs up now (the folder must be chosen); answers with the status after the test restore.
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Reply<BackupStatusDto> {
    Ok(state.backup_now()?.into())
}

/// Asks for a backup file to restore (works while locked: it only names a file).
#[tauri::command]
pub async fn choose_backup_file(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Reply<ChosenFileDto> {
    let texts = Texts::from_messages(
        &state.localizer(),
        "backup-choose-file-title",
        "chooser-accept",
    );
    let pick = Pick::File {
        extensions: &[avenir_api::BACKUP_EXTENSION],
    };
    let path = chooser::choose(&window, pick, texts)?;
    Ok(ChosenFileDto {
        path: path.map(|p| p.display().to_string()),
    })
}

/// Restores the backup `file` as a new profile `label`, opened with the passphrase or the
/// recovery key it was made with. The whole file is checked before anything is created.
#[tauri::command]
pub async fn restore_backup(
    state: State<'_, AppState>,
    file: String,
    secret: String,
    method: UnlockMethod,
    label: String,
) -> Reply<VaultStatusDto> {
    let file = chooser::chosen_file(&file)?;
    Ok(state
        .restore_backup(&file, method.secret(&secret), &label)?
        .into())
}
