//! Keys leave memory: five seconds after a hotkey lock, the readable memory of the `avenir`
//! process (not WebKit's own processes) holds no copy of the vault's data key nor of the
//! SQLCipher key derived from it. Linux only, as root (the app makes itself non-dumpable at
//! start, which closes `/proc/PID/mem` to everyone else).
//!
//! Before the lock the vault is used and backed up (the backup's snapshot holds a second copy
//! of the data key, and its check runs on a thread of its own).
//!
//! The passphrase is counted, not asserted: it travels through WebKit and Tauri's IPC, which
//! keep copies Avenir cannot wipe; the count is printed as a figure.

use std::io::{Read, Seek, SeekFrom};
use std::time::Duration;

use avenir_e2e::{App, Launch, PASS, answer_chooser, profile_dir, vault_sandbox};
use serde_json::json;

const CTRL: char = '\u{E009}';
const SHIFT: char = '\u{E008}';
const RELEASE: char = '\u{E000}';

/// Pages of one mapping read together, and what the mapping is (its file, `[heap]`, `[stack]`
/// or `[anonymous]`), to say where a copy was found.
struct Run {
    mapping: String,
    bytes: Vec<u8>,
}

/// The page size of the machines the tests run on (x86-64 Linux).
const PAGE: u64 = 4096;

/// The readable memory of process `pid`: every run of pages of a readable mapping that are in
/// memory or swapped out (`/proc/PID/pagemap`). Pages never touched are left out: they hold
/// nothing, and some mappings reserve tens of GiB they never use.
fn readable_memory(pid: u32) -> Vec<Run> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap();
    let mut mem = std::fs::File::open(format!("/proc/{pid}/mem")).unwrap();
    let mut pagemap = std::fs::File::open(format!("/proc/{pid}/pagemap")).unwrap();
    let mut runs = Vec::new();
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !perms.starts_with('r') || line.ends_with("[vvar]") || line.ends_with("[vvar_vclock]") {
            continue;
        }
        let (start, end) = range.split_once('-').unwrap();
        let start = u64::from_str_radix(start, 16).unwrap();
        let end = u64::from_str_radix(end, 16).unwrap();
        let mapping = fields.nth(3).unwrap_or("[anonymous]");
        for (from, to) in resident_runs(&mut pagemap, start, end) {
            let mut bytes = vec![0u8; (to - from) as usize];
            let read = mem
                .seek(SeekFrom::Start(from))
                .and_then(|_| mem.read_exact(&mut bytes));
            if read.is_ok() {
                runs.push(Run {
                    mapping: format!("{mapping} {perms} at {from:#x}"),
                    bytes,
                });
            }
        }
    }
    runs
}

/// The runs of pages in `start..end` that are present or swapped (pagemap bits 63 and 62).
fn resident_runs(pagemap: &mut std::fs::File, start: u64, end: u64) -> Vec<(u64, u64)> {
    const BATCH: u64 = 64 * 1024;
    let mut runs: Vec<(u64, u64)> = Vec::new();
    let mut page = start / PAGE;
    let last = end / PAGE;
    while page < last {
        let n = BATCH.min(last - page);
        let mut entries = vec![0u8; (n * 8) as usize];
        if pagemap
            .seek(SeekFrom::Start(page * 8))
            .and_then(|_| pagemap.read_exact(&mut entries))
            .is_err()
        {
            break;
        }
        for (i, e) in entries.chunks_exact(8).enumerate() {
            let entry = u64::from_le_bytes(e.try_into().unwrap());
            if entry >> 62 == 0 {
                continue;
            }
            let at = (page + i as u64) * PAGE;
            match runs.last_mut() {
                Some(run) if run.1 == at => run.1 = at + PAGE,
                _ => runs.push((at, at + PAGE)),
            }
        }
        page += n;
    }
    runs
}

/// Where `needle` occurs: the mapping of each copy.
fn copies(runs: &[Run], needle: &[u8]) -> Vec<String> {
    let first = needle[0];
    let mut found = Vec::new();
    for run in runs {
        let r = &run.bytes;
        for (i, _) in r.iter().enumerate().filter(|(_, b)| **b == first) {
            if r[i..].starts_with(needle) {
                found.push(format!("{} +{i:#x}", run.mapping));
            }
        }
    }
    found
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

#[test]
fn five_seconds_after_a_hotkey_lock_no_key_is_left_in_the_apps_memory() {
    let sandbox = vault_sandbox("Counsellor E2E");
    let keys = avenir_vault::testing::keys(&profile_dir(&sandbox), PASS).unwrap();
    let app = App::launch_in(&sandbox, Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    app.unlock("vault-home");
    // Work that reads the database, so SQLCipher has used its key, and a backup: its snapshot
    // holds a second copy of the data key and is checked on a thread of its own.
    s.invoke("list_clients", json!({"filter": "all", "sort": "code"}));
    let folder = sandbox.path().join("usb-stick");
    std::fs::create_dir(&folder).unwrap();
    answer_chooser(&sandbox, &folder);
    s.click(&s.get("backup-choose-folder"));
    s.wait_for_text_containing("backup-last-verified", "usb-stick");

    let pid = app.app_pid().expect("the avenir process");
    let open = readable_memory(pid);
    let data_key_while_open = copies(&open, keys.data_key.as_ref()).len();
    let passphrase_while_open =
        copies(&open, PASS.as_bytes()).len() + copies(&open, &utf16le(PASS)).len();
    drop(open);

    s.send_keys(&s.get("lock-button"), &format!("{CTRL}{SHIFT}l{RELEASE}"));
    app.wait_testid("unlock-form");
    app.wait_for(
        |s| s.invoke("vault_status", json!({}))["ok"]["state"] == "locked",
        "the vault locked",
    );
    std::thread::sleep(Duration::from_secs(5));

    let regions = readable_memory(pid);
    let bytes: usize = regions.iter().map(|r| r.bytes.len()).sum();
    let found = [
        ("data key", copies(&regions, keys.data_key.as_ref())),
        (
            "data key (hex)",
            copies(&regions, hex(keys.data_key.as_ref()).as_bytes()),
        ),
        (
            "SQLCipher key",
            copies(&regions, keys.sqlcipher_key.as_ref()),
        ),
        (
            "SQLCipher key (hex)",
            copies(&regions, hex(keys.sqlcipher_key.as_ref()).as_bytes()),
        ),
    ];
    let passphrase =
        copies(&regions, PASS.as_bytes()).len() + copies(&regions, &utf16le(PASS)).len();
    eprintln!(
        "memory of avenir (pid {pid}) 5 s after the lock: {} runs of pages, {} MiB read; data key copies while open: {data_key_while_open}; after the lock: \
         {found:?}; passphrase copies (UTF-8 + UTF-16, WebKit and IPC included) while open: \
         {passphrase_while_open}, after the lock: {passphrase}",
        regions.len(),
        bytes >> 20,
    );
    // The scan does see memory: the open vault held its key.
    assert!(
        data_key_while_open > 0,
        "the scan found no data key while the vault was open"
    );
    assert!(
        found.iter().all(|(_, at)| at.is_empty()),
        "keys left in memory after the lock: {found:?}"
    );
}
