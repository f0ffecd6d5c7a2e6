//! When the app backs up by itself: a periodic check (after changes, at most hourly, while a
//! vault is open) and on quitting. Both call the application layer, which decides whether a
//! backup is due; failures are kept for the vault home to show, never raised as dialogs.

use std::time::Duration;

use avenir_api::BackupWhen;
use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// How often the app asks whether a backup is due.
const CHECK_EVERY: Duration = Duration::from_secs(60);

pub fn watch(app: AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(CHECK_EVERY);
            let state = app.state::<AppState>();
            if let Err(e) = state.run_backup(BackupWhen::Due) {
                log::debug!("automatic backup: {e}");
            }
        }
    });
}

/// Backs up what changed since the last backup before the window closes.
pub fn on_quit(app: &AppHandle) {
    let state = app.state::<AppState>();
    match state.run_backup(BackupWhen::Quitting) {
        Ok(Some(done)) => log::info!("backed up on quitting ({} bytes)", done.bytes),
        Ok(None) => {}
        Err(e) => log::warn!("backup on quitting: {e}"),
    }
}
