//! Locking: close the vault, tell every window, and reload them so no client data survives in a
//! page. Used by the `lock` command and by the idle watcher.

use std::time::Duration;

use avenir_api::{ApiError, VaultStatus};
use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

pub const LOCKED_EVENT: &str = "vault-locked";

pub fn lock_now(app: &AppHandle, state: &AppState) -> Result<VaultStatus, ApiError> {
    state.lock();
    // A text being read aloud stops with the screen it came from.
    if let Some(speech) = app.try_state::<crate::speech::Speech>()
        && let Err(e) = speech.stop()
    {
        log::debug!("read aloud did not stop on lock: {e}");
    }
    if let Err(e) = app.emit(LOCKED_EVENT, ()) {
        log::warn!("could not announce the lock: {e}");
    }
    for (label, window) in app.webview_windows() {
        if let Err(e) = window.reload() {
            log::warn!("could not reload window {label} after locking: {e}");
        }
    }
    state.vault_status()
}

/// Checks every few seconds whether the open vault has been idle too long, and locks it.
pub fn watch_idle(app: AppHandle) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(5));
            let state = app.state::<AppState>();
            if state.idle_expired()
                && let Err(e) = lock_now(&app, &state)
            {
                log::warn!("idle lock: {e}");
            }
        }
    });
}
