//! No traces on the desktop: a real photo (the camera fixture) imported and the booklet saved as a
//! PDF through the app leave no `recently-used.xbel` naming either, in the sandbox's `$HOME` or
//! `$XDG_DATA_HOME`. The `e2e` chooser seam hands the chosen path to GTK's recent-files manager as
//! GTK's own chooser does, so this fails if the app stops switching the list off.

use std::path::{Path, PathBuf};
use std::time::Duration;

use avenir_e2e::{App, Launch, answer_chooser, demo_sandbox, root};
use serde_json::json;

/// Every `recently-used.xbel` under `dir`.
fn xbel_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.file_name().is_some_and(|n| n == "recently-used.xbel") {
                found.push(p);
            }
        }
    }
    found
}

#[test]
fn an_imported_photo_and_a_saved_booklet_leave_no_recent_files_entry() {
    let sandbox = demo_sandbox();
    let camera = root().join("tests/fixtures/photos/camera.jpg");
    let stick = sandbox.path().join("usb-stick");
    std::fs::create_dir_all(&stick).unwrap();
    let pdf = stick.join("traces-booklet.pdf");
    {
        let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
        let s = &app.session;
        app.unlock("client-list");
        let client = app.client_id("DEMO-T3-FEPU");
        s.click(&s.get(&format!("client-row-{client}")));
        app.wait_testid("album-open");
        s.click(&s.get("album-open"));
        app.wait_testid("album-view");
        let before = s.invoke("album", json!({ "clientId": client }))["ok"]["photos"]
            .as_array()
            .map_or(0, Vec::len);
        s.send_keys(&s.get("album-file-input"), &camera.display().to_string());
        app.wait_for_long(
            |s| {
                s.invoke("album", json!({ "clientId": client }))["ok"]["photos"]
                    .as_array()
                    .is_some_and(|p| p.len() == before + 1)
            },
            "the photo imported",
            Duration::from_secs(30),
        );
        s.click(&s.get("album-booklet-open"));
        app.wait_testid("booklet-sheet");
        answer_chooser(&sandbox, &pdf);
        s.click(&s.get("booklet-save-pdf"));
        app.wait_testid("booklet-pdf-where");
        s.click(&s.get("booklet-pdf-confirm"));
        s.get_within("booklet-pdf-saved", Duration::from_secs(60));
        // GTK writes its recent-files list shortly after a change: give it time.
        std::thread::sleep(Duration::from_secs(3));
    }
    assert!(pdf.is_file(), "the PDF is where the counsellor chose");
    let home = sandbox.path();
    let mut named = Vec::new();
    for xbel in xbel_files(home)
        .into_iter()
        .chain(xbel_files(&home.join("share")))
    {
        let text = std::fs::read_to_string(&xbel).unwrap_or_default();
        if text.contains("camera.jpg")
            || text.contains("traces-booklet")
            || text.contains("usb-stick")
        {
            named.push(xbel.display().to_string());
        }
    }
    assert_eq!(
        named,
        Vec::<String>::new(),
        "a recent-files list names the photo or the PDF"
    );
}
