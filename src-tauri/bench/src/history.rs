//! `history`: opening one client's full history — the file, 20 sessions with every
//! shipped exercise filled in at each, and the decision journal — in a vault that also holds
//! 200 other clients. Target: under 100 ms.

use std::time::Instant;

use avenir_api::core::client::ClientInput;
use avenir_api::core::journal::JournalInput;
use avenir_api::core::session::{Decision, Pathway, SessionKind};
use avenir_api::{Library, OpenVault, Secret, SessionInput};
use avenir_content::samples::answer_for;
use serde::Serialize;

use crate::{BenchError, stats};

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

/// One client with `SESSIONS` sessions, every exercise and the journal filled at each, stored
/// in one transaction through the same use cases the app calls.
fn fill(vault: &OpenVault, lib: &Library) -> Result<i64, BenchError> {
    Ok(vault.in_transaction(|vault| {
        let client = vault
            .create_client(ClientInput {
                code: "DEMO-HISTORY".into(),
                ..Default::default()
            })?
            .id;
        for s in 0..SESSIONS {
            let day = 1 + s % 28;
            let month = 1 + s / 28;
            let session = vault
                .create_session(
                    client,
                    SessionInput {
                        started_at: format!("2025-{month:02}-{day:02}T09:00:00Z"),
                        duration_minutes: Some(60),
                        kind: SessionKind::Individual,
                        pathways: Pathway::ALL.to_vec(),
                        summary: "Fictional demo session.".into(),
                        private_notes: "Fictional notes.".into(),
                        follow_up: None,
                    },
                )?
                .id;
            // The person said in the first session that they decided to return, so every
            // exercise — the reintegration plan too — has answers (the worst case for loading).
            if s == 0 {
                vault.set_session_decision(session, Some(Decision::Return))?;
            }
            for ex in &lib.exercises {
                for field in &ex.fields {
                    let answer = answer_for(field, s as usize);
                    vault.save_answer(lib, session, &ex.id, &field.id, answer)?;
                }
            }
            for (i, pathway) in Pathway::ALL.into_iter().enumerate() {
                let entry = JournalInput {
                    pathway,
                    possible: Some(((s as usize + i * 3) % 11) as u8),
                    wanted: Some(((s as usize * 2 + i) % 11) as u8),
                    why: "A fictional word of why.".into(),
                };
                vault.save_journal_entry(session, entry)?;
            }
        }
        Ok(client)
    })?)
}

/// What the app loads when a counsellor opens the client's file and their history, including
/// the JSON encoding of the answers that crosses to the UI.
fn open_history(vault: &OpenVault, client: i64) -> Result<(usize, usize), BenchError> {
    let overview = vault.overview(client)?;
    let answers = vault.answers(client, None)?;
    let journal = vault.decision_journal(client)?;
    let activity = vault.exercise_activity(client)?;
    let json = serde_json::to_string(&answers.iter().map(|a| &a.answer).collect::<Vec<_>>())
        .map_err(std::io::Error::other)?;
    std::hint::black_box((overview, activity, json));
    Ok((answers.len(), journal.len()))
}

pub fn run(rounds: usize) -> Result<HistoryReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("history");
    let lib = Library::shipped();
    let client = {
        let vault = crate::fresh_vault(&dir)?;
        vault.seed_demo(200, 5, false)?;
        fill(&vault, &lib)?
    };
    let vault = OpenVault::open(&dir, Secret::Passphrase(crate::PASS), crate::env())?;
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
        history_ms: round2(stats::median(&times)),
        history_first_ms: round2(first),
        sessions: SESSIONS,
        exercises: lib.exercises.len(),
        answers,
        journal_entries,
        rounds: times.len(),
    })
}
