//! Accessibility in the real webview: axe-core on every main screen, in English (left to right)
//! and in Arabic (right to left), with no serious or critical violation (the full results are in
//! target/e2e-artifacts/axe-*.json).

use avenir_e2e::{App, Launch, demo_sandbox};
use avenir_testkit::sandbox::Sandbox;
use serde_json::json;

const CODE: &str = "DEMO-P4-ZUFE";

/// Runs axe on the screen `testid` shows once it is there, naming the results `name-locale`.
fn check(app: &App, testid: &str, name: &str, locale: &str, found: &mut Vec<String>) {
    app.wait_testid(testid);
    found.extend(app.axe(&format!("{name}-{locale}")));
}

/// Every main screen of Avenir, in the interface language of `lang` (`LANG`).
fn every_screen(lang: &str, locale: &str) -> Vec<String> {
    let mut found = Vec::new();
    {
        // No vault yet: the welcome screen, then the first step of creating one.
        let sandbox = Sandbox::new().unwrap();
        let app = App::launch_in(&sandbox, Launch::lang(lang));
        let s = &app.session;
        check(&app, "welcome-screen", "welcome", locale, &mut found);
        let dir = if locale == "ar" { "rtl" } else { "ltr" };
        assert_eq!(
            s.execute(
                "return document.documentElement.dir + ' ' + document.documentElement.lang;",
                json!([])
            ),
            json!(format!("{dir} {locale}"))
        );
        // The check can fail: an image without a text alternative is reported, then taken away.
        s.execute(
            "const img = document.createElement('img'); img.id = 'axe-probe'; img.src = 'data:,';
             document.body.append(img); return true;",
            json!([]),
        );
        let probe = app.axe(&format!("probe-{locale}"));
        assert!(probe.iter().any(|v| v.contains("image-alt")), "{probe:?}");
        s.execute(
            "document.getElementById('axe-probe').remove(); return true;",
            json!([]),
        );
        s.click(&s.get("create-vault-start"));
        check(&app, "profile-label-input", "create", locale, &mut found);
    }
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang(lang));
    let s = &app.session;
    check(&app, "unlock-form", "lock", locale, &mut found);
    app.unlock("client-list");
    app.wait_testid(&format!("client-row-{}", app.client_id(CODE)));
    check(&app, "vault-home", "home", locale, &mut found);

    let id = app.client_id(CODE);
    s.click(&s.get(&format!("client-row-{id}")));
    check(&app, "client-overview", "client", locale, &mut found);
    s.click(&s.get("session-new"));
    check(&app, "session-exercises", "session", locale, &mut found);
    s.click(&s.get("exercise-open-migration-project"));
    s.wait_for_attribute("exercise-view", "data-exercise", "migration-project");
    check(&app, "exercise-title", "exercise", locale, &mut found);
    s.click(&s.get("exercise-close"));
    s.get("exercise-picker");
    s.click(&s.get("session-close"));
    app.wait_testid("client-overview");

    s.click(&s.get("album-open"));
    check(&app, "album-booklet-open", "album", locale, &mut found);
    s.click(&s.wait_until_enabled("album-booklet-open"));
    check(&app, "booklet-sheet", "booklet", locale, &mut found);
    app.lock();
    app.unlock("client-list");

    s.click(&s.get("courses-open"));
    check(&app, "home-courses", "courses", locale, &mut found);
    s.click(&s.get("courses-close"));
    s.click(&s.get("directory-open"));
    check(&app, "home-directory", "directory", locale, &mut found);
    s.click(&s.get("directory-close"));
    s.click(&s.get("explorer-open-home"));
    check(&app, "home-explorer", "explorer", locale, &mut found);
    found
}

#[test]
fn every_main_screen_has_no_serious_violation_left_to_right() {
    let found = every_screen("en_GB.UTF-8", "en");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_main_screen_has_no_serious_violation_right_to_left() {
    let found = every_screen("ar_EG.UTF-8", "ar");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

/// Presses Tab until the element `testid` has the focus (at most 60 times), as a person finds a
/// control without a mouse; fails naming the controls passed when it is never reached.
fn tab_to(s: &avenir_e2e::Session, testid: &str) {
    let mut passed = Vec::new();
    for _ in 0..60 {
        let focused = s.focused_testid();
        if focused == testid {
            return;
        }
        passed.push(focused);
        s.press_keys(TAB);
    }
    panic!("{testid} is never reached with Tab; passed {passed:?}");
}

#[test]
fn a_vault_is_created_and_locked_with_the_keyboard_only() {
    let sandbox = Sandbox::new().unwrap();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.wait_testid("welcome-screen");
    tab_to(s, "create-vault-start");
    s.press_keys(ENTER);

    app.wait_testid("profile-label-input");
    tab_to(s, "profile-label-input");
    s.press_keys("Keyboard counsellor");
    tab_to(s, "create-next-1");
    s.press_keys(ENTER);

    // Avenir's generated passphrase is filled in; the counsellor takes it.
    app.wait_testid("passphrase-generated");
    s.wait_until_enabled("create-next-2");
    tab_to(s, "create-next-2");
    s.press_keys(ENTER);

    // The recovery key: she reads its groups and types back the two asked for.
    app.wait_testid("recovery-group-7");
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
        tab_to(s, &testid);
        s.press_keys(&groups[index].trim().to_lowercase());
    }
    s.wait_until_enabled("create-vault-finish");
    tab_to(s, "create-vault-finish");
    s.press_keys(ENTER);
    s.get_within("vault-home", std::time::Duration::from_secs(60));
    app.screenshot("keyboard-vault-home");

    tab_to(s, "lock-button");
    s.press_keys(ENTER);
    app.wait_testid("unlock-form");
    app.wait_for(
        |s| s.invoke("vault_status", json!({}))["ok"]["state"] == "locked",
        "the vault locked",
    );
}
