//! Handing a client over with avenir-cli: ids and contacts, a transfer completed by the receipt
//! code, every bad file refused with exit 1, and kills during export and import.

use std::path::Path;
use std::process::Stdio;
use std::time::Instant;

use super::{PASS, cli, init, kill_after, run, stats, stderr, stdout};

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--vault", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    let o = run(&all, Some(PASS));
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

fn on(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--vault", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all, Some(PASS))
}

/// Makes `from` a contact of `to` under `name`.
fn introduce(from: &Path, to: &Path, name: &str) {
    let me = json(from, &["handover-id", "--json"]);
    let (id, fp) = (
        me["id"].as_str().unwrap(),
        me["fingerprint"].as_str().unwrap(),
    );
    let o = on(
        to,
        &[
            "contact-add",
            "--name",
            name,
            "--id",
            id,
            "--fingerprint",
            fp,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Two vaults that know each other, `a` with the demo files.
fn two(root: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (a, b) = (root.join("a"), root.join("b"));
    init(&a);
    init(&b);
    introduce(&a, &b, "Ann");
    introduce(&b, &a, "Bea");
    assert!(on(&a, &["seed-demo", "--files"]).status.success());
    (a, b)
}

fn first_code(dir: &Path) -> String {
    json(dir, &["clients", "--json"])[0]["code"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_transfer_goes_through_and_ends_with_the_receipt_code() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = two(tmp.path());
    let code = first_code(&a);
    let file = tmp.path().join("k.avenir-case");
    let f = file.to_str().unwrap();

    let me = json(&b, &["handover-id", "--json"]);
    let wrong = on(
        &a,
        &[
            "contact-add",
            "--name",
            "Bob",
            "--id",
            me["id"].as_str().unwrap(),
            "--fingerprint",
            "1234 5678 9012 3456 7890",
        ],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        stderr(&wrong).contains("fingerprint does not match"),
        "{}",
        stderr(&wrong)
    );

    let out = on(
        &a,
        &[
            "case-export",
            "--client",
            &code,
            "--to",
            "Bea",
            "--mode",
            "transfer",
            "--out",
            f,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("marked as handed over"));

    let preview = json(&b, &["case-import", f, "--preview", "--json"]);
    assert_eq!(preview["code"], code.as_str());
    assert_eq!(preview["sender"], "Ann");
    assert_eq!(preview["mode"], "transfer");
    assert_eq!(preview["imported"], false);
    assert_eq!(
        stats(&b, PASS).unwrap()["clients"],
        0,
        "a preview adds nothing"
    );

    // A third counsellor who does not know Ann: refused, with Ann's fingerprint to check.
    let c = tmp.path().join("c");
    init(&c);
    introduce(&b, &c, "Bea");
    let stranger = on(&c, &["case-import", f]);
    assert_eq!(stranger.status.code(), Some(1));
    assert!(
        stderr(&stranger).contains("not for") || stderr(&stranger).contains("someone else"),
        "{}",
        stderr(&stranger)
    );

    let imported = json(&b, &["case-import", f, "--json"]);
    assert_eq!(imported["imported"], true);
    let receipt = imported["receipt"].as_str().unwrap().to_owned();
    assert_eq!(first_code(&b), code);

    let bad = on(
        &a,
        &[
            "case-transfer-confirm",
            "--client",
            &code,
            "--receipt",
            "0000 0000",
        ],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("not the receipt code"),
        "{}",
        stderr(&bad)
    );
    let done = on(
        &a,
        &[
            "case-transfer-confirm",
            "--client",
            &code,
            "--receipt",
            &receipt,
        ],
    );
    assert!(done.status.success(), "{}", stderr(&done));
    let left = json(&a, &["clients", "--json"]);
    assert!(
        left.as_array()
            .unwrap()
            .iter()
            .all(|c| c["code"] != code.as_str())
    );
}

#[test]
fn a_sender_who_is_not_a_contact_exits_1_showing_the_fingerprint() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, _b) = two(tmp.path());
    let c = tmp.path().join("c");
    init(&c);
    introduce(&c, &a, "Cem");
    let code = first_code(&a);
    let file = tmp.path().join("c.avenir-case");
    let f = file.to_str().unwrap();
    assert!(
        on(
            &a,
            &[
                "case-export",
                "--client",
                &code,
                "--to",
                "Cem",
                "--mode",
                "copy",
                "--out",
                f
            ]
        )
        .status
        .success()
    );
    let fp = json(&a, &["handover-id", "--json"])["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    let o = on(&c, &["case-import", f, "--preview"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&fp),
        "the sender's fingerprint is shown: {}",
        stderr(&o)
    );
    assert_eq!(stats(&c, PASS).unwrap()["clients"], 0);
}

#[test]
fn bad_case_files_exit_1_with_their_own_message_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = two(tmp.path());
    let code = first_code(&a);
    let good = tmp.path().join("good.avenir-case");
    assert!(
        on(
            &a,
            &[
                "case-export",
                "--client",
                &code,
                "--to",
                "Bea",
                "--mode",
                "copy",
                "--out",
                good.to_str().unwrap()
            ]
        )
        .status
        .success()
    );
    let bytes = std::fs::read(&good).unwrap();
    let mut modified = bytes.clone();
    let at = modified.len() * 2 / 3;
    modified[at] ^= 0x40;
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("zero bytes", Vec::new(), "not an Avenir case file"),
        (
            "random",
            (0..9000u32).map(|i| (i * 31 % 253) as u8).collect(),
            "not an Avenir case file",
        ),
        (
            "truncated",
            bytes[..bytes.len() / 2].to_vec(),
            "damaged or incomplete",
        ),
        ("one byte changed", modified, "damaged or incomplete"),
    ];
    for (what, content, message) in cases {
        let file = tmp.path().join(format!("{what}.avenir-case"));
        std::fs::write(&file, content).unwrap();
        let o = on(&b, &["case-import", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{what}");
        assert!(stderr(&o).contains(message), "{what}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{what}");
        assert_eq!(
            stats(&b, PASS).unwrap()["clients"],
            0,
            "{what} added something"
        );
    }
}

/// Runs `args` on `dir` to the end and answers how long it took.
fn timed(dir: &Path, args: &[&str]) -> std::time::Duration {
    let start = Instant::now();
    let o = on(dir, args);
    assert!(o.status.success(), "{}", stderr(&o));
    start.elapsed()
}

fn spawn(dir: &Path, args: &[&str]) -> std::process::Child {
    let mut all = vec!["--vault", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    cli(&all, Some(PASS), None)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killed_during_export_or_import_no_half_file_and_no_half_client_remain() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = two(tmp.path());
    // A client big enough for a kill to land inside the work.
    assert!(
        on(&a, &["seed-demo", "--clients", "1", "--sessions", "3000"])
            .status
            .success()
    );
    let code = "DEMO-0001";
    let sessions = 3000;
    let file = tmp.path().join("big.avenir-case");
    let f = file.to_str().unwrap();
    let export = [
        "case-export",
        "--client",
        code,
        "--to",
        "Bea",
        "--mode",
        "copy",
        "--out",
        f,
    ];
    let whole = timed(&a, &export);
    std::fs::remove_file(&file).unwrap();
    let mut killed = 0;
    for tenth in 1..=9u32 {
        let _ = std::fs::remove_file(&file);
        killed += usize::from(kill_after(spawn(&a, &export), whole * tenth / 10));
        if file.exists() {
            // A file under the chosen name is always whole.
            let o = on(&b, &["case-import", f, "--preview", "--json"]);
            assert!(
                o.status.success(),
                "a half file after a kill at {tenth}/10: {}",
                stderr(&o)
            );
        }
    }
    assert!(timed(&a, &export) > std::time::Duration::ZERO);

    let import = ["case-import", f];
    let mut imported_whole = None;
    for tenth in 1..=9u32 {
        killed += usize::from(kill_after(spawn(&b, &import), whole * tenth / 10));
        let s = stats(&b, PASS).unwrap();
        match s["clients"].as_u64().unwrap() {
            0 => assert_eq!(s["sessions"], 0, "sessions without their client"),
            1 => {
                assert_eq!(
                    s["sessions"], sessions,
                    "a half client after a kill at {tenth}/10"
                );
                imported_whole = Some(tenth);
                break;
            }
            n => panic!("{n} clients from one case file"),
        }
    }
    let v = on(&b, &["verify"]);
    assert!(v.status.success(), "{}", stderr(&v));
    assert!(
        killed > 0,
        "no run was interrupted (whole export: {whole:?}); imported at {imported_whole:?}"
    );
}
