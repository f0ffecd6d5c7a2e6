//! `bench history`: opening one client's full history — the file, 20 sessions with every
//! shipped exercise filled in at each, and the decision journal — in a vault that also holds
//! 200 other clients. Target: under 100 ms.

use std::time::Instant;

use avenir_content::Library;
use avenir_content::samples::answer_for;
use avenir_core::client::ClientInput;
use avenir_core::content::check_answer;
use avenir_core::journal::JournalInput;
use avenir_core::session::{Pathway, SessionKind};
use avenir_vault::clients as repo;
use avenir_vault::worksheets;
use avenir_vault::{KdfParams, RecoveryKey, SessionInput, Vault, VaultError};
use serde::Serialize;

use crate::{CliError, seed};

pub const SESSIONS: u32 = 20;

#[derive(Debug, Clone, Serialize)]
pub struct HistoryReport {
    /// Median time to load the whole history, after the vault is open.
    pub history_ms: f64,
    /// The first load after opening the vault (cold page cache of SQLCipher).
    pub history_first_ms: f64,
    pub sessions: u32,
    pub exercises: usize,
    pub answers: usize,
    pub journal_entries: usize,
    pub rounds: usize,
}

/// One client with `SESSIONS` sessions, every exercise and the journal filled at each.
fn fill(vault: &Vault, lib: &Library) -> Result<i64, CliError> {
    let conn = vault.conn();
    let tx = conn.unchecked_transaction().map_err(VaultError::from)?;
    let client = repo::create_client(
        conn,
        &ClientInput {
            code: "DEMO-HISTORY".into(),
            ..Default::default()
        },
        "2025-01-01T09:00:00Z",
    )?;
    for s in 0..SESSIONS {
        let day = 1 + s % 28;
        let month = 1 + s / 28;
        let session = repo::create_session(
            conn,
            client,
            &SessionInput {
                started_at: format!("2025-{month:02}-{day:02}T09:00:00Z"),
                duration_minutes: Some(60),
                kind: SessionKind::Individual,
                pathways: Pathway::ALL.to_vec(),
                summary: "Fictional demo session.".into(),
                private_notes: "Fictional notes.".into(),
                follow_up: None,
            },
        )?;
        for ex in &lib.exercises {
            for field in &ex.fields {
                let answer = check_answer(field, answer_for(field, s as usize))?;
                worksheets::save_answer(
                    conn,
                    session,
                    &ex.id,
                    &field.id,
                    &answer,
                    "2025-01-01T10:00:00Z",
                )?;
            }
        }
        for (i, pathway) in Pathway::ALL.into_iter().enumerate() {
            let entry = JournalInput {
                pathway,
                possible: Some(((s as usize + i * 3) % 11) as u8),
                wanted: Some(((s as usize * 2 + i) % 11) as u8),
                why: "A fictional word of why.".into(),
            };
            worksheets::save_journal_entry(conn, session, &entry, "2025-01-01T10:00:00Z")?;
        }
    }
    tx.commit().map_err(VaultError::from)?;
    Ok(client)
}

/// What the app loads when a counsellor opens the client's file and their history, including
/// the JSON encoding of the answers that crosses to the UI.
fn open_history(vault: &Vault, client: i64) -> Result<(usize, usize), CliError> {
    let conn = vault.conn();
    let file = repo::get_client(conn, client)?;
    let sessions = repo::sessions_of(conn, client)?;
    let steps = repo::open_steps(conn, client)?;
    let answers = worksheets::answers_of(conn, client, None)?;
    let journal = worksheets::journal_of(conn, client)?;
    let activity = worksheets::exercise_activity(conn, client)?;
    let json = serde_json::to_string(&answers.iter().map(|a| &a.answer).collect::<Vec<_>>())
        .map_err(std::io::Error::other)?;
    std::hint::black_box((file, sessions, steps, activity, json));
    Ok((answers.len(), journal.len()))
}

pub fn run(rounds: usize) -> Result<HistoryReport, CliError> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("history");
    let recovery = RecoveryKey::generate()?;
    let lib = Library::shipped();
    let client = {
        let vault = Vault::create_at(
            &dir,
            "Benchmark",
            super::vault::PASS,
            &recovery,
            KdfParams::FLOOR,
        )?;
        seed::seed(&vault, 200, 5)?;
        fill(&vault, &lib)?
    };
    let vault = Vault::open(&dir, avenir_vault::Secret::Passphrase(super::vault::PASS))?;
    let started = Instant::now();
    let (answers, journal_entries) = open_history(&vault, client)?;
    let first = started.elapsed().as_secs_f64() * 1000.0;
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds.max(1) {
        let started = Instant::now();
        open_history(&vault, client)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    Ok(HistoryReport {
        history_ms: round2(super::median(&times)),
        history_first_ms: round2(first),
        sessions: SESSIONS,
        exercises: lib.exercises.len(),
        answers,
        journal_entries,
        rounds: times.len(),
    })
}
