//! Repositories for client files, sessions and next steps, and the full-text search, over an
//! open vault's connection (`vault.conn()`). Dates are
//! stored as text: calendar dates `YYYY-MM-DD`, instants as UTC `YYYY-MM-DDTHH:MM:SSZ`.

use avenir_core::client::{ClientInput, Consent, Residence};
use avenir_core::follow_up::ClientFilter;
use avenir_core::session::{Decision, Pathway, SessionKind, normalise_pathways};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::VaultError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRecord {
    pub id: i64,
    pub created_at: String,
    pub input: ClientInput,
}

/// A row of the home screen's list: code and dates only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRow {
    pub id: i64,
    pub code: String,
    pub last_session: Option<String>,
    pub next_follow_up: Option<NaiveDate>,
    pub review_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientSort {
    Code,
    NextFollowUp,
    LastSession,
}

impl ClientSort {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "code" => Some(ClientSort::Code),
            "next_follow_up" => Some(ClientSort::NextFollowUp),
            "last_session" => Some(ClientSort::LastSession),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInput {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub started_at: String,
    pub duration_minutes: Option<u32>,
    pub kind: SessionKind,
    pub pathways: Vec<Pathway>,
    pub summary: String,
    pub private_notes: String,
    pub follow_up: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub id: i64,
    pub session_id: i64,
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub id: i64,
    pub client_id: i64,
    pub input: SessionInput,
    /// The person's own decision, recorded in this session (see `decisions`).
    pub decision: Option<Decision>,
    pub next_steps: Vec<NextStep>,
}

/// Which free text of a session an autosave writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionText {
    Summary,
    PrivateNotes,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub client_id: i64,
    pub code: String,
    pub session_id: Option<i64>,
    pub field: String,
    pub snippet: String,
    pub started_at: Option<String>,
}

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse().ok())
}

fn client_error(e: rusqlite::Error) -> VaultError {
    match &e {
        rusqlite::Error::SqliteFailure(f, Some(msg))
            if f.code == rusqlite::ErrorCode::ConstraintViolation
                && msg.contains("clients.code") =>
        {
            VaultError::CodeTaken
        }
        _ => VaultError::Database(e),
    }
}

pub fn code_taken(conn: &Connection, code: &str) -> Result<bool, VaultError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM clients WHERE code = ?1 COLLATE NOCASE",
            [code],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The code of the client whose `uid` this is (a client received from a colleague before).
pub(crate) fn code_of_uid(conn: &Connection, uid: &str) -> Result<Option<String>, VaultError> {
    Ok(conn
        .query_row("SELECT code FROM clients WHERE uid = ?1", [uid], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The id of the client with `code` (case-insensitive), if any.
pub fn find_client(conn: &Connection, code: &str) -> Result<Option<i64>, VaultError> {
    Ok(conn
        .query_row(
            "SELECT id FROM clients WHERE code = ?1 COLLATE NOCASE",
            [code.trim()],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn create_client(
    conn: &Connection,
    c: &ClientInput,
    created_at: &str,
) -> Result<i64, VaultError> {
    if code_taken(conn, &c.code)? {
        return Err(VaultError::CodeTaken);
    }
    atomically(conn, || {
        conn.execute(
            "INSERT INTO clients (code, created_at) VALUES (?1, ?2)",
            params![c.code, created_at],
        )
        .map_err(client_error)?;
        let id = conn.last_insert_rowid();
        write_client(conn, id, c)?;
        Ok(id)
    })
}

pub fn update_client(conn: &Connection, id: i64, c: &ClientInput) -> Result<(), VaultError> {
    let other: Option<i64> = conn
        .query_row(
            "SELECT id FROM clients WHERE code = ?1 COLLATE NOCASE AND id != ?2",
            params![c.code, id],
            |r| r.get(0),
        )
        .optional()?;
    if other.is_some() {
        return Err(VaultError::CodeTaken);
    }
    atomically(conn, || write_client(conn, id, c))
}

/// Runs `f` in a transaction, or inside the caller's when one is open (the demo's seeding).
fn atomically<T>(
    conn: &Connection,
    f: impl FnOnce() -> Result<T, VaultError>,
) -> Result<T, VaultError> {
    if !conn.is_autocommit() {
        return f();
    }
    let tx = conn.unchecked_transaction()?;
    let out = f()?;
    tx.commit()?;
    Ok(out)
}

/// Writes the client row and its residence situations (the caller's transaction). The old
/// single-valued `residence` column stays empty (migration 6).
fn write_client(conn: &Connection, id: i64, c: &ClientInput) -> Result<(), VaultError> {
    let n = conn
        .execute(
            "UPDATE clients SET code = ?2, languages = ?3, preferred_language = ?4, country_of_origin = ?5,
                arrival_year = ?6, adults = ?7, children = ?8, children_at_school = ?9, residence = NULL,
                health_concerns = ?10, notes = ?11, consent_given_on = ?12, consent_explained = ?13,
                consent_language = ?14, review_on = ?15
              WHERE id = ?1",
            params![
                id,
                c.code,
                c.languages.join(","),
                c.preferred_language,
                c.country_of_origin,
                c.arrival_year,
                c.adults,
                c.children,
                c.children_at_school,
                c.health_concerns,
                c.notes,
                c.consent.as_ref().map(|k| k.given_on.to_string()),
                c.consent.as_ref().map(|k| k.explained.as_str()),
                c.consent.as_ref().map(|k| k.language.as_str()),
                c.review_on.map(|d| d.to_string()),
            ],
        )
        .map_err(client_error)?;
    if n == 0 {
        return Err(VaultError::ClientMissing);
    }
    conn.execute("DELETE FROM client_residences WHERE client_id = ?1", [id])?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO client_residences (client_id, residence) VALUES (?1, ?2)",
    )?;
    for r in &c.residences {
        insert.execute(params![id, r.as_str()])?;
    }
    Ok(())
}

pub fn get_client(conn: &Connection, id: i64) -> Result<ClientRecord, VaultError> {
    let mut record = conn
        .query_row(
            "SELECT id, created_at, code, languages, preferred_language, country_of_origin, arrival_year, adults,
                children, children_at_school, health_concerns, notes, consent_given_on,
                consent_explained, consent_language, review_on
           FROM clients WHERE id = ?1",
            [id],
            client_from_row,
        )
        .optional()?
        .ok_or(VaultError::ClientMissing)?;
    record.input.residences = residences_of(conn, id)?;
    Ok(record)
}

/// A client's residence situations in [`Residence::ALL`] order. A code this version does not
/// know is damage, reported without the code itself.
fn residences_of(conn: &Connection, client_id: i64) -> Result<Vec<Residence>, VaultError> {
    let mut stmt =
        conn.prepare_cached("SELECT residence FROM client_residences WHERE client_id = ?1")?;
    let mut found = Vec::new();
    for code in stmt.query_map([client_id], |r| r.get::<_, String>(0))? {
        found.push(Residence::parse(&code?).ok_or_else(|| {
            VaultError::damaged("a client's residence situation is not a known one")
        })?);
    }
    Ok(Residence::normalised(&found))
}

fn client_from_row(r: &Row<'_>) -> rusqlite::Result<ClientRecord> {
    let languages: String = r.get(3)?;
    let consent = match (
        date(r.get(12)?),
        r.get::<_, Option<String>>(13)?,
        r.get::<_, Option<String>>(14)?,
    ) {
        (Some(given_on), explained, language) => Some(Consent {
            given_on,
            explained: explained.unwrap_or_default(),
            language: language.unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(ClientRecord {
        id: r.get(0)?,
        created_at: r.get(1)?,
        input: ClientInput {
            code: r.get(2)?,
            languages: languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            preferred_language: r.get(4)?,
            country_of_origin: r.get(5)?,
            arrival_year: r.get(6)?,
            adults: r.get(7)?,
            children: r.get(8)?,
            children_at_school: r.get(9)?,
            // Read from their own table by `get_client`.
            residences: Vec::new(),
            health_concerns: r.get(10)?,
            notes: r.get(11)?,
            consent,
            review_on: date(r.get(15)?),
        },
    })
}

/// Erases a client and everything about them (sessions, next steps, index rows, stored files),
/// then folds the write-ahead log back so no older page version lingers beside the database.
pub fn delete_client(conn: &Connection, id: i64) -> Result<(), VaultError> {
    let n = conn.execute("DELETE FROM clients WHERE id = ?1", [id])?;
    if n == 0 {
        return Err(VaultError::ClientMissing);
    }
    conn.execute_batch("INSERT INTO search_index(search_index) VALUES ('optimize');")?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

pub fn client_rows(
    conn: &Connection,
    filter: ClientFilter,
    sort: ClientSort,
    today: NaiveDate,
) -> Result<Vec<ClientRow>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.code, max(s.started_at),
                (SELECT min(follow_up) FROM sessions f WHERE f.client_id = c.id AND f.follow_up IS NOT NULL
                    AND f.id = (SELECT id FROM sessions g WHERE g.client_id = c.id ORDER BY started_at DESC, id DESC LIMIT 1)),
                c.review_on
           FROM clients c LEFT JOIN sessions s ON s.client_id = c.id
          GROUP BY c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ClientRow {
            id: r.get(0)?,
            code: r.get(1)?,
            last_session: r.get(2)?,
            next_follow_up: date(r.get(3)?),
            review_on: date(r.get(4)?),
        })
    })?;
    let mut out: Vec<ClientRow> = Vec::new();
    for row in rows {
        let row = row?;
        let last = row
            .last_session
            .as_deref()
            .and_then(|s| s.get(..10))
            .and_then(|d| d.parse().ok());
        if filter.keeps(today, last, row.next_follow_up, row.review_on) {
            out.push(row);
        }
    }
    match sort {
        ClientSort::Code => out.sort_by_key(|r| r.code.to_lowercase()),
        // Soonest follow-up first; clients without one last.
        ClientSort::NextFollowUp => {
            out.sort_by_key(|r| (r.next_follow_up.is_none(), r.next_follow_up))
        }
        // Most recently seen first; never seen last.
        ClientSort::LastSession => out.sort_by(|a, b| b.last_session.cmp(&a.last_session)),
    }
    Ok(out)
}

pub fn create_session(
    conn: &Connection,
    client_id: i64,
    s: &SessionInput,
) -> Result<i64, VaultError> {
    let exists = conn
        .query_row("SELECT 1 FROM clients WHERE id = ?1", [client_id], |_| {
            Ok(())
        })
        .optional()?;
    if exists.is_none() {
        return Err(VaultError::ClientMissing);
    }
    conn.execute(
        "INSERT INTO sessions (client_id, started_at, summary, notes) VALUES (?1, ?2, ?3, ?4)",
        params![client_id, s.started_at, s.summary, s.private_notes],
    )?;
    let id = conn.last_insert_rowid();
    update_session(conn, id, s)?;
    Ok(id)
}

pub fn update_session(conn: &Connection, id: i64, s: &SessionInput) -> Result<(), VaultError> {
    let pathways: Vec<&str> = normalise_pathways(s.pathways.clone())
        .into_iter()
        .map(Pathway::as_str)
        .collect();
    let n = conn.execute(
        "UPDATE sessions SET started_at = ?2, duration_minutes = ?3, kind = ?4, pathways = ?5, summary = ?6,
                notes = ?7, follow_up = ?8
          WHERE id = ?1",
        params![
            id,
            s.started_at,
            s.duration_minutes,
            s.kind.as_str(),
            pathways.join(","),
            s.summary,
            s.private_notes,
            s.follow_up.map(|d| d.to_string()),
        ],
    )?;
    if n == 0 {
        return Err(VaultError::ClientMissing);
    }
    Ok(())
}

/// The autosave write: one text field of one session.
pub fn save_session_text(
    conn: &Connection,
    id: i64,
    field: SessionText,
    text: &str,
) -> Result<(), VaultError> {
    let sql = match field {
        SessionText::Summary => "UPDATE sessions SET summary = ?2 WHERE id = ?1",
        SessionText::PrivateNotes => "UPDATE sessions SET notes = ?2 WHERE id = ?1",
    };
    if conn.execute(sql, params![id, text])? == 0 {
        return Err(VaultError::ClientMissing);
    }
    Ok(())
}

pub fn sessions_of(conn: &Connection, client_id: i64) -> Result<Vec<SessionRecord>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT id, client_id, started_at, duration_minutes, kind, pathways, summary, notes, follow_up,
                decision
           FROM sessions WHERE client_id = ?1 ORDER BY started_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([client_id], session_from_row)?;
    let mut sessions: Vec<SessionRecord> = rows.collect::<Result<_, _>>()?;
    let mut steps = conn.prepare(
        "SELECT n.id, n.session_id, n.text, n.done FROM next_steps n JOIN sessions s ON s.id = n.session_id
          WHERE s.client_id = ?1 ORDER BY n.id",
    )?;
    let all: Vec<NextStep> = steps
        .query_map([client_id], step_from_row)?
        .collect::<Result<_, _>>()?;
    for s in &mut sessions {
        s.next_steps = all
            .iter()
            .filter(|n| n.session_id == s.id)
            .cloned()
            .collect();
    }
    Ok(sessions)
}

pub fn get_session(conn: &Connection, id: i64) -> Result<SessionRecord, VaultError> {
    let client_id: i64 = conn
        .query_row("SELECT client_id FROM sessions WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(VaultError::ClientMissing)?;
    sessions_of(conn, client_id)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(VaultError::ClientMissing)
}

fn session_from_row(r: &Row<'_>) -> rusqlite::Result<SessionRecord> {
    let kind: String = r.get(4)?;
    let pathways: String = r.get(5)?;
    Ok(SessionRecord {
        id: r.get(0)?,
        client_id: r.get(1)?,
        input: SessionInput {
            started_at: r.get(2)?,
            duration_minutes: r.get(3)?,
            kind: SessionKind::parse(&kind).unwrap_or(SessionKind::Individual),
            pathways: pathways.split(',').filter_map(Pathway::parse).collect(),
            summary: r.get(6)?,
            private_notes: r.get(7)?,
            follow_up: date(r.get(8)?),
        },
        decision: r
            .get::<_, Option<String>>(9)?
            .as_deref()
            .and_then(Decision::parse),
        next_steps: Vec::new(),
    })
}

fn step_from_row(r: &Row<'_>) -> rusqlite::Result<NextStep> {
    Ok(NextStep {
        id: r.get(0)?,
        session_id: r.get(1)?,
        text: r.get(2)?,
        done: r.get(3)?,
    })
}

pub fn add_next_step(
    conn: &Connection,
    session_id: i64,
    text: &str,
) -> Result<NextStep, VaultError> {
    let text = text.trim();
    if text.is_empty() || text.len() > 10_000 {
        return Err(avenir_core::InvalidInput("next_step").into());
    }
    conn.execute(
        "INSERT INTO next_steps (session_id, text) VALUES (?1, ?2)",
        params![session_id, text],
    )
    .map_err(|e| match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            VaultError::ClientMissing
        }
        e => VaultError::Database(e),
    })?;
    Ok(NextStep {
        id: conn.last_insert_rowid(),
        session_id,
        text: text.to_owned(),
        done: false,
    })
}

pub fn set_next_step_done(conn: &Connection, id: i64, done: bool) -> Result<(), VaultError> {
    if conn.execute(
        "UPDATE next_steps SET done = ?2 WHERE id = ?1",
        params![id, done],
    )? == 0
    {
        return Err(VaultError::ClientMissing);
    }
    Ok(())
}

pub fn open_steps(conn: &Connection, client_id: i64) -> Result<Vec<NextStep>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT n.id, n.session_id, n.text, n.done FROM next_steps n JOIN sessions s ON s.id = n.session_id
          WHERE s.client_id = ?1 AND n.done = 0 ORDER BY n.id",
    )?;
    Ok(stmt
        .query_map([client_id], step_from_row)?
        .collect::<Result<_, _>>()?)
}

/// Full-text search over codes, client notes, session summaries and notes. Every word of the
/// query must match (as a prefix); results best first, at most `limit`.
pub fn search(conn: &Connection, query: &str, limit: usize) -> Result<Vec<SearchHit>, VaultError> {
    let terms: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| format!("\"{}\"*", t.replace('"', "")))
        .collect();
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(
        "SELECT i.client_id, c.code, i.session_id, i.field,
                snippet(search_index, 0, '', '', '…', 12), s.started_at
           FROM search_index i
           JOIN clients c ON c.id = i.client_id
           LEFT JOIN sessions s ON s.id = i.session_id
          WHERE search_index MATCH ?1
          ORDER BY rank LIMIT ?2",
    )?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt.query_map(params![terms.join(" "), limit], |r| {
        Ok(SearchHit {
            client_id: r.get(0)?,
            code: r.get(1)?,
            session_id: r.get(2)?,
            field: r.get(3)?,
            snippet: r.get(4)?,
            started_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A free pseudonymous code (randomness from the operating system).
pub fn suggest_code(conn: &Connection) -> Result<String, VaultError> {
    let mut failure = None;
    let code = avenir_core::client::suggest_code(
        |n| {
            crate::keys::random_below(n).unwrap_or_else(|e| {
                failure = Some(e);
                0
            })
        },
        |c| code_taken(conn, c).unwrap_or(true),
    );
    match failure {
        Some(e) => Err(e),
        None => Ok(code),
    }
}
