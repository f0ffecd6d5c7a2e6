//! Easy-read in the real app: the text size (150 %) and the high-contrast palette chosen from the
//! lock screen's bar are applied at once and still applied after a restart, before the vault is
//! opened; an exercise shown in the person's language (Arabic) draws its pictograms, each named in
//! Arabic. Screenshot `display-large-contrast` in target/e2e-artifacts.

use avenir_e2e::{App, Launch, Session, demo_sandbox, ftl};
use serde_json::{Value, json};

const CODE: &str = "DEMO-P4-ZUFE";

/// The root element's computed font size (px), its `data-text-size` and `data-contrast`, and
/// the page's computed text colour.
fn root_state(s: &Session) -> Value {
    s.execute(
        "const root = document.documentElement;
         return {
           fontSize: parseFloat(getComputedStyle(root).fontSize),
           textSize: root.dataset.textSize ?? null,
           contrast: root.dataset.contrast ?? null,
           color: getComputedStyle(document.body).color,
         };",
        json!([]),
    )
}

/// Waits until the root element says `text_size` and `contrast` (null: none), and returns its state.
fn wait_root(s: &Session, text_size: &str, contrast: Option<&str>) -> Value {
    let wanted = (json!(text_size), json!(contrast));
    s.wait_for_script(
        &format!("data-text-size={text_size} data-contrast={contrast:?}"),
        "const root = document.documentElement;
         return [root.dataset.textSize ?? null, root.dataset.contrast ?? null];",
        json!([]),
        |v| v[0] == wanted.0 && v[1] == wanted.1,
    );
    root_state(s)
}

fn font_size(state: &Value) -> f64 {
    state["fontSize"].as_f64().expect("a font size")
}

#[test]
fn text_size_and_high_contrast_are_kept_across_a_restart() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.wait_testid("unlock-form");
    let normal = wait_root(s, "100", None);
    assert_ne!(
        normal["color"], "rgb(0, 0, 0)",
        "the calm palette's text is not pure black"
    );

    // From the lock screen's bar, before any vault is open.
    s.click(&s.get("display-menu-toggle"));
    s.wait_for_attribute("display-menu-toggle", "aria-expanded", "true");
    s.click(&s.get("bar-text-size-150"));
    s.wait_for_attribute("bar-text-size-150", "aria-pressed", "true");
    s.click(&s.get("bar-high-contrast"));
    s.wait_for_attribute("bar-high-contrast", "aria-pressed", "true");
    let large = wait_root(s, "150", Some("high"));
    let ratio = font_size(&large) / font_size(&normal);
    assert!(
        (ratio - 1.5).abs() < 0.02,
        "the root font size grows by half: {} px → {} px",
        font_size(&normal),
        font_size(&large)
    );
    assert_eq!(large["color"], "rgb(0, 0, 0)", "high contrast: black text");
    app.screenshot("display-menu-lock");
    drop(app);

    // The next start applies both before the vault is opened.
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.wait_testid("unlock-form");
    let restarted = wait_root(s, "150", Some("high"));
    assert!(
        (font_size(&restarted) - font_size(&large)).abs() < 0.5,
        "the same root font size after the restart: {} px, was {} px",
        font_size(&restarted),
        font_size(&large)
    );
    assert_eq!(restarted["color"], "rgb(0, 0, 0)");
    let saved = s.invoke("get_display", json!({}));
    assert_eq!(
        saved["ok"],
        json!({"textSize": 150, "highContrast": true}),
        "{saved}"
    );

    // The vault's settings show the same, and an exercise in Arabic names its pictograms in Arabic.
    app.unlock("client-list");
    s.wait_for_attribute("settings-text-size-150", "aria-pressed", "true");
    s.wait_for_attribute("settings-high-contrast", "aria-pressed", "true");
    let id = app.client_id(CODE);
    s.click(&s.get(&format!("client-row-{id}")));
    app.wait_testid("client-overview");
    // The basic-needs heat map of the journal: each need and pathway drawn beside its label and
    // titled with its name (the interface language here).
    let titles = s.wait_for_script(
        "the heat map's pictograms",
        "return Array.from(document.querySelectorAll('[data-testid=heatmap-basic-needs-by-pathway] svg[data-easy-read]'),
           (svg) => [svg.dataset.easyRead, svg.querySelector('title')?.textContent ?? null]);",
        json!([]),
        |v| v.as_array().is_some_and(|a| a.len() == 10),
    );
    assert_eq!(
        titles[0],
        json!(["legalise", ftl("en", "clients-pathway-legalise")])
    );
    assert_eq!(titles[4], json!(["need-safety", ftl("en", "need-safety")]));
    s.execute(
        "document.querySelector('[data-testid=heatmap-basic-needs-by-pathway]').scrollIntoView({block: 'start'}); return null;",
        json!([]),
    );
    app.screenshot("display-heatmap-large-contrast");
    s.click(&s.get("session-new"));
    app.wait_testid("session-exercises");
    s.click(&s.get("exercise-open-where-i-stand"));
    s.wait_for_attribute("exercise-view", "data-exercise", "where-i-stand");
    s.wait_for_attribute("exercise-view", "lang", "ar");
    let stages = [
        "shock",
        "denial",
        "anger",
        "bargaining",
        "sadness",
        "acceptance",
    ];
    let expected: Vec<Value> = stages
        .iter()
        .map(|stage| {
            json!([
                format!("stage-{stage}"),
                ftl("ar", &format!("ex-where-i-stand-stage-{stage}"))
            ])
        })
        .collect();
    let shown = s.wait_for_script(
        "the stages' pictograms named in Arabic",
        "return Array.from(document.querySelectorAll('[data-testid=field-stage] [data-pictogram]'), (box) => {
           const svg = box.querySelector('svg[role=img]');
           return [box.dataset.pictogram, svg ? svg.getAttribute('aria-label') : null];
         });",
        json!([]),
        |v| v.as_array().is_some_and(|a| a.len() == stages.len()),
    );
    assert_eq!(shown, json!(expected));
    // Drawn, and large: the pictogram grows with the text.
    let size = s.execute(
        "const svg = document.querySelector('[data-testid=choice-stage-bargaining] svg');
         return svg ? svg.getBoundingClientRect().width : 0;",
        json!([]),
    );
    assert!(
        size.as_f64().unwrap_or_default() > 1.5 * font_size(&normal),
        "the pictogram is drawn large ({size} px)"
    );
    s.execute(
        "document.querySelector('[data-testid=field-stage]').scrollIntoView({block: 'start'}); return null;",
        json!([]),
    );
    app.screenshot("display-large-contrast");
}
