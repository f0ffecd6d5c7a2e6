//! The method in the real app: a demo client's decision journal and heat map, an exercise done
//! with the person in their language (French) in a new session, resumed from the last session's
//! answers with the earlier answer kept as history, presentation-safe mode showing the exercise
//! alone, and a new placement in the decision journal. Screenshots go to target/e2e-artifacts.

use std::time::Duration;

use avenir_e2e::{App, Launch, Session, demo_sandbox, ftl};
use serde_json::{Value, json};

const FEELING: &str = "Je suis moins fatiguée MARKER-EX5";
const WHY: &str = "Savoir plus, sans décider";

fn js(s: &Session, script: &str) -> Value {
    s.execute(script, json!([]))
}

/// Scrolls `testid` to the top of the window, for a screenshot of what matters.
fn show(s: &Session, testid: &str) {
    s.get(testid);
    s.execute(
        "document.querySelector(`[data-testid=${arguments[0]}]`).scrollIntoView({block: 'start'}); return null;",
        json!([testid]),
    );
}

/// Waits until the button `testid` is pressed (`aria-pressed="true"`).
fn wait_pressed(s: &Session, testid: &str) {
    s.wait_for_attribute(testid, "aria-pressed", "true");
}

#[test]
fn an_exercise_in_the_persons_language_and_the_decision_journal() {
    let sandbox = demo_sandbox();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.unlock("client-list");

    let demo_client = app.client_id("DEMO-P4-ZUFE");
    s.click(&s.get(&format!("client-row-{demo_client}")));
    app.wait_testid("client-overview");

    // The decision journal of three sessions, and the basic-needs heat map.
    app.wait_testid("journal-chart");
    app.wait_testid("heatmap-basic-needs-by-pathway");
    let journal = s.wait_for_text_containing("overview-journal", &ftl("en", "journal-heading"));
    assert!(journal.contains(&ftl("en", "journal-heading")), "{journal}");
    let names: Vec<String> = ["legalise", "onward", "return", "undocumented"]
        .iter()
        .map(|p| ftl("en", &format!("clients-pathway-{p}")))
        .collect();
    let chart = s.wait_for_script(
        "the four pathways in the journal chart",
        "const el = document.querySelector('[data-testid=journal-chart]');
         return el ? el.textContent : '';",
        json!([]),
        |v| {
            names
                .iter()
                .all(|n| v.as_str().unwrap_or_default().contains(n.as_str()))
        },
    );
    for name in &names {
        assert!(
            chart.as_str().unwrap().contains(name.as_str()),
            "{name} in the chart"
        );
    }
    let safety = ftl("en", "need-safety");
    let heat = s.wait_for_script(
        "the basic needs in the heat map",
        "const el = document.querySelector('[data-testid=heatmap-basic-needs-by-pathway]');
         return el ? el.textContent : '';",
        json!([]),
        |v| v.as_str().unwrap_or_default().contains(&safety),
    );
    assert!(heat.as_str().unwrap().contains(&safety), "{heat}");
    show(s, "overview-journal");
    app.screenshot("decision-journal");

    // A new session; the last session's answer to "Where I stand" is where the person resumes.
    s.click(&s.get("session-new"));
    app.wait_testid("session-exercises");
    // The exercise list loads after its section appears: `get` waits for the button.
    s.click(&s.get("exercise-open-where-i-stand"));
    app.wait_testid("exercise-view");
    // The client's preferred language is Arabic: the exercise opens in its Arabic texts, right
    // to left.
    s.wait_for_attribute("exercise-view", "dir", "rtl");
    s.select_option("exercise-language", "fr");
    let title_fr = ftl("fr", "ex-where-i-stand-title");
    s.wait_for_text_containing("exercise-title", &title_fr);
    s.wait_for_attribute("exercise-view", "lang", "fr");
    s.wait_for_attribute("exercise-view", "dir", "ltr");
    // The counsellor's own controls stay in English.
    s.wait_for_text_containing("exercise-close", &ftl("en", "worksheet-close"));
    // Resumed from the last session.
    wait_pressed(s, "choice-stage-bargaining");

    s.click(&s.get("choice-stage-acceptance"));
    wait_pressed(s, "choice-stage-acceptance");
    s.send_keys(&s.get("text-feel-now"), FEELING);
    // The earlier session's answer is kept as history, shown to the counsellor in their language.
    s.get_css("[data-testid=field-stage] [data-testid=exercise-history-toggle]");
    js(
        s,
        "document.querySelector('[data-testid=field-stage] [data-testid=exercise-history-toggle]').click(); return null;",
    );
    app.wait_for(
        |s| {
            js(
                s,
                "const h = document.querySelector('[data-testid=field-stage] [data-testid=exercise-history]');
                 return h ? h.textContent : '';",
            )
            .as_str()
            .unwrap_or_default()
            .contains(&ftl("en", "ex-where-i-stand-stage-bargaining"))
        },
        "the earlier answer in the history",
    );
    // The counsellor's guide, in the counsellor's language.
    s.get_css("[data-testid=exercise-guide] summary");
    js(
        s,
        "document.querySelector('[data-testid=exercise-guide] summary').click(); return null;",
    );
    let aim = ftl("en", "ex-where-i-stand-guide-aim");
    s.wait_for_text_containing("exercise-guide", &aim);

    // Presentation-safe mode: the exercise alone — no code, guide, history or notes.
    s.click(&s.get("presentation-toggle"));
    app.wait_testid("presentation-banner");
    s.wait_gone("exercise-guide");
    // The positive sign first: the banner is up and the exercise is on screen; then what must
    // not be there.
    let visible = s.wait_for_script(
        "the exercise on screen while presenting",
        "return document.body.innerText;",
        json!([]),
        |v| v.as_str().unwrap_or_default().contains(&title_fr),
    );
    let visible = visible.as_str().unwrap();
    assert!(visible.contains(&title_fr), "the exercise stays on screen");
    assert!(
        !visible.contains("DEMO-P4-ZUFE"),
        "the client's code is hidden"
    );
    assert!(
        !visible.contains("professional interpreter"),
        "the client's notes are hidden"
    );
    s.assert_absent(
        "exercise-history",
        "presentation-banner",
        "history is hidden",
    );
    show(s, "exercise-view");
    app.screenshot("exercise-where-i-stand-fr-presenting");
    s.click(&s.get("presentation-toggle"));
    s.get("exercise-guide");
    show(s, "field-stage");
    app.screenshot("exercise-where-i-stand-fr");

    s.click(&s.get("exercise-close"));
    app.wait_testid("journal-editor");

    // What was saved belongs to the new session; the last session's answer is unchanged.
    let answers = s.invoke(
        "exercise_answers",
        json!({"clientId": demo_client, "exercise": "where-i-stand"}),
    );
    let answers = answers["ok"].as_array().unwrap().clone();
    let stages: Vec<&Value> = answers.iter().filter(|a| a["field"] == "stage").collect();
    assert_eq!(stages.len(), 2, "{answers:?}");
    assert_eq!(stages[0]["answer"]["value"], "bargaining");
    assert_eq!(stages[1]["answer"]["value"], "acceptance");
    let feel = answers.iter().rfind(|a| a["field"] == "feel-now").unwrap();
    assert!(
        feel["answer"]["value"].as_str().unwrap().ends_with(FEELING),
        "{feel}"
    );
    let new_session = stages[1]["sessionId"].as_i64().unwrap();

    // The person places themselves on the return pathway in this session.
    s.click(&s.get("journal-possible-return-7"));
    s.click(&s.get("journal-wanted-return-5"));
    s.send_keys(&s.get("journal-why-return"), WHY);
    app.wait_for_long(
        |s| {
            let j = s.invoke("decision_journal", json!({"clientId": demo_client}));
            j["ok"].as_array().unwrap().iter().any(|e| {
                e["sessionId"] == new_session
                    && e["pathway"] == "return"
                    && e["possible"] == 7
                    && e["wanted"] == 5
                    && e["why"] == WHY
            })
        },
        "the journal entry saved",
        Duration::from_secs(10),
    );
    s.click(&s.get("session-close"));
    app.wait_testid("client-overview");
    app.wait_testid("journal-chart");
    // The chart's data table (for screen readers): four sessions now, the newest with 7 and 5
    // on the return pathway (third table: pathways in their fixed order).
    let rows = s.wait_for_script(
        "four sessions in the journal chart's table",
        "const fig = document.querySelector('[data-testid=journal-chart]').closest('figure');
         const t = fig.querySelectorAll('table')[2];
         return Array.from(t.querySelectorAll('tbody tr')).map(r =>
             Array.from(r.querySelectorAll('td')).map(c => c.textContent.trim()));",
        json!([]),
        |v| v.as_array().is_some_and(|r| r.len() == 4),
    );
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert_eq!(rows[3], json!(["7", "5"]), "{rows:?}");
    show(s, "journal-chart");
    app.screenshot("decision-journal-after");
}
