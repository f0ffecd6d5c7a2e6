//! Rows of the vault as plain types. The domain issues extend these; the database stays
//! readable with SQL for someone who holds the key.

use rusqlite::{Connection, OptionalExtension, params};

use crate::VaultError;

/// A client as the list shows it: the code and dates only (never notes or private fields).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSummary {
    pub code: String,
    pub last_session: Option<String>,
    pub next_follow_up: Option<String>,
}

/// Counts only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub clients: u64,
    pub sessions: u64,
    pub blobs: u64,
}

pub(crate) fn add_client(
    conn: &Connection,
    code: &str,
    created_at: &str,
) -> Result<i64, VaultError> {
    conn.execute(
        "INSERT INTO clients (code, created_at) VALUES (?1, ?2)",
        params![code, created_at],
    )?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn add_session(
    conn: &Connection,
    client_id: i64,
    started_at: &str,
    summary: &str,
    notes: &str,
    follow_up: Option<&str>,
) -> Result<i64, VaultError> {
    conn.execute(
        "INSERT INTO sessions (client_id, started_at, summary, notes, follow_up) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![client_id, started_at, summary, notes, follow_up],
    )?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn list_clients(conn: &Connection) -> Result<Vec<ClientSummary>, VaultError> {
    let rows = crate::clients::client_rows(
        conn,
        avenir_core::follow_up::ClientFilter::All,
        crate::ClientSort::Code,
        chrono::NaiveDate::default(),
    )?;
    Ok(rows
        .into_iter()
        .map(|r| ClientSummary {
            code: r.code,
            last_session: r.last_session,
            next_follow_up: r.next_follow_up.map(|d| d.to_string()),
        })
        .collect())
}

pub(crate) fn stats(conn: &Connection) -> Result<Stats, VaultError> {
    let count = |table: &str| -> Result<u64, VaultError> {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    Ok(Stats {
        clients: count("clients")?,
        sessions: count("sessions")?,
        blobs: count("blobs")?,
    })
}

pub(crate) fn setting(conn: &Connection, key: &str) -> Result<Option<String>, VaultError> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub(crate) fn clear_setting(conn: &Connection, key: &str) -> Result<(), VaultError> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}

pub(crate) fn set_setting(conn: &Connection, key: &str, value: &str) -> Result<(), VaultError> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}
