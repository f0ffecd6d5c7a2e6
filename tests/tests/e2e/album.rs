//! The photo album in the real app: two real photos (one straight from a camera, with GPS, a
//! serial number and a comment) imported through the file chooser, captions in French and
//! Arabic, a reorder, and the booklet saved as a PDF whose text (Arabic included) is checked
//! with pdftotext and whose images carry no EXIF. Afterwards nothing of the photos is readable
//! anywhere on disk.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use avenir_e2e::{App, Launch, PASS, Session, answer_chooser, demo_sandbox, profile_dir, root};
use avenir_vault::{Secret, Vault};
use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization;

const CAPTION_FR: &str = "Mes amies du cours de couture";
const CAPTION_AR: &str = "حديقة الحي في أنتويربن";
const TITLE: &str = "Mon album";

fn js(s: &Session, script: &str, args: Value) -> Value {
    s.execute(script, args)
}

fn album(s: &Session, client: i64) -> Value {
    s.invoke("album", json!({ "clientId": client }))["ok"].clone()
}

fn edit_caption(app: &App, page: i64, caption: &str) {
    let s = &app.session;
    s.click(&s.get(&format!("album-page-edit-{page}")));
    app.wait_testid("album-caption-input");
    let input = s.get("album-caption-input");
    s.clear(&input);
    s.send_keys(&input, caption);
    s.click(&s.get("album-page-save"));
    s.wait_gone("album-page-editor");
}

/// Text as a reader sees it: presentation forms folded, spaces collapsed.
fn normalised(s: &str) -> String {
    s.nfkc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_bytes(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn photos_captions_reorder_and_a_booklet_pdf_without_metadata() {
    let sandbox = demo_sandbox();
    let photos = root().join("tests/fixtures/photos");
    let camera = photos.join("camera.jpg");
    let garden = photos.join("garden.png");
    let pdf_path: PathBuf;
    let client;
    {
        let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
        let s = &app.session;
        app.unlock("client-list");
        client = app.client_id("DEMO-T3-FEPU");
        s.click(&s.get(&format!("client-row-{client}")));
        app.wait_testid("album-open");
        s.click(&s.get("album-open"));
        app.wait_testid("album-view");

        // Two files through the file chooser (WebDriver sets the input's files).
        let files = format!("{}\n{}", camera.display(), garden.display());
        s.send_keys(&s.get("album-file-input"), &files);
        app.wait_for_long(
            |s| {
                s.invoke("album", json!({ "clientId": client }))["ok"]["pages"]
                    .as_array()
                    .is_some_and(|p| p.len() == 2)
            },
            "two pages, one per photo",
            Duration::from_secs(30),
        );
        let a = album(s, client);
        let pages: Vec<i64> = a["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_i64().unwrap())
            .collect();
        let first_photo = a["pages"][0]["photos"][0].as_i64().unwrap();
        let second_photo = a["pages"][1]["photos"][0].as_i64().unwrap();
        // The camera photo was stored rotated (EXIF orientation 6): it comes out upright.
        let stored = a["photos"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == first_photo)
            .unwrap()
            .clone();
        assert_eq!(
            (stored["width"].as_u64(), stored["height"].as_u64()),
            (Some(480), Some(320))
        );
        // Thumbnails come through the app's own protocol and really load.
        app.wait_testid(&format!("album-thumb-{first_photo}"));
        app.wait_for(
            |s| {
                js(
                    s,
                    "const img = document.querySelector(`[data-testid=album-thumb-${arguments[0]}]`);
                     return img && img.complete && img.naturalWidth > 0 &&
                         img.src.startsWith('avenir-media://');",
                    json!([first_photo]),
                ) == json!(true)
            },
            "the thumbnail loads from avenir-media://",
        );

        edit_caption(&app, pages[0], CAPTION_FR);
        edit_caption(&app, pages[1], CAPTION_AR);
        // The Arabic caption is shown right to left (once the saved page is drawn again).
        let dir = s.wait_for_script(
            "the Arabic caption's direction",
            "const el = document.querySelector(`[data-testid=album-page-${arguments[0]}] [data-testid=album-page-caption]`);
             return el ? getComputedStyle(el).direction : null;",
            json!([pages[1]]),
            |v| v == "rtl",
        );
        assert_eq!(dir, json!("rtl"));

        // Reorder: the garden goes first.
        s.click(&s.get(&format!("album-page-up-{}", pages[1])));
        app.wait_for(
            |s| album(s, client)["pages"][0]["id"].as_i64() == Some(pages[1]),
            "the second page moved up",
        );
        app.screenshot("album-fr-ar");

        // Presentation-safe mode: no photo is painted, placeholders stand in.
        // Both placeholders first (the positive sign), then no photo painted anywhere.
        s.click(&s.get("presentation-toggle"));
        app.wait_testid(&format!("album-thumb-{first_photo}-hidden"));
        app.wait_testid(&format!("album-thumb-{second_photo}-hidden"));
        let painted = js(
            s,
            "return document.querySelectorAll('img[src^=\"avenir-media:\"]').length;",
            json!([]),
        );
        assert_eq!(
            painted,
            json!(0),
            "a photo is painted in presentation-safe mode"
        );
        js(
            s,
            "document.querySelector(`[data-testid=album-thumb-${arguments[0]}-hidden]`).scrollIntoView({block: 'center'}); return null;",
            json!([first_photo]),
        );
        app.screenshot("album-presenting");
        s.click(&s.get("presentation-toggle"));
        app.wait_testid(&format!("album-thumb-{first_photo}"));

        // The booklet, in French, A5, saved as a PDF after the warning.
        s.click(&s.get("album-booklet-open"));
        app.wait_testid("booklet-sheet");
        s.select_option("booklet-language", "fr");
        let title = s.get("booklet-title-input");
        s.clear(&title);
        s.send_keys(&title, TITLE);
        s.click(&s.get("booklet-paper-a5"));
        s.wait_for_text_containing("booklet-cover-title", TITLE);
        // Both album pages drawn on the sheet (the positive sign), then what must not be there.
        for page in &pages {
            s.get(&format!("booklet-sheet-page-{page}"));
        }
        let sheet = s.wait_for_text_containing("booklet-sheet", TITLE);
        assert!(
            !sheet.contains("DEMO-T3-FEPU"),
            "the client code is never in the booklet"
        );
        app.screenshot("booklet-a5-fr");
        // The counsellor chooses where the PDF goes (the chooser seam answers for her).
        let stick = sandbox.path().join("usb-stick");
        std::fs::create_dir_all(&stick).unwrap();
        answer_chooser(&sandbox, &stick.join("booklet.pdf"));
        s.click(&s.get("booklet-save-pdf"));
        app.wait_testid("booklet-pdf-warning");
        s.click(&s.get("booklet-pdf-confirm"));
        app.wait_testid("booklet-pdf-saved");
        let saved_at = s.wait_for_text_where("booklet-pdf-path", "the saved path", |t| {
            !t.trim().is_empty()
        });
        pdf_path = PathBuf::from(saved_at.trim());
        assert_eq!(pdf_path, stick.join("booklet.pdf"), "saved where chosen");
    }

    // The PDF: its text, Arabic included, and images without metadata.
    assert!(pdf_path.is_file(), "{}", pdf_path.display());
    assert!(
        pdf_path.starts_with(sandbox.path()),
        "saved inside the test's home"
    );
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf_path)
        .arg("-")
        .output()
        .unwrap();
    assert!(text.status.success());
    let text = normalised(&String::from_utf8_lossy(&text.stdout));
    assert!(text.contains(TITLE), "{text}");
    assert!(text.contains(CAPTION_FR), "{text}");
    let arabic = normalised(CAPTION_AR);
    let reversed: String = arabic.chars().rev().collect();
    assert!(
        text.contains(&arabic) || text.contains(&reversed),
        "the Arabic caption is in the PDF's text: {text}"
    );
    assert!(
        !text.contains("DEMO-T3-FEPU") && !text.contains("Fictional"),
        "{text}"
    );
    let images = tempfile::tempdir().unwrap();
    let out = Command::new("pdfimages")
        .arg("-all")
        .arg(&pdf_path)
        .arg(images.path().join("img"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let extracted: Vec<PathBuf> = std::fs::read_dir(images.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(extracted.len() >= 2, "{extracted:?}");
    let pdf = std::fs::read(&pdf_path).unwrap();
    for bytes in extracted
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .chain([pdf])
    {
        for needle in [
            &b"Exif\0"[..],
            b"SERIAL-TEST-4477",
            b"COMMENT-MARKER-9931",
            b"XMP-MARKER-3310",
            b"AvenirTestCam",
        ] {
            assert!(
                !contains_bytes(&bytes, needle),
                "{}",
                String::from_utf8_lossy(needle)
            );
        }
    }

    // The stored photos carry no metadata, and no plaintext copy of them (or of the original)
    // is anywhere on disk: not in a cache, a temp folder or the webview's data.
    std::fs::remove_file(&pdf_path).unwrap();
    let dir = profile_dir(&sandbox);
    // The killed app's processes may hold the vault's lock a moment longer on a busy machine.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let vault = loop {
        match Vault::open(&dir, Secret::Passphrase(PASS)) {
            Err(avenir_vault::VaultError::InUse) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => break other.unwrap(),
        }
    };
    let stored = avenir_vault::album::photos_of(vault.conn(), client).unwrap();
    let mut needles: Vec<Vec<u8>> = Vec::new();
    for p in &stored {
        for size in [
            avenir_vault::album::PhotoSize::Image,
            avenir_vault::album::PhotoSize::Thumb,
        ] {
            let b = avenir_vault::album::photo_bytes(vault.conn(), p.id, size)
                .unwrap()
                .unwrap();
            assert!(!contains_bytes(&b, b"Exif\0") && !contains_bytes(&b, b"SERIAL-TEST-4477"));
            // Two 48-byte runs from the middle of the compressed data identify the image.
            needles.push(b[b.len() / 2..b.len() / 2 + 48].to_vec());
            needles.push(b[b.len() * 3 / 4..b.len() * 3 / 4 + 48].to_vec());
        }
    }
    drop(vault);
    // The camera fixture's GPS latitude, 50°50'12.34" as little-endian EXIF rationals.
    let gps: Vec<u8> = [(50u32, 1u32), (50, 1), (1234, 100)]
        .iter()
        .flat_map(|(n, d)| n.to_le_bytes().into_iter().chain(d.to_le_bytes()))
        .collect();
    let original = std::fs::read(&camera).unwrap();
    assert!(
        contains_bytes(&original, &gps),
        "the fixture carries its GPS position"
    );
    needles.push(gps);
    needles.push(original[original.len() / 2..original.len() / 2 + 48].to_vec());
    assert_eq!(leaks(sandbox.path(), &needles), Vec::<String>::new());
    assert_eq!(
        avenir_testkit::scan::scan(
            sandbox.path(),
            &["SERIAL-TEST-4477", "COMMENT-MARKER-9931", CAPTION_FR]
        ),
        Vec::<String>::new()
    );
}

/// Files under `root` holding any of `needles`.
fn leaks(root: &Path, needles: &[Vec<u8>]) -> Vec<String> {
    let mut hits = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p)
                && needles.iter().any(|n| contains_bytes(&bytes, n))
            {
                hits.push(p.display().to_string());
            }
        }
    }
    hits
}
