//! One client's rows as a case file carries them: every travelling table's rows with their
//! columns by name, local integer ids replaced by the rows' `uid`s (references too), and BLOB
//! values moved out of the JSON into a list of byte strings. Reading them back gives the rows
//! new local ids in one transaction; the full-text index follows through its triggers.

use std::collections::{BTreeMap, HashMap};

use rusqlite::types::{ToSqlOutput, Value as Sql, ValueRef};
use rusqlite::{Connection, params_from_iter};
use serde_json::{Map, Value as Json};

use super::HandoverError;

/// A table whose rows travel with a client, in the order they are inserted on receipt (parents
/// first). `refs` names the columns that hold another travelling table's local id.
struct Table {
    name: &'static str,
    has_uid: bool,
    refs: &'static [(&'static str, &'static str)],
    select: &'static str,
}

const TABLES: &[Table] = &[
    Table {
        name: "clients",
        has_uid: true,
        refs: &[],
        select: "SELECT * FROM clients WHERE id = ?1",
    },
    Table {
        name: "client_residences",
        has_uid: false,
        refs: &[("client_id", "clients")],
        select: "SELECT * FROM client_residences WHERE client_id = ?1 ORDER BY residence",
    },
    Table {
        name: "sessions",
        has_uid: true,
        refs: &[("client_id", "clients")],
        select: "SELECT * FROM sessions WHERE client_id = ?1 ORDER BY id",
    },
    Table {
        name: "next_steps",
        has_uid: true,
        refs: &[("session_id", "sessions")],
        select: "SELECT * FROM next_steps WHERE session_id IN \
                 (SELECT id FROM sessions WHERE client_id = ?1) ORDER BY id",
    },
    Table {
        name: "answers",
        has_uid: true,
        refs: &[("session_id", "sessions")],
        select: "SELECT * FROM answers WHERE session_id IN \
                 (SELECT id FROM sessions WHERE client_id = ?1) ORDER BY id",
    },
    Table {
        name: "journal_entries",
        has_uid: true,
        refs: &[("session_id", "sessions")],
        select: "SELECT * FROM journal_entries WHERE session_id IN \
                 (SELECT id FROM sessions WHERE client_id = ?1) ORDER BY id",
    },
    Table {
        name: "photos",
        has_uid: true,
        refs: &[("client_id", "clients")],
        select: "SELECT * FROM photos WHERE client_id = ?1 ORDER BY id",
    },
    Table {
        name: "album_pages",
        has_uid: true,
        refs: &[("client_id", "clients")],
        select: "SELECT * FROM album_pages WHERE client_id = ?1 ORDER BY position, id",
    },
    Table {
        name: "album_page_photos",
        has_uid: false,
        refs: &[("page_id", "album_pages"), ("photo_id", "photos")],
        select: "SELECT * FROM album_page_photos WHERE page_id IN \
                 (SELECT id FROM album_pages WHERE client_id = ?1) ORDER BY page_id, position",
    },
    Table {
        name: "blobs",
        has_uid: true,
        refs: &[("client_id", "clients")],
        select: "SELECT * FROM blobs WHERE client_id = ?1 ORDER BY id",
    },
];

/// Rows by table name, and the BLOB values they point to (`{"blob": index}`).
#[derive(Debug, Default)]
pub(crate) struct Bundle {
    pub tables: BTreeMap<String, Vec<Map<String, Json>>>,
    pub blobs: Vec<Vec<u8>>,
}

impl Bundle {
    pub fn count(&self, table: &str) -> usize {
        self.tables.get(table).map_or(0, Vec::len)
    }

    /// The client row's value of `column`, as text.
    pub fn client_text(&self, column: &str) -> Option<&str> {
        self.tables.get("clients")?.first()?.get(column)?.as_str()
    }
}

fn damaged(what: &str) -> HandoverError {
    HandoverError::Damaged(what.to_owned())
}

/// Every row of the client `client_id`, ready to travel.
pub(crate) fn collect(conn: &Connection, client_id: i64) -> Result<Bundle, HandoverError> {
    let mut bundle = Bundle::default();
    let mut uids: HashMap<&str, HashMap<i64, String>> = HashMap::new();
    for table in TABLES {
        let mut stmt = conn.prepare(table.select)?;
        let columns: Vec<String> = stmt
            .column_names()
            .iter()
            .map(|c| (*c).to_owned())
            .collect();
        let mut rows = stmt.query([client_id])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut map = Map::new();
            let mut local_id = None;
            for (i, column) in columns.iter().enumerate() {
                let value: Sql = row.get(i)?;
                if column == "id" && table.has_uid {
                    if let Sql::Integer(id) = value {
                        local_id = Some(id);
                    }
                    continue;
                }
                let json = match table.refs.iter().find(|(c, _)| c == column) {
                    Some((_, parent)) => match value {
                        Sql::Integer(id) => Json::String(
                            uids.get(parent)
                                .and_then(|m| m.get(&id))
                                .ok_or_else(|| {
                                    damaged("a row refers to a row that does not travel")
                                })?
                                .clone(),
                        ),
                        _ => Json::Null,
                    },
                    None => match value {
                        Sql::Null => Json::Null,
                        Sql::Integer(n) => Json::from(n),
                        Sql::Real(x) => Json::from(x),
                        Sql::Text(s) => Json::String(s),
                        Sql::Blob(b) => {
                            bundle.blobs.push(b);
                            serde_json::json!({ "blob": bundle.blobs.len() - 1 })
                        }
                    },
                };
                map.insert(column.clone(), json);
            }
            if table.has_uid {
                let uid = map
                    .get("uid")
                    .and_then(Json::as_str)
                    .ok_or_else(|| damaged("a travelling row has no uid"))?
                    .to_owned();
                let id = local_id.ok_or_else(|| damaged("a travelling row has no id"))?;
                uids.entry(table.name).or_default().insert(id, uid);
            }
            out.push(map);
        }
        bundle.tables.insert(table.name.to_owned(), out);
    }
    Ok(bundle)
}

/// The receiver's columns of `table` (never `id`: local ids are given here).
fn columns_of(conn: &Connection, table: &str) -> Result<Vec<String>, HandoverError> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(names.into_iter().filter(|c| c != "id").collect())
}

/// Inserts the bundle's rows with new local ids, the client under `code`, in the caller's
/// transaction. Returns the client's new id.
pub(crate) fn insert(conn: &Connection, bundle: &Bundle, code: &str) -> Result<i64, HandoverError> {
    if let Some(unknown) = bundle
        .tables
        .keys()
        .find(|t| !TABLES.iter().any(|k| k.name == *t))
    {
        return Err(damaged(&format!("unknown table {unknown:?}")));
    }
    let mut ids: HashMap<&str, HashMap<String, i64>> = HashMap::new();
    for table in TABLES {
        let Some(rows) = bundle.tables.get(table.name) else {
            continue;
        };
        if table.name == "clients" && rows.len() != 1 {
            return Err(damaged("a case holds exactly one client"));
        }
        let known = columns_of(conn, table.name)?;
        for row in rows {
            let mut names = Vec::with_capacity(row.len());
            let mut values = Vec::with_capacity(row.len());
            for (column, json) in row {
                let Some(name) = known.iter().find(|k| *k == column) else {
                    return Err(damaged("a row has a column this vault does not know"));
                };
                let value = match table.refs.iter().find(|(c, _)| c == column) {
                    Some((_, parent)) => ToSqlOutput::Owned(match json {
                        Json::String(uid) => {
                            Sql::Integer(*ids.get(parent).and_then(|m| m.get(uid)).ok_or_else(
                                || damaged("a row refers to a row that is not in the case"),
                            )?)
                        }
                        Json::Null => Sql::Null,
                        _ => return Err(damaged("a reference is not a uid")),
                    }),
                    None if table.name == "clients" && column == "code" => {
                        ToSqlOutput::Borrowed(ValueRef::Text(code.as_bytes()))
                    }
                    None => to_sql(json, &bundle.blobs)?,
                };
                names.push(format!("\"{name}\""));
                values.push(value);
            }
            let marks = vec!["?"; values.len()].join(", ");
            let sql = format!(
                "INSERT INTO \"{}\" ({}) VALUES ({marks})",
                table.name,
                names.join(", ")
            );
            conn.prepare_cached(&sql)?
                .execute(params_from_iter(values))?;
            if table.has_uid {
                let uid = row
                    .get("uid")
                    .and_then(Json::as_str)
                    .ok_or_else(|| damaged("a travelling row has no uid"))?;
                ids.entry(table.name)
                    .or_default()
                    .insert(uid.to_owned(), conn.last_insert_rowid());
            }
        }
    }
    ids.get("clients")
        .and_then(|m| m.values().next().copied())
        .ok_or_else(|| damaged("the case holds no client"))
}

/// A plain JSON value as SQL; a BLOB is borrowed from the bundle, not copied.
fn to_sql<'a>(json: &'a Json, blobs: &'a [Vec<u8>]) -> Result<ToSqlOutput<'a>, HandoverError> {
    let owned = match json {
        Json::Null => Sql::Null,
        Json::Bool(b) => Sql::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(
                n.as_f64()
                    .ok_or_else(|| damaged("a number is out of range"))?,
            ),
        },
        Json::String(s) => return Ok(ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes()))),
        Json::Object(o) => {
            let index = o
                .get("blob")
                .and_then(Json::as_u64)
                .and_then(|i| usize::try_from(i).ok())
                .ok_or_else(|| damaged("a value is neither plain nor a blob"))?;
            let blob = blobs
                .get(index)
                .ok_or_else(|| damaged("a blob is missing"))?;
            return Ok(ToSqlOutput::Borrowed(ValueRef::Blob(blob)));
        }
        Json::Array(_) => return Err(damaged("a value is a list")),
    };
    Ok(ToSqlOutput::Owned(owned))
}
