//! The exercises the method lacked, in the real app with a Dutch interface: each new exercise
//! opened in Dutch and in Arabic (screenshots in target/e2e-artifacts), the reintegration plan
//! offered only once the person's own decision of return is recorded on the session, and the
//! counsellor's session preparation listed apart and hidden whole in presentation-safe mode.

use avenir_e2e::{App, Launch, Session, demo_sandbox, ftl};
use serde_json::{Value, json};

const WORRY: &str = "Waar gaan we wonen MARKER-REINT";
const PERSON_EXERCISES: [&str; 4] = ["what-weighs", "my-procedure", "home", "children-view"];

/// Opens exercise `id` from the session's picker and waits for its view.
fn open(s: &Session, id: &str) {
    s.click(&s.get(&format!("exercise-open-{id}")));
    s.wait_for_attribute("exercise-view", "data-exercise", id);
}

/// Shows the open exercise in `locale` and takes its screenshot.
fn screenshot_in(app: &App, id: &str, locale: &str) {
    let s = &app.session;
    s.select_option("exercise-language", locale);
    s.wait_for_text_containing("exercise-title", &ftl(locale, &format!("ex-{id}-title")));
    let dir = if locale == "ar" { "rtl" } else { "ltr" };
    s.wait_for_attribute("exercise-view", "dir", dir);
    app.screenshot(&format!("exercise-{id}-{locale}"));
}

fn close(s: &Session) {
    s.click(&s.get("exercise-close"));
    s.get("exercise-picker");
}

#[test]
fn new_exercises_in_dutch_and_arabic_the_plan_after_return_and_the_private_preparation() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("nl_BE.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");

    // Someone who has decided nothing (her language is Arabic): a new session with her.
    let client = app.client_id("DEMO-P4-ZUFE");
    s.click(&s.get(&format!("client-row-{client}")));
    app.wait_testid("client-overview");
    s.click(&s.get("session-new"));
    app.wait_testid("session-exercises");

    // The counsellor's own sheet is listed apart, in the counsellor's language.
    s.get("exercise-open-session-preparation");
    s.wait_for_text_containing(
        "exercise-picker-private",
        &ftl("nl", "worksheet-private-heading"),
    );
    // No reintegration plan before the person chose return.
    s.assert_absent(
        "exercise-item-reintegration-plan",
        "exercise-item-what-weighs",
        "no reintegration plan before a decision of return",
    );

    for id in PERSON_EXERCISES {
        open(s, id);
        screenshot_in(&app, id, "nl");
        screenshot_in(&app, id, "ar");
        close(s);
    }

    // The person says they decided to return: recorded on the session, the plan is offered.
    s.select_option("session-decision", "return");
    s.get("exercise-open-reintegration-plan");
    let overview = s.invoke("client_overview", json!({"id": client}));
    let decisions: Vec<Value> = overview["ok"]["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|session| session["decision"].clone())
        .collect();
    assert!(decisions.contains(&json!("return")), "{decisions:?}");

    open(s, "reintegration-plan");
    screenshot_in(&app, "reintegration-plan", "ar");
    screenshot_in(&app, "reintegration-plan", "nl");
    s.send_keys(&s.get("text-worries"), WORRY);
    app.wait_for(
        |s| {
            let answers = s.invoke(
                "exercise_answers",
                json!({"clientId": client, "exercise": "reintegration-plan"}),
            );
            answers["ok"].as_array().is_some_and(|rows| {
                rows.iter().any(|a| {
                    a["field"] == "worries"
                        && a["answer"]["value"]
                            .as_str()
                            .is_some_and(|v| v.ends_with(WORRY))
                })
            })
        },
        "the reintegration plan's answer saved",
    );
    close(s);

    // The session preparation: for the counsellor, never on the second screen, hidden whole
    // while presenting.
    open(s, "session-preparation");
    s.get("exercise-private-note");
    s.assert_absent(
        "exercise-show-on-projector",
        "exercise-private-note",
        "the counsellor's own sheet has no second-screen button",
    );
    let check = ftl("nl", "ex-session-preparation-checks-danger-at-home");
    s.wait_for_text_containing("exercise-view", &check);
    app.screenshot("exercise-session-preparation-nl");

    s.click(&s.get("presentation-toggle"));
    app.wait_testid("presentation-banner");
    s.get("exercise-private-hidden");
    let shown = s.wait_for_script(
        "the sheet hidden while presenting",
        "return document.body.innerText;",
        json!([]),
        |v| {
            let text = v.as_str().unwrap_or_default();
            text.contains(&ftl("nl", "worksheet-private-hidden")) && !text.contains(&check)
        },
    );
    let shown = shown.as_str().unwrap();
    for private in [
        check.as_str(),
        &ftl("nl", "ex-session-preparation-title"),
        &ftl("nl", "ex-session-preparation-checks"),
        "DEMO-P4-ZUFE",
    ] {
        assert!(
            !shown.contains(private),
            "{private:?} shown while presenting"
        );
    }
    s.assert_absent(
        "session-decision",
        "exercise-private-hidden",
        "the person's decision is hidden while presenting",
    );
    app.screenshot("exercise-session-preparation-presenting");

    s.click(&s.get("presentation-toggle"));
    s.wait_gone("presentation-banner");
    s.wait_for_text_containing("exercise-view", &check);
    close(s);
    // While presenting, the picker has no private section at all.
    s.click(&s.get("presentation-toggle"));
    app.wait_testid("presentation-banner");
    s.get("exercise-open-what-weighs");
    s.assert_absent(
        "exercise-picker-private",
        "exercise-open-what-weighs",
        "no private section while presenting",
    );
    s.assert_absent(
        "exercise-open-session-preparation",
        "exercise-open-what-weighs",
        "the session preparation cannot be opened while presenting",
    );
}
