//! The content library: every shipped definition loads and has its texts in nl, fr and en;
//! broken definitions are refused with a message naming the file and the field; an
//! organisation's folder adds and replaces definitions and texts.
#![allow(clippy::unwrap_used)]

use avenir_content::{Library, Organisation, load, parse_card, parse_exercise};
use avenir_core::UserFacing;
use avenir_core::content::{Kind, Problem};
use avenir_i18n::{Catalogues, Localizer};

#[test]
fn every_shipped_definition_loads_and_has_its_texts_in_every_complete_language() {
    let lib = Library::shipped();
    assert!(lib.problems.is_empty(), "{:#?}", lib.problems);
    let ids: Vec<&str> = lib.exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "session-preparation",
            "migration-project",
            "basic-needs",
            "lifeline",
            "four-pathways",
            "what-weighs",
            "my-procedure",
            "where-i-stand",
            "home",
            "return-to",
            "children-view",
            "next-step",
            "reintegration-plan"
        ]
    );
    let cards: Vec<&str> = lib.cards.iter().map(|c| c.pathway.as_str()).collect();
    assert_eq!(cards, ["legalise", "onward", "return", "undocumented"]);
    let missing = lib.missing_texts(&Catalogues::embedded());
    assert!(
        missing.is_empty(),
        "{}",
        missing
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_basic_needs_matrix_is_the_heat_map_and_the_grief_curve_is_a_curve() {
    let lib = Library::shipped();
    let needs = lib.exercise("basic-needs").unwrap();
    let Kind::Matrix {
        rows,
        columns,
        chart,
        low_id,
        ..
    } = &needs.field("by-pathway").unwrap().kind
    else {
        panic!("by-pathway is a matrix");
    };
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0].label_id, "need-safety");
    assert_eq!(columns.len(), 5);
    assert!(chart.is_some());
    assert_eq!(low_id.as_deref(), Some("ex-basic-needs-by-pathway-low"));
    let stand = lib.exercise("where-i-stand").unwrap();
    assert!(matches!(
        stand.field("stage").unwrap().kind,
        Kind::Choice {
            style: avenir_core::content::ChoiceStyle::Curve,
            ..
        }
    ));
}

#[test]
fn the_return_card_cites_the_2015_figures_with_their_year() {
    let lib = Library::shipped();
    let card = lib.cards.iter().find(|c| c.id == "return").unwrap();
    assert!(card.sources.iter().any(|s| s.year == 2015));
    let catalogues = Catalogues::embedded();
    for tag in ["en", "nl", "fr"] {
        let l = Localizer::new(&catalogues, &[tag]);
        let support = l.format("card-return-details-support", &[]);
        for figure in ["250", "700", "350", "1", "2015"] {
            assert!(support.contains(figure), "{tag}: {support}");
        }
    }
}

const GOOD: &str = r#"
schema = 1
id = "sample"
order = 5

[[fields]]
id = "q"
kind = "long_text"
"#;

/// A broken definition: (file text, expected field, expected message id).
fn broken_cases() -> Vec<(String, &'static str, &'static str)> {
    let with_field =
        |f: &str| format!("schema = 1\nid = \"sample\"\norder = 1\n\n[[fields]]\n{f}\n");
    vec![
        (
            GOOD.replace("schema = 1", "schema = 2"),
            "schema",
            "error-content-schema",
        ),
        (
            GOOD.replace("schema = 1\n", ""),
            "schema",
            "error-content-missing",
        ),
        (
            "schema = 1\nid = \"sample\"\norder = [\n".to_owned(),
            "line 3",
            "error-content-syntax",
        ),
        (
            GOOD.replace("kind = \"long_text\"", "kind = \"essay\""),
            "line 8",
            "error-content-syntax",
        ),
        (
            GOOD.replace(
                "kind = \"long_text\"",
                "kind = \"long_text\"\ncolour = \"red\"",
            ),
            "line 9",
            "error-content-syntax",
        ),
        (
            GOOD.replace("id = \"sample\"", "id = \"Sample\""),
            "id",
            "error-content-bad-id",
        ),
        (
            GOOD.replace("id = \"sample\"", "id = \"other\""),
            "id",
            "error-content-id-file",
        ),
        (
            GOOD.replace("[[fields]]\nid = \"q\"\nkind = \"long_text\"\n", ""),
            "fields",
            "error-content-range",
        ),
        (
            with_field("id = \"q\""),
            "fields[0].kind",
            "error-content-missing",
        ),
        (
            with_field("id = \"q\"\nkind = \"scale\"\noptions = [\"a\", \"b\"]"),
            "fields[0].options",
            "error-content-not-for-kind",
        ),
        (
            with_field("id = \"q\"\nkind = \"choice\"\noptions = [\"a\"]"),
            "fields[0].options",
            "error-content-range",
        ),
        (
            with_field("id = \"q\"\nkind = \"choice\"\noptions = [\"a\", \"a\"]"),
            "fields[0].options[1]",
            "error-content-duplicate",
        ),
        (
            with_field("id = \"q\"\nkind = \"checklist\"\noptions = [\"ok\", \"not ok\"]"),
            "fields[0].options[1]",
            "error-content-bad-id",
        ),
        (
            with_field("id = \"q\"\nkind = \"list\"\nmax_items = 500"),
            "fields[0].max_items",
            "error-content-range",
        ),
        (
            with_field("id = \"q\"\nkind = \"matrix\"\nrows = [\"a\"]\ncolumns = [\"b\"]"),
            "fields[0].cells",
            "error-content-missing",
        ),
        (
            with_field(
                "id = \"q\"\nkind = \"matrix\"\nrows = [\"a\"]\ncolumns = [\"b\"]\ncells = \"text\"\nchart = \"heatmap\"",
            ),
            "fields[0].chart",
            "error-content-unknown",
        ),
        (
            with_field("id = \"q\"\nkind = \"matrix\"\ncolumns = [\"b\"]\ncells = \"text\""),
            "fields[0].rows",
            "error-content-missing",
        ),
        (
            format!("{GOOD}\n[[fields]]\nid = \"q\"\nkind = \"scale\"\n"),
            "fields[1].id",
            "error-content-duplicate",
        ),
        (
            GOOD.replace("order = 5", "order = 5\nvisibility = \"sometimes\""),
            "line 5",
            "error-content-syntax",
        ),
        // No group paragraph for what no group may do.
        (
            GOOD.replace(
                "order = 5",
                "order = 5\nvisibility = \"counsellor_only\"\ngroup_guide = true",
            ),
            "group_guide",
            "error-content-not-for-kind",
        ),
        (
            GOOD.replace(
                "order = 5",
                "order = 5\nvisibility = \"after_return_chosen\"\ngroup_guide = true",
            ),
            "group_guide",
            "error-content-not-for-kind",
        ),
        // The person's album has no place on the counsellor's own sheet.
        (
            format!(
                "{}\n[[fields]]\nid = \"pictures\"\nkind = \"photos\"\n",
                GOOD.replace("order = 5", "order = 5\nvisibility = \"counsellor_only\"")
            ),
            "fields[1].kind",
            "error-content-not-for-kind",
        ),
    ]
}

#[test]
fn a_broken_exercise_is_refused_with_its_file_and_field_named_in_every_language() {
    let catalogues = Catalogues::embedded();
    assert!(parse_exercise("sample.toml", GOOD).is_ok());
    for (text, field, message_id) in broken_cases() {
        let err =
            parse_exercise("sample.toml", &text).expect_err(&format!("should be refused:\n{text}"));
        assert_eq!(err.file, "sample.toml");
        assert_eq!(err.field, field, "{err}\n{text}");
        assert_eq!(err.message_id(), message_id, "{err}");
        assert_eq!(err.code(), "content_invalid");
        for tag in ["en", "nl", "fr"] {
            let shown = Localizer::new(&catalogues, &[tag]).message(&err.user_message());
            assert!(shown.contains("sample.toml"), "{tag}: {shown}");
            assert!(!shown.contains('{'), "{tag}: unformatted: {shown}");
            if !field.starts_with("line") && field != "schema" {
                assert!(shown.contains(field), "{tag}: {shown}");
            }
        }
    }
}

#[test]
fn the_parser_names_an_unknown_kind_and_property_in_its_detail() {
    let err = parse_exercise(
        "sample.toml",
        &GOOD.replace("kind = \"long_text\"", "kind = \"essay\""),
    )
    .unwrap_err();
    let Problem::Syntax(detail) = &err.problem else {
        panic!("{err}")
    };
    assert!(detail.contains("essay"), "{detail}");
    let err = parse_exercise(
        "sample.toml",
        &GOOD.replace("kind = \"long_text\"", "kind = \"long_text\"\ncolour = 1"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("colour"), "{err}");
}

#[test]
fn a_broken_card_is_refused_with_its_field_named() {
    let good = r#"
schema = 1
id = "return"
pathway = "return"
order = 1
checked_on = "2016-03-31"
overview = ["what"]
details = ["support"]

[[sources]]
id = "study"
year = 2016
"#;
    let card = parse_card("return.toml", good).unwrap();
    assert_eq!(card.overview[0].body_id, "card-return-overview-what");
    assert_eq!(card.overview[0].heading_id, "card-section-what");
    assert_eq!(card.sources[0].label_id, "source-study");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    assert!(card.is_outdated(today));
    assert!(!card.is_outdated(chrono::NaiveDate::from_ymd_opt(2016, 6, 1).unwrap()));
    for (from, to, field) in [
        ("pathway = \"return\"", "pathway = \"paradise\"", "pathway"),
        (
            "checked_on = \"2016-03-31\"",
            "checked_on = \"31/03/2016\"",
            "checked_on",
        ),
        ("overview = [\"what\"]", "overview = []", "overview"),
        ("year = 2016", "year = 16", "sources[0].year"),
        ("[[sources]]\nid = \"study\"\nyear = 2016\n", "", "sources"),
    ] {
        assert!(good.contains(from));
        let err = parse_card("return.toml", &good.replace(from, to)).unwrap_err();
        assert_eq!(err.field, field, "{err}");
    }
}

#[test]
fn an_organisation_folder_adds_and_replaces_definitions_and_texts_and_reports_broken_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("exercises")).unwrap();
    std::fs::create_dir_all(root.join("locales/en")).unwrap();
    std::fs::write(root.join("exercises/sample.toml"), GOOD).unwrap();
    // Replaces the shipped lifeline with a one-field version.
    std::fs::write(
        root.join("exercises/lifeline.toml"),
        GOOD.replace("\"sample\"", "\"lifeline\"")
            .replace("order = 5", "order = 1"),
    )
    .unwrap();
    std::fs::write(
        root.join("exercises/broken.toml"),
        "schema = 1\nid = \"broken\"\n",
    )
    .unwrap();
    std::fs::write(root.join("exercises/binary.toml"), [0xff, 0xfe, 0x00]).unwrap();
    std::fs::write(
        root.join("locales/en/org.ftl"),
        "ex-sample-title = Our own exercise\nex-lifeline-title = Our lifeline\n",
    )
    .unwrap();

    let (lib, catalogues) = load(Some(root), Catalogues::embedded());
    assert_eq!(
        lib.exercises[0].id, "lifeline",
        "the replacement's order counts"
    );
    assert_eq!(lib.exercises[0].fields.len(), 1);
    assert!(lib.exercise("sample").is_some());
    assert_eq!(lib.exercises.len(), Library::shipped().exercises.len() + 1);
    let files: Vec<&str> = lib.problems.iter().map(|p| p.file.as_str()).collect();
    assert!(files.contains(&"broken.toml"), "{files:?}");
    assert!(files.contains(&"binary.toml"), "{files:?}");
    // The organisation wrote only two English texts: the rest is reported, per language.
    assert!(lib.problems.iter().any(|p| p.file == "sample.toml"
        && p.field == "ex-sample-intro"
        && p.problem
            == Problem::NoText {
                locale: "nl".into()
            }));
    let en = Localizer::new(&catalogues, &["en"]);
    assert_eq!(en.format("ex-sample-title", &[]), "Our own exercise");
    assert_eq!(en.format("ex-lifeline-title", &[]), "Our lifeline");
    let nl = Localizer::new(&catalogues, &["nl"]);
    assert_ne!(nl.format("ex-lifeline-title", &[]), "Our lifeline");
}

#[test]
fn no_organisation_folder_is_the_shipped_library() {
    let dir = tempfile::tempdir().unwrap();
    let (lib, _) = load(Some(&dir.path().join("absent")), Catalogues::embedded());
    assert_eq!(lib.exercises.len(), Library::shipped().exercises.len());
    let org = Organisation::read(&dir.path().join("absent"));
    assert!(org.exercises.is_empty() && org.locales.is_empty() && org.problems.is_empty());
}

/// Every field of every shipped exercise takes a full answer, which survives a real encrypted
/// vault unchanged; a second session's answer becomes the latest, the first stays as history.
#[test]
fn every_shipped_exercise_round_trips_its_answers_through_a_real_vault() {
    use avenir_content::samples::answer_for;
    use avenir_core::client::ClientInput;
    use avenir_core::content::check_answer;
    use avenir_vault::clients as repo;
    use avenir_vault::worksheets;
    use avenir_vault::{KdfParams, RecoveryKey, SessionInput, Vault};

    let tmp = tempfile::tempdir().unwrap();
    let vault = Vault::create_at(
        &tmp.path().join("v"),
        "Counsellor A",
        "harbour lantern pepper violin meadow kettle",
        &RecoveryKey::generate().unwrap(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    let conn = vault.conn();
    let client = repo::create_client(
        conn,
        &ClientInput {
            code: "K7-MIRA".into(),
            ..Default::default()
        },
        "2026-01-01T09:00:00Z",
    )
    .unwrap();
    let session = |at: &str| SessionInput {
        started_at: at.into(),
        duration_minutes: Some(60),
        kind: avenir_core::session::SessionKind::Individual,
        pathways: Vec::new(),
        summary: String::new(),
        private_notes: String::new(),
        follow_up: None,
    };
    let first = repo::create_session(conn, client, &session("2026-02-01T09:00:00Z")).unwrap();
    let second = repo::create_session(conn, client, &session("2026-03-01T09:00:00Z")).unwrap();

    let lib = Library::shipped();
    let mut fields = 0;
    for ex in &lib.exercises {
        for field in &ex.fields {
            for (session_id, n) in [(first, 1), (second, 2)] {
                let answer = check_answer(field, answer_for(field, n)).unwrap();
                worksheets::save_answer(
                    conn,
                    session_id,
                    &ex.id,
                    &field.id,
                    &answer,
                    "2026-03-01T10:00:00Z",
                )
                .unwrap();
            }
            fields += 1;
        }
        let stored = worksheets::answers_of(conn, client, Some(&ex.id)).unwrap();
        assert_eq!(stored.len(), ex.fields.len() * 2, "{}", ex.id);
        for field in &ex.fields {
            let history: Vec<_> = stored.iter().filter(|r| r.field == field.id).collect();
            assert_eq!(history[0].session_id, first);
            assert_eq!(history[1].session_id, second, "the latest comes last");
            assert_eq!(
                history[0].answer,
                check_answer(field, answer_for(field, 1)).unwrap()
            );
            assert_eq!(
                history[1].answer,
                check_answer(field, answer_for(field, 2)).unwrap()
            );
        }
    }
    assert!(fields >= 25, "{fields} fields");
    let activity = worksheets::exercise_activity(conn, client).unwrap();
    assert_eq!(activity.len(), lib.exercises.len());
    assert!(activity.iter().all(|a| a.sessions == 2));
}

#[test]
fn the_shipped_course_plans_use_only_existing_exercises_and_cards() {
    let lib = Library::shipped();
    let ids: Vec<&str> = lib.plans.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["three-days", "one-session"]);
    let three = &lib.plans[0];
    assert_eq!(three.days.len(), 3);
    assert_eq!(three.day_title_ids[2], "plan-three-days-day-3");
    // The third day is about return (BRIEF.md).
    assert!(
        three.days[2]
            .blocks
            .iter()
            .any(|b| b.card.as_deref() == Some("return"))
    );
    let known_exercises: Vec<(&str, avenir_core::content::Visibility)> = lib
        .exercises
        .iter()
        .map(|e| (e.id.as_str(), e.visibility))
        .collect();
    let known = avenir_core::course::Known {
        exercises: &known_exercises,
        cards: &["legalise", "onward", "return", "undocumented"],
    };
    let broken = r#"
schema = 1
id = "mine"
order = 1
[[days]]
blocks = [ { kind = "exercise", exercise = "astrology", minutes = 30 } ]
"#;
    let err = avenir_content::parse_plan("mine.toml", broken, &known).unwrap_err();
    assert_eq!(err.field, "days[0].blocks[0].exercise");
    assert_eq!(err.message_id(), "error-content-unknown");
}

#[test]
fn the_library_checks_an_answer_against_its_exercise_and_field() {
    use avenir_core::content::{Answer, AnswerError};
    let lib = Library::shipped();
    assert_eq!(
        lib.check_answer(
            "where-i-stand",
            "stage",
            Answer::Choice(Some("anger".into()))
        ),
        Ok(Answer::Choice(Some("anger".into())))
    );
    assert_eq!(
        lib.check_answer("astrology", "stage", Answer::Choice(None)),
        Err(AnswerError::UnknownExercise)
    );
    assert_eq!(
        lib.check_answer("where-i-stand", "horoscope", Answer::Choice(None)),
        Err(AnswerError::UnknownField)
    );
    assert_eq!(
        lib.check_answer("where-i-stand", "stage", Answer::Scale(Some(3))),
        Err(AnswerError::WrongKind)
    );
}

/// The shipped course plans follow their exercises' guides: no whole-group block uses an exercise
/// shown "only when the person raised it" or "after the person chose return", no block at all
/// uses the counsellor's own sheets — and a plan that tries is refused at load.
#[test]
fn no_whole_group_block_uses_an_exercise_shown_only_when_raised() {
    use avenir_core::content::Visibility;
    use avenir_core::course::BlockKind;
    let lib = Library::shipped();
    let visibility = |id: &str| lib.exercise(id).map(|e| e.visibility);
    assert_eq!(visibility("return-to"), Some(Visibility::WhenRaised));
    assert_eq!(
        visibility("reintegration-plan"),
        Some(Visibility::AfterReturnChosen)
    );
    assert_eq!(
        visibility("session-preparation"),
        Some(Visibility::CounsellorOnly)
    );
    for plan in &lib.plans {
        for block in plan.days.iter().flat_map(|d| &d.blocks) {
            if let Some(ex) = block.exercise.as_deref() {
                let v = visibility(ex).unwrap();
                assert!(
                    v.in_course(block.kind == BlockKind::Exercise),
                    "{}: {ex} ({v:?}) in a {:?} block",
                    plan.id,
                    block.kind
                );
            }
        }
    }
    let org = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(org.path().join("plans")).unwrap();
    std::fs::write(
        org.path().join("plans/mine.toml"),
        "schema = 1\nid = \"mine\"\norder = 1\n[[days]]\nblocks = [{ kind = \"exercise\", exercise = \"return-to\", minutes = 30 }]\n",
    )
    .unwrap();
    std::fs::write(
        org.path().join("plans/mine-private.toml"),
        "schema = 1\nid = \"mine-private\"\norder = 2\n[[days]]\nblocks = [{ kind = \"individual\", exercise = \"session-preparation\", minutes = 10 }]\n",
    )
    .unwrap();
    let lib = Library::checked(&Organisation::read(org.path()), &Catalogues::embedded());
    for refused in ["mine", "mine-private"] {
        assert!(lib.plans.iter().all(|p| p.id != refused));
        let problem = lib
            .problems
            .iter()
            .find(|p| p.to_string().contains(&format!("{refused}.toml")));
        assert!(problem.is_some(), "{refused}: {:?}", lib.problems);
    }
}

/// One name per pathway in every file of a language: the card's title, the client file's label
/// and the exercises' labels say the same in every shipped language, and the variants an
/// earlier wording used are gone.
#[test]
fn each_pathway_has_one_name_per_language() {
    let catalogues = Catalogues::embedded();
    let retired: &[(&str, &[&str])] = &[
        ("nl", &["Verder reizen", "verder reizen", "egulariseren"]),
        (
            "fr",
            &[
                "Continuer la route",
                "continuer la route",
                "migrer ailleurs",
                "égulariser le séjour",
            ],
        ),
        ("en", &["Regularise", "regularise the stay"]),
        ("ar", &["تسوية الإقامة"]),
    ];
    let tags = catalogues.tags();
    assert!(tags.len() >= 9, "{tags:?}");
    for locale in tags {
        let l10n = Localizer::new(&catalogues, &[locale]);
        for pathway in ["legalise", "onward", "return", "undocumented"] {
            let names: Vec<String> = [
                format!("card-{pathway}-title"),
                format!("clients-pathway-{pathway}"),
                format!("ex-basic-needs-by-pathway-{pathway}"),
                format!("ex-next-step-pathway-{pathway}"),
            ]
            .iter()
            .map(|id| l10n.format(id, &[]))
            .collect();
            assert!(
                names.iter().all(|n| n == &names[0]),
                "{locale} {pathway}: {names:?}"
            );
        }
        let variants = retired
            .iter()
            .find(|(tag, _)| *tag == locale)
            .map_or(&[][..], |(_, v)| *v);
        let ftl = catalogues.get(locale).unwrap().joined();
        for v in variants {
            let hits: Vec<&str> = ftl.lines().filter(|l| l.contains(v)).collect();
            assert!(hits.is_empty(), "{locale}: retired name {v:?} in {hits:?}");
        }
    }
}

/// Equal weight: every pathway card ends its overview with the same sentence — this path is not
/// the only one, and looking at others meanwhile is not giving up — not only the legalise card.
#[test]
fn every_pathway_card_carries_the_same_equal_weight_sentence() {
    let catalogues = Catalogues::embedded();
    for locale in catalogues.tags() {
        let l10n = Localizer::new(&catalogues, &[locale]);
        let last_sentences: Vec<String> = ["legalise", "onward", "return", "undocumented"]
            .iter()
            .map(|p| {
                let text = l10n.format(&format!("card-{p}-overview-what"), &[]);
                let trimmed = text.trim().to_owned();
                // The last sentence: after the last full stop that is not the final one.
                // Armenian ends its sentences with "։".
                let body = trimmed.trim_end_matches(['.', '。', '؟', '!', '։']);
                let start = body.rfind(['.', '!', '?', '؟', '։']).map_or(0, |i| {
                    i + body[i..].chars().next().map_or(1, char::len_utf8)
                });
                trimmed[start..].trim().to_owned()
            })
            .collect();
        assert!(
            last_sentences
                .iter()
                .all(|s| s == &last_sentences[0] && s.chars().count() > 20),
            "{locale}: {last_sentences:#?}"
        );
    }
}

/// Every shipped language covers everything the person sees of an exercise: its title, summary,
/// introduction, questions, help and options (the guides and the counsellor's own session
/// preparation stay in the counsellor's language). The catalogue check holds them to the same
/// rule; this test ties it to the exercises as they are defined.
#[test]
fn every_language_has_every_exercise_text_the_person_sees() {
    use avenir_core::content::Visibility;
    let lib = Library::shipped();
    let catalogues = Catalogues::embedded();
    let mut checked = 0;
    for locale in catalogues.tags() {
        let have = catalogues.message_ids(locale);
        for ex in lib
            .exercises
            .iter()
            .filter(|e| e.visibility != Visibility::CounsellorOnly)
        {
            let guide = [
                ex.guide.aim_id.as_str(),
                ex.guide.introduce_id.as_str(),
                ex.guide.avoid_id.as_str(),
            ];
            for id in ex.message_ids() {
                if guide.contains(&id) || ex.guide.group_id.as_deref() == Some(id) {
                    continue;
                }
                assert!(have.contains(id), "{locale} {}: {id} is missing", ex.id);
                checked += 1;
            }
        }
    }
    assert!(checked > 9 * 150, "{checked} texts");
    assert!(
        lib.exercise("session-preparation").is_some(),
        "the counsellor's own sheet is left out above, not missing"
    );
}

/// The study's rules ship as two periods, before and from June 2015; an organisation's broken
/// rules file is left out with a message naming the file and the field.
#[test]
fn the_study_rules_are_two_dated_periods_and_a_broken_rules_file_is_named() {
    let lib = Library::shipped();
    let starts: Vec<String> = lib
        .periods
        .iter()
        .map(|p| format!("{} {}", p.id, p.valid_from))
        .collect();
    assert_eq!(
        starts,
        [
            "study-before-2015-06 2015-01-01",
            "study-from-2015-06 2015-06-01"
        ]
    );
    let org = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(org.path().join("rules")).unwrap();
    let shipped = include_str!("../../../assets/content/rules/study-from-2015-06.toml");
    for (file, from, to) in [
        (
            "bad-date.toml",
            "valid_from = \"2015-06-01\"",
            "valid_from = \"1/6/2015\"",
        ),
        ("bad-situation.toml", "\"dublin\"]", "\"deported\"]"),
        (
            "bad-pathway.toml",
            "pathway = \"onward\"",
            "pathway = \"return\"",
        ),
    ] {
        let id = file.trim_end_matches(".toml");
        let text = shipped
            .replace("id = \"study-from-2015-06\"", &format!("id = \"{id}\""))
            .replace(from, to);
        assert_ne!(
            text,
            shipped.replace("id = \"study-from-2015-06\"", &format!("id = \"{id}\""))
        );
        std::fs::write(org.path().join("rules").join(file), text).unwrap();
    }
    let lib = Library::checked(&Organisation::read(org.path()), &Catalogues::embedded());
    assert_eq!(lib.periods.len(), 2, "the broken files are left out");
    for (file, field) in [
        ("bad-date.toml", "valid_from"),
        ("bad-situation.toml", "return.reintegration_with_order[3]"),
        ("bad-pathway.toml", "statements[6].pathway"),
    ] {
        let p = lib.problems.iter().find(|p| p.file == file);
        assert_eq!(
            p.map(|p| p.field.as_str()),
            Some(field),
            "{:?}",
            lib.problems
        );
        let shown =
            Localizer::new(&Catalogues::embedded(), &["fr"]).message(&p.unwrap().user_message());
        assert!(shown.contains(file) && shown.contains(field), "{shown}");
    }
}

/// The country list: Morocco's nationals need a visa, Brazil's do not; an organisation's own list
/// replaces it, and a broken one is named and the shipped list kept.
#[test]
fn the_country_list_gives_each_country_one_group_and_an_organisation_keeps_its_own() {
    use avenir_core::explorer::Nationality;
    let lib = Library::shipped();
    assert_eq!(
        lib.countries.nationality("MA"),
        Some(Nationality::VisaRequired)
    );
    assert_eq!(
        lib.countries.nationality("BR"),
        Some(Nationality::VisaExempt)
    );
    assert!(lib.countries.list.len() > 200, "every ISO country");
    let org = tempfile::tempdir().unwrap();
    let ours = "schema = 1\nchecked_on = \"2027-01-01\"\nsource = \"general-law\"\nvisa_exempt = [\"MA\"]\nvisa_required = [\"BR\"]\n";
    std::fs::write(org.path().join("countries.toml"), ours).unwrap();
    let lib = Library::checked(&Organisation::read(org.path()), &Catalogues::embedded());
    assert_eq!(
        lib.countries.nationality("MA"),
        Some(Nationality::VisaExempt)
    );
    assert_eq!(lib.countries.checked_on, "2027-01-01");
    std::fs::write(
        org.path().join("countries.toml"),
        ours.replace("[\"BR\"]", "[\"BR\", \"MA\"]"),
    )
    .unwrap();
    let lib = Library::checked(&Organisation::read(org.path()), &Catalogues::embedded());
    let p = lib
        .problems
        .iter()
        .find(|p| p.file == "countries.toml")
        .unwrap();
    assert_eq!(p.field, "visa_required[1]");
    assert_eq!(
        lib.countries.nationality("MA"),
        Some(Nationality::VisaRequired),
        "the shipped list is kept"
    );
}
