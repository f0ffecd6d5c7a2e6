//! Recovery people can use, in the real app (one session): after an unlock with the recovery key
//! a new passphrase is asked for before the vault home, postponable once and never skipped; the
//! new passphrase then opens the vault and nothing is owed any more. A new recovery key makes the
//! old sheet useless at the lock screen; a new key for the vault reports its progress, shows the
//! word about older backups, and makes the recovery key from before it useless too.

use std::time::Duration;

use avenir_api::{Env, OpenVault};
use avenir_e2e::{App, Launch, PASS, Session, ftl, profile_dir};
use avenir_testkit::sandbox::Sandbox;
use serde_json::json;

const LABEL: &str = "Counsellor E2E";

/// Key derivation takes seconds on a busy machine: a screen after an unlock may take this long.
const UNLOCKING: Duration = Duration::from_secs(30);
/// Re-keying derives two keys and copies the vault.
const REKEYING: Duration = Duration::from_secs(60);

/// A sandbox holding one empty vault, with the recovery key shown at its creation.
fn vault_with_recovery_key() -> (Sandbox, String) {
    let sandbox = Sandbox::new().unwrap();
    let dir = profile_dir(&sandbox);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    // The floor parameters (Argon2id 64 MiB, t=3), as `avenir-cli init --kdf-target-ms 1`.
    let params = avenir_api::calibrate(Duration::from_millis(1)).unwrap();
    let (_, recovery) = OpenVault::create(&dir, LABEL, PASS, params, Env::system()).unwrap();
    (sandbox, recovery.to_string())
}

fn type_into(s: &Session, testid: &str, text: &str) {
    let el = s.get(testid);
    s.clear(&el);
    s.send_keys(&el, text);
}

/// Types `secret` at the lock screen (after switching to the recovery key when `switch`: a
/// freshly loaded lock screen asks for the passphrase) and presses Unlock once it is allowed.
fn try_unlock(s: &Session, secret: &str, switch: bool) {
    s.get("unlock-form");
    if switch {
        s.click(&s.get("unlock-use-recovery"));
    }
    type_into(s, "unlock-secret-input", secret);
    // Disabled while a wait after a wrong try runs.
    s.click(&s.wait_until_enabled("unlock-submit"));
}

/// The lock screen refuses `secret` with the generic message, and the next try is allowed again.
fn refused(s: &Session, secret: &str, switch: bool) {
    try_unlock(s, secret, switch);
    s.get_within("unlock-error", UNLOCKING);
    s.wait_for_text("unlock-error", &ftl("en", "error-wrong-secret"));
    s.wait_gone("unlock-wait");
}

/// Locks with the Lock button once `button_in` (a screen) shows, and waits for the reloaded
/// lock screen.
fn lock(app: &App, button_in: &str) {
    app.session.get(button_in);
    app.lock();
}

/// The recovery key shown in `testid`'s groups, joined as Avenir shows it.
fn shown_key(s: &Session, testid: &str) -> String {
    s.get_within(&format!("{testid}-group-7"), REKEYING);
    (0..8)
        .map(|i| {
            s.wait_for_text_where(&format!("{testid}-group-{i}"), "a recovery group", |t| {
                t.trim().len() == 4
            })
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn owed(s: &Session) -> serde_json::Value {
    s.invoke("vault_status", json!({}))["ok"]["open"]["passphraseReset"].clone()
}

#[test]
fn the_recovery_key_asks_for_a_new_passphrase_and_new_keys_retire_the_old_ones() {
    let (sandbox, first_key) = vault_with_recovery_key();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;

    // The recovery key opens the vault, but a new passphrase comes first: "Later (once)".
    try_unlock(s, &first_key.to_lowercase(), true);
    s.get_within("reset-screen", UNLOCKING);
    s.wait_for_text("reset-due", &ftl("en", "vault-reset-due"));
    s.assert_absent("vault-home", "reset-postpone", "the home waits");
    assert_eq!(owed(s), json!({"mayPostpone": true}));
    s.click(&s.get("reset-postpone"));
    s.get("vault-home");
    lock(&app, "vault-home");

    // Again with the recovery key: no second postponement.
    try_unlock(s, &first_key, true);
    s.get_within("reset-screen", UNLOCKING);
    s.assert_absent("reset-postpone", "reset-last", "postponed only once");
    s.wait_for_text("reset-last", &ftl("en", "vault-reset-last"));
    app.screenshot("recovery-reset-last");
    // Avenir's suggestion is the new passphrase.
    let passphrase =
        s.wait_for_property_where("reset-next-input", "value", "six generated words", |v| {
            v.split(' ').count() == 6
        });
    s.click(&s.wait_until_enabled("reset-submit"));
    s.get_within("vault-home", UNLOCKING);
    assert_eq!(owed(s), serde_json::Value::Null);
    lock(&app, "vault-home");

    // The new passphrase opens it, straight to the home.
    try_unlock(s, &passphrase, false);
    s.get_within("vault-home", UNLOCKING);
    assert_eq!(owed(s), serde_json::Value::Null);

    // A new recovery key: the old one is refused at the lock screen, the new one opens.
    s.click(&s.get("keys-recovery-start"));
    type_into(s, "rotate-current-input", &passphrase);
    s.click(&s.wait_until_enabled("rotate-submit"));
    let second_key = shown_key(s, "rotate-key");
    assert_ne!(second_key, first_key);
    s.wait_for_text("rotate-done", &ftl("en", "vault-keys-recovery-done"));
    s.click(&s.get("rotate-close"));
    s.wait_gone("rotate-key");
    lock(&app, "vault-home");
    refused(s, &first_key, true);
    // Same lock screen: the recovery key is still chosen.
    try_unlock(s, &second_key, false);
    s.get_within("reset-screen", UNLOCKING);
    s.click(&s.get("reset-postpone"));
    s.get("vault-home");

    // A new key for the vault, with the passphrase (which stays): progress, then the notice.
    s.click(&s.get("keys-rekey-start"));
    type_into(s, "rekey-current-input", &passphrase);
    s.click(&s.wait_until_enabled("rekey-submit"));
    s.get_within("rekey-result", REKEYING);
    s.wait_for_attribute("rekey-progress", "data-percent", "100");
    s.wait_for_text("rekey-notice", &ftl("en", "vault-rekey-old-backups"));
    let third_key = shown_key(s, "rekey-key");
    assert_ne!(third_key, second_key);
    // No backup folder here: the notice says where to choose one.
    s.get("rekey-backup-no-folder");
    app.screenshot("recovery-rekeyed");
    s.click(&s.get("rekey-close"));
    lock(&app, "vault-home");

    // The recovery key from before the re-key is refused; the new one opens the vault.
    refused(s, &second_key, true);
    try_unlock(s, &third_key, false);
    s.get_within("reset-screen", UNLOCKING);
}
