//! Backups in the real app, through the `e2e` build's chooser seam: choose a folder (a backup is
//! written and test-restored at once), lock with the button, find a verified backup there; then
//! the profile is gone (a lost laptop), and the backup is restored from the welcome screen as a
//! new profile that holds the client and its photo.

use std::time::Duration;

use avenir_api::core::client::ClientInput;
use avenir_api::{Env, OpenVault, Secret};
use avenir_e2e::{App, Launch, PASS, answer_chooser, profile_dir, root, vault_sandbox};

const CODE: &str = "K7-BACKUP";

#[test]
fn a_backup_made_in_the_app_restores_on_a_new_computer() {
    let sandbox = vault_sandbox("Counsellor E2E");
    {
        // A client with a real photo, put there through the application layer.
        let vault = OpenVault::open(
            &profile_dir(&sandbox),
            Secret::Passphrase(PASS),
            Env::system(),
        )
        .unwrap();
        let client = vault
            .create_client(ClientInput {
                code: CODE.into(),
                ..Default::default()
            })
            .unwrap();
        let photo = std::fs::read(root().join("tests/fixtures/photos/garden.png")).unwrap();
        vault.import_photo(client.id, &photo).unwrap();
    }
    let folder = sandbox.path().join("usb-stick");
    std::fs::create_dir(&folder).unwrap();

    {
        let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
        let s = &app.session;
        app.unlock("client-list");
        s.get("backup-never");
        answer_chooser(&sandbox, &folder);
        s.click(&s.get("backup-choose-folder"));
        s.wait_for_text_containing("backup-last-verified", "usb-stick");
        s.wait_for_text_containing("backup-folder", "usb-stick");
        app.screenshot("backup-verified");
        app.lock();
    }
    let backups: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let file = backups[0].clone();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.ends_with(".avenir-backup") && !name.contains("E2E"),
        "{name}"
    );
    let manifest =
        avenir_api::verify_backup_file(&file, Secret::Passphrase(PASS), sandbox.path()).unwrap();
    assert_eq!((manifest.counts.clients, manifest.counts.photos), (1, 1));
    // Nothing of the client readable in the backup folder.
    assert_eq!(
        avenir_testkit::scan::scan(&folder, &[CODE, "Counsellor E2E"]),
        Vec::<String>::new()
    );

    // The laptop is lost: the profile is gone.
    std::fs::remove_dir_all(profile_dir(&sandbox)).unwrap();
    {
        let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
        let s = &app.session;
        app.wait_testid("welcome-screen");
        s.click(&s.get("restore-open"));
        answer_chooser(&sandbox, &file);
        s.click(&s.get("restore-choose-file"));
        s.wait_for_text_containing("restore-file", &name);
        s.send_keys(&s.get("restore-secret"), "not the passphrase of this vault");
        s.send_keys(&s.get("restore-label"), "Counsellor E2E (restored)");
        s.click(&s.get("restore-submit"));
        s.wait_for_text_containing("restore-error", "does not open");
        let secret = s.get("restore-secret");
        s.clear(&secret);
        s.send_keys(&secret, PASS);
        s.click(&s.get("restore-submit"));
        // Restoring checks the whole file first: allow it time on a busy machine.
        s.get_within("unlock-form", Duration::from_secs(60));
        app.unlock("client-list");
        let client = app.client_id(CODE);
        s.click(&s.get(&format!("client-row-{client}")));
        s.click(&s.get("album-open"));
        app.wait_testid("album-view");
        // The photo itself, decoded from the restored vault and painted.
        s.wait_for_script(
            "the restored photo is painted",
            "const img = document.querySelector(\"[data-testid^='album-loose-'] img\"); \
             return !!img && img.complete && img.naturalWidth > 0;",
            serde_json::json!([]),
            |v| v == &serde_json::Value::Bool(true),
        );
        app.screenshot("backup-restored-album");
    }
}
