//! Handover in the real app: two counsellor profiles in one sandbox exchange handover ids
//! (checking each other's fingerprint), one hands a client with a photo and a decision journal
//! over as a transfer through the `e2e` chooser seam, the other previews and receives it whole,
//! and the sender's client is erased only once she types the receiver's receipt code.

use std::time::Duration;

use avenir_api::{Env, OpenVault};
use avenir_e2e::{App, Launch, PASS, Session, answer_chooser, root};
use avenir_testkit::sandbox::Sandbox;

const CODE: &str = "DEMO-P4-ZUFE";

/// A profile `id` labelled `label` in the sandbox, opened through the application layer.
fn profile(sandbox: &Sandbox, id: &str, label: &str) -> OpenVault {
    let dir = sandbox.data_dir().join("profiles").join(id);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    let params = avenir_api::calibrate(Duration::from_millis(1)).unwrap();
    OpenVault::create(&dir, label, PASS, params, Env::system())
        .unwrap()
        .0
}

fn unlock(app: &App, profile: &str) {
    let s = &app.session;
    app.wait_testid("unlock-form");
    s.click(&s.get(&format!("unlock-profile-{profile}")));
    app.unlock("client-list");
}

/// This profile's handover id and fingerprint, as the home card shows them.
fn my_id(app: &App) -> (String, String) {
    let s = &app.session;
    s.click(&s.get("handover-show-id"));
    app.wait_testid("handover-my-fingerprint");
    let id = s.wait_for_property_where("handover-my-id", "value", "a handover id", |v| {
        v.starts_with("avenir-handover-1:")
    });
    let fingerprint = s.text(&s.get("handover-my-fingerprint"));
    (id, fingerprint.trim().to_owned())
}

fn add_contact(app: &App, name: &str, id: &str, fingerprint: &str) {
    let s = &app.session;
    s.send_keys(&s.get("handover-contact-name"), name);
    s.send_keys(&s.get("handover-contact-id"), id);
    s.send_keys(&s.get("handover-contact-fingerprint"), fingerprint);
    s.click(&s.get("handover-contact-add"));
    s.wait_for_text_containing("handover-contact", name);
}

fn open_client(app: &App, code: &str) {
    let s = &app.session;
    let id = app.client_id(code);
    s.click(&s.get(&format!("client-row-{id}")));
    app.wait_testid("client-overview");
}

fn count(s: &Session, selector: &str) -> u64 {
    s.execute(
        "return document.querySelectorAll(arguments[0]).length;",
        serde_json::json!([selector]),
    )
    .as_u64()
    .unwrap_or(0)
}

#[test]
fn two_counsellors_exchange_ids_and_a_client_with_a_photo_and_a_journal_moves_whole() {
    let sandbox = Sandbox::new().unwrap();
    {
        let ann = profile(&sandbox, "ann", "Ann");
        ann.seed_demo(0, 0, true).unwrap();
        let client = ann.client_by_code(CODE).unwrap().id;
        let photo = std::fs::read(root().join("tests/fixtures/photos/garden.png")).unwrap();
        ann.import_photo(client, &photo).unwrap();
        profile(&sandbox, "bea", "Bea");
    }
    let stick = sandbox.path().join("usb-stick");
    std::fs::create_dir(&stick).unwrap();
    let case = stick.join("for-bea.avenir-case");

    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;

    // Each reads her id out to the other and adds the other after comparing the fingerprint.
    unlock(&app, "ann");
    let (ann_id, ann_fp) = my_id(&app);
    app.lock();
    unlock(&app, "bea");
    let (bea_id, bea_fp) = my_id(&app);
    assert_ne!(ann_fp, bea_fp);
    // A fingerprint misheard: refused, nothing added.
    s.send_keys(&s.get("handover-contact-name"), "Ann");
    s.send_keys(&s.get("handover-contact-id"), &ann_id);
    s.send_keys(
        &s.get("handover-contact-fingerprint"),
        "1111 2222 3333 4444 5555",
    );
    s.click(&s.get("handover-contact-add"));
    s.wait_for_text_containing("handover-error", "fingerprint does not match");
    assert_eq!(count(s, "[data-testid=handover-contact]"), 0);
    s.clear(&s.get("handover-contact-name"));
    s.clear(&s.get("handover-contact-id"));
    s.clear(&s.get("handover-contact-fingerprint"));
    add_contact(&app, "Ann", &ann_id, &ann_fp);
    app.lock();
    unlock(&app, "ann");
    add_contact(&app, "Bea", &bea_id, &bea_fp);

    // Ann hands the client over as a transfer; the file goes where the chooser says.
    open_client(&app, CODE);
    s.click(&s.get("client-hand-over"));
    app.wait_testid("handover-dialog");
    s.click(&s.get("handover-mode-transfer"));
    s.select_option("handover-to", "Bea");
    answer_chooser(&sandbox, &case);
    s.click(&s.get("handover-send"));
    s.wait_for_text_containing("handover-mark", "Bea");
    assert!(case.is_file(), "the case file was written where chosen");
    let bytes = std::fs::read(&case).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"), "an age file");
    assert!(
        !contains(&bytes, CODE.as_bytes()),
        "the code is not readable in the file"
    );
    app.screenshot("handover-awaiting-receipt");
    app.lock();

    // Bea previews (nothing added yet), then receives the client whole.
    unlock(&app, "bea");
    answer_chooser(&sandbox, &case);
    s.click(&s.get("handover-receive"));
    let preview = s.wait_for_text_containing("handover-preview", CODE);
    assert!(preview.contains("Ann"), "the sender is named: {preview}");
    assert!(preview.contains(&ann_fp), "with her fingerprint: {preview}");
    let listed = s.invoke(
        "list_clients",
        serde_json::json!({"filter": "all", "sort": "code"}),
    );
    assert_eq!(
        listed["ok"].as_array().map(Vec::len),
        Some(0),
        "a preview adds nothing"
    );
    app.screenshot("handover-preview");
    s.click(&s.get("handover-import-confirm"));
    app.wait_testid("handover-receipt");
    let receipt = s.text(&s.get("handover-receipt")).trim().to_owned();
    assert_eq!(
        receipt.chars().filter(char::is_ascii_digit).count(),
        8,
        "{receipt}"
    );
    app.screenshot("handover-received");
    s.click(&s.get("handover-open-client"));
    app.wait_testid("client-overview");
    app.wait_testid("journal-chart");
    // The receipt code stays on the received client's overview, to read back to the sender.
    s.wait_for_text_containing("handover-received-mark", &receipt);
    let received = app.client_id(CODE);
    let album = s.invoke("album", serde_json::json!({"clientId": received}));
    let photos = album["ok"]["photos"].as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(photos, 1, "the photo came along: {album}");
    app.lock();

    // Ann types the receipt code: only then is her copy erased.
    unlock(&app, "ann");
    open_client(&app, CODE);
    app.wait_testid("handover-receipt-input");
    s.send_keys(&s.get("handover-receipt-input"), "0000 0000");
    s.click(&s.get("handover-receipt-confirm"));
    s.click(&s.get("handover-erase-yes"));
    app.wait_testid("handover-mark-error");
    assert!(app.client_id(CODE) > 0, "a wrong code erases nothing");
    s.clear(&s.get("handover-receipt-input"));
    s.send_keys(&s.get("handover-receipt-input"), &receipt);
    s.click(&s.get("handover-receipt-confirm"));
    s.click(&s.get("handover-erase-yes"));
    app.wait_testid("client-list");
    app.wait_for(
        |s| {
            let rows = s.invoke(
                "list_clients",
                serde_json::json!({"filter": "all", "sort": "code"}),
            );
            rows["ok"]
                .as_array()
                .is_some_and(|r| r.iter().all(|c| c["code"] != CODE))
        },
        "the transferred client is erased",
    );
    app.lock();
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
