//! The vault's lifecycle through the real binary: the recovery key for every command, a new
//! recovery key, re-keying (and killing it at each step), the KDF memory ceiling.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Output, Stdio};

use super::{NEW_PASS, PASS, cli, delays, kill_after, run, stats, stderr, stdout};

/// The recovery key printed by `init` (or `rotate-recovery`, `rekey`): the one 39-character line
/// of eight groups.
fn printed_key(out: &str) -> Vec<String> {
    out.lines()
        .map(str::trim)
        .filter(|l| l.len() == 39 && l.matches('-').count() == 7)
        .map(str::to_owned)
        .collect()
}

/// A vault in `dir` with `clients` demo clients; returns its recovery key.
fn init_seeded(dir: &Path, clients: u32) -> String {
    let d = dir.to_str().unwrap();
    let o = run(
        &[
            "--vault",
            d,
            "init",
            "--label",
            "Counsellor A",
            "--kdf-target-ms",
            "1",
        ],
        Some(PASS),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let n = clients.to_string();
    let seeded = run(&["--vault", d, "seed-demo", "--clients", &n], Some(PASS));
    assert!(seeded.status.success(), "{}", stderr(&seeded));
    printed_key(&stdout(&o)).remove(0)
}

/// A vault in `dir` with two demo clients; returns its recovery key.
fn init_with_key(dir: &Path) -> String {
    init_seeded(dir, 2)
}

fn with_recovery(args: &[&str], key: &str, new_pass: Option<&str>) -> Output {
    cli(args, None, new_pass)
        .env("AVENIR_RECOVERY_KEY", key)
        .output()
        .unwrap()
}

fn clients_with_recovery(dir: &Path, key: &str) -> Result<u64, String> {
    let o = with_recovery(
        &["--vault", dir.to_str().unwrap(), "stats", "--json"],
        key,
        None,
    );
    if !o.status.success() {
        return Err(stderr(&o));
    }
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    Ok(v["clients"].as_u64().unwrap())
}

#[test]
fn every_command_takes_the_recovery_key_by_variable_or_prompt() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let key = init_with_key(&dir);
    let d = dir.to_str().unwrap();
    assert_eq!(clients_with_recovery(&dir, &key), Ok(2));
    let o = with_recovery(&["--vault", d, "stats"], &key, None);
    assert!(
        stderr(&o).contains("recovery key"),
        "a reminder: {}",
        stderr(&o)
    );
    for args in [
        vec!["--vault", d, "verify"],
        vec!["--vault", d, "clients", "--json"],
        vec!["--vault", d, "--recovery", "stats"],
    ] {
        let o = with_recovery(&args, &key, None);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    // --recovery takes the recovery path even when a passphrase is in the environment: with no
    // terminal to prompt on, it fails instead of using the passphrase.
    let o = run(&["--vault", d, "--recovery", "stats"], Some(PASS));
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    // The prompt, on a pseudo-terminal (script(1)), without echo.
    let bin = env!("CARGO_BIN_EXE_avenir-cli");
    let mut child = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{bin} --vault {d} --recovery stats --json"),
            "/dev/null",
        ])
        .env("LANG", "C.UTF-8")
        .env_remove("AVENIR_PASSPHRASE")
        .env_remove("AVENIR_RECOVERY_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Type the key only once the prompt is there (echo is off by then).
    let mut pty_out = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("Recovery key:") {
        let mut buf = [0u8; 256];
        let n = std::io::Read::read(&mut pty_out, &mut buf).unwrap();
        assert!(n > 0, "no prompt: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    // rpassword prints the prompt, then turns echo off: give it that moment.
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), format!("{key}\n").as_bytes())
        .unwrap();
    std::io::Read::read_to_end(&mut pty_out, &mut seen).unwrap();
    child.wait().unwrap();
    let out = String::from_utf8_lossy(&seen).into_owned();
    assert!(out.contains("\"clients\":2"), "{out}");
    assert!(!out.contains(&key), "the key was echoed: {out}");
}

#[test]
fn the_recovery_key_changes_the_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let key = init_with_key(&dir);
    let d = dir.to_str().unwrap();
    let o = with_recovery(&["--vault", d, "change-passphrase"], &key, Some(NEW_PASS));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stats(&dir, NEW_PASS).unwrap()["clients"], 2);
    assert!(stats(&dir, PASS).is_err());
    assert_eq!(
        clients_with_recovery(&dir, &key),
        Ok(2),
        "the key still works"
    );
}

#[test]
fn rotate_recovery_prints_a_new_key_once_and_the_old_one_stops_working() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let old = init_with_key(&dir);
    let d = dir.to_str().unwrap();
    let o = run(&["--vault", d, "rotate-recovery"], Some(PASS));
    assert!(o.status.success(), "{}", stderr(&o));
    let keys = printed_key(&stdout(&o));
    assert_eq!(keys.len(), 1, "{}", stdout(&o));
    assert_ne!(keys[0], old);
    assert_eq!(clients_with_recovery(&dir, &keys[0]), Ok(2));
    let refused = clients_with_recovery(&dir, &old).unwrap_err();
    assert!(refused.contains("does not open"), "{refused}");
    assert_eq!(stats(&dir, PASS).unwrap()["clients"], 2);
}

#[test]
fn rekey_shows_progress_and_old_headers_and_sheets_open_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let old = init_with_key(&dir);
    let d = dir.to_str().unwrap();
    let old_header = std::fs::read(dir.join("header")).unwrap();
    let o = run(&["--vault", d, "rekey"], Some(PASS));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("100 %"), "progress: {}", stderr(&o));
    let out = stdout(&o);
    let keys = printed_key(&out);
    assert_eq!(keys.len(), 1, "{out}");
    assert!(out.contains("Backups made before still open"), "{out}");
    assert_eq!(stats(&dir, PASS).unwrap()["clients"], 2);
    assert_eq!(clients_with_recovery(&dir, &keys[0]), Ok(2));
    assert!(clients_with_recovery(&dir, &old).is_err());
    let v = run(&["--vault", d, "verify"], Some(PASS));
    assert!(v.status.success(), "{}", stderr(&v));
    // An old copy of the header opens nothing with the old passphrase.
    std::fs::write(dir.join("header"), &old_header).unwrap();
    let damaged = stats(&dir, PASS).unwrap_err();
    assert!(damaged.contains("damaged"), "{damaged}");
    assert!(clients_with_recovery(&dir, &old).is_err());

    // With the recovery key, a re-key needs a new passphrase too.
    let tmp2 = tempfile::tempdir().unwrap();
    let dir2 = tmp2.path().join("v");
    let key2 = init_with_key(&dir2);
    let d2 = dir2.to_str().unwrap();
    let o = with_recovery(&["--vault", d2, "rekey"], &key2, Some(NEW_PASS));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stats(&dir2, NEW_PASS).unwrap()["clients"], 2);
    assert!(stats(&dir2, PASS).is_err());
}

/// Runs `rekey` until it pauses at `step` (the debug-build hook), then SIGKILLs it.
fn kill_rekey_at(dir: &Path, step: &str) {
    let mut child = cli(
        &["--vault", dir.to_str().unwrap(), "rekey"],
        Some(PASS),
        None,
    )
    .env("AVENIR_TEST_REKEY_PAUSE", step)
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let err = BufReader::new(child.stderr.take().unwrap());
    let paused = err
        .lines()
        .map_while(Result::ok)
        .any(|l| l.contains(&format!("paused at {step}")));
    assert!(paused, "rekey never reached {step}");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
}

/// A SIGKILL at each step of a re-key leaves a vault that opens with the passphrase: the old
/// one before the point of no return (the old recovery key still opens it), the new one after
/// (the next open finishes the switch, and the old recovery key opens nothing).
#[test]
fn killed_at_any_step_of_a_rekey_the_old_or_the_new_vault_opens() {
    for (step, committed) in [
        ("exported", false),
        ("staged", false),
        ("committed", true),
        ("database-moved", true),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let old = init_with_key(&dir);
        kill_rekey_at(&dir, step);
        assert_eq!(
            stats(&dir, PASS).unwrap()["clients"],
            2,
            "after a kill at {step}"
        );
        assert_eq!(
            clients_with_recovery(&dir, &old).is_ok(),
            !committed,
            "old recovery key after a kill at {step}"
        );
        let v = run(&["--vault", dir.to_str().unwrap(), "verify"], Some(PASS));
        assert!(v.status.success(), "{step}: {}", stderr(&v));
        let left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".rekey"))
            .collect();
        assert!(left.is_empty(), "{step}: {left:?}");
        // And a re-key runs to the end afterwards.
        let o = run(&["--vault", dir.to_str().unwrap(), "rekey"], Some(PASS));
        assert!(o.status.success(), "{step}: {}", stderr(&o));
    }
}

/// The same with kills after varied delays on a bigger vault, so some land inside the export
/// itself: the passphrase always opens the vault, with all its clients.
#[test]
fn killed_after_varied_delays_a_rekey_leaves_a_vault_that_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init_seeded(&dir, 400);
    let d = dir.to_str().unwrap();
    let mut ds = delays(8, 900);
    ds.sort();
    let mut killed = 0;
    for delay in ds {
        let child = cli(&["--vault", d, "rekey"], Some(PASS), None)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        killed += usize::from(kill_after(child, delay));
        assert_eq!(
            stats(&dir, PASS).unwrap()["clients"],
            400,
            "after a kill at {delay:?}"
        );
    }
    assert!(killed > 0, "no re-key was interrupted");
}

/// A header asking for 2 GiB of Argon2 memory (its checksum fixed, as a forger would) is refused
/// before any derivation, with the reason in the person's language.
#[test]
fn a_header_asking_for_two_gib_is_refused_fast_and_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init_with_key(&dir);
    let mut h = std::fs::read(dir.join("header")).unwrap();
    h[11..15].copy_from_slice(&(2u32 * 1024 * 1024).to_le_bytes());
    let sum = std::process::Command::new("sha256sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            std::io::Write::write_all(c.stdin.as_mut().unwrap(), &h[..207])?;
            c.wait_with_output()
        })
        .unwrap();
    let hex = String::from_utf8(sum.stdout).unwrap();
    let bytes: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    h[207..].copy_from_slice(&bytes);
    std::fs::write(dir.join("header"), &h).unwrap();
    let d = dir.to_str().unwrap();
    for args in [vec!["--vault", d, "verify"], vec!["--vault", d, "stats"]] {
        let started = std::time::Instant::now();
        let o = run(&args, Some(PASS));
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains("2048 MiB"), "{}", stderr(&o));
        assert!(
            started.elapsed().as_millis() < 2000,
            "{:?}",
            started.elapsed()
        );
    }
    let mut fr = cli(&["--vault", d, "verify"], Some(PASS), None);
    let fr = fr.env("LANG", "fr_BE.UTF-8").output().unwrap();
    assert!(stderr(&fr).contains("2048 Mio"), "{}", stderr(&fr));
}
