//! Workloads for `avenir-bench vault`: the same operations on the encrypted vault and on a
//! plain SQLite file with the same schema and pragmas, so their ratio isolates the encryption.

use std::path::Path;
use std::time::Instant;

use avenir_vault::VaultError;
use rusqlite::{Connection, params};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Throughput {
    pub write_ms: f64,
    pub read_ms: f64,
}

/// A plain (unencrypted) SQLite database with the vault's schema and pragmas. Benchmarks only.
pub fn plain_database(path: &Path) -> Result<Connection, VaultError> {
    avenir_vault::open_plain_yardstick(path)
}

/// Writes `notes` session notes of `note_len` bytes (100 per transaction, like a burst of
/// autosaves) and `blobs` blobs of `blob_len` bytes (one transaction each), then reads them all
/// back. Returns the wall time of each half.
pub fn notes_and_blobs(
    conn: &Connection,
    notes: usize,
    note_len: usize,
    blobs: usize,
    blob_len: usize,
) -> Result<Throughput, VaultError> {
    conn.execute(
        "INSERT INTO clients (code, created_at) VALUES ('BENCH', 'bench')",
        [],
    )?;
    let client = conn.last_insert_rowid();
    let note: String = "Fictional benchmark note. "
        .repeat(note_len / 26 + 1)
        .chars()
        .take(note_len)
        .collect();
    let blob: Vec<u8> = (0..blob_len).map(|i| (i * 31 % 251) as u8).collect();

    let started = Instant::now();
    for chunk in 0..notes.div_ceil(100) {
        let tx = conn.unchecked_transaction()?;
        for _ in 0..100.min(notes - chunk * 100) {
            conn.execute(
                "INSERT INTO sessions (client_id, started_at, summary, notes) VALUES (?1, 'now', 'bench', ?2)",
                params![client, note],
            )?;
        }
        tx.commit()?;
    }
    for _ in 0..blobs {
        let tx = conn.unchecked_transaction()?;
        conn.execute(
            "INSERT INTO blobs (client_id, bytes) VALUES (?1, ?2)",
            params![client, blob],
        )?;
        tx.commit()?;
    }
    let write_ms = started.elapsed().as_secs_f64() * 1000.0;

    let started = Instant::now();
    let mut total = 0usize;
    let mut stmt = conn.prepare("SELECT notes FROM sessions WHERE client_id = ?1")?;
    for n in stmt.query_map([client], |r| r.get::<_, String>(0))? {
        total += n?.len();
    }
    let mut stmt = conn.prepare("SELECT bytes FROM blobs WHERE client_id = ?1")?;
    for b in stmt.query_map([client], |r| r.get::<_, Vec<u8>>(0))? {
        total += b?.len();
    }
    let read_ms = started.elapsed().as_secs_f64() * 1000.0;
    if total != notes * note.len() + blobs * blob_len {
        return Err(VaultError::Damaged(
            "benchmark read back a different amount of data".into(),
        ));
    }
    Ok(Throughput { write_ms, read_ms })
}
