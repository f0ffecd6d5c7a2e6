//! Repositories for exercise answers and the decision journal, over an open vault's connection.
//! Answers are checked by `avenir_core::content::check_answer` before they arrive here.

use avenir_core::content::Answer;
use avenir_core::journal::JournalInput;
use avenir_core::session::Pathway;
use rusqlite::{Connection, OptionalExtension, params};

use crate::VaultError;

/// One field's answer as saved in one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRecord {
    pub session_id: i64,
    /// The session's start, UTC.
    pub started_at: String,
    pub exercise: String,
    pub field: String,
    pub answer: Answer,
    pub saved_at: String,
}

/// In how many sessions an exercise was worked on, and the start of the last one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseActivity {
    pub exercise: String,
    pub sessions: u32,
    pub last_started_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalRecord {
    pub session_id: i64,
    pub started_at: String,
    pub entry: JournalInput,
    pub saved_at: String,
}

fn session_start(conn: &Connection, session_id: i64) -> Result<String, VaultError> {
    conn.query_row(
        "SELECT started_at FROM sessions WHERE id = ?1",
        [session_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(VaultError::ClientMissing)
}

fn decode(json: &str) -> Result<Answer, VaultError> {
    crate::stored::decode_answer(json)
}

/// Saves `answer` as this session's answer to `exercise`/`field`, replacing this session's
/// earlier answer to it. Returns the record as stored.
pub fn save_answer(
    conn: &Connection,
    session_id: i64,
    exercise: &str,
    field: &str,
    answer: &Answer,
    now: &str,
) -> Result<AnswerRecord, VaultError> {
    let started_at = session_start(conn, session_id)?;
    let json = crate::stored::encode_answer(answer)?;
    conn.execute(
        "INSERT INTO answers (session_id, exercise, field, value, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (session_id, exercise, field) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at",
        params![session_id, exercise, field, json, now],
    )?;
    Ok(AnswerRecord {
        session_id,
        started_at,
        exercise: exercise.to_owned(),
        field: field.to_owned(),
        answer: answer.clone(),
        saved_at: now.to_owned(),
    })
}

/// Every answer of the client to `exercise` (all exercises when `None`), oldest session first.
pub fn answers_of(
    conn: &Connection,
    client_id: i64,
    exercise: Option<&str>,
) -> Result<Vec<AnswerRecord>, VaultError> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.session_id, s.started_at, a.exercise, a.field, a.value, a.saved_at
           FROM sessions s JOIN answers a ON a.session_id = s.id
          WHERE s.client_id = ?1 AND (?2 IS NULL OR a.exercise = ?2)
          ORDER BY s.started_at, s.id, a.id",
    )?;
    let rows = stmt.query_map(params![client_id, exercise], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (session_id, started_at, exercise, field, value, saved_at) = row?;
        out.push(AnswerRecord {
            session_id,
            started_at,
            exercise,
            field,
            answer: decode(&value)?,
            saved_at,
        });
    }
    Ok(out)
}

/// The exercises the client worked on, most recent first.
pub fn exercise_activity(
    conn: &Connection,
    client_id: i64,
) -> Result<Vec<ExerciseActivity>, VaultError> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.exercise, count(DISTINCT a.session_id), max(s.started_at)
           FROM sessions s JOIN answers a ON a.session_id = s.id
          WHERE s.client_id = ?1
          GROUP BY a.exercise ORDER BY max(s.started_at) DESC, a.exercise",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        Ok(ExerciseActivity {
            exercise: r.get(0)?,
            sessions: r.get(1)?,
            last_started_at: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Saves where the person placed themselves on one pathway in this session. An entry with
/// nothing said removes this session's entry for the pathway.
pub fn save_journal_entry(
    conn: &Connection,
    session_id: i64,
    entry: &JournalInput,
    now: &str,
) -> Result<JournalRecord, VaultError> {
    let started_at = session_start(conn, session_id)?;
    if entry.is_empty() {
        conn.execute(
            "DELETE FROM journal_entries WHERE session_id = ?1 AND pathway = ?2",
            params![session_id, entry.pathway.as_str()],
        )?;
    } else {
        conn.execute(
            "INSERT INTO journal_entries (session_id, pathway, possible, wanted, why, saved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (session_id, pathway) DO UPDATE SET possible = excluded.possible,
                 wanted = excluded.wanted, why = excluded.why, saved_at = excluded.saved_at",
            params![
                session_id,
                entry.pathway.as_str(),
                entry.possible,
                entry.wanted,
                entry.why,
                now
            ],
        )?;
    }
    Ok(JournalRecord {
        session_id,
        started_at,
        entry: entry.clone(),
        saved_at: now.to_owned(),
    })
}

/// The client's decision journal, oldest session first, pathways in their fixed order.
pub fn journal_of(conn: &Connection, client_id: i64) -> Result<Vec<JournalRecord>, VaultError> {
    let mut stmt = conn.prepare_cached(
        "SELECT j.session_id, s.started_at, j.pathway, j.possible, j.wanted, j.why, j.saved_at
           FROM sessions s JOIN journal_entries j ON j.session_id = s.id
          WHERE s.client_id = ?1
          ORDER BY s.started_at, s.id",
    )?;
    let rows = stmt.query_map([client_id], |r| {
        let pathway: String = r.get(2)?;
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            pathway,
            r.get::<_, Option<u8>>(3)?,
            r.get::<_, Option<u8>>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (session_id, started_at, pathway, possible, wanted, why, saved_at) = row?;
        let pathway = Pathway::parse(&pathway)
            .ok_or_else(|| VaultError::damaged("a journal entry names no known pathway"))?;
        out.push(JournalRecord {
            session_id,
            started_at,
            entry: JournalInput {
                pathway,
                possible,
                wanted,
                why,
            },
            saved_at,
        });
    }
    out.sort_by(|a, b| {
        (&a.started_at, a.session_id, a.entry.pathway).cmp(&(
            &b.started_at,
            b.session_id,
            b.entry.pathway,
        ))
    });
    Ok(out)
}
