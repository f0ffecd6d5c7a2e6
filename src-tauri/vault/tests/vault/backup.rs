//! Backups on real vaults: a round trip keeps every table and every photo byte, the file opens
//! with the vault's secrets and nothing less, the committed fixture restores, and every kind of
//! bad file gets its own error and changes nothing.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use avenir_core::content::Answer;
use avenir_vault::album::{self, NewPhoto};
use avenir_vault::backup::{self, BackupError};
use avenir_vault::{Secret, Vault, VaultError, worksheets};

use super::{PASS, add_client, new_vault};

const NOTE: &str = "BACKUP-NOTE-MARKER ملاحظة";

/// A vault with two clients, a session each, an answer and a photo.
fn filled(root: &Path) -> (PathBuf, String) {
    let (dir, recovery) = new_vault(root);
    let v = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    for code in ["BK-AMAL", "BK-OKSANA"] {
        let c = add_client(&v, code);
        let s = v
            .add_session(c, "2026-03-01T10:00:00Z", "summary", NOTE, None)
            .unwrap();
        worksheets::save_answer(
            v.conn(),
            s,
            "where-i-stand",
            "today",
            &Answer::Text("BACKUP-ANSWER-MARKER".into()),
            "2026-03-01T10:05:00Z",
        )
        .unwrap();
        let image = b"PHOTO-BYTES-MARKER".repeat(20_000);
        album::add_photo(
            v.conn(),
            c,
            NewPhoto {
                image: &image,
                width: 800,
                height: 600,
                thumb: b"THUMB",
                thumb_width: 8,
                thumb_height: 6,
            },
            "2026-03-01T10:10:00Z",
        )
        .unwrap();
    }
    (dir, recovery.display().as_str().to_owned())
}

/// Every row of every table, in order, as SQL literals (blobs included byte for byte).
fn dump(v: &Vault) -> Vec<String> {
    let conn = v.conn();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            out.push(format!("{t}: {}", cells.join(" | ")));
        }
    }
    out
}

fn write_backup(dir: &Path, out: &Path) -> backup::Manifest {
    let v = Vault::open(dir, Secret::Passphrase(PASS)).unwrap();
    let snap = v.snapshot("2026-03-02T09:00:00Z", "0.1.0").unwrap();
    drop(v); // the snapshot outlives the open vault
    snap.write_to(out, &AtomicBool::new(false)).unwrap();
    snap.verify(out).unwrap()
}

#[test]
fn a_backup_restores_every_table_and_every_photo_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, recovery) = filled(tmp.path());
    let file = tmp.path().join("one.avenir-backup");
    let manifest = write_backup(&dir, &file);
    assert_eq!(manifest.counts.clients, 3);
    assert_eq!(manifest.counts.answers, 2);
    assert_eq!(manifest.counts.photos, 2);
    assert_eq!(manifest.label, "Counsellor A");

    let restored = tmp.path().join("restored");
    backup::restore_to(&file, Secret::Passphrase(PASS), &restored, Some("Restored")).unwrap();
    let original = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let copy = Vault::open(&restored, Secret::Passphrase(PASS)).unwrap();
    assert_eq!(dump(&copy), dump(&original));
    drop(copy);
    // The recovery key opens the file too, and the restored vault.
    let again = tmp.path().join("again");
    backup::restore_to(&file, Secret::Recovery(&recovery), &again, Some("Again")).unwrap();
    assert!(Vault::open(&again, Secret::Recovery(&recovery)).is_ok());
}

#[test]
fn nothing_less_than_the_secret_opens_it_and_nothing_is_readable_inside() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = filled(tmp.path());
    let out = tmp.path().join("backups");
    std::fs::create_dir(&out).unwrap();
    let file = out.join("b.avenir-backup");
    write_backup(&dir, &file);
    let err = backup::verify_file(
        &file,
        Secret::Passphrase("not the passphrase at all"),
        tmp.path(),
    )
    .unwrap_err();
    assert!(
        matches!(err, BackupError::Vault(VaultError::WrongSecret)),
        "{err}"
    );
    let hits = avenir_testkit::scan::scan(
        &out,
        &[
            NOTE,
            "BACKUP-NOTE-MARKER",
            "BACKUP-ANSWER-MARKER",
            "PHOTO-BYTES-MARKER",
            "BK-AMAL",
            "Counsellor A",
            "created_at",
        ],
    );
    assert_eq!(hits, Vec::<String>::new());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Only the finished file is in the folder: no partial, no snapshot left behind.
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["b.avenir-backup"]);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("snapshot") || n.contains("verify"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
}

/// What a bad file gives, by its code; and it leaves no profile, staged or finished.
fn restore_code(tmp: &Path, bytes: &[u8], name: &str) -> &'static str {
    let file = tmp.join(format!("{name}.avenir-backup"));
    std::fs::write(&file, bytes).unwrap();
    let target = tmp.join(format!("profile-{name}"));
    let err = backup::restore_to(&file, Secret::Passphrase(PASS), &target, Some("R")).unwrap_err();
    assert!(!target.exists(), "{name}: a profile was created");
    assert!(
        !tmp.join(format!(".profile-{name}.restoring")).exists(),
        "{name}: a half profile was left"
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        bytes,
        "{name}: the file was changed"
    );
    avenir_core::UserFacing::code(&err)
}

#[test]
fn every_kind_of_bad_file_gets_its_own_error_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = filled(tmp.path());
    let file = tmp.path().join("good.avenir-backup");
    write_backup(&dir, &file);
    let good = std::fs::read(&file).unwrap();
    let t = tmp.path();

    assert_eq!(restore_code(t, b"", "empty"), "backup_not_a_backup");
    let random: Vec<u8> = (0..50_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert_eq!(restore_code(t, &random, "random"), "backup_not_a_backup");
    for cut in [12, backup::PREFIX_LEN + 5, good.len() / 2, good.len() - 1] {
        assert_eq!(
            restore_code(t, &good[..cut], &format!("cut{cut}")),
            "backup_damaged",
            "truncated at {cut}"
        );
    }
    // One byte changed: in the embedded header, the file salt, the chunk size, the data, the tag.
    for at in [
        120,
        backup::PREFIX_LEN - 20,
        backup::PREFIX_LEN - 2,
        good.len() / 2,
        good.len() - 3,
    ] {
        let mut bad = good.clone();
        bad[at] ^= 0x01;
        assert_eq!(
            restore_code(t, &bad, &format!("flip{at}")),
            "backup_damaged",
            "byte {at} modified"
        );
    }
    let mut newer = good.clone();
    newer[8] = 2;
    assert_eq!(restore_code(t, &newer, "newer"), "backup_newer");

    let wrong = tmp.path().join("w");
    let err = backup::restore_to(
        &file,
        Secret::Passphrase("quiet lantern cobalt window saffron drum"),
        &wrong,
        Some("W"),
    )
    .unwrap_err();
    assert_eq!(avenir_core::UserFacing::code(&err), "wrong_secret");
    assert!(!wrong.exists());
}

/// The test restore after every backup proves the file on the disk holds the snapshot: a changed
/// byte fails it, so does a sound backup of another moment, and so does a damaged page in the
/// vault (found by the snapshot's own check).
#[test]
fn the_test_restore_fails_unless_the_file_is_the_checked_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = filled(tmp.path());
    let v = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let code = |e: &BackupError| avenir_core::UserFacing::code(e);

    let earlier = v.snapshot("2026-03-02T09:00:00Z", "0.1.0").unwrap();
    let file = tmp.path().join("earlier.avenir-backup");
    earlier.write_to(&file, &AtomicBool::new(false)).unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(&file, &bytes).unwrap();
    let err = earlier.verify(&file).unwrap_err();
    assert_eq!(code(&err), "backup_damaged", "{err:?}");

    // Same key, sound file, but another moment of the vault: not this snapshot.
    add_client(&v, "BK-LATER");
    let later = v.snapshot("2026-03-02T09:05:00Z", "0.1.0").unwrap();
    let other = tmp.path().join("other.avenir-backup");
    drop(earlier);
    add_client(&v, "BK-LATEST");
    let latest = v.snapshot("2026-03-02T09:06:00Z", "0.1.0").unwrap();
    latest.write_to(&other, &AtomicBool::new(false)).unwrap();
    let err = later.verify(&other).unwrap_err();
    assert_eq!(code(&err), "backup_check_failed", "{err:?}");
    drop((later, latest));
    drop(v);

    // A damaged page deep in the vault (a photo's bytes), which opening does not read.
    let db = dir.join("vault.db");
    let mut raw = std::fs::read(&db).unwrap();
    let n = raw.len();
    raw[n - 4096 - 100] ^= 0xff;
    std::fs::write(&db, &raw).unwrap();
    let v = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let snap = v.snapshot("2026-03-02T09:10:00Z", "0.1.0").unwrap();
    let damaged = tmp.path().join("damaged.avenir-backup");
    snap.write_to(&damaged, &AtomicBool::new(false)).unwrap();
    assert!(snap.verify(&damaged).is_err());
}

#[test]
fn a_cancelled_backup_leaves_no_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = filled(tmp.path());
    let v = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let snap = v.snapshot("2026-03-02T09:00:00Z", "0.1.0").unwrap();
    let file = tmp.path().join("c.avenir-backup");
    let err = snap.write_to(&file, &AtomicBool::new(true)).unwrap_err();
    assert!(matches!(err, BackupError::Cancelled));
    assert!(!file.exists());
    assert!(!tmp.path().join("c.avenir-backup.partial").exists());
}

#[test]
fn a_missing_or_read_only_folder_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = filled(tmp.path());
    let v = Vault::open(&dir, Secret::Passphrase(PASS)).unwrap();
    let snap = v.snapshot("2026-03-02T09:00:00Z", "0.1.0").unwrap();
    let missing = tmp.path().join("stick-pulled/b.avenir-backup");
    let err = snap
        .write_to(&missing, &AtomicBool::new(false))
        .unwrap_err();
    assert_eq!(avenir_core::UserFacing::code(&err), "backup_folder_missing");
}

/// Every later Avenir must restore the committed format-1 backup
/// (`cargo run -p avenir-vault --example write-fixture` writes it).
#[test]
fn the_committed_format_1_backup_restores() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let file = fixtures.join("backup-v1.avenir-backup");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("restored");
    let manifest =
        backup::restore_to(&file, Secret::Passphrase(super::FIXTURE_PASS), &dir, None).unwrap();
    assert_eq!(manifest.format, 1);
    assert_eq!(manifest.counts.clients, 2);
    let v = Vault::open(&dir, Secret::Passphrase(super::FIXTURE_PASS)).unwrap();
    let codes: Vec<String> = v
        .list_clients()
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes, ["FIXTURE-1", "FIXTURE-2"]);
    assert_eq!(backup::counts_of(&v).unwrap(), manifest.counts);
}

#[test]
fn a_restore_takes_the_label_in_the_backup_unless_given_one() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, _) = filled(tmp.path());
    let file = tmp.path().join("l.avenir-backup");
    write_backup(&dir, &file);
    let restored = tmp.path().join("r");
    backup::restore_to(&file, Secret::Passphrase(PASS), &restored, None).unwrap();
    assert_eq!(
        std::fs::read_to_string(restored.join("label")).unwrap(),
        "Counsellor A"
    );
}
