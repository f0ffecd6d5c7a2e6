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
mod commands_directory;
mod commands_display;
mod commands_explorer;
mod commands_handover;
mod commands_keys;
mod commands_speech;
mod commands_worksheets;
pub mod contract;
mod dto;
mod dto_album;
mod dto_backup;
mod dto_clients;
mod dto_directory;
mod dto_explorer;
mod dto_handover;
mod dto_keys;
mod dto_worksheets;
mod error;
mod locking;
mod logging;
mod media_protocol;
mod projector;
mod sleep;
mod speech;
mod state;

pub use error::CommandError;

use tauri::Manager;

pub fn run() {
    logging::init();
    forbid_core_dumps();
    if let Some(variable) = inspector_refusal(E2E_BUILD, |name| std::env::var_os(name).is_some()) {
        eprintln!("{}", refusal_message(variable));
        std::process::exit(2);
    }
    let mut context = tauri::generate_context!();
    allow_automation_under_webdriver(context.config_mut(), webview_automation_requested());
    let result = tauri::Builder::default()
        .plugin(own_origin_only())
        .setup(|app| {
            let data_dir = match avenir_api::data_dir_override() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            app.manage(state::AppState::new(&data_dir));
            // Read aloud: connects to the system's speech service on its first use.
            app.manage(speech::Speech::start());
            chooser::forget_recent_files();
            locking::watch_idle(app.handle().clone());
            sleep::watch(app.handle().clone());
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
            commands_display::get_display,
            commands_display::set_display,
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
            commands_keys::postpone_passphrase_reset,
            commands_keys::rotate_recovery,
            commands_keys::rekey,
            commands_backup::backup_status,
            commands_backup::choose_backup_folder,
            commands_backup::backup_now,
            commands_backup::choose_backup_file,
            commands_backup::restore_backup,
            commands_handover::handover_identity,
            commands_handover::handover_book,
            commands_handover::add_handover_contact,
            commands_handover::remove_handover_contact,
            commands_handover::set_handover_escrow,
            commands_handover::clear_handover_escrow,
            commands_handover::hand_over_client,
            commands_handover::choose_case_file,
            commands_handover::preview_case,
            commands_handover::import_case,
            commands_handover::confirm_case_transfer,
            commands_handover::cancel_case_transfer,
            commands_directory::directory_search,
            commands_directory::add_directory_entry,
            commands_directory::update_directory_entry,
            commands_directory::delete_directory_entry,
            commands_directory::choose_directory_file,
            commands_directory::preview_directory_import,
            commands_directory::import_directory,
            commands_directory::export_directory,
            commands_directory::directory_offer,
            commands_directory::answer_directory_offer,
            commands_clients::list_clients,
            commands_clients::suggest_code,
            commands_clients::create_client,
            commands_clients::update_client,
            commands_clients::delete_client,
            commands_clients::client_overview,
            commands_clients::create_session,
            commands_clients::update_session,
            commands_clients::save_session_text,
            commands_clients::set_session_decision,
            commands_clients::add_next_step,
            commands_clients::set_next_step_done,
            commands_clients::search,
            commands_clients::check_identifiers,
            commands_explorer::explorer_setup,
            commands_explorer::explore,
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
            commands_speech::speech_voices,
            commands_speech::speak,
            commands_speech::stop_speaking,
            commands_speech::speech_status,
        ])
        .run(context);
    if let Err(e) = result {
        log::error!("Avenir could not start: {e}");
        std::process::exit(1);
    }
}

/// Whether this is an end-to-end test build (the cargo feature `e2e`, built into `target/e2e`
/// only). Only such a build lets WebDriver drive its windows or WebKit's inspector attach.
const E2E_BUILD: bool = cfg!(feature = "e2e");

/// Set by tauri-driver when it starts the app for end-to-end tests (the name Tauri itself reads).
/// Honoured only by an `e2e` build: elsewhere the windows stay incognito, and an incognito
/// webview's own context never allows automation, whatever Tauri reads.
pub(crate) fn webview_automation_requested() -> bool {
    automation_allowed(
        E2E_BUILD,
        std::env::var("TAURI_WEBVIEW_AUTOMATION").ok().as_deref(),
    )
}

fn automation_allowed(e2e_build: bool, variable: Option<&str>) -> bool {
    e2e_build && variable == Some("true")
}

/// WebKit's remote inspector: either variable opens every webview of the process (the open
/// vault's screens included) to whoever connects to the address it names.
const INSPECTOR_VARIABLES: [&str; 2] = ["WEBKIT_INSPECTOR_SERVER", "WEBKIT_INSPECTOR_HTTP_SERVER"];

/// The inspector variable that forbids this start, if one is set. An `e2e` build allows them:
/// WebKitWebDriver sets `WEBKIT_INSPECTOR_SERVER` to drive the app.
fn inspector_refusal(e2e_build: bool, is_set: impl Fn(&str) -> bool) -> Option<&'static str> {
    if e2e_build {
        return None;
    }
    INSPECTOR_VARIABLES.into_iter().find(|name| is_set(name))
}

/// The refusal, in the operating system's language (stderr: no window has opened).
fn refusal_message(variable: &str) -> String {
    use avenir_api::i18n::{Catalogues, FluentValue, Localizer, os_locales};
    let l10n = Localizer::new(&Catalogues::embedded(), &os_locales());
    l10n.format(
        "hardening-inspector-refused",
        &[("variable", FluentValue::from(variable))],
    )
}

/// Core dumps off for the whole process, from the first moment: a crash must not write the open
/// vault's keys to a file, and a process that is not dumpable also closes its memory
/// (`/proc/PID/mem`) and `ptrace` to other processes of the same user. A failure is logged and
/// the app runs on (the vault stays encrypted on disk either way).
fn forbid_core_dumps() {
    if let Err(e) = no_core_dumps() {
        log::warn!("core dumps could not be switched off: {e}");
    }
}

#[cfg(target_os = "linux")]
fn no_core_dumps() -> std::io::Result<()> {
    use rustix::process::{DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit};
    set_dumpable_behavior(DumpableBehavior::NotDumpable)?;
    setrlimit(
        Resource::Core,
        Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    )?;
    Ok(())
}

/// Windows writes no core dumps of its own (Windows Error Reporting's local dumps are off unless
/// an administrator turns them on); macOS needs the hardened runtime at signing. See
/// PACKAGING.md.
#[cfg(not(target_os = "linux"))]
fn no_core_dumps() -> std::io::Result<()> {
    Ok(())
}

/// Every window may only show the app's own pages: a navigation elsewhere (a link, a script,
/// a redirect) is cancelled. Tauri asks every plugin before a navigation, for every webview, so
/// the counsellor window and the projector window are both covered.
fn own_origin_only() -> tauri::plugin::TauriPlugin<tauri::Wry> {
    tauri::plugin::Builder::new("own-origin")
        .on_navigation(|_, url| is_own_origin(url))
        .build()
}

/// The origin Tauri serves the embedded UI from: `tauri://localhost` (Linux, macOS) or
/// `http(s)://tauri.localhost` (Windows, Android).
fn is_own_origin(url: &tauri::Url) -> bool {
    match (url.scheme(), url.host_str()) {
        ("tauri", Some("localhost")) => true,
        ("http" | "https", Some("tauri.localhost")) => url.port().is_none(),
        _ => false,
    }
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
    fn only_an_e2e_build_honours_the_automation_variable() {
        assert!(automation_allowed(true, Some("true")));
        assert!(!automation_allowed(false, Some("true")));
        assert!(!automation_allowed(true, Some("1")));
        assert!(!automation_allowed(true, None));
        assert!(!automation_allowed(false, None));
        // This build (unit tests run without the feature) ignores it.
        assert_eq!(E2E_BUILD, cfg!(feature = "e2e"));
    }

    #[test]
    fn a_production_build_refuses_either_inspector_variable() {
        let set = |only: &'static str| move |name: &str| name == only;
        for variable in INSPECTOR_VARIABLES {
            assert_eq!(inspector_refusal(false, set(variable)), Some(variable));
            assert_eq!(inspector_refusal(true, set(variable)), None);
        }
        assert_eq!(inspector_refusal(false, |_| false), None);
        assert_eq!(inspector_refusal(true, |_| false), None);
        assert_eq!(
            inspector_refusal(false, set("WEBKIT_DISABLE_DMABUF_RENDERER")),
            None
        );
    }

    #[test]
    fn the_refusal_names_the_variable_in_the_users_language() {
        let message = refusal_message("WEBKIT_INSPECTOR_SERVER");
        assert!(message.contains("WEBKIT_INSPECTOR_SERVER"), "{message}");
        assert!(!message.contains("hardening-"), "untranslated: {message}");
    }

    #[test]
    fn navigation_stays_on_the_apps_own_origin() {
        let url = |s: &str| tauri::Url::parse(s).unwrap();
        for own in [
            "tauri://localhost/index.html",
            "tauri://localhost/index.html?view=projector",
            "http://tauri.localhost/",
            "https://tauri.localhost/index.html",
        ] {
            assert!(is_own_origin(&url(own)), "{own}");
        }
        for other in [
            "https://example.org/",
            "http://localhost:1420/",
            "http://tauri.localhost:8080/",
            "https://tauri.localhost.example.org/",
            "tauri://example.org/",
            "file:///etc/passwd",
            "data:text/html,<h1>x</h1>",
            "blob:tauri://localhost/0b5e",
            "avenir-media://localhost/photo/1",
            "about:blank",
        ] {
            assert!(!is_own_origin(&url(other)), "{other}");
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn after_start_up_the_process_is_not_dumpable_and_writes_no_core() {
        no_core_dumps().unwrap();
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
        let core = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!((core.current, core.maximum), (Some(0), Some(0)));
    }

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
