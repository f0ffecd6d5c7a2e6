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

/// Key derivation takes seconds on a busy machine: the vault home may take this long.
const UNLOCKING: Duration = Duration::from_secs(30);

fn wait_visible(app: &App, testid: &str) {
    app.session.get(testid);
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
    // The step opens with Avenir's generated passphrase filled in as the suggestion. An
    // acceptable passphrase: Next becomes enabled.
    wait_visible(app, "passphrase-generated");
    let next = s.wait_until_enabled("create-next-2");
    let passphrase =
        s.wait_for_property_where("passphrase-input", "value", "six generated words", |v| {
            v.split(' ').count() == 6
        });
    assert_eq!(
        passphrase.split(' ').count(),
        6,
        "six generated words: {passphrase}"
    );
    s.wait_for_attribute("passphrase-strength", "data-score", "4");
    s.click(&next);
    wait_visible(app, "recovery-group-7");
    let groups: Vec<String> = (0..8)
        .map(|i| {
            s.wait_for_text_where(&format!("recovery-group-{i}"), "a recovery group", |t| {
                !t.trim().is_empty()
            })
        })
        .collect();
    for i in 0..2 {
        let testid = format!("recovery-check-input-{i}");
        let index: usize = s
            .wait_for_attribute_where(&testid, "data-group", "a group index", |v| {
                v.parse::<usize>().is_ok()
            })
            .parse()
            .unwrap();
        s.send_keys(&s.get(&testid), &groups[index].to_lowercase());
    }
    s.click(&s.get("create-vault-finish"));
    s.get_within("vault-home", UNLOCKING);
    (passphrase, groups.join("-"))
}

/// Unlocks with `secret` and waits for the screen `then` (the home, or the new passphrase asked
/// for after the recovery key).
fn unlock(app: &App, secret: &str, then: &str) {
    let s = &app.session;
    wait_visible(app, "unlock-form");
    type_into(s, "unlock-secret-input", secret);
    // Unlock is disabled while the secret is empty or a wait after a wrong try runs.
    s.click(&s.wait_until_enabled("unlock-submit"));
    s.get_within(then, UNLOCKING);
}

fn status(s: &Session) -> serde_json::Value {
    s.invoke("vault_status", json!({}))["ok"].clone()
}

#[test]
fn a_vault_is_created_locked_with_the_panic_keys_and_unlocked_and_no_secret_reaches_the_disk() {
    let (app, sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    let (passphrase, recovery) = create_vault(&app);
    s.wait_for_text_containing("home-profile", LABEL);
    assert_eq!(status(s)["state"], "unlocked");

    // Ctrl+Shift+L: the window goes black at once, then the lock screen comes back.
    s.send_keys(&s.get("lock-button"), &format!("{CTRL}{SHIFT}l{RELEASE}"));
    wait_visible(&app, "unlock-form");
    app.screenshot("vault-locked");
    // The lock screen is drawn the moment the lock is asked for; the `lock` command answers
    // after it (App.svelte's panic), so wait for the back end's state.
    app.wait_for(|s| status(s)["state"] == "locked", "the vault locked");
    assert_eq!(status(s)["state"], "locked");
    let refused = s.invoke("set_idle_minutes", json!({"minutes": 10}));
    assert_eq!(refused["err"]["code"], "locked", "{refused}");

    // A wrong passphrase: one generic message, then a wait before the next try.
    type_into(s, "unlock-secret-input", "not the passphrase at all");
    s.click(&s.get("unlock-submit"));
    s.get_any_within(&["app-error", "unlock-error"], Duration::from_secs(20));
    // The countdown before the next try (1 s after a first failure), however slow the timer.
    s.wait_gone("unlock-wait");

    unlock(&app, &passphrase, "vault-home");
    // Escape twice also locks.
    let home = s.get("lock-button");
    s.send_keys(&home, &format!("{ESC}{ESC}"));
    wait_visible(&app, "unlock-form");

    // The recovery key opens it too (a new passphrase is asked for first: recovery.rs).
    s.click(&s.get("unlock-use-recovery"));
    unlock(&app, &recovery, "reset-screen");
    s.click(&s.get("lock-button"));
    wait_visible(&app, "unlock-form");
    drop(app);

    // Nothing of either secret in any file the app, WebKit or the vault left behind.
    let hits = avenir_testkit::scan::scan(
        sandbox.path(),
        &[&passphrase, &recovery, &recovery.replace('-', "")],
    );
    assert_eq!(hits, Vec::<String>::new(), "secrets found on disk");
    // …while the label, which is not secret, is where it belongs: the scan does see files.
    assert!(!avenir_testkit::scan::scan(sandbox.path(), &[LABEL]).is_empty());
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
