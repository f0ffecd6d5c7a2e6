//! The welcome screen: what a counsellor sees first, in her language, and in Arabic mirrored.

use avenir_e2e::{App, Launch, Session, ftl};
use serde_json::json;

fn html_lang_dir(s: &Session) -> (String, String) {
    let v = s.execute(
        "return [document.documentElement.lang, document.documentElement.dir];",
        json!([]),
    );
    (
        v[0].as_str().unwrap().to_owned(),
        v[1].as_str().unwrap().to_owned(),
    )
}

/// Where the app name sits: distance from the left and from the right edge of the window.
fn app_name_edges(s: &Session) -> (f64, f64) {
    let v = s.execute(
        "const r = document.querySelector('[data-testid=\"app-name\"]').getBoundingClientRect();\
         return [r.left, document.documentElement.clientWidth - r.right];",
        json!([]),
    );
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

fn title_is(app: &App, text: &str) {
    app.wait_for(
        |s| {
            s.find("welcome-title")
                .is_some_and(|el| s.text(&el) == text)
        },
        &format!("title {text:?}"),
    );
}

#[test]
fn the_window_opens_on_the_welcome_screen_in_english() {
    let (app, _sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    assert_eq!(s.title(), ftl("en", "welcome-document-title"));
    title_is(&app, &ftl("en", "welcome-title"));
    assert_eq!(
        s.text(&s.get("welcome-safety")),
        ftl("en", "welcome-safety")
    );
    assert_eq!(html_lang_dir(s), ("en".into(), "ltr".into()));
    for tag in ["en", "nl", "fr", "ar"] {
        assert!(
            s.find(&format!("language-option-{tag}")).is_some(),
            "no switcher button for {tag}"
        );
    }
    let current = s.get("language-option-en");
    assert_eq!(s.attr(&current, "aria-pressed").as_deref(), Some("true"));
    let png = app.screenshot("welcome-en");
    assert!(std::fs::metadata(png).unwrap().len() > 1000);
}

#[test]
fn switching_to_arabic_mirrors_the_layout_and_switching_back_restores_it() {
    let (app, _sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    let (left, _) = app_name_edges(s);
    assert!(
        left < 100.0,
        "in English the app name starts at the left ({left}px)"
    );

    s.click(&s.get("language-option-ar"));
    title_is(&app, &ftl("ar", "welcome-title"));
    assert_eq!(html_lang_dir(s), ("ar".into(), "rtl".into()));
    assert_eq!(
        s.text(&s.get("welcome-safety")),
        ftl("ar", "welcome-safety")
    );
    let (_, right) = app_name_edges(s);
    assert!(
        right < 100.0,
        "in Arabic the app name moves to the right ({right}px from the edge)"
    );
    assert_eq!(
        s.attr(&s.get("language-option-ar"), "aria-pressed")
            .as_deref(),
        Some("true")
    );
    app.screenshot("welcome-ar");

    s.click(&s.get("language-option-en"));
    title_is(&app, &ftl("en", "welcome-title"));
    assert_eq!(html_lang_dir(s), ("en".into(), "ltr".into()));
    let (left, _) = app_name_edges(s);
    assert!(
        left < 100.0,
        "back in English the app name is at the left again ({left}px)"
    );
}

#[test]
fn the_operating_system_language_is_used_at_first_start() {
    let (app, _sandbox) = App::launch(Launch::lang("fr_BE.UTF-8"));
    title_is(&app, &ftl("fr", "welcome-title"));
    assert_eq!(html_lang_dir(&app.session), ("fr".into(), "ltr".into()));
}

#[test]
fn the_chosen_language_is_remembered_at_the_next_start() {
    let (app, sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    app.session.click(&app.session.get("language-option-nl"));
    title_is(&app, &ftl("nl", "welcome-title"));
    drop(app);
    let again = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    title_is(&again, &ftl("nl", "welcome-title"));
}

#[test]
fn only_granted_commands_can_be_called_and_errors_arrive_translatable() {
    let (app, _sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    let ok = s.invoke("get_catalogue", json!({}));
    assert_eq!(ok["ok"]["locale"], "en", "{ok}");
    // A core command the counsellor window's capability does not grant.
    let refused = s.invoke("plugin:app|version", json!({}));
    assert!(
        refused["err"].is_string(),
        "an ungranted command must be refused: {refused}"
    );
    // A granted command failing: the error crosses as { code, messageId, args }.
    let err = s.invoke("set_language", json!({"locale": "tlh"}));
    assert_eq!(
        err["err"],
        json!({"code": "unknown_locale", "messageId": "error-unknown-locale", "args": {"locale": "tlh"}})
    );
}
