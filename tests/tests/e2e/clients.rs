//! The counsellor's daily work in the real app: a client file, a session with an Arabic note
//! that survives a crash, search, presentation-safe mode, and a deletion that leaves nothing.

use std::time::Duration;

use avenir_e2e::{App, Launch, PASS, Session, vault_sandbox};
use avenir_vault::{Profiles, Secret, Vault};

const SAVED_NOTE: &str = "ملاحظة سرية محفوظة MARKER-7Q";
const LATE_NOTE: &str = " typed in the last second";

fn type_into(s: &Session, testid: &str, text: &str) {
    let el = s.get(testid);
    s.send_keys(&el, text);
}

#[test]
fn a_session_note_survives_a_crash_is_found_hidden_and_erased() {
    let sandbox = vault_sandbox("Counsellor E2E");
    let code;
    {
        let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
        let s = &app.session;
        app.unlock("client-list");
        s.click(&s.get("client-new"));
        app.wait_testid("client-code-input");
        code = s.wait_for_property_where("client-code-input", "value", "a suggested code", |v| {
            !v.is_empty()
        });
        s.click(&s.get("client-save"));
        app.wait_testid("client-overview");
        s.click(&s.get("session-new"));
        app.wait_testid("session-notes-input");
        type_into(s, "session-notes-input", SAVED_NOTE);
        // Autosave runs at least every second: after 2.5 s the note is on disk.
        std::thread::sleep(Duration::from_millis(2500));
        type_into(s, "session-notes-input", LATE_NOTE);
        app.kill_app_process();
    }

    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");
    // Search finds the Arabic note.
    type_into(s, "search-input", "محفوظة");
    app.wait_testid("search-hit-0");
    s.wait_for_text_containing("search-hit-0", &code);
    s.click(&s.get("search-hit-0"));
    app.wait_testid("client-overview");
    s.wait_for_text_containing("client-overview", &code);
    // The saved part of the note is there after the crash; at most the last 2 s may be lost.
    let rows = s.invoke(
        "list_clients",
        serde_json::json!({"filter": "all", "sort": "code"}),
    );
    let id = rows["ok"][0]["id"].clone();
    let overview = s.invoke("client_overview", serde_json::json!({ "id": id }));
    let kept = overview["ok"]["sessions"][0]["privateNotes"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        kept.starts_with(SAVED_NOTE),
        "lost more than the last seconds: {kept:?}"
    );
    assert!(
        format!("{SAVED_NOTE}{LATE_NOTE}").starts_with(&kept),
        "{kept:?}"
    );

    // Presentation-safe mode hides notes and other clients. First a sign that the overview's
    // data (its sessions) arrived, so the check below is not made on a half-loaded screen.
    s.get_css("[data-testid^=\"session-item-\"]");
    s.click(&s.get("presentation-toggle"));
    app.wait_testid("presentation-banner");
    // The positive sign on the presenting screen: the person's own code is shown.
    let visible = s.wait_for_script(
        "the person's code while presenting",
        "return document.body.innerText;",
        serde_json::json!([]),
        |v| v.as_str().unwrap_or_default().contains(&code),
    );
    assert!(
        !visible.as_str().unwrap().contains("MARKER-7Q"),
        "a note shows in presentation mode"
    );
    assert!(
        visible.as_str().unwrap().contains(&code),
        "the person's own code stays"
    );
    app.screenshot("presentation-mode");
    s.click(&s.get("presentation-toggle"));

    // Delete the client through the UI.
    app.wait_testid("client-delete");
    s.click(&s.get("client-delete"));
    app.wait_testid("client-delete-yes");
    s.click(&s.get("client-delete-yes"));
    app.wait_testid("client-list");
    app.lock();
    drop(app);

    let profile = Profiles::in_data_dir(&sandbox.data_dir())
        .list()
        .unwrap()
        .remove(0);
    let vault = Vault::open(&profile.dir, Secret::Passphrase(PASS)).unwrap();
    let cells = avenir_testkit::scan::decrypted_cells(vault.conn()).unwrap();
    assert!(
        !cells.contains("MARKER-7Q") && !cells.contains(&code),
        "the client survived in the decrypted database"
    );
    drop(vault);
    assert_eq!(
        avenir_testkit::scan::scan(sandbox.path(), &["MARKER-7Q", SAVED_NOTE]),
        Vec::<String>::new()
    );
}
