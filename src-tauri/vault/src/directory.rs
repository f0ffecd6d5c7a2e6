//! The referral directory's rows: places with what a search filters on stored beside them (the
//! folded name and town as the key, folded texts, `,a,b,` lists of pathways and languages).

use avenir_core::directory::{ImportPlan, Service, ServiceFilter, ServiceKind, fold};
use avenir_core::session::Pathway;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::VaultError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceRecord {
    pub id: i64,
    pub service: Service,
}

const COLUMNS: &str = "id, name, kind, pathways, languages, town, address, hours, phone, anonymous, bring, note, checked_on";

fn list_of(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        String::new()
    } else {
        format!(",{},", items.join(","))
    }
}

fn from_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').filter(|x| !x.is_empty())
}

fn record(r: &Row<'_>) -> rusqlite::Result<Result<ServiceRecord, VaultError>> {
    let kind: String = r.get(2)?;
    let pathways: String = r.get(3)?;
    let languages: String = r.get(4)?;
    let checked_on: Option<String> = r.get(12)?;
    let Some(kind) = ServiceKind::parse(&kind) else {
        return Ok(Err(VaultError::damaged(
            "a directory entry's kind is not a known one",
        )));
    };
    let Some(pathways) = from_list(&pathways)
        .map(Pathway::parse)
        .collect::<Option<Vec<_>>>()
    else {
        return Ok(Err(VaultError::damaged(
            "a directory entry's pathway is not a known one",
        )));
    };
    Ok(Ok(ServiceRecord {
        id: r.get(0)?,
        service: Service {
            name: r.get(1)?,
            kind,
            pathways,
            languages: from_list(&languages).map(str::to_owned).collect(),
            town: r.get(5)?,
            address: r.get(6)?,
            hours: r.get(7)?,
            phone: r.get(8)?,
            anonymous: r.get::<_, i64>(9)? != 0,
            bring: r.get(10)?,
            note: r.get(11)?,
            checked_on: checked_on.and_then(|d| d.parse().ok()),
        },
    }))
}

fn key(s: &Service) -> String {
    let (name, town) = s.key();
    format!("{name}\n{town}")
}

fn taken(e: rusqlite::Error) -> VaultError {
    match &e {
        rusqlite::Error::SqliteFailure(f, Some(msg))
            if f.code == rusqlite::ErrorCode::ConstraintViolation
                && msg.contains("directory.key") =>
        {
            VaultError::ServiceTaken
        }
        _ => VaultError::Database(e),
    }
}

/// `%` and `_` taken literally in a LIKE pattern (escape character `\`).
fn like_literal(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// The entries `filter` lets through, by name (at most `limit`).
pub fn search(
    conn: &Connection,
    filter: &ServiceFilter,
    limit: usize,
) -> Result<Vec<ServiceRecord>, VaultError> {
    // The LIKE patterns are made here, once: built in SQL they would be built again for every
    // row, and with SQLCipher's memory security every string SQLite allocates costs two system
    // calls (a search by language took 55 ms over 5,000 entries that way).
    let some = |s: String| (!s.is_empty()).then_some(s);
    let text = some(like_literal(&fold(filter.text.trim()))).map(|t| format!("%{t}%"));
    let language = filter
        .language
        .as_deref()
        .and_then(|l| some(like_literal(&l.trim().to_lowercase())));
    let town = filter
        .town
        .as_deref()
        .and_then(|t| some(like_literal(&fold(t.trim()))))
        .map(|t| format!("{t}%"));
    // Ids first, sorted by name: the sort then carries three short values per row instead of
    // whole rows (listing 5,000 entries sorted whole rows: about 100 ms); the page's rows after.
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM directory
          WHERE (?1 IS NULL OR search LIKE ?1 ESCAPE '\\')
            AND (?2 IS NULL OR pathways LIKE ?2)
            AND (?3 IS NULL OR kind = ?3)
            AND (?4 IS NULL OR languages_folded LIKE ?4 ESCAPE '\\'
                            OR languages_folded LIKE ?5 ESCAPE '\\')
            AND (?6 IS NULL OR town_folded LIKE ?6 ESCAPE '\\')
            AND (?7 = 0 OR anonymous = 1)
          ORDER BY name COLLATE NOCASE, town COLLATE NOCASE
          LIMIT ?8",
    )?;
    let ids = stmt
        .query_map(
            params![
                text,
                filter.pathway.map(|p| format!("%,{},%", p.as_str())),
                filter.kind.map(ServiceKind::as_str),
                language.as_ref().map(|l| format!("%,{l},%")),
                language.as_ref().map(|l| format!("%,{l}-%")),
                town,
                filter.anonymous_only,
                i64::try_from(limit).unwrap_or(i64::MAX),
            ],
            |r| r.get::<_, i64>(0),
        )?
        .collect::<Result<Vec<_>, _>>()?;
    let mut row = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM directory WHERE id = ?1"))?;
    ids.into_iter()
        .map(|id| row.query_row([id], record)?)
        .collect()
}

pub fn all(conn: &Connection) -> Result<Vec<ServiceRecord>, VaultError> {
    search(conn, &ServiceFilter::default(), usize::MAX)
}

pub fn get(conn: &Connection, id: i64) -> Result<ServiceRecord, VaultError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM directory WHERE id = ?1"),
        [id],
        record,
    )
    .optional()?
    .ok_or(VaultError::ServiceMissing)?
}

fn write(conn: &Connection, id: Option<i64>, s: &Service) -> Result<i64, VaultError> {
    let values = params![
        key(s),
        s.name,
        s.kind.as_str(),
        list_of(s.pathways.iter().map(|p| p.as_str().to_owned())),
        list_of(s.languages.iter().cloned()),
        list_of(s.languages.iter().map(|l| l.to_lowercase())),
        s.town,
        fold(&s.town),
        s.address,
        s.hours,
        s.phone,
        s.anonymous,
        s.bring,
        s.note,
        s.checked_on.map(|d| d.to_string()),
        s.search_text(),
        id,
    ];
    match id {
        None => {
            conn.prepare_cached(
                "INSERT INTO directory (key, name, kind, pathways, languages, languages_folded, town,
                     town_folded, address, hours, phone, anonymous, bring, note, checked_on, search, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            )?
            .execute(values)
            .map_err(taken)?;
            Ok(conn.last_insert_rowid())
        }
        Some(id) => {
            let n = conn
                .prepare_cached(
                    "UPDATE directory SET key = ?1, name = ?2, kind = ?3, pathways = ?4, languages = ?5,
                         languages_folded = ?6, town = ?7, town_folded = ?8, address = ?9, hours = ?10,
                         phone = ?11, anonymous = ?12, bring = ?13, note = ?14, checked_on = ?15,
                         search = ?16
                     WHERE id = ?17",
                )?
                .execute(values)
                .map_err(taken)?;
            if n == 0 {
                return Err(VaultError::ServiceMissing);
            }
            Ok(id)
        }
    }
}

/// Adds a checked entry (`Service::validated`); a place with the same name and town is refused.
pub fn add(conn: &Connection, s: &Service) -> Result<i64, VaultError> {
    write(conn, None, s)
}

pub fn update(conn: &Connection, id: i64, s: &Service) -> Result<(), VaultError> {
    write(conn, Some(id), s).map(|_| ())
}

pub fn delete(conn: &Connection, id: i64) -> Result<(), VaultError> {
    if conn.execute("DELETE FROM directory WHERE id = ?1", [id])? == 0 {
        return Err(VaultError::ServiceMissing);
    }
    Ok(())
}

/// Writes an import plan's additions and changes in one transaction.
pub fn apply(conn: &Connection, plan: &ImportPlan<i64>) -> Result<(), VaultError> {
    let tx = conn.unchecked_transaction()?;
    for s in &plan.added {
        write(conn, None, s)?;
    }
    for (id, s) in &plan.changed {
        write(conn, Some(*id), s)?;
    }
    tx.commit()?;
    Ok(())
}

pub fn count(conn: &Connection) -> Result<u64, VaultError> {
    let n: i64 = conn.query_row("SELECT count(*) FROM directory", [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

#[cfg(test)]
mod tests;
