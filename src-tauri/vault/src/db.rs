//! The SQLCipher database: keyed with a raw sub-key of the data key, hardened pragmas, and
//! numbered migrations. A database written by a newer schema is refused and left untouched.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};
use zeroize::Zeroizing;

use crate::VaultError;

/// Database page size, for the vault and for the benchmark's plain yardstick alike.
const PAGE_SIZE: u32 = 16 * 1024;

/// The schema, one migration per released change. Never edit a released entry: add one.
const MIGRATIONS: &[&str] = &[
    // 1: the foundation: settings, pseudonymous clients, sessions, encrypted blobs.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
     CREATE TABLE clients (
         id INTEGER PRIMARY KEY,
         code TEXT NOT NULL UNIQUE,
         created_at TEXT NOT NULL
     ) STRICT;
     CREATE TABLE sessions (
         id INTEGER PRIMARY KEY,
         client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
         started_at TEXT NOT NULL,
         summary TEXT NOT NULL DEFAULT '',
         notes TEXT NOT NULL DEFAULT '',
         follow_up TEXT
     ) STRICT;
     CREATE INDEX sessions_by_client ON sessions(client_id, started_at);
     CREATE TABLE blobs (
         id INTEGER PRIMARY KEY,
         client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
         bytes BLOB NOT NULL
     ) STRICT;",
    // 2: client files (optional facts, consent, review), session details, next steps, and a
    // full-text index inside the encrypted database. Index rows have computed rowids (sessions
    // 2·id and 2·id+1, clients −2·id and −2·id−1) so updates touch only their own rows.
    "ALTER TABLE clients ADD COLUMN languages TEXT NOT NULL DEFAULT '';
     ALTER TABLE clients ADD COLUMN preferred_language TEXT;
     ALTER TABLE clients ADD COLUMN country_of_origin TEXT;
     ALTER TABLE clients ADD COLUMN arrival_year INTEGER;
     ALTER TABLE clients ADD COLUMN adults INTEGER;
     ALTER TABLE clients ADD COLUMN children INTEGER;
     ALTER TABLE clients ADD COLUMN children_at_school INTEGER;
     ALTER TABLE clients ADD COLUMN residence TEXT;
     ALTER TABLE clients ADD COLUMN health_concerns INTEGER;
     ALTER TABLE clients ADD COLUMN notes TEXT NOT NULL DEFAULT '';
     ALTER TABLE clients ADD COLUMN consent_given_on TEXT;
     ALTER TABLE clients ADD COLUMN consent_explained TEXT;
     ALTER TABLE clients ADD COLUMN consent_language TEXT;
     ALTER TABLE clients ADD COLUMN review_on TEXT;
     ALTER TABLE sessions ADD COLUMN duration_minutes INTEGER;
     ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'individual';
     ALTER TABLE sessions ADD COLUMN pathways TEXT NOT NULL DEFAULT '';
     CREATE TABLE next_steps (
         id INTEGER PRIMARY KEY,
         session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
         text TEXT NOT NULL,
         done INTEGER NOT NULL DEFAULT 0
     ) STRICT;
     CREATE INDEX next_steps_by_session ON next_steps(session_id);
     CREATE VIRTUAL TABLE search_index USING fts5(
         text, client_id UNINDEXED, session_id UNINDEXED, field UNINDEXED,
         tokenize = 'unicode61 remove_diacritics 2'
     );
     INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
     CREATE TRIGGER clients_index_insert AFTER INSERT ON clients BEGIN
         INSERT INTO search_index(rowid, text, client_id, session_id, field)
         VALUES (-2 * new.id, new.code, new.id, NULL, 'code'),
                (-2 * new.id - 1, new.notes, new.id, NULL, 'client_notes');
     END;
     CREATE TRIGGER clients_index_update AFTER UPDATE OF code, notes ON clients BEGIN
         DELETE FROM search_index WHERE rowid IN (-2 * old.id, -2 * old.id - 1);
         INSERT INTO search_index(rowid, text, client_id, session_id, field)
         VALUES (-2 * new.id, new.code, new.id, NULL, 'code'),
                (-2 * new.id - 1, new.notes, new.id, NULL, 'client_notes');
     END;
     CREATE TRIGGER clients_index_delete AFTER DELETE ON clients BEGIN
         DELETE FROM search_index WHERE rowid IN (-2 * old.id, -2 * old.id - 1);
     END;
     CREATE TRIGGER sessions_index_insert AFTER INSERT ON sessions BEGIN
         INSERT INTO search_index(rowid, text, client_id, session_id, field)
         VALUES (2 * new.id, new.summary, new.client_id, new.id, 'summary'),
                (2 * new.id + 1, new.notes, new.client_id, new.id, 'notes');
     END;
     CREATE TRIGGER sessions_index_update AFTER UPDATE OF summary, notes ON sessions BEGIN
         DELETE FROM search_index WHERE rowid IN (2 * old.id, 2 * old.id + 1);
         INSERT INTO search_index(rowid, text, client_id, session_id, field)
         VALUES (2 * new.id, new.summary, new.client_id, new.id, 'summary'),
                (2 * new.id + 1, new.notes, new.client_id, new.id, 'notes');
     END;
     CREATE TRIGGER sessions_index_delete AFTER DELETE ON sessions BEGIN
         DELETE FROM search_index WHERE rowid IN (2 * old.id, 2 * old.id + 1);
     END;
     INSERT INTO search_index(rowid, text, client_id, session_id, field)
         SELECT -2 * id, code, id, NULL, 'code' FROM clients
         UNION ALL SELECT -2 * id - 1, notes, id, NULL, 'client_notes' FROM clients
         UNION ALL SELECT 2 * id, summary, client_id, id, 'summary' FROM sessions
         UNION ALL SELECT 2 * id + 1, notes, client_id, id, 'notes' FROM sessions;",
    // 3: exercise answers and the decision journal, per session. An answer is the JSON of
    // `avenir_core::content::Answer`; a session's answer to a field replaces that session's
    // earlier one, while earlier sessions' answers stay as the field's history. The UNIQUE
    // indexes serve the reads, which go from a client's sessions to their rows.
    "CREATE TABLE answers (
         id INTEGER PRIMARY KEY,
         session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
         exercise TEXT NOT NULL,
         field TEXT NOT NULL,
         value TEXT NOT NULL,
         saved_at TEXT NOT NULL,
         UNIQUE (session_id, exercise, field)
     ) STRICT;
     CREATE TABLE journal_entries (
         id INTEGER PRIMARY KEY,
         session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
         pathway TEXT NOT NULL CHECK (pathway IN ('legalise', 'onward', 'return', 'undocumented')),
         possible INTEGER CHECK (possible BETWEEN 0 AND 10),
         wanted INTEGER CHECK (wanted BETWEEN 0 AND 10),
         why TEXT NOT NULL DEFAULT '',
         saved_at TEXT NOT NULL,
         UNIQUE (session_id, pathway)
     ) STRICT;",
    // 4: the photo album. Photos are stored re-encoded (no metadata), with the thumbnail before
    // the image in the row so that listing thumbnails never walks the image's overflow pages.
    // A page holds 0–6 photos in order; deleting a photo removes it from every page.
    "CREATE TABLE photos (
         id INTEGER PRIMARY KEY,
         client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
         imported_at TEXT NOT NULL,
         width INTEGER NOT NULL,
         height INTEGER NOT NULL,
         thumb_width INTEGER NOT NULL,
         thumb_height INTEGER NOT NULL,
         thumb BLOB NOT NULL,
         image BLOB NOT NULL
     ) STRICT;
     CREATE INDEX photos_by_client ON photos(client_id);
     CREATE TABLE album_pages (
         id INTEGER PRIMARY KEY,
         client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
         position INTEGER NOT NULL,
         category TEXT NOT NULL,
         caption TEXT NOT NULL DEFAULT '',
         message_from TEXT,
         message_text TEXT,
         created_at TEXT NOT NULL
     ) STRICT;
     CREATE INDEX album_pages_by_client ON album_pages(client_id, position);
     CREATE TABLE album_page_photos (
         page_id INTEGER NOT NULL REFERENCES album_pages(id) ON DELETE CASCADE,
         photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
         position INTEGER NOT NULL,
         PRIMARY KEY (page_id, photo_id)
     ) STRICT;
     CREATE INDEX album_page_photos_by_photo ON album_page_photos(photo_id);",
    // 5: group courses: a facilitator's copy of a plan with anonymous facts only (date, place
    // label, number of participants, languages). `days` is the JSON of the course's days.
    "CREATE TABLE courses (
         id INTEGER PRIMARY KEY,
         title TEXT NOT NULL,
         plan TEXT,
         held_on TEXT,
         place TEXT NOT NULL DEFAULT '',
         participants INTEGER,
         languages TEXT NOT NULL DEFAULT '',
         days TEXT NOT NULL,
         created_at TEXT NOT NULL,
         updated_at TEXT NOT NULL
     ) STRICT;",
    // 6: a client can be in several residence situations at once: one row per situation (its
    // `avenir_core::client::Residence` code). Every situation of the single-valued column is
    // copied over, then the column is emptied so that a situation removed later cannot linger
    // in it (the column stays, unused: dropping it would rewrite the whole table).
    "CREATE TABLE client_residences (
         client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
         residence TEXT NOT NULL,
         PRIMARY KEY (client_id, residence)
     ) STRICT, WITHOUT ROWID;
     INSERT INTO client_residences (client_id, residence)
         SELECT id, residence FROM clients WHERE residence IS NOT NULL;
     UPDATE clients SET residence = NULL WHERE residence IS NOT NULL;",
    // 7: handover. Every row that can travel to a colleague's vault gets a random 128-bit `uid`
    // (hex), so that rows made on two devices never collide: a case file refers to rows by uid,
    // and the receiver gives them local integer ids. Rows inserted without a uid get one from a
    // trigger. The handover identity (age X25519 secret and Ed25519 seed), the contacts whose
    // fingerprints the counsellor confirmed, the marks of clients handed over, and of clients received
    // (with the receipt code to read back to the sender) live here too.
    "ALTER TABLE clients ADD COLUMN uid TEXT;
     ALTER TABLE sessions ADD COLUMN uid TEXT;
     ALTER TABLE next_steps ADD COLUMN uid TEXT;
     ALTER TABLE answers ADD COLUMN uid TEXT;
     ALTER TABLE journal_entries ADD COLUMN uid TEXT;
     ALTER TABLE photos ADD COLUMN uid TEXT;
     ALTER TABLE album_pages ADD COLUMN uid TEXT;
     ALTER TABLE blobs ADD COLUMN uid TEXT;
     UPDATE clients SET uid = lower(hex(randomblob(16)));
     UPDATE sessions SET uid = lower(hex(randomblob(16)));
     UPDATE next_steps SET uid = lower(hex(randomblob(16)));
     UPDATE answers SET uid = lower(hex(randomblob(16)));
     UPDATE journal_entries SET uid = lower(hex(randomblob(16)));
     UPDATE photos SET uid = lower(hex(randomblob(16)));
     UPDATE album_pages SET uid = lower(hex(randomblob(16)));
     UPDATE blobs SET uid = lower(hex(randomblob(16)));
     CREATE UNIQUE INDEX clients_by_uid ON clients(uid);
     CREATE UNIQUE INDEX sessions_by_uid ON sessions(uid);
     CREATE UNIQUE INDEX next_steps_by_uid ON next_steps(uid);
     CREATE UNIQUE INDEX answers_by_uid ON answers(uid);
     CREATE UNIQUE INDEX journal_entries_by_uid ON journal_entries(uid);
     CREATE UNIQUE INDEX photos_by_uid ON photos(uid);
     CREATE UNIQUE INDEX album_pages_by_uid ON album_pages(uid);
     CREATE UNIQUE INDEX blobs_by_uid ON blobs(uid);
     CREATE TRIGGER clients_uid AFTER INSERT ON clients WHEN new.uid IS NULL BEGIN
         UPDATE clients SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER sessions_uid AFTER INSERT ON sessions WHEN new.uid IS NULL BEGIN
         UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER next_steps_uid AFTER INSERT ON next_steps WHEN new.uid IS NULL BEGIN
         UPDATE next_steps SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER answers_uid AFTER INSERT ON answers WHEN new.uid IS NULL BEGIN
         UPDATE answers SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER journal_entries_uid AFTER INSERT ON journal_entries WHEN new.uid IS NULL BEGIN
         UPDATE journal_entries SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER photos_uid AFTER INSERT ON photos WHEN new.uid IS NULL BEGIN
         UPDATE photos SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER album_pages_uid AFTER INSERT ON album_pages WHEN new.uid IS NULL BEGIN
         UPDATE album_pages SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TRIGGER blobs_uid AFTER INSERT ON blobs WHEN new.uid IS NULL BEGIN
         UPDATE blobs SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
     END;
     CREATE TABLE handover_identity (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         age_identity TEXT NOT NULL,
         signing_seed BLOB NOT NULL,
         created_at TEXT NOT NULL
     ) STRICT;
     CREATE TABLE handover_contacts (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         handover_id TEXT NOT NULL UNIQUE,
         added_at TEXT NOT NULL
     ) STRICT;
     CREATE TABLE handovers (
         client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
         mode TEXT NOT NULL CHECK (mode IN ('copy', 'transfer')),
         contact TEXT NOT NULL,
         created_at TEXT NOT NULL,
         receipt TEXT NOT NULL
     ) STRICT;
     CREATE TABLE handovers_received (
         client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
         mode TEXT NOT NULL CHECK (mode IN ('copy', 'transfer')),
         sender TEXT NOT NULL,
         received_at TEXT NOT NULL,
         receipt TEXT NOT NULL
     ) STRICT;",
    // 8: the referral directory: places, not people (no client data). `key` (the folded name and
    // town) makes a place unique; `search` (folded texts) and the `,a,b,` lists serve filters.
    "CREATE TABLE directory (
         id INTEGER PRIMARY KEY,
         key TEXT NOT NULL UNIQUE,
         name TEXT NOT NULL,
         kind TEXT NOT NULL,
         pathways TEXT NOT NULL DEFAULT '',
         languages TEXT NOT NULL DEFAULT '',
         languages_folded TEXT NOT NULL DEFAULT '',
         town TEXT NOT NULL DEFAULT '',
         town_folded TEXT NOT NULL DEFAULT '',
         address TEXT NOT NULL DEFAULT '',
         hours TEXT NOT NULL DEFAULT '',
         phone TEXT NOT NULL DEFAULT '',
         anonymous INTEGER NOT NULL DEFAULT 0,
         bring TEXT NOT NULL DEFAULT '',
         note TEXT NOT NULL DEFAULT '',
         checked_on TEXT,
         search TEXT NOT NULL DEFAULT ''
     ) STRICT;",
    // 9: the person's own decision, when they said one in a session: a pathway, or 'open'
    // (weighing again). The latest one up to a session decides what that session may offer.
    "ALTER TABLE sessions ADD COLUMN decision TEXT
         CHECK (decision IN ('legalise', 'onward', 'return', 'undocumented', 'open'));",
];

pub(crate) fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Opens (or, with `create`, creates) the database at `path` with `key`, checks that it
/// decrypts, applies the pragmas and brings the schema up to date.
pub(crate) fn open(path: &Path, key: &[u8; 32], create: bool) -> Result<Connection, VaultError> {
    if !create && !path.is_file() {
        return Err(VaultError::damaged("the database file is missing"));
    }
    // SQLite treats an empty file as a new database: for a vault that must hold data, that
    // would be silent loss.
    if !create && path.metadata().map(|m| m.len()).unwrap_or(0) == 0 {
        return Err(VaultError::damaged("the database file is empty"));
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
        // Owner only; SQLite gives its -wal and -shm files the database file's mode.
        crate::profile::create_private_empty(path).map_err(|source| VaultError::Write {
            path: path.to_owned(),
            source,
        })?;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    key_connection(&conn, key)?;
    prepare(conn, create)
}

/// Opens (or creates) the database at `path` with `key` and the format settings only: no
/// pragmas of use, no migrations. For backup snapshots and test restores, which must see the
/// file exactly as it is.
pub(crate) fn open_keyed(
    path: &Path,
    key: &[u8; 32],
    create: bool,
) -> Result<Connection, VaultError> {
    if !create && path.metadata().map(|m| m.len()).unwrap_or(0) == 0 {
        return Err(VaultError::damaged("the database file is missing or empty"));
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
        // Owner only; SQLite gives its -wal and -shm files the database file's mode.
        crate::profile::create_private_empty(path).map_err(|source| VaultError::Write {
            path: path.to_owned(),
            source,
        })?;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    key_connection(&conn, key)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| VaultError::damaged(format!("the database does not decrypt: {e}")))?;
    Ok(conn)
}

/// Opens the database at `path` read-only with `key`: no pragma that writes, no migration, no
/// checkpoint (a read-only connection never writes the log back). For `verify`.
pub(crate) fn open_read_only(path: &Path, key: &[u8; 32]) -> Result<Connection, VaultError> {
    if path.metadata().map(|m| m.len()).unwrap_or(0) == 0 {
        return Err(VaultError::damaged("the database file is missing or empty"));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    key_connection(&conn, key)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| VaultError::damaged(format!("the database does not decrypt: {e}")))?;
    let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > schema_version() {
        return Err(VaultError::Newer {
            found,
            known: schema_version(),
        });
    }
    if found == 0 {
        return Err(VaultError::damaged("the database holds no schema"));
    }
    Ok(conn)
}

fn key_connection(conn: &Connection, key: &[u8; 32]) -> Result<(), VaultError> {
    // SQLCipher wipes every buffer SQLite frees and locks its own in memory, so the key and
    // the pages it decrypted do not outlive their use (process-wide, and it cannot be switched
    // off again; its cost is `avenir-bench vault`'s `memory_security` figures).
    conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
    conn.execute_batch(&key_pragma(key))?;
    // Format settings, needed on every open (SQLCipher does not store them in the file):
    // 16 KiB pages halve the per-page cost for notes and photos, and HMAC-SHA256 runs on the
    // CPU's SHA extensions where SHA-512 cannot (measured: write throughput 0.46 → 0.89 of plain).
    conn.execute_batch(&format!(
        "PRAGMA cipher_page_size = {PAGE_SIZE}; PRAGMA cipher_hmac_algorithm = HMAC_SHA256;"
    ))?;
    Ok(())
}

const PRAGMA_HEAD: &str = "PRAGMA key = \"x'";
const PRAGMA_TAIL: &str = "'\";";
/// The statement's exact length: it is written into one buffer of this size, which never grows
/// (a growing string would leave copies of the key behind in the memory it gave up).
const PRAGMA_LEN: usize = PRAGMA_HEAD.len() + 64 + PRAGMA_TAIL.len();

/// `PRAGMA key = "x'…'";` with the raw key in hex, in one pre-sized buffer wiped on drop.
fn key_pragma(key: &[u8; 32]) -> Zeroizing<String> {
    let mut pragma = Zeroizing::new(String::with_capacity(PRAGMA_LEN));
    pragma.push_str(PRAGMA_HEAD);
    push_hex(&mut pragma, key);
    pragma.push_str(PRAGMA_TAIL);
    pragma
}

/// Appends `key` in lower-case hex to `out`, which the caller sized (and wipes).
pub(crate) fn push_hex(out: &mut String, key: &[u8; 32]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in key {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0x0f)]));
    }
}

/// The same database without a key: only for the benchmark's plain-SQLite yardstick (the
/// `yardstick` feature, which only `avenir-testkit` enables; the app never has it).
#[cfg(feature = "yardstick")]
pub fn open_unkeyed(path: &Path) -> Result<Connection, VaultError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch(&format!("PRAGMA page_size = {PAGE_SIZE};"))?;
    prepare(conn, true)
}

fn prepare(mut conn: Connection, fresh: bool) -> Result<Connection, VaultError> {
    // The first read proves the key and the file: SQLCipher checks every page's HMAC.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| VaultError::damaged(format!("the database does not decrypt: {e}")))?;
    let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > schema_version() {
        return Err(VaultError::Newer {
            found,
            known: schema_version(),
        });
    }
    if found == 0 && !fresh {
        return Err(VaultError::damaged("the database holds no schema"));
    }
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
    conn.execute_batch(
        "PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA foreign_keys = ON;
         PRAGMA synchronous = FULL;",
    )?;
    let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
    migrations.to_latest(&mut conn).map_err(|e| {
        VaultError::damaged(format!("the schema could not be brought up to date: {e}"))
    })?;
    Ok(conn)
}

/// What the routine test restore after each backup runs: SQLCipher's HMAC check of every page
/// of the file (free ones too), then SQLite's quick structural check of every ordinary table —
/// every page of every table and index and every overflow chain, the search index's own
/// tables included. Left out, on purpose: the search index's row-by-row self-check (a derived
/// index, which a restore copies as it is), which with memory security on cost more than the
/// whole backup (an allocation, so an `mlock` and a `munlock`, per session), and the count of
/// pages no table uses, which `integrity_problems` keeps for restores and `backup-verify`.
pub(crate) fn quick_problems(conn: &Connection) -> Result<Vec<String>, VaultError> {
    let mut problems = cipher_problems(conn)?;
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' \
             AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for table in tables {
        let quoted = table.replace('"', "\"\"");
        let ok: String = conn.query_row(&format!("PRAGMA quick_check(\"{quoted}\")"), [], |r| {
            r.get(0)
        })?;
        if ok != "ok" {
            problems.push(format!("{table}: {ok}"));
        }
    }
    Ok(problems)
}

/// SQLCipher's HMAC check of every page of the file; empty means every page authenticates.
fn cipher_problems(conn: &Connection) -> Result<Vec<String>, VaultError> {
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// SQLCipher's page-by-page HMAC check and SQLite's structural check; empty means sound.
pub(crate) fn integrity_problems(conn: &Connection) -> Result<Vec<String>, VaultError> {
    let mut problems = cipher_problems(conn)?;
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if ok != "ok" {
        problems.push(ok);
    }
    Ok(problems)
}

#[cfg(test)]
mod tests;
