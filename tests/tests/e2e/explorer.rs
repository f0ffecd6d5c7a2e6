//! The support explorer in the real app: opened from a demo client's file (its situations
//! prefilled), a household of 2 adults and 3 children from a visa-required country, refused
//! asylum, with an order to leave, sees the study's 2015 amounts under the rules from June 2015,
//! and the result is saved as a PDF in French through the chooser seam: `pdftotext` finds the
//! amounts and no client code.

use std::path::PathBuf;
use std::process::Command;

use avenir_e2e::{App, Launch, Session, answer_chooser, demo_sandbox, ftl};
use serde_json::json;

const CODE: &str = "DEMO-K7-VOBE";

/// Replaces the value of the input `testid` as a user typing would (an `input` event).
fn set_value(s: &Session, testid: &str, value: &str) {
    s.wait_for_script(
        &format!("{testid} set to {value:?}"),
        "const el = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
         if (!el) return null;
         el.value = arguments[1];
         el.dispatchEvent(new Event('input', { bubbles: true }));
         el.dispatchEvent(new Event('change', { bubbles: true }));
         return el.value;",
        json!([testid, value]),
        |v| v == value,
    );
}

fn checked(s: &Session, testid: &str) -> bool {
    s.execute(
        "const el = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
         return !!(el && el.checked);",
        json!([testid]),
    ) == json!(true)
}

/// Scrolls the result to the top of the window, for a screenshot of what matters.
fn show_result(s: &Session) {
    s.execute(
        "document.querySelector('[data-testid=explorer-result]').scrollIntoView({block: 'start'}); return null;",
        json!([]),
    );
}

/// The text with every kind of space removed: amounts are grouped with narrow no-break spaces.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '\u{202f}' | '\u{a0}' | '\u{2068}' | '\u{2069}')
        })
        .collect()
}

#[test]
fn a_refused_family_sees_the_2015_amounts_and_saves_them_in_french() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");

    let client = app.client_id(CODE);
    s.click(&s.get(&format!("client-row-{client}")));
    app.wait_testid("client-overview");
    s.click(&s.get("explorer-open"));
    app.wait_testid("explorer");
    // Prefilled from the file: refused asylum and an order to leave.
    s.get("explorer-situation-asylum_refused");
    app.wait_for(
        |s| {
            checked(s, "explorer-situation-asylum_refused")
                && checked(s, "explorer-situation-order_to_leave")
        },
        "the file's situations ticked",
    );
    assert!(!checked(s, "explorer-situation-never_applied"));

    set_value(s, "explorer-adults", "2");
    set_value(s, "explorer-children", "3");
    set_value(s, "explorer-child-ages", "4, 9, 12");
    s.select_option("explorer-nationality", "visa_required");
    s.click(&s.get("explorer-run"));
    app.wait_testid("explorer-result");

    // The result opens in the person's own language (Armenian for this family)…
    s.wait_for_property_where("explorer-language", "value", "Armenian", |v| v == "hy");
    s.wait_for_text_containing("explorer-period", &ftl("hy", "rules-study-from-2015-06"));
    s.wait_for_text_containing("explorer-language-draft", &ftl("hy", "language-name"));
    // …and in English the counsellor reads along.
    s.select_option("explorer-language", "en");
    let period =
        s.wait_for_text_containing("explorer-period", &ftl("en", "rules-study-from-2015-06"));
    assert!(period.contains("2015"), "{period}");
    for (line, amount) in [
        ("return-premium", "875"),
        ("return-reintegration", "2,450"),
        ("return-eu-topup", "1,500"),
    ] {
        let text = s.wait_for_text_containing(&format!("explorer-line-{line}"), amount);
        assert!(text.contains(amount), "{line}: {text}");
    }
    s.wait_for_attribute("explorer-line-return-reintegration", "data-eligible", "yes");
    s.wait_for_attribute("explorer-line-asylum", "data-eligible", "maybe");
    // Each line cites its source by name, never by a message id.
    let premium = s.text(&s.get("explorer-line-return-premium"));
    let source = ftl("en", "source-fedasil-2015");
    assert!(premium.contains(&source[..30]), "{premium}");
    assert!(!s.text(&s.get("explorer-result")).contains("source-"));
    show_result(s);
    app.screenshot("explorer-result-en");

    // The person's language: French, saved as a PDF after the not-encrypted warning.
    s.select_option("explorer-language", "fr");
    s.wait_for_text_containing(
        "explorer-line-return-premium",
        &ftl("fr", "explore-return-premium"),
    );
    let pdf = sandbox.path().join("explorer.pdf");
    answer_chooser(&sandbox, &pdf);
    s.click(&s.get("explorer-pdf"));
    app.wait_testid("explorer-pdf-warning");
    s.click(&s.get("explorer-pdf-confirm"));
    app.wait_testid("explorer-pdf-saved");
    assert!(
        PathBuf::from(&pdf).is_file(),
        "the PDF was saved where chosen"
    );
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let flat = squeezed(&text);
    for amount in ["875", "2450", "1500"] {
        assert!(flat.contains(amount), "{amount} in the PDF: {text}");
    }
    assert!(
        flat.contains(&squeezed(&ftl("fr", "explore-return-premium"))),
        "the French titles: {text}"
    );
    assert!(!text.contains(CODE), "no client code on the paper");
    show_result(s);
    app.screenshot("explorer-result-fr");
    s.click(&s.get("explorer-close"));
    app.wait_testid("client-overview");
}
