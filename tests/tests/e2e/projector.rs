//! Group sessions in the real app, with two windows: a course copied from a shipped plan and
//! kept in the vault, the projector window opened beside the counsellor window, slides advanced,
//! French and Arabic side by side on the wall (each with its own direction), black-out, and the
//! projector refused every vault command and every photo — the vault holds a real photo (the
//! camera JPEG of the fixtures), which the counsellor window loads and the projector cannot.
//! Screenshots of the wall go to target/e2e-artifacts.

use std::time::Duration;

use avenir_api::core::client::ClientInput;
use avenir_api::{Env, OpenVault, Secret};
use avenir_e2e::{App, Launch, PASS, Session, ftl, profile_dir, root, vault_sandbox};
use avenir_testkit::sandbox::Sandbox;
use serde_json::{Value, json};

const PLACE: &str = "Antwerpen, zaal 2";

/// Waits until the app has a second window, and returns (counsellor, projector) handles.
fn windows(app: &App) -> (String, String) {
    let s = &app.session;
    let main = s.window_handle();
    app.wait_for_long(
        |s| s.window_handles().len() == 2,
        "the projector window",
        Duration::from_secs(20),
    );
    let projector = s.window_handles().into_iter().find(|h| *h != main).unwrap();
    (main, projector)
}

/// Imports the fixtures' camera photo into a new client's album; returns the photo's id.
fn import_real_photo(sandbox: &Sandbox) -> i64 {
    let vault = OpenVault::open(
        &profile_dir(sandbox),
        Secret::Passphrase(PASS),
        Env::system(),
    )
    .unwrap();
    let client = vault
        .create_client(ClientInput {
            code: "WALL-PHOTO".into(),
            ..ClientInput::default()
        })
        .unwrap();
    let bytes = std::fs::read(root().join("tests/fixtures/photos/camera.jpg")).unwrap();
    vault.import_photo(client.id, &bytes).unwrap().id
}

/// Loads `avenir-media://localhost/{size}/{id}` as an image in the current window: "loaded" or
/// "refused".
fn load_photo(s: &Session, size: &str, id: i64) -> Value {
    s.execute_async(
        "const done = arguments[arguments.length - 1];
         const img = new Image();
         img.onload = () => done(img.naturalWidth > 0 ? 'loaded' : 'empty');
         img.onerror = () => done('refused');
         img.src = `avenir-media://localhost/${arguments[0]}/${arguments[1]}`;",
        json!([size, id]),
    )
}

fn column(s: &Session, locale: &str) -> Option<(String, String, String)> {
    let v = s.execute(
        "const c = document.querySelector(`[data-testid=projector-column-${arguments[0]}]`);
         if (!c) return null;
         const t = c.querySelector('[data-testid=projector-title]');
         return [c.getAttribute('dir'), c.getAttribute('lang'), t ? t.textContent.trim() : ''];",
        json!([locale]),
    );
    let a = v.as_array()?;
    Some((
        a[0].as_str()?.to_owned(),
        a[1].as_str()?.to_owned(),
        a[2].as_str()?.to_owned(),
    ))
}

#[test]
fn a_course_on_the_wall_in_french_and_arabic_with_black_out_and_nothing_private() {
    let sandbox = vault_sandbox("Facilitator E2E");
    let photo = import_real_photo(&sandbox);
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.unlock("courses-open");

    // A course copied from the one-session plan, with anonymous facts only.
    s.click(&s.get("courses-open"));
    app.wait_testid("course-new-from-one-session");
    s.click(&s.get("course-new-from-one-session"));
    app.wait_testid("course-editor");
    let place = s.get("course-place-input");
    s.clear(&place);
    s.send_keys(&place, PLACE);
    let n = s.get("course-participants-input");
    s.clear(&n);
    s.send_keys(&n, "11");
    s.click(&s.get("course-save"));
    app.wait_for(
        |s| {
            let c = s.invoke("courses", json!({}));
            c["ok"][0]["place"] == PLACE && c["ok"][0]["participants"] == 11
        },
        "the course saved in the vault",
    );
    let course = s.invoke("courses", json!({}))["ok"][0].clone();
    assert_eq!(course["plan"], "one-session");
    assert_eq!(course["days"][0]["blocks"][0]["topic"], "welcome");

    // The presenter and the projector window.
    s.click(&s.get("course-present"));
    app.wait_testid("presenter");
    s.click(&s.get("projector-open"));
    let (main, wall) = windows(&app);

    // The counsellor window loads the photo: the projector's refusal below is not vacuous.
    for size in ["thumb", "photo"] {
        assert_eq!(
            load_photo(s, size, photo),
            json!("loaded"),
            "{size} {photo}"
        );
    }

    s.switch_to_window(&wall);
    app.wait_testid("projector-view");
    // The projector may call no command at all: the vault is out of its reach.
    for (cmd, args) in [
        ("list_clients", json!({"filter": "all", "sort": "code"})),
        ("courses", json!({})),
        ("vault_status", json!({})),
        ("get_catalogue", json!({})),
    ] {
        let answer = s.invoke(cmd, args);
        assert!(
            answer.get("ok").is_none(),
            "{cmd} answered the projector: {answer}"
        );
        let err = answer["err"].to_string();
        assert!(
            err.contains("not allowed") || err.contains("denied"),
            "{cmd}: {err}"
        );
    }
    // Nor the vault's photo, through the album protocol, in either size.
    for size in ["thumb", "photo"] {
        assert_eq!(
            load_photo(s, size, photo),
            json!("refused"),
            "the projector loaded {size} {photo}"
        );
    }

    // The first slide of the running order, the welcome topic, is on the wall at once, in the
    // counsellor's language.
    s.switch_to_window(&wall);
    let welcome_en = ftl("en", "plan-topic-welcome");
    app.wait_for(
        |s| column(s, "en").is_some_and(|(_, _, t)| t == welcome_en),
        "the welcome slide on the wall",
    );

    // French and Arabic side by side, switched live.
    s.switch_to_window(&main);
    s.select_option("wall-language-1", "fr");
    s.select_option("wall-language-2", "ar");
    s.switch_to_window(&wall);
    let (fr, ar) = (
        ftl("fr", "plan-topic-welcome"),
        ftl("ar", "plan-topic-welcome"),
    );
    let fr_column = Some(("ltr".to_owned(), "fr".to_owned(), fr));
    let ar_column = Some(("rtl".to_owned(), "ar".to_owned(), ar));
    app.wait_for(
        |s| column(s, "fr") == fr_column && column(s, "ar") == ar_column,
        "two columns on the wall, French and Arabic, each in its direction",
    );
    assert_eq!(column(s, "fr"), fr_column);
    assert_eq!(column(s, "ar"), ar_column);
    app.screenshot("wall-fr-ar-welcome");

    // Next slide: the four paths, still in both languages.
    s.switch_to_window(&main);
    s.click(&s.get("presenter-next"));
    s.switch_to_window(&wall);
    let paths_ar = ftl("ar", "plan-topic-four-pathways");
    app.wait_for(
        |s| column(s, "ar").is_some_and(|(_, _, t)| t == paths_ar),
        "the next slide in Arabic",
    );
    let paths_fr = ftl("fr", "plan-topic-four-pathways");
    let text = s
        .wait_for_script(
            "the next slide in French",
            "return document.body.innerText;",
            json!([]),
            |v| v.as_str().unwrap_or_default().contains(&paths_fr),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(text.contains(&paths_fr), "{text}");
    app.screenshot("wall-fr-ar-four-paths");

    // Black-out: the wall turns black at once, and comes back.
    s.switch_to_window(&main);
    s.click(&s.get("presenter-blackout"));
    s.switch_to_window(&wall);
    // The black-out layer is the positive sign; then nothing else may show.
    app.wait_testid("projector-blackout");
    let visible = s.execute("return document.body.innerText.trim();", json!([]));
    assert_eq!(visible, json!(""), "nothing shows during a black-out");
    app.screenshot("wall-blackout");
    s.switch_to_window(&main);
    s.click(&s.get("presenter-blackout"));
    s.switch_to_window(&wall);
    s.wait_gone("projector-blackout");
    app.wait_for(|s| column(s, "ar").is_some(), "the slide back on the wall");
    assert!(column(s, "ar").is_some());

    // Closing from the presenter closes the window.
    s.switch_to_window(&main);
    s.click(&s.get("projector-close"));
    app.wait_for(
        |s| s.window_handles().len() == 1,
        "the projector window closed",
    );
}
