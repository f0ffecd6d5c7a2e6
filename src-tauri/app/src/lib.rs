#![cfg_attr(test, allow(clippy::unwrap_used))]
//! The Tauri shell: builds the app, holds its state, and exposes thin commands. Commands convert
//! DTOs and call one function of the state; errors cross as `{ code, messageId, args }`.

mod commands;
mod dto;
mod error;
mod logging;
mod state;

pub use error::CommandError;

use tauri::Manager;

/// Overrides the data directory (demo vaults, tests); otherwise the platform's app data folder.
const DATA_DIR_ENV: &str = "AVENIR_DATA_DIR";

pub fn run() {
    logging::init();
    let result = tauri::Builder::default()
        .setup(|app| {
            let data_dir = match std::env::var_os(DATA_DIR_ENV) {
                Some(dir) => std::path::PathBuf::from(dir),
                None => app.path().app_data_dir()?,
            };
            app.manage(state::AppState::new(data_dir));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::get_catalogue,
            commands::set_language,
            commands::frontend_ready,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        log::error!("Avenir could not start: {e}");
        std::process::exit(1);
    }
}
