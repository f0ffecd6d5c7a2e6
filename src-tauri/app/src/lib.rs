#![cfg_attr(test, allow(clippy::unwrap_used))]
//! The Tauri shell: builds the app, holds its state, and exposes thin commands. Commands convert
//! DTOs and call one method of the application layer (`avenir-api`); errors cross as
//! `{ code, messageId, args }`.

mod backups;
mod booklet;
mod chooser;
mod commands;
mod commands_album;
mod commands_backup;
mod commands_clients;
mod commands_courses;
mod commands_worksheets;
pub mod contract;
mod dto;
mod dto_album;
mod dto_backup;
mod dto_clients;
mod dto_worksheets;
mod error;
mod locking;
mod logging;
mod media_protocol;
mod projector;
mod state;

pub use error::CommandError;

use tauri::Manager;

pub fn run() {
    logging::init();
    let mut context = tauri::generate_context!();
    allow_automation_under_webdriver(context.config_mut(), webview_automation_requested());
    let result = tauri::Builder::default()
        .setup(|app| {
            let data_dir = match avenir_api::data_dir_override() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            app.manage(state::AppState::new(&data_dir));
            chooser::forget_recent_files();
            locking::watch_idle(app.handle().clone());
            backups::watch(app.handle().clone());
            Ok(())
        })
        .register_uri_scheme_protocol(media_protocol::SCHEME, media_protocol::respond)
        // The projector window never outlives the counsellor window.
        .on_window_event(|window, event| {
            if window.label() == "main" && matches!(event, tauri::WindowEvent::Destroyed) {
                let _ = projector::close(window.app_handle());
            }
            // Quitting backs up what changed since the last backup (it takes a moment).
            if window.label() == "main"
                && matches!(event, tauri::WindowEvent::CloseRequested { .. })
            {
                backups::on_quit(window.app_handle());
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::get_catalogue,
            commands::set_language,
            commands::frontend_ready,
            commands::vault_status,
            commands::passphrase_strength,
            commands::generate_passphrase,
            commands::begin_vault_creation,
            commands::finish_vault_creation,
            commands::cancel_vault_creation,
            commands::unlock,
            commands::lock,
            commands::change_passphrase,
            commands::set_idle_minutes,
            commands::touch,
            commands_backup::backup_status,
            commands_backup::choose_backup_folder,
            commands_backup::backup_now,
            commands_backup::choose_backup_file,
            commands_backup::restore_backup,
            commands_clients::list_clients,
            commands_clients::suggest_code,
            commands_clients::create_client,
            commands_clients::update_client,
            commands_clients::delete_client,
            commands_clients::client_overview,
            commands_clients::create_session,
            commands_clients::update_session,
            commands_clients::save_session_text,
            commands_clients::add_next_step,
            commands_clients::set_next_step_done,
            commands_clients::search,
            commands_clients::check_identifiers,
            commands_worksheets::content_library,
            commands_worksheets::content_catalogue,
            commands_worksheets::exercise_answers,
            commands_worksheets::save_answer,
            commands_worksheets::exercise_activity,
            commands_worksheets::save_journal_entry,
            commands_worksheets::decision_journal,
            commands_album::import_photo,
            commands_album::album,
            commands_album::add_album_page,
            commands_album::update_album_page,
            commands_album::move_album_page,
            commands_album::delete_album_page,
            commands_album::delete_photo,
            commands_album::save_booklet_pdf,
            commands_courses::courses,
            commands_courses::create_course,
            commands_courses::update_course,
            commands_courses::delete_course,
            commands_courses::projector_status,
            commands_courses::open_projector,
            commands_courses::close_projector,
        ])
        .run(context);
    if let Err(e) = result {
        log::error!("Avenir could not start: {e}");
        std::process::exit(1);
    }
}

/// Set by tauri-driver when it starts the app for end-to-end tests (the name Tauri itself reads).
pub(crate) fn webview_automation_requested() -> bool {
    std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true")
}

/// WebKitGTK can only automate a webview whose context allows it, and wry gives an incognito
/// (ephemeral) webview a context of its own that never does. So on Linux, and only when
/// tauri-driver asks for automation, the windows use a normal context instead; its data folder
/// is then under the test's sandboxed home, which the plaintext scans inspect — a stricter test
/// than incognito. Ordinary runs always stay incognito.
fn allow_automation_under_webdriver(config: &mut tauri::Config, automation: bool) {
    if cfg!(target_os = "linux") && automation {
        for window in &mut config.app.windows {
            window.incognito = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_stay_incognito_unless_webdriver_asks_for_automation() {
        let mut context: tauri::Context<tauri::Wry> = tauri::generate_context!();
        allow_automation_under_webdriver(context.config_mut(), false);
        assert!(context.config().app.windows.iter().all(|w| w.incognito));
        allow_automation_under_webdriver(context.config_mut(), true);
        let expected = !cfg!(target_os = "linux");
        assert!(
            context
                .config()
                .app
                .windows
                .iter()
                .all(|w| w.incognito == expected)
        );
    }
}
