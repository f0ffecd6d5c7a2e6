//! The languages in the real app: an exercise opened in Armenian and in Russian (the counsellor
//! told they are draft translations), a booklet with that exercise saved as a PDF in each whose
//! text `pdftotext` reads back, screenshots of the exercise in every new language
//! (target/e2e-artifacts), and the session editor in Dutch showing and taking the day before the
//! month and a 24-hour clock.

use std::path::Path;

use avenir_e2e::{App, Launch, Session, answer_chooser, demo_sandbox, ftl, pdf_text};
use avenir_testkit::sandbox::Sandbox;
use serde_json::json;

const CODE: &str = "DEMO-P4-ZUFE";
const EXERCISE: &str = "migration-project";

fn open_client(app: &App, code: &str) -> i64 {
    let s = &app.session;
    let id = app.client_id(code);
    s.click(&s.get(&format!("client-row-{id}")));
    app.wait_testid("client-overview");
    id
}

/// Shows the open exercise in `locale`: its title in that language, the draft note, a screenshot.
fn exercise_in(app: &App, locale: &str) {
    let s = &app.session;
    s.select_option("exercise-language", locale);
    s.wait_for_text_containing(
        "exercise-title",
        &ftl(locale, &format!("ex-{EXERCISE}-title")),
    );
    s.wait_for_attribute("exercise-view", "lang", locale);
    s.wait_for_text_containing("exercise-language-draft", &ftl(locale, "language-name"));
    app.screenshot(&format!("language-exercise-{locale}"));
}

/// Saves the booklet in `locale`, with the exercise, as a PDF on the stick; its text.
fn booklet_pdf(app: &App, sandbox: &Sandbox, locale: &str) -> String {
    let s = &app.session;
    s.select_option("booklet-language", locale);
    let title = ftl(locale, &format!("ex-{EXERCISE}-title"));
    s.wait_for_text_containing("booklet-sheet", &title);
    app.screenshot(&format!("language-booklet-{locale}"));
    let stick = sandbox.path().join("usb-stick");
    std::fs::create_dir_all(&stick).unwrap();
    let pdf = stick.join(format!("booklet-{locale}.pdf"));
    answer_chooser(sandbox, &pdf);
    s.click(&s.get("booklet-save-pdf"));
    app.wait_testid("booklet-pdf-warning");
    s.click(&s.get("booklet-pdf-confirm"));
    s.wait_for_text_containing("booklet-pdf-path", &format!("booklet-{locale}.pdf"));
    pdf_words(&pdf)
}

/// The PDF's text with its white space collapsed.
fn pdf_words(pdf: &Path) -> String {
    pdf_text(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn an_exercise_and_its_booklet_in_armenian_and_russian_and_every_new_language_on_screen() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("nl_BE.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");
    open_client(&app, CODE);
    s.click(&s.get("session-new"));
    app.wait_testid("session-exercises");
    s.click(&s.get(&format!("exercise-open-{EXERCISE}")));
    s.wait_for_attribute("exercise-view", "data-exercise", EXERCISE);
    for locale in ["hy", "ru", "uk", "es", "pt-BR"] {
        exercise_in(&app, locale);
    }
    // The counsellor's own controls stay in Dutch.
    s.wait_for_text_containing("exercise-close", &ftl("nl", "worksheet-close"));
    s.click(&s.get("exercise-close"));
    s.get("exercise-picker");
    s.click(&s.get("session-close"));
    app.wait_testid("client-overview");

    s.click(&s.get("album-open"));
    let open = s.wait_until_enabled("album-booklet-open");
    s.click(&open);
    app.wait_testid("booklet-sheet");
    s.click(&s.get(&format!("booklet-exercise-{EXERCISE}")));
    for locale in ["hy", "ru"] {
        let title = ftl(locale, &format!("ex-{EXERCISE}-title"));
        let text = booklet_pdf(&app, &sandbox, locale);
        let words = title.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&words), "{locale}: {words:?} in {text}");
        assert!(!text.contains(CODE), "{locale}: no client code in {text}");
        // A question with "ու" and "մի" in it, whole (a ligature once lost them from the text).
        let question = ftl(locale, "ex-migration-project-hoped-for");
        let question = question.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&question), "{locale}: {question:?} in {text}");
    }
}

/// Types `digits` into the field `part` of the session's start.
fn type_part(s: &Session, part: &str, digits: &str) {
    s.send_keys(&s.get(&format!("session-started-input-{part}")), digits);
}

#[test]
fn the_session_editor_in_dutch_takes_the_day_first_and_a_24_hour_clock() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("nl_BE.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");
    let client = open_client(&app, CODE);
    s.click(&s.get("session-new"));
    app.wait_testid("session-started-input");
    // Day, month, year, hour, minute, in that order, labelled in Dutch, no AM/PM.
    let order = s.execute(
        "return [...document.querySelectorAll('[data-testid=\"session-started-input\"] input')]
            .map((f) => f.dataset.testid.replace('session-started-input-', '') + '=' + f.getAttribute('aria-label'));",
        json!([]),
    );
    let expected: Vec<String> = [
        ("day", "date-entry-day"),
        ("month", "date-entry-month"),
        ("year", "date-entry-year"),
        ("hour", "date-entry-hour"),
        ("minute", "date-entry-minute"),
    ]
    .iter()
    .map(|(part, id)| format!("{part}={}", ftl("nl", id)))
    .collect();
    assert_eq!(order, json!(expected));

    type_part(s, "day", "02");
    type_part(s, "month", "12");
    type_part(s, "year", "2026");
    type_part(s, "hour", "13");
    type_part(s, "minute", "45");
    s.wait_for_attribute("session-started-input", "data-value", "2026-12-02T13:45");
    app.screenshot("language-session-editor-nl");
    // Stored as before, and read back in Dutch with a 24-hour clock.
    let stored = || {
        s.invoke("client_overview", json!({ "id": client }))["ok"]["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|session| session["startedAt"] == "2026-12-02T13:45")
    };
    app.wait_for(|_| stored(), "the session's new start is saved");
    s.click(&s.get("session-close"));
    app.wait_testid("session-timeline");
    // WebKit's ICU writes "2 dec 2026 13:45" (Node's "2 dec 2026, 13:45"): day first, 24 hours.
    let timeline = s.wait_for_text_containing("session-timeline", "2 dec 2026");
    assert!(
        timeline.contains("2 dec 2026, 13:45") || timeline.contains("2 dec 2026 13:45"),
        "{timeline}"
    );
}
