//! Exercise answers and the decision journal on a real encrypted vault.

use avenir_core::content::{Answer, Cell, MatrixCell};
use avenir_core::journal::JournalInput;
use avenir_core::session::{Pathway, SessionKind};
use avenir_vault::clients as repo;
use avenir_vault::worksheets as ws;
use avenir_vault::{SessionInput, Vault, VaultError};

use super::{add_client as client, test_vault as vault};

fn session(v: &Vault, client: i64, at: &str) -> i64 {
    repo::create_session(
        v.conn(),
        client,
        &SessionInput {
            started_at: at.into(),
            duration_minutes: None,
            kind: SessionKind::Individual,
            pathways: Vec::new(),
            summary: String::new(),
            private_notes: String::new(),
            follow_up: None,
        },
    )
    .unwrap()
}

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

#[test]
fn a_sessions_answer_replaces_its_own_earlier_one_and_earlier_sessions_stay_as_history() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    // Created out of order: history follows the sessions' dates, not the order of saving.
    let march = session(&v, c, "2026-03-01T09:00:00Z");
    let feb = session(&v, c, "2026-02-01T09:00:00Z");
    let conn = v.conn();
    ws::save_answer(conn, march, "lifeline", "strength", &text("draft"), "t1").unwrap();
    ws::save_answer(
        conn,
        march,
        "lifeline",
        "strength",
        &text("my sister"),
        "t2",
    )
    .unwrap();
    ws::save_answer(conn, feb, "lifeline", "strength", &text("أختي"), "t0").unwrap();
    ws::save_answer(conn, feb, "basic-needs", "today", &text("other"), "t0").unwrap();

    let rows = ws::answers_of(conn, c, Some("lifeline")).unwrap();
    let seen: Vec<(i64, &Answer, &str)> = rows
        .iter()
        .map(|r| (r.session_id, &r.answer, r.saved_at.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (feb, &text("أختي"), "t0"),
            (march, &text("my sister"), "t2")
        ]
    );
    assert_eq!(rows[1].started_at, "2026-03-01T09:00:00Z");
    assert_eq!(ws::answers_of(conn, c, None).unwrap().len(), 3);

    let activity = ws::exercise_activity(conn, c).unwrap();
    assert_eq!(activity[0].exercise, "lifeline");
    assert_eq!(activity[0].sessions, 2);
    assert_eq!(activity[0].last_started_at, "2026-03-01T09:00:00Z");
    assert_eq!(activity[1].exercise, "basic-needs");

    assert!(matches!(
        ws::save_answer(conn, 9999, "lifeline", "strength", &text("x"), "t"),
        Err(VaultError::ClientMissing)
    ));
}

#[test]
fn the_journal_keeps_one_entry_per_session_and_pathway_and_an_empty_one_removes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    let s1 = session(&v, c, "2026-02-01T09:00:00Z");
    let s2 = session(&v, c, "2026-03-01T09:00:00Z");
    let conn = v.conn();
    let entry = |p: Pathway, possible: Option<u8>, wanted: Option<u8>, why: &str| JournalInput {
        pathway: p,
        possible,
        wanted,
        why: why.into(),
    };
    ws::save_journal_entry(
        conn,
        s2,
        &entry(Pathway::Return, Some(4), Some(2), "my children"),
        "t",
    )
    .unwrap();
    ws::save_journal_entry(conn, s1, &entry(Pathway::Return, Some(2), Some(1), ""), "t").unwrap();
    ws::save_journal_entry(
        conn,
        s1,
        &entry(Pathway::Legalise, Some(3), Some(9), "papers"),
        "t",
    )
    .unwrap();
    ws::save_journal_entry(
        conn,
        s1,
        &entry(Pathway::Legalise, Some(2), Some(9), "papers?"),
        "t",
    )
    .unwrap();
    ws::save_journal_entry(conn, s2, &entry(Pathway::Onward, Some(1), None, ""), "t").unwrap();
    ws::save_journal_entry(conn, s2, &entry(Pathway::Onward, None, None, " "), "t").unwrap();

    let journal = ws::journal_of(conn, c).unwrap();
    let seen: Vec<(i64, Pathway, Option<u8>, &str)> = journal
        .iter()
        .map(|r| {
            (
                r.session_id,
                r.entry.pathway,
                r.entry.possible,
                r.entry.why.as_str(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (s1, Pathway::Legalise, Some(2), "papers?"),
            (s1, Pathway::Return, Some(2), ""),
            (s2, Pathway::Return, Some(4), "my children"),
        ]
    );
}

#[test]
fn deleting_a_client_erases_their_answers_and_journal_from_the_decrypted_database() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    let keep = client(&v, "B2-NOOR");
    let marker = "ANSWER-MARKER-5521";
    let s = session(&v, c, "2026-02-01T09:00:00Z");
    let other = session(&v, keep, "2026-02-01T09:00:00Z");
    let conn = v.conn();
    let cell = Answer::Matrix(vec![MatrixCell {
        row: "home".into(),
        column: "there".into(),
        value: Cell::Text(format!("{marker} matrix")),
    }]);
    ws::save_answer(conn, s, "return-to", "situation", &cell, "t").unwrap();
    ws::save_answer(conn, s, "lifeline", "strength", &text(marker), "t").unwrap();
    ws::save_answer(conn, other, "lifeline", "strength", &text("kept"), "t").unwrap();
    ws::save_journal_entry(
        conn,
        s,
        &JournalInput {
            pathway: Pathway::Return,
            possible: Some(3),
            wanted: Some(3),
            why: format!("{marker} why"),
        },
        "t",
    )
    .unwrap();
    assert!(
        avenir_testkit::scan::decrypted_cells(conn)
            .unwrap()
            .contains(marker)
    );
    repo::delete_client(conn, c).unwrap();
    assert!(
        !avenir_testkit::scan::decrypted_cells(conn)
            .unwrap()
            .contains(marker),
        "an answer or journal entry survived its client"
    );
    assert_eq!(ws::answers_of(conn, keep, None).unwrap().len(), 1);
    drop(v);
    assert_eq!(
        avenir_testkit::scan::scan(tmp.path(), &[marker]),
        Vec::<String>::new()
    );
}

#[test]
fn a_stored_answer_that_no_longer_decodes_is_reported_as_damage_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = client(&v, "K7-MIRA");
    let s = session(&v, c, "2026-02-01T09:00:00Z");
    ws::save_answer(v.conn(), s, "lifeline", "strength", &text("x"), "t").unwrap();
    v.conn()
        .execute("UPDATE answers SET value = '{\"kind\":\"nonsense\"}'", [])
        .unwrap();
    assert!(matches!(
        ws::answers_of(v.conn(), c, None),
        Err(VaultError::Damaged(_))
    ));
    // The error (which is logged) never quotes the stored words.
    v.conn()
        .execute(
            "UPDATE answers SET value = '{\"kind\":\"scale\",\"value\":\"SECRET-WORDS\"}'",
            [],
        )
        .unwrap();
    let Err(VaultError::Damaged(what)) = ws::answers_of(v.conn(), c, None) else {
        panic!("a damaged answer must be reported");
    };
    assert!(!what.contains("SECRET-WORDS"), "{what}");
}
