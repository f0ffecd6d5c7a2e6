//! Printing in the real app: a blank exercise in the person's language (Arabic) and French side
//! by side, saved as a PDF after the not-encrypted warning through the native chooser (its `e2e`
//! seam). `pdftotext` reads the same question in both languages back from the PDF, and neither the
//! client's code nor any of the person's answers. Screenshots of the choices and of the sheet go
//! to target/e2e-artifacts/print-panel.png and print-worksheet-ar-fr.png.

use avenir_e2e::{App, Launch, Session, answer_chooser, demo_sandbox, ftl, pdf_text};
use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization;

/// The demo client who prefers Arabic and has answered the exercise before.
const CODE: &str = "DEMO-P4-ZUFE";
const EXERCISE: &str = "migration-project";
const QUESTION: &str = "ex-migration-project-why-left";

/// Text as a reader sees it, for comparing: presentation forms folded (the Arabic font's shapes
/// map back to letters), whitespace left out (a question may wrap, after a hyphen too).
fn compact(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Scrolls `testid` to the top of the window, for a screenshot of what matters.
fn show(s: &Session, testid: &str) {
    s.execute(
        "document.querySelector(`[data-testid=${arguments[0]}]`).scrollIntoView({block: 'start'}); return null;",
        json!([testid]),
    );
}

/// The person's typed answers to the exercise, from the vault (for checking they stay off paper).
fn typed_answers(records: &Value) -> Vec<String> {
    records
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["answer"]["kind"] == "text")
        .filter_map(|r| r["answer"]["value"].as_str())
        .map(str::to_owned)
        .filter(|t| t.trim().chars().count() > 8)
        .collect()
}

#[test]
fn a_blank_exercise_in_arabic_and_french_side_by_side_saved_as_a_pdf() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("fr_BE.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");
    let client = app.client_id(CODE);
    s.click(&s.get(&format!("client-row-{client}")));
    app.wait_testid("client-overview");
    let answers = typed_answers(
        &s.invoke(
            "exercise_answers",
            json!({ "clientId": client, "exercise": EXERCISE }),
        )["ok"],
    );
    assert!(!answers.is_empty(), "the demo client answered {EXERCISE}");

    s.click(&s.get("session-new"));
    app.wait_testid("session-exercises");
    s.click(&s.get(&format!("exercise-open-{EXERCISE}")));
    s.wait_for_attribute("exercise-view", "data-exercise", EXERCISE);
    s.click(&s.get("exercise-print-open"));
    app.wait_testid("print-panel");

    // Blank, in the person's language (Arabic) first, then French beside it.
    s.wait_for_attribute("print-sheet", "lang", "ar");
    s.wait_for_attribute("print-sheet", "dir", "rtl");
    s.select_option("print-language-2", "fr");
    s.wait_for_attribute("print-sheet", "data-columns", "2");
    let title_fr = ftl("fr", &format!("ex-{EXERCISE}-title"));
    let sheet = s.wait_for_text_containing("print-sheet", &title_fr);
    assert!(
        sheet.contains(&ftl("ar", &format!("ex-{EXERCISE}-title"))),
        "{sheet}"
    );
    assert!(
        !sheet.contains(CODE),
        "no client code on the sheet: {sheet}"
    );
    let columns = s.execute(
        "return [...document.querySelectorAll('[data-testid=\"print-sheet-block-why-left\"] [data-column]')]
            .map((c) => c.getAttribute('lang') + '/' + c.getAttribute('dir'));",
        json!([]),
    );
    assert_eq!(columns, json!(["ar/rtl", "fr/ltr"]));
    show(s, "print-panel");
    app.screenshot("print-panel");
    show(s, "print-sheet");
    app.screenshot("print-worksheet-ar-fr");

    // Saved as a PDF: the warning, then the chooser (answered by the seam).
    let stick = sandbox.path().join("usb-stick");
    std::fs::create_dir_all(&stick).unwrap();
    let pdf = stick.join("worksheet.pdf");
    answer_chooser(&sandbox, &pdf);
    s.click(&s.get("print-save-pdf"));
    app.wait_testid("print-pdf-warning");
    s.click(&s.get("print-pdf-confirm"));
    s.wait_for_text_containing("print-pdf-path", "worksheet.pdf");

    let text = compact(&pdf_text(&pdf));
    let french = compact(&ftl("fr", QUESTION));
    assert!(text.contains(&french), "{french:?} in {text}");
    let arabic = compact(&ftl("ar", QUESTION));
    let reversed: String = arabic.chars().rev().collect();
    assert!(
        text.contains(&arabic) || text.contains(&reversed),
        "{arabic:?} in {text}"
    );
    assert!(!text.contains(&compact(CODE)), "no client code in {text}");
    for answer in &answers {
        assert!(
            !text.contains(&compact(answer)),
            "a blank sheet holds no answer ({answer:?}): {text}"
        );
    }
    std::fs::remove_file(&pdf).unwrap();
}
