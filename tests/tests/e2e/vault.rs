//! The vault in the real app: create it through the UI, lock with the panic keys, unlock, and
//! prove that neither the passphrase nor the recovery key was written anywhere.

use std::time::Duration;

use avenir_e2e::{App, Launch, Session};
use serde_json::json;

const LABEL: &str = "Counsellor E2E";

/// WebDriver key codes (W3C): Control, Shift, Escape, and NULL to release the modifiers.
const CTRL: char = '\u{E009}';
const SHIFT: char = '\u{E008}';
const ESC: char = '\u{E00C}';
const RELEASE: char = '\u{E000}';

fn wait_visible(app: &App, testid: &str) {
    app.wait_for(|s| s.find(testid).is_some(), testid);
}

fn type_into(s: &Session, testid: &str, text: &str) {
    let el = s.get(testid);
    s.clear(&el);
    s.send_keys(&el, text);
}

/// Creates a vault through the three steps; returns (passphrase, recovery key).
fn create_vault(app: &App) -> (String, String) {
    let s = &app.session;
    s.click(&s.get("create-vault-start"));
    wait_visible(app, "profile-label-input");
    type_into(s, "profile-label-input", LABEL);
    s.click(&s.get("create-next-1"));
    wait_visible(app, "passphrase-generate");
    s.click(&s.get("passphrase-generate"));
    app.wait_for(
        |s| s.find("create-next-2").is_some_and(|b| s.enabled(&b)),
        "an acceptable passphrase",
    );
    let passphrase = s.property(&s.get("passphrase-input"), "value");
    assert_eq!(
        passphrase.split(' ').count(),
        6,
        "six generated words: {passphrase}"
    );
    assert_eq!(
        s.attr(&s.get("passphrase-strength"), "data-score")
            .as_deref(),
        Some("4")
    );
    s.click(&s.get("create-next-2"));
    wait_visible(app, "recovery-group-7");
    let groups: Vec<String> = (0..8)
        .map(|i| s.text(&s.get(&format!("recovery-group-{i}"))))
        .collect();
    for i in 0..2 {
        let input = s.get(&format!("recovery-check-input-{i}"));
        let index: usize = s.attr(&input, "data-group").unwrap().parse().unwrap();
        s.send_keys(&input, &groups[index].to_lowercase());
    }
    s.click(&s.get("create-vault-finish"));
    app.wait_for_long(
        |s| s.find("vault-home").is_some(),
        "the vault home after creation",
        Duration::from_secs(30),
    );
    (passphrase, groups.join("-"))
}

fn unlock(app: &App, secret: &str) {
    let s = &app.session;
    wait_visible(app, "unlock-form");
    type_into(s, "unlock-secret-input", secret);
    s.click(&s.get("unlock-submit"));
    app.wait_for_long(
        |s| s.find("vault-home").is_some(),
        "the vault home after unlocking",
        Duration::from_secs(30),
    );
}

fn status(s: &Session) -> serde_json::Value {
    s.invoke("vault_status", json!({}))["ok"].clone()
}

#[test]
fn a_vault_is_created_locked_with_the_panic_keys_and_unlocked_and_no_secret_reaches_the_disk() {
    let (app, sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    let (passphrase, recovery) = create_vault(&app);
    assert!(s.text(&s.get("home-profile")).contains(LABEL));
    assert_eq!(status(s)["state"], "unlocked");

    // Ctrl+Shift+L: the window goes black at once, then the lock screen comes back.
    s.send_keys(&s.get("lock-button"), &format!("{CTRL}{SHIFT}l{RELEASE}"));
    wait_visible(&app, "unlock-form");
    app.screenshot("vault-locked");
    assert_eq!(status(s)["state"], "locked");
    let refused = s.invoke("set_idle_minutes", json!({"minutes": 10}));
    assert_eq!(refused["err"]["code"], "locked", "{refused}");

    // A wrong passphrase: one generic message, then a wait before the next try.
    type_into(s, "unlock-secret-input", "not the passphrase at all");
    s.click(&s.get("unlock-submit"));
    app.wait_for_long(
        |s| s.find("app-error").is_some() || s.find("unlock-error").is_some(),
        "the error",
        Duration::from_secs(20),
    );
    std::thread::sleep(Duration::from_millis(1200));

    unlock(&app, &passphrase);
    // Escape twice also locks.
    let home = s.get("lock-button");
    s.send_keys(&home, &format!("{ESC}{ESC}"));
    wait_visible(&app, "unlock-form");

    // The recovery key opens it too.
    s.click(&s.get("unlock-use-recovery"));
    unlock(&app, &recovery);
    s.click(&s.get("lock-button"));
    wait_visible(&app, "unlock-form");
    drop(app);

    // Nothing of either secret in any file the app, WebKit or the vault left behind.
    let hits = avenir_vault::scan::scan(
        sandbox.path(),
        &[&passphrase, &recovery, &recovery.replace('-', "")],
    );
    assert_eq!(hits, Vec::<String>::new(), "secrets found on disk");
    // …while the label, which is not secret, is where it belongs: the scan does see files.
    assert!(!avenir_vault::scan::scan(sandbox.path(), &[LABEL]).is_empty());
}

#[test]
fn a_second_instance_on_the_same_vault_is_told_it_is_in_use() {
    let (first, sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let (passphrase, _) = create_vault(&first);
    let id = status(&first.session)["open"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A second process on the same data folder, driven through IPC.
    let second = App::launch_in_parallel(&sandbox, Launch::lang("en_GB.UTF-8"));
    let err = second.session.invoke(
        "unlock",
        json!({"profileId": id, "secret": passphrase, "method": "passphrase"}),
    );
    assert_eq!(err["err"]["code"], "vault_in_use", "{err}");
}
