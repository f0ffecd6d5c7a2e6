//! The welcome screen: what a counsellor sees first, in her language, and in Arabic mirrored.

use avenir_e2e::{App, Launch, Session, ftl};
use serde_json::json;

/// The page's `lang` and `dir`, once they are `expected` (the switch applies them after the
/// new catalogue arrives): waits for them, and returns what was seen.
fn html_lang_dir(s: &Session, expected: (&str, &str)) -> (String, String) {
    let v = s.wait_for_script(
        &format!("<html lang dir> = {expected:?}"),
        "return [document.documentElement.lang, document.documentElement.dir];",
        json!([]),
        |v| v[0] == expected.0 && v[1] == expected.1,
    );
    (
        v[0].as_str().unwrap().to_owned(),
        v[1].as_str().unwrap().to_owned(),
    )
}

/// Where the app name sits: distance from the left and from the right edge of the window,
/// once `settled` holds for them (the layout flips with the language).
fn app_name_edges(s: &Session, what: &str, settled: impl Fn(f64, f64) -> bool) -> (f64, f64) {
    let v = s.wait_for_script(
        what,
        "const el = document.querySelector('[data-testid=\"app-name\"]');\
         if (!el) return null;\
         const r = el.getBoundingClientRect();\
         return [r.left, document.documentElement.clientWidth - r.right];",
        json!([]),
        |v| match (v[0].as_f64(), v[1].as_f64()) {
            (Some(left), Some(right)) => settled(left, right),
            _ => false,
        },
    );
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

fn title_is(app: &App, text: &str) {
    app.session.wait_for_text("welcome-title", text);
}

#[test]
fn the_window_opens_on_the_welcome_screen_in_english() {
    let (app, _sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    title_is(&app, &ftl("en", "welcome-title"));
    // The document title is set with the catalogue: wait for it too.
    let document_title = ftl("en", "welcome-document-title");
    let seen = s.wait_for_script(
        "the document title",
        "return document.title;",
        json!([]),
        |v| *v == *document_title,
    );
    assert_eq!(seen, json!(document_title));
    s.wait_for_text("welcome-safety", &ftl("en", "welcome-safety"));
    assert_eq!(html_lang_dir(s, ("en", "ltr")), ("en".into(), "ltr".into()));
    for tag in ["en", "nl", "fr", "ar"] {
        // A missing button fails the test, naming its selector.
        s.get(&format!("language-option-{tag}"));
    }
    s.wait_for_attribute("language-option-en", "aria-pressed", "true");
    let png = app.screenshot("welcome-en");
    assert!(std::fs::metadata(png).unwrap().len() > 1000);
}

#[test]
fn switching_to_arabic_mirrors_the_layout_and_switching_back_restores_it() {
    let (app, _sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    title_is(&app, &ftl("en", "welcome-title"));
    let (left, _) = app_name_edges(s, "the app name at the left", |left, _| left < 100.0);
    assert!(
        left < 100.0,
        "in English the app name starts at the left ({left}px)"
    );

    s.click(&s.get("language-option-ar"));
    title_is(&app, &ftl("ar", "welcome-title"));
    assert_eq!(html_lang_dir(s, ("ar", "rtl")), ("ar".into(), "rtl".into()));
    s.wait_for_text("welcome-safety", &ftl("ar", "welcome-safety"));
    let (_, right) = app_name_edges(s, "the app name at the right", |_, right| right < 100.0);
    assert!(
        right < 100.0,
        "in Arabic the app name moves to the right ({right}px from the edge)"
    );
    s.wait_for_attribute("language-option-ar", "aria-pressed", "true");
    app.screenshot("welcome-ar");

    s.click(&s.get("language-option-en"));
    title_is(&app, &ftl("en", "welcome-title"));
    assert_eq!(html_lang_dir(s, ("en", "ltr")), ("en".into(), "ltr".into()));
    let (left, _) = app_name_edges(s, "the app name back at the left", |left, _| left < 100.0);
    assert!(
        left < 100.0,
        "back in English the app name is at the left again ({left}px)"
    );
}

#[test]
fn the_operating_system_language_is_used_at_first_start() {
    let (app, _sandbox) = App::launch(Launch::lang("fr_BE.UTF-8"));
    title_is(&app, &ftl("fr", "welcome-title"));
    assert_eq!(
        html_lang_dir(&app.session, ("fr", "ltr")),
        ("fr".into(), "ltr".into())
    );
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
