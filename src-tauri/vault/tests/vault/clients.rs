//! Client files, sessions, next steps and search on a real encrypted vault.

use avenir_core::client::{ClientInput, Consent, Residence};
use avenir_core::follow_up::ClientFilter;
use avenir_core::session::{Pathway, SessionKind};
use avenir_vault::clients::{self as repo};
use avenir_vault::{ClientSort, Secret, SessionInput, SessionText, Vault, VaultError};
use chrono::NaiveDate;

use super::{PASS, test_vault as vault};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn client(code: &str) -> ClientInput {
    ClientInput {
        code: code.into(),
        ..Default::default()
    }
}

fn session(at: &str, summary: &str, notes: &str, follow_up: Option<&str>) -> SessionInput {
    SessionInput {
        started_at: at.into(),
        duration_minutes: Some(60),
        kind: SessionKind::Individual,
        pathways: vec![Pathway::Return, Pathway::Legalise],
        summary: summary.into(),
        private_notes: notes.into(),
        follow_up: follow_up.map(d),
    }
}

#[test]
fn a_client_file_round_trips_with_every_optional_fact() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let input = ClientInput {
        languages: vec!["ar".into(), "fr".into()],
        preferred_language: Some("ar".into()),
        country_of_origin: Some("Maroc".into()),
        arrival_year: Some(2017),
        adults: Some(2),
        children: Some(3),
        children_at_school: Some(2),
        residences: vec![Residence::AsylumRefused, Residence::OrderToLeave],
        health_concerns: Some(true),
        notes: "ملاحظات مختلطة with English".into(),
        consent: Some(Consent {
            given_on: d("2026-01-10"),
            explained: "Notes kept, seen by me only".into(),
            language: "ar".into(),
        }),
        review_on: Some(d("2027-01-10")),
        ..client("K7-MIRA")
    };
    let id = repo::create_client(v.conn(), &input, "2026-01-10T09:00:00Z").unwrap();
    assert_eq!(repo::get_client(v.conn(), id).unwrap().input, input);
    let changed = ClientInput {
        code: "K7-MIRA-2".into(),
        health_concerns: None,
        consent: None,
        residences: vec![Residence::AppealPending],
        ..input
    };
    repo::update_client(v.conn(), id, &changed).unwrap();
    assert_eq!(repo::get_client(v.conn(), id).unwrap().input, changed);
    let none = ClientInput {
        residences: Vec::new(),
        ..changed
    };
    repo::update_client(v.conn(), id, &none).unwrap();
    assert_eq!(
        repo::get_client(v.conn(), id).unwrap().input,
        none,
        "a removed situation does not linger"
    );
    assert!(matches!(
        repo::get_client(v.conn(), id + 100),
        Err(VaultError::ClientMissing)
    ));
}

#[test]
fn codes_are_unique_whatever_the_case() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let a = repo::create_client(v.conn(), &client("Amal"), "t").unwrap();
    assert!(matches!(
        repo::create_client(v.conn(), &client("AMAL"), "t"),
        Err(VaultError::CodeTaken)
    ));
    let b = repo::create_client(v.conn(), &client("Bilal"), "t").unwrap();
    assert!(matches!(
        repo::update_client(v.conn(), b, &client("amal")),
        Err(VaultError::CodeTaken)
    ));
    repo::update_client(v.conn(), a, &client("amal")).unwrap();
    assert!(repo::code_taken(v.conn(), "AmAl").unwrap());
}

#[test]
fn sessions_autosave_next_steps_and_overview_order() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = repo::create_client(v.conn(), &client("C1"), "t").unwrap();
    let s1 = repo::create_session(
        v.conn(),
        c,
        &session("2026-01-05T09:00:00Z", "first", "", None),
    )
    .unwrap();
    let s2 = repo::create_session(
        v.conn(),
        c,
        &session("2026-02-05T09:00:00Z", "second", "", Some("2026-03-01")),
    )
    .unwrap();
    repo::save_session_text(
        v.conn(),
        s2,
        SessionText::PrivateNotes,
        "typed while talking",
    )
    .unwrap();
    repo::save_session_text(v.conn(), s2, SessionText::Summary, "second, edited").unwrap();
    let step =
        repo::add_next_step(v.conn(), s1, "  ask a legal adviser about the procedure ").unwrap();
    assert_eq!(step.text, "ask a legal adviser about the procedure");
    repo::add_next_step(v.conn(), s2, "bring the school letter").unwrap();
    assert!(repo::add_next_step(v.conn(), s2, "   ").is_err());
    repo::set_next_step_done(v.conn(), step.id, true).unwrap();
    let sessions = repo::sessions_of(v.conn(), c).unwrap();
    assert_eq!(
        sessions.iter().map(|s| s.id).collect::<Vec<_>>(),
        [s2, s1],
        "newest first"
    );
    assert_eq!(sessions[0].input.private_notes, "typed while talking");
    assert_eq!(sessions[0].input.summary, "second, edited");
    assert_eq!(
        sessions[0].input.pathways,
        [Pathway::Legalise, Pathway::Return]
    );
    assert!(sessions[1].next_steps[0].done);
    let open: Vec<String> = repo::open_steps(v.conn(), c)
        .unwrap()
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert_eq!(open, ["bring the school letter"]);
    assert!(matches!(
        repo::create_session(v.conn(), 999, &session("x", "", "", None)),
        Err(VaultError::ClientMissing)
    ));
}

#[test]
fn the_list_filters_and_sorts_by_dates() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let today = d("2026-03-10");
    let due = repo::create_client(v.conn(), &client("Due"), "t").unwrap();
    repo::create_session(
        v.conn(),
        due,
        &session("2026-03-01T09:00:00Z", "", "", Some("2026-03-12")),
    )
    .unwrap();
    let old = repo::create_client(v.conn(), &client("Old"), "t").unwrap();
    repo::create_session(
        v.conn(),
        old,
        &session("2025-11-01T09:00:00Z", "", "", Some("2026-06-01")),
    )
    .unwrap();
    let review = ClientInput {
        review_on: Some(d("2026-03-01")),
        ..client("Review")
    };
    repo::create_client(v.conn(), &review, "t").unwrap();
    let codes = |f, s| -> Vec<String> {
        repo::client_rows(v.conn(), f, s, today)
            .unwrap()
            .into_iter()
            .map(|r| r.code)
            .collect()
    };
    assert_eq!(
        codes(ClientFilter::All, ClientSort::Code),
        ["Due", "Old", "Review"]
    );
    assert_eq!(codes(ClientFilter::DueThisWeek, ClientSort::Code), ["Due"]);
    assert_eq!(
        codes(ClientFilter::NotSeenThreeMonths, ClientSort::Code),
        ["Old", "Review"]
    );
    assert_eq!(
        codes(ClientFilter::DueForReview, ClientSort::Code),
        ["Review"]
    );
    assert_eq!(
        codes(ClientFilter::All, ClientSort::NextFollowUp),
        ["Due", "Old", "Review"]
    );
    assert_eq!(
        codes(ClientFilter::All, ClientSort::LastSession),
        ["Due", "Old", "Review"]
    );
}

#[test]
fn search_finds_codes_notes_and_summaries_in_any_script() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = repo::create_client(
        v.conn(),
        &ClientInput {
            notes: "Parle de son élève préférée".into(),
            ..client("ZX-KORA")
        },
        "t",
    )
    .unwrap();
    let s = repo::create_session(
        v.conn(),
        c,
        &session(
            "2026-01-05T09:00:00Z",
            "Talked about the grief curve",
            "",
            None,
        ),
    )
    .unwrap();
    repo::save_session_text(
        v.conn(),
        s,
        SessionText::PrivateNotes,
        "تحدثنا عن العودة إلى المغرب",
    )
    .unwrap();
    let hit = |q: &str| repo::search(v.conn(), q, 50).unwrap();
    assert_eq!(hit("zx-ko")[0].code, "ZX-KORA");
    assert_eq!(
        hit("eleve")[0].field,
        "client_notes",
        "diacritics do not matter"
    );
    assert_eq!(hit("العودة")[0].session_id, Some(s));
    assert_eq!(hit("grief curve")[0].field, "summary");
    assert!(hit("grief").iter().all(|h| h.client_id == c));
    assert!(hit("nothing-like-this").is_empty());
    assert!(
        hit("  \"*) ").is_empty(),
        "punctuation only is no query, not an error"
    );
    repo::save_session_text(v.conn(), s, SessionText::PrivateNotes, "rewritten").unwrap();
    assert!(hit("العودة").is_empty(), "the index follows autosaves");
}

#[test]
fn a_one_megabyte_arabic_note_is_kept_and_found() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = repo::create_client(v.conn(), &client("Long"), "t").unwrap();
    let s =
        repo::create_session(v.conn(), c, &session("2026-01-05T09:00:00Z", "", "", None)).unwrap();
    let note = format!(
        "{} خاتمةفريدة",
        "جملة طويلة عن المستقبل. mixed français ".repeat(25_000)
    );
    assert!(note.len() > 1_000_000);
    repo::save_session_text(v.conn(), s, SessionText::PrivateNotes, &note).unwrap();
    assert_eq!(
        repo::get_session(v.conn(), s).unwrap().input.private_notes,
        note
    );
    assert_eq!(repo::search(v.conn(), "خاتمةفريدة", 5).unwrap().len(), 1);
}

#[test]
fn deleting_a_client_leaves_nothing_in_the_decrypted_database_or_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let marker = "DELETE-ME-MARKER-5521";
    let keep = repo::create_client(v.conn(), &client("Keep"), "t").unwrap();
    repo::create_session(
        v.conn(),
        keep,
        &session("2026-01-05T09:00:00Z", "kept summary", "", None),
    )
    .unwrap();
    let c = repo::create_client(
        v.conn(),
        &ClientInput {
            notes: format!("{marker} notes"),
            ..client(marker)
        },
        "t",
    )
    .unwrap();
    for i in 0..30 {
        let s = repo::create_session(
            v.conn(),
            c,
            &session(
                "2026-01-05T09:00:00Z",
                &format!("{marker} summary {i}"),
                "",
                None,
            ),
        )
        .unwrap();
        repo::save_session_text(
            v.conn(),
            s,
            SessionText::PrivateNotes,
            &format!("{marker} note {i}"),
        )
        .unwrap();
        repo::add_next_step(v.conn(), s, &format!("{marker} step")).unwrap();
    }
    assert!(
        avenir_testkit::scan::decrypted_cells(v.conn())
            .unwrap()
            .contains(marker)
    );
    repo::delete_client(v.conn(), c).unwrap();
    assert!(
        !avenir_testkit::scan::decrypted_cells(v.conn())
            .unwrap()
            .contains(marker),
        "the marker survived in a table of the decrypted database"
    );
    assert!(repo::search(v.conn(), marker, 5).unwrap().is_empty());
    assert_eq!(
        repo::sessions_of(v.conn(), keep).unwrap().len(),
        1,
        "other clients untouched"
    );
    assert!(matches!(
        repo::delete_client(v.conn(), c),
        Err(VaultError::ClientMissing)
    ));
    drop(v);
    assert_eq!(
        avenir_testkit::scan::scan(tmp.path(), &[marker]),
        Vec::<String>::new()
    );
}

fn residence_rows(v: &Vault) -> Vec<(i64, String)> {
    let mut stmt = v
        .conn()
        .prepare("SELECT client_id, residence FROM client_residences ORDER BY client_id, residence")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Migration 6 moves the single residence situation of schema 5 into `client_residences`:
/// every value is kept, for the right client, and the old column is emptied.
#[test]
fn the_residence_migration_keeps_every_existing_situation() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    // Schema 5 as the previous version left it: one code (or NULL) in `clients.residence`,
    // written with SQL, and no `client_residences` table (dropped rather than emptied, since
    // migration 6 creates it).
    let old_style = [
        ("R-1", Some("asylum_ongoing")),
        ("R-2", Some("asylum_refused")),
        ("R-3", Some("regularisation_pending")),
        ("R-4", Some("order_to_leave")),
        ("R-5", Some("never_applied")),
        ("R-6", Some("other")),
        ("R-NONE", None),
    ];
    let mut ids = Vec::new();
    for (code, residence) in old_style {
        let id = repo::create_client(v.conn(), &client(code), "t").unwrap();
        v.conn()
            .execute(
                "UPDATE clients SET residence = ?2 WHERE id = ?1",
                rusqlite::params![id, residence],
            )
            .unwrap();
        ids.push(id);
    }
    v.conn().execute_batch(&super::back_to_schema_5()).unwrap();
    drop(v);

    let v = Vault::open(&tmp.path().join("v"), Secret::Passphrase(PASS)).unwrap();
    let version: u32 = v
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 6, "migrated to {version}");
    let expected: Vec<(i64, String)> = ids
        .iter()
        .zip(old_style)
        .filter_map(|(id, (_, r))| r.map(|r| (*id, r.to_owned())))
        .collect();
    assert_eq!(
        residence_rows(&v),
        expected,
        "every value, for the right client"
    );
    for (id, (code, residence)) in ids.iter().zip(old_style) {
        let got = repo::get_client(v.conn(), *id).unwrap().input;
        assert_eq!(got.code, code);
        assert_eq!(
            got.residences,
            residence
                .and_then(Residence::parse)
                .into_iter()
                .collect::<Vec<_>>(),
            "{code}"
        );
    }
    let lingering: i64 = v
        .conn()
        .query_row(
            "SELECT count(*) FROM clients WHERE residence IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(lingering, 0, "the old column is emptied");
}

#[test]
fn deleting_a_client_deletes_their_residence_situations() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let with = |code: &str, residences| ClientInput {
        residences,
        ..client(code)
    };
    let keep = repo::create_client(
        v.conn(),
        &with("Keep", vec![Residence::TemporaryProtection]),
        "t",
    )
    .unwrap();
    let gone = repo::create_client(
        v.conn(),
        &with("Gone", vec![Residence::Dublin, Residence::MedicalPending]),
        "t",
    )
    .unwrap();
    assert_eq!(residence_rows(&v).len(), 3);
    repo::delete_client(v.conn(), gone).unwrap();
    assert_eq!(
        residence_rows(&v),
        [(keep, "temporary_protection".to_owned())]
    );
}

#[test]
fn an_unknown_residence_code_is_damage_reported_without_the_code() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = repo::create_client(v.conn(), &client("U-1"), "t").unwrap();
    let unknown = "SECRET-STATUS-4471";
    v.conn()
        .execute(
            "INSERT INTO client_residences (client_id, residence) VALUES (?1, ?2)",
            rusqlite::params![id, unknown],
        )
        .unwrap();
    let err = repo::get_client(v.conn(), id).unwrap_err();
    assert!(matches!(err, VaultError::Damaged(_)), "{err:?}");
    assert!(
        !format!("{err} {err:?}").contains(unknown),
        "the stored value is not quoted: {err:?}"
    );
    assert_eq!(avenir_core::UserFacing::code(&err), "vault_damaged");
}
