//! The referral directory in the real app: a place added through the form, found by a language
//! it speaks, its referral slip shown in Arabic (right to left, labels in Arabic, the "no name
//! needed" line) and saved as a PDF through the chooser seam, then a referral recorded from an
//! open session that shows up as that session's next step.

use std::path::PathBuf;
use std::process::Command;

use avenir_e2e::{App, Launch, Session, answer_chooser, demo_sandbox, ftl};

const NAME: &str = "Fictional clinic Al-Amal";
const CLIENT: &str = "DEMO-P4-ZUFE";

/// The text of every entry the directory lists now.
fn entries(s: &Session) -> Vec<String> {
    let rows = s.execute(
        "return [...document.querySelectorAll('[data-testid=directory-entry]')].map(e => e.textContent);",
        serde_json::json!([]),
    );
    rows.as_array()
        .map(|r| {
            r.iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_place_is_added_found_by_language_printed_in_arabic_and_referred_to_from_a_session() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");

    s.click(&s.get("directory-open"));
    app.wait_testid("home-directory");
    // The demo vault's one fictional example is listed.
    s.wait_for_text_containing("directory-entry", "fictional");

    s.click(&s.get("directory-add"));
    app.wait_testid("directory-form");
    s.send_keys(&s.get("directory-name"), NAME);
    s.select_option("directory-kind", "medical");
    s.click(&s.get("directory-pathway-undocumented"));
    s.send_keys(&s.get("directory-languages"), "ru ar");
    s.send_keys(&s.get("directory-town"), "Liège");
    s.send_keys(&s.get("directory-address"), "Example street 7, Liège");
    s.send_keys(&s.get("directory-hours"), "Mon 9:00-12:00");
    s.click(&s.get("directory-anonymous"));
    s.send_keys(&s.get("directory-bring"), "Nothing");
    s.click(&s.get("directory-save"));
    s.wait_gone("directory-form");
    app.wait_for(
        |s| entries(s).iter().any(|e| e.contains(NAME)),
        "the new place in the list",
    );

    // Found by a language the example does not speak.
    s.send_keys(&s.get("directory-filter-language"), "ru");
    app.wait_for(
        |s| {
            let rows = entries(s);
            rows.len() == 1 && rows[0].contains(NAME)
        },
        "only the place that speaks Russian",
    );

    // Its slip in Arabic: right to left, Arabic labels, the line that no name is needed.
    s.click(&s.get("directory-slip"));
    app.wait_testid("referral-slip");
    s.select_option("slip-language", "ar");
    let title = ftl("ar", "slip-title");
    s.wait_for_text_containing("referral-slip", &title);
    let rtl = s.execute(
        "const el = document.querySelector('[data-testid=referral-slip]');
         const inner = el.querySelector('[dir]') || el;
         return getComputedStyle(inner).direction;",
        serde_json::json!([]),
    );
    assert_eq!(rtl, "rtl", "the Arabic slip reads right to left");
    s.wait_for_text_containing("slip-anonymous", &ftl("ar", "slip-anonymous"));
    let slip = s.text(&s.get("referral-slip"));
    assert!(
        slip.contains(NAME) && slip.contains("Example street 7"),
        "{slip}"
    );
    assert!(!slip.contains(CLIENT), "no client code on a slip");
    app.screenshot("directory-slip-ar");

    let pdf = sandbox.path().join("slip.pdf");
    answer_chooser(&sandbox, &pdf);
    s.click(&s.get("slip-save-pdf"));
    app.wait_testid("slip-pdf-warning");
    s.click(&s.get("slip-pdf-confirm"));
    app.wait_testid("slip-pdf-saved");
    assert!(
        PathBuf::from(&pdf).is_file(),
        "the slip was saved where chosen"
    );
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Example street 7"), "{text}");
    s.click(&s.get("slip-close"));

    // A referral recorded from an open session becomes that session's next step.
    s.click(&s.get("directory-close"));
    let client = app.client_id(CLIENT);
    s.click(&s.get(&format!("client-row-{client}")));
    app.wait_testid("client-overview");
    let first = s.get_css("[data-testid^=\"session-open-\"]");
    s.click(&first);
    app.wait_testid("session-editor");
    s.click(&s.get("session-refer"));
    s.send_keys(&s.get("refer-search"), "Al-Amal");
    s.click(&s.get("refer-pick"));
    app.wait_for(
        |s| {
            let text = s.execute("return document.body.innerText;", serde_json::json!([]));
            text.as_str()
                .is_some_and(|t| t.contains(&format!("Referred to {NAME}")))
        },
        "the referral as a next step of the session",
    );
    app.screenshot("directory-referral-step");
}
