use super::*;

#[test]
fn a_keyed_database_has_no_readable_sqlite_header_and_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let key = [5u8; 32];
    let conn = open(&path, &key, true).unwrap();
    conn.execute(
        "INSERT INTO clients (code, created_at) VALUES ('MARKER-Z42', 'now')",
        [],
    )
    .unwrap();
    drop(conn);
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"));
    assert!(!bytes.windows(10).any(|w| w == b"MARKER-Z42"));
    let conn = open(&path, &key, false).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM clients", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    assert!(integrity_problems(&conn).unwrap().is_empty());
}

#[test]
fn the_key_pragma_is_built_in_one_buffer_that_never_grows() {
    let key: [u8; 32] = std::array::from_fn(|i| (i * 8 + 1) as u8);
    let pragma = key_pragma(&key);
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(pragma.as_str(), format!("PRAGMA key = \"x'{hex}'\";"));
    // Filled exactly: no reallocation happened, so no unwiped copy was left behind, and
    // the one buffer is a `Zeroizing` one (the type says so: it is wiped when dropped).
    assert_eq!((pragma.len(), pragma.capacity()), (PRAGMA_LEN, PRAGMA_LEN));
    let _: &Zeroizing<String> = &pragma;
}

#[test]
fn keying_switches_sqlciphers_memory_security_on() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("v.db"), &[6u8; 32], true).unwrap();
    // "1" only once SQLCipher's wiping allocator has actually run.
    let on: String = conn
        .query_row("PRAGMA cipher_memory_security", [], |r| r.get(0))
        .unwrap();
    assert_eq!(on, "1");
}

#[test]
fn another_key_does_not_decrypt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    drop(open(&path, &[1u8; 32], true).unwrap());
    assert!(matches!(
        open(&path, &[2u8; 32], false),
        Err(VaultError::Damaged(_))
    ));
}

#[test]
fn a_newer_schema_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let key = [3u8; 32];
    let conn = open(&path, &key, true).unwrap();
    conn.pragma_update(None, "user_version", schema_version() + 1)
        .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let err = open(&path, &key, false).unwrap_err();
    assert!(matches!(err, VaultError::Newer { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn pragmas_are_in_force() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("v.db"), &[4u8; 32], true).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let secure: i64 = conn
        .query_row("PRAGMA secure_delete", [], |r| r.get(0))
        .unwrap();
    let temp: i64 = conn
        .query_row("PRAGMA temp_store", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), secure, temp, fk), ("wal", 1, 2, 1));
}

/// The routine check after each backup finds a damaged page wherever it is: in a table, and
/// in the free list, which SQLite's own quick check never reads.
#[test]
fn the_routine_check_finds_a_damaged_page_in_a_table_or_free() {
    const PAGE: u64 = 16 * 1024;
    let dir = tempfile::tempdir().unwrap();
    let key = [9u8; 32];
    let build = |name: &str| {
        let path = dir.path().join(name);
        let conn = open(&path, &key, true).unwrap();
        for i in 0..3_000 {
            conn.execute(
                "INSERT INTO clients (code, created_at) VALUES (?1, 'now')",
                [format!("CODE-{i:05}")],
            )
            .unwrap();
        }
        // Pages that end up free, at the end of the file.
        conn.execute_batch(
            "CREATE TABLE scratch (b BLOB); INSERT INTO scratch VALUES (randomblob(200000));
             DROP TABLE scratch; PRAGMA wal_checkpoint(TRUNCATE);",
        )
        .unwrap();
        let free: i64 = conn
            .query_row("PRAGMA freelist_count", [], |r| r.get(0))
            .unwrap();
        assert!(free > 5, "{free} free pages");
        assert!(quick_problems(&conn).unwrap().is_empty(), "sound");
        drop(conn);
        path
    };
    let damage = |path: &std::path::Path, page: u64| {
        use std::io::{Seek, SeekFrom, Write};
        let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        f.seek(SeekFrom::Start(page * PAGE + PAGE / 2)).unwrap();
        f.write_all(&[0x5a; 16]).unwrap();
    };

    let table = build("table.db");
    damage(&table, 2);
    let conn = open(&table, &key, false).unwrap();
    assert!(!quick_problems(&conn).unwrap().is_empty(), "a table page");

    let free = build("free.db");
    let pages = std::fs::metadata(&free).unwrap().len() / PAGE;
    damage(&free, pages - 2);
    let conn = open(&free, &key, false).unwrap();
    let quick: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        quick, "ok",
        "SQLite's quick check alone does not read free pages"
    );
    assert!(!quick_problems(&conn).unwrap().is_empty(), "a free page");
}
