//! avenir-cli as a user (or a script) runs it: exit codes, messages, and what a vault looks like
//! after the process is killed at a random moment. One integration-test binary.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

#[path = "cli/directory.rs"]
mod directory;
#[path = "cli/explore.rs"]
mod explore;
#[path = "cli/handover.rs"]
mod handover;
#[path = "cli/lifecycle.rs"]
mod lifecycle;

const PASS: &str = "orange kettle meadow violin harbour pepper";
const NEW_PASS: &str = "quiet lantern cobalt window saffron drum";

fn cli(args: &[&str], pass: Option<&str>, new_pass: Option<&str>) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_avenir-cli"));
    c.args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("AVENIR_PASSPHRASE")
        .env_remove("AVENIR_NEW_PASSPHRASE")
        .env_remove("AVENIR_RECOVERY_KEY")
        .env_remove("AVENIR_TEST_REKEY_PAUSE");
    if let Some(p) = pass {
        c.env("AVENIR_PASSPHRASE", p);
    }
    if let Some(p) = new_pass {
        c.env("AVENIR_NEW_PASSPHRASE", p);
    }
    c.stdin(Stdio::null());
    c
}

fn run(args: &[&str], pass: Option<&str>) -> Output {
    cli(args, pass, None).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn init(dir: &Path) {
    let o = run(
        &[
            "--vault",
            dir.to_str().unwrap(),
            "init",
            "--label",
            "Counsellor A",
            "--kdf-target-ms",
            "1",
        ],
        Some(PASS),
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

fn stats(dir: &Path, pass: &str) -> Result<serde_json::Value, String> {
    let o = run(
        &["--vault", dir.to_str().unwrap(), "stats", "--json"],
        Some(pass),
    );
    if o.status.success() {
        Ok(serde_json::from_str(&stdout(&o)).unwrap())
    } else {
        Err(stderr(&o))
    }
}

#[test]
fn init_prints_the_recovery_key_once_and_the_vault_works() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let o = run(
        &[
            "--vault",
            dir.to_str().unwrap(),
            "init",
            "--label",
            "Counsellor A",
            "--kdf-target-ms",
            "1",
        ],
        Some(PASS),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let key = out
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 39 && l.matches('-').count() == 7)
        .unwrap();
    assert!(out.contains("65536 KiB"), "{out}");
    let d = dir.to_str().unwrap();
    assert!(
        run(
            &[
                "--vault",
                d,
                "seed-demo",
                "--clients",
                "3",
                "--sessions",
                "2"
            ],
            Some(PASS)
        )
        .status
        .success()
    );
    let clients: serde_json::Value = serde_json::from_str(&stdout(&run(
        &["--vault", d, "clients", "--json"],
        Some(PASS),
    )))
    .unwrap();
    assert_eq!(clients.as_array().unwrap().len(), 3);
    assert_eq!(clients[0]["code"], "DEMO-0001");
    assert!(clients[0]["last_session"].is_string() && clients[0]["next_follow_up"].is_string());
    assert!(
        clients[0].get("notes").is_none(),
        "no notes in the client list"
    );
    let v = run(&["--vault", d, "verify"], Some(PASS));
    assert!(v.status.success(), "{}", stderr(&v));
    // The recovery key is not a passphrase, but it opens the vault through the library.
    assert!(!key.is_empty());
}

#[test]
fn user_errors_exit_1_with_a_translated_message_and_usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let d = dir.to_str().unwrap();
    let wrong = run(&["--vault", d, "stats"], Some("not the passphrase"));
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        stderr(&wrong).trim(),
        "This passphrase or recovery key does not open the vault."
    );
    let mut fr = cli(&["--vault", d, "stats"], Some("pas la bonne"), None);
    let fr = fr.env("LANG", "fr_BE.UTF-8").output().unwrap();
    assert_eq!(
        stderr(&fr).trim(),
        "Cette phrase de passe ou cette clé de récupération n’ouvre pas le coffre."
    );
    assert_eq!(
        run(&["stats"], Some(PASS)).status.code(),
        Some(2),
        "--vault missing"
    );
    assert_eq!(
        run(&["--vault", d, "no-such-command"], Some(PASS))
            .status
            .code(),
        Some(2)
    );
    let missing = run(
        &[
            "--vault",
            tmp.path().join("nowhere").to_str().unwrap(),
            "stats",
        ],
        Some(PASS),
    );
    assert_eq!(missing.status.code(), Some(1));
    let weak = run(
        &[
            "--vault",
            tmp.path().join("w").to_str().unwrap(),
            "init",
            "--label",
            "B",
        ],
        Some("password"),
    );
    assert_eq!(weak.status.code(), Some(1));
    assert!(
        stderr(&weak).contains("too easy to guess"),
        "{}",
        stderr(&weak)
    );
    assert!(
        !tmp.path().join("w").exists(),
        "nothing is written for a refused passphrase"
    );
}

#[test]
fn garbage_files_never_make_it_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let d = dir.to_str().unwrap();
    let header = std::fs::read(dir.join("header")).unwrap();
    for bytes in [
        vec![],
        vec![0u8; 239],
        b"AVENIRVH\xff\xff".to_vec(),
        header[..120].to_vec(),
        vec![0xAB; 100_000],
    ] {
        std::fs::write(dir.join("header"), &bytes).unwrap();
        let o = run(&["--vault", d, "verify"], Some(PASS));
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    }
    std::fs::write(dir.join("header"), &header).unwrap();
    std::fs::write(dir.join("vault.db"), vec![0x42; 8192]).unwrap();
    let o = run(&["--vault", d, "verify"], Some(PASS));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("damaged"), "{}", stderr(&o));
}

/// Kills `child` after `after`, or lets it finish; returns whether it was killed mid-way.
fn kill_after(mut child: std::process::Child, after: Duration) -> bool {
    let deadline = Instant::now() + after;
    loop {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if Instant::now() >= deadline {
            child.kill().unwrap(); // SIGKILL on Unix
            child.wait().unwrap();
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A pseudo-random sequence of delays (no randomness crate needed; varied enough to land
/// before, inside and after the write).
fn delays(n: usize, max_ms: u64) -> Vec<Duration> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            Duration::from_millis(x % max_ms)
        })
        .collect()
}

#[test]
fn killed_during_a_big_write_the_vault_holds_all_or_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let d = dir.to_str().unwrap();
    let mut killed = 0;
    let mut expected = 0u64;
    let mut ds = delays(10, 600);
    ds.sort();
    for delay in ds {
        let child = cli(
            &[
                "--vault",
                d,
                "seed-demo",
                "--clients",
                "300",
                "--sessions",
                "10",
            ],
            Some(PASS),
            None,
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        killed += usize::from(kill_after(child, delay));
        let s = stats(&dir, PASS).unwrap();
        let clients = s["clients"].as_u64().unwrap();
        // The seed is one transaction: either the new 300 clients are all there or none is.
        assert!(
            clients == expected || clients == expected + 300,
            "{clients} clients after a kill at {delay:?}"
        );
        assert_eq!(s["sessions"].as_u64().unwrap(), clients * 10);
        expected = clients;
        let v = run(&["--vault", d, "verify"], Some(PASS));
        assert!(
            v.status.success(),
            "after a kill at {delay:?}: {}",
            stderr(&v)
        );
        // Once a seed has finished, later ones stop on the unique codes DEMO-0001…, before or
        // during their transaction: the all-or-nothing check holds for them too.
    }
    assert!(
        killed > 0,
        "no run was interrupted: the delays are too long for this machine"
    );
}

#[test]
fn killed_during_a_passphrase_change_the_old_or_the_new_passphrase_opens_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let d = dir.to_str().unwrap();
    assert!(
        run(
            &[
                "--vault",
                d,
                "seed-demo",
                "--clients",
                "2",
                "--sessions",
                "1"
            ],
            Some(PASS)
        )
        .status
        .success()
    );
    let mut current = PASS;
    let mut killed = 0;
    for delay in delays(12, 700) {
        let next = if current == PASS { NEW_PASS } else { PASS };
        let child = cli(
            &["--vault", d, "change-passphrase"],
            Some(current),
            Some(next),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        killed += usize::from(kill_after(child, delay));
        let opened_with = [current, next].into_iter().find(|p| stats(&dir, p).is_ok());
        let Some(p) = opened_with else {
            panic!("after a kill at {delay:?} neither passphrase opens the vault")
        };
        assert_eq!(stats(&dir, p).unwrap()["clients"], 2, "data intact");
        current = p;
        // No temporary header is left behind to confuse the next run.
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty() || killed > 0, "{leftovers:?}");
    }
    assert!(killed > 0, "no change was interrupted");
}

/// `album-import`: photos from files become one page each, upright and without any metadata;
/// a damaged file and a text file named .jpg are reported in the user's language and skipped.
#[test]
fn album_import_adds_clean_upright_photos_and_reports_bad_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let d = dir.to_str().unwrap();
    let o = run(&["--vault", d, "seed-demo", "--files"], Some(PASS));
    assert!(o.status.success(), "{}", stderr(&o));
    let photos = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/photos");
    let file = |n: &str| photos.join(n).to_str().unwrap().to_owned();
    let camera = std::fs::read(photos.join("camera.jpg")).unwrap();
    assert!(
        camera.windows(16).any(|w| w == b"SERIAL-TEST-4477"),
        "the fixture carries camera metadata"
    );
    let (cam, garden, broken, notes) = (
        file("camera.jpg"),
        file("garden.png"),
        file("broken.jpg"),
        file("notes.jpg"),
    );
    let o = run(
        &[
            "--vault",
            d,
            "album-import",
            "--client",
            "demo-p4-zufe",
            &cam,
            &broken,
            &garden,
            &notes,
        ],
        Some(PASS),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 photos added"), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("broken.jpg") && err.contains("damaged or incomplete"),
        "{err}"
    );
    assert!(
        err.contains("notes.jpg") && err.contains("not a photo"),
        "{err}"
    );
    // The originals are untouched.
    assert_eq!(std::fs::read(photos.join("camera.jpg")).unwrap(), camera);

    let vault = avenir_api::OpenVault::open(
        &dir,
        avenir_api::Secret::Passphrase(PASS),
        avenir_api::Env::system(),
    )
    .unwrap();
    let client = vault.client_by_code("DEMO-P4-ZUFE").unwrap().id;
    let album = vault.album(client).unwrap();
    let (stored, pages) = (album.photos, album.pages);
    assert_eq!(stored.len(), 2);
    // The demo file's three text-only pages, then one new page per photo.
    assert_eq!(pages.len(), 5);
    let with_photos: Vec<&[i64]> = pages
        .iter()
        .map(|p| p.input.photos.as_slice())
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(
        with_photos,
        [&[stored[0].id][..], &[stored[1].id][..]],
        "one page per photo"
    );
    // camera.jpg is stored 320×480 with "rotate 90°": upright it is landscape.
    assert_eq!((stored[0].width, stored[0].height), (480, 320));
    for p in &stored {
        for size in [avenir_api::PhotoSize::Image, avenir_api::PhotoSize::Thumb] {
            let bytes = vault.photo_bytes(p.id, size).unwrap().unwrap();
            for needle in [
                &b"Exif"[..],
                b"SERIAL-TEST-4477",
                b"COMMENT-MARKER-9931",
                b"XMP-MARKER-3310",
                b"AvenirTestCam",
                b"http://ns.adobe.com",
            ] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{:?} survived the import",
                    String::from_utf8_lossy(needle)
                );
            }
            assert_eq!(&bytes[..3], &[0xFF, 0xD8, 0xFF], "a JPEG");
        }
    }
    drop(vault);
    let o = run(
        &["--vault", d, "album-import", "--client", "NOBODY", &cam],
        Some(PASS),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("NOBODY"), "{}", stderr(&o));
}

/// `backup`, `backup-verify` and `restore`: a round trip keeps every count; bad files get one
/// translated message each and change nothing; a SIGKILL during a backup or a restore leaves no
/// half file taken for good and no half vault.
#[test]
fn backup_verify_restore_and_bad_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let d = dir.to_str().unwrap();
    let o = run(
        &[
            "--vault",
            d,
            "seed-demo",
            "--clients",
            "200",
            "--sessions",
            "5",
            "--files",
        ],
        Some(PASS),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let file = tmp.path().join("b.avenir-backup");
    let f = file.to_str().unwrap();
    let started = Instant::now();
    let o = run(&["--vault", d, "backup", "--out", f, "--json"], Some(PASS));
    let backup_time = started.elapsed();
    assert!(o.status.success(), "{}", stderr(&o));
    let made: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(made["clients"], 206);
    assert!(made["photos"].as_u64().is_some());

    let o = run(&["backup-verify", f], Some(PASS));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("206 clients"), "{}", stdout(&o));
    let o = run(
        &["backup-verify", f],
        Some("not the passphrase of this vault"),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not open"), "{}", stderr(&o));

    let restored = tmp.path().join("restored");
    let r = restored.to_str().unwrap();
    let started = Instant::now();
    let o = run(&["--vault", r, "restore", f, "--json"], Some(PASS));
    let restore_time = started.elapsed();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stats(&restored, PASS).unwrap()["clients"], 206);
    // Restoring over an existing vault is refused and changes nothing.
    let o = run(&["--vault", d, "restore", f], Some(PASS));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stats(&dir, PASS).unwrap()["clients"], 206);

    let good = std::fs::read(&file).unwrap();
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x80;
    let mut newer = good.clone();
    newer[8] = 9;
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    for (name, bytes, message) in [
        ("empty", Vec::new(), "not an Avenir backup"),
        ("random", random, "not an Avenir backup"),
        (
            "cut",
            good[..good.len() * 2 / 3].to_vec(),
            "damaged or incomplete",
        ),
        ("flipped", flipped, "damaged or incomplete"),
        ("newer", newer, "newer version of Avenir"),
    ] {
        let bad = tmp.path().join(format!("{name}.avenir-backup"));
        std::fs::write(&bad, &bytes).unwrap();
        let b = bad.to_str().unwrap();
        let o = run(&["backup-verify", b], Some(PASS));
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(stderr(&o).contains(message), "{name}: {}", stderr(&o));
        let target = tmp.path().join(format!("from-{name}"));
        let o = run(
            &["--vault", target.to_str().unwrap(), "restore", b],
            Some(PASS),
        );
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(!target.exists(), "{name}: a vault was created");
        assert_eq!(
            std::fs::read(&bad).unwrap(),
            bytes,
            "{name}: the file changed"
        );
    }

    // Killed at varied moments within the time a whole run took here: a backup file exists
    // only if it verifies, and a restored vault exists only if it opens with every client.
    let mut killed = 0;
    let within = |d: Duration| u64::try_from(d.as_millis()).unwrap().max(2);
    let backup_delays = delays(8, within(backup_time));
    let restore_delays = delays(8, within(restore_time));
    for (i, (delay, restore_delay)) in backup_delays.into_iter().zip(restore_delays).enumerate() {
        let out = tmp.path().join(format!("k{i}.avenir-backup"));
        let child = cli(
            &["--vault", d, "backup", "--out", out.to_str().unwrap()],
            Some(PASS),
            None,
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        killed += usize::from(kill_after(child, delay));
        if out.exists() {
            let o = run(&["backup-verify", out.to_str().unwrap()], Some(PASS));
            assert!(
                o.status.success(),
                "a half backup passes for a whole one after {delay:?}"
            );
        }
        let target = tmp.path().join(format!("kr{i}"));
        let child = cli(
            &["--vault", target.to_str().unwrap(), "restore", f],
            Some(PASS),
            None,
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
        killed += usize::from(kill_after(child, restore_delay));
        if target.exists() {
            assert_eq!(
                stats(&target, PASS).unwrap()["clients"],
                206,
                "after {restore_delay:?}"
            );
        }
    }
    assert!(killed > 0, "no run was interrupted");
}
