//! Repositories for group courses (checked by `avenir_core::course` before they arrive here).
//! A course holds no client data and no names: anonymous facts and the plan of its days.

use avenir_core::course::{Course, CourseFacts, Day};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::VaultError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseRecord {
    pub id: i64,
    pub course: Course,
    pub created_at: String,
    pub updated_at: String,
}

fn days_json(days: &[Day]) -> Result<String, VaultError> {
    crate::stored::encode_days(days)
}

pub fn create_course(conn: &Connection, c: &Course, now: &str) -> Result<CourseRecord, VaultError> {
    conn.execute(
        "INSERT INTO courses (title, plan, held_on, place, participants, languages, days, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            c.title,
            c.plan,
            c.facts.held_on.map(|d| d.to_string()),
            c.facts.place,
            c.facts.participants,
            c.facts.languages.join(","),
            days_json(&c.days)?,
            now
        ],
    )?;
    get_course(conn, conn.last_insert_rowid())
}

pub fn update_course(
    conn: &Connection,
    id: i64,
    c: &Course,
    now: &str,
) -> Result<CourseRecord, VaultError> {
    let n = conn.execute(
        "UPDATE courses SET title = ?2, plan = ?3, held_on = ?4, place = ?5, participants = ?6,
                languages = ?7, days = ?8, updated_at = ?9 WHERE id = ?1",
        params![
            id,
            c.title,
            c.plan,
            c.facts.held_on.map(|d| d.to_string()),
            c.facts.place,
            c.facts.participants,
            c.facts.languages.join(","),
            days_json(&c.days)?,
            now
        ],
    )?;
    if n == 0 {
        return Err(VaultError::ClientMissing);
    }
    get_course(conn, id)
}

pub fn delete_course(conn: &Connection, id: i64) -> Result<(), VaultError> {
    if conn.execute("DELETE FROM courses WHERE id = ?1", [id])? == 0 {
        return Err(VaultError::ClientMissing);
    }
    Ok(())
}

const COLUMNS: &str =
    "id, title, plan, held_on, place, participants, languages, days, created_at, updated_at";

/// A row as stored: id, title, plan, held_on, place, participants, languages, days, created,
/// updated.
type Raw = (
    i64,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<u32>,
    String,
    String,
    String,
    String,
);

fn from_row(r: &Row<'_>) -> rusqlite::Result<Raw> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
    ))
}

fn decode(raw: Raw) -> Result<CourseRecord, VaultError> {
    let (id, title, plan, held_on, place, participants, languages, days, created_at, updated_at) =
        raw;
    let days = crate::stored::decode_days(&days)?;
    Ok(CourseRecord {
        id,
        course: Course {
            title,
            plan,
            facts: CourseFacts {
                held_on: held_on.and_then(|d| d.parse().ok()),
                place,
                participants,
                languages: languages
                    .split(',')
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
            },
            days,
        },
        created_at,
        updated_at,
    })
}

pub fn get_course(conn: &Connection, id: i64) -> Result<CourseRecord, VaultError> {
    let raw = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM courses WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or(VaultError::ClientMissing)?;
    decode(raw)
}

/// Every course, the most recently changed first.
pub fn courses(conn: &Connection) -> Result<Vec<CourseRecord>, VaultError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM courses ORDER BY updated_at DESC, id DESC"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(decode(row?)?);
    }
    Ok(out)
}
