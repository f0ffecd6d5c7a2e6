//! Puts Avenir's own commands under Tauri's access control: each command gets an `allow-…`
//! permission, and a window may call only those its capability file in `capabilities/` grants.

/// Every app command. A command missing here cannot be granted, so it cannot be called at all.
const COMMANDS: &[&str] = &[
    "get_catalogue",
    "set_language",
    "frontend_ready",
    "vault_status",
    "passphrase_strength",
    "generate_passphrase",
    "begin_vault_creation",
    "finish_vault_creation",
    "cancel_vault_creation",
    "unlock",
    "lock",
    "change_passphrase",
    "set_idle_minutes",
    "touch",
    "postpone_passphrase_reset",
    "rotate_recovery",
    "rekey",
    "backup_status",
    "choose_backup_folder",
    "backup_now",
    "choose_backup_file",
    "restore_backup",
    "list_clients",
    "suggest_code",
    "create_client",
    "update_client",
    "delete_client",
    "client_overview",
    "create_session",
    "update_session",
    "save_session_text",
    "add_next_step",
    "set_next_step_done",
    "search",
    "check_identifiers",
    "content_library",
    "content_catalogue",
    "exercise_answers",
    "save_answer",
    "exercise_activity",
    "save_journal_entry",
    "decision_journal",
    "import_photo",
    "album",
    "add_album_page",
    "update_album_page",
    "move_album_page",
    "delete_album_page",
    "delete_photo",
    "save_booklet_pdf",
    "courses",
    "create_course",
    "update_course",
    "delete_course",
    "projector_status",
    "open_projector",
    "close_projector",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
