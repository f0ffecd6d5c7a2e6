use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn service(name: &str, town: &str, checked: Option<&str>) -> Service {
    Service {
        town: town.into(),
        checked_on: checked.map(day),
        ..Service::named(name, ServiceKind::LegalAid)
    }
}

fn row(line: usize, s: Service) -> ImportRow {
    ImportRow { line, entry: Ok(s) }
}

#[test]
fn folding_ignores_case_and_diacritics_in_every_script() {
    assert_eq!(fold("Liège"), "liege");
    assert_eq!(fold("ÉCOLE Ñandú"), "ecole nandu");
    assert_eq!(fold("Ḥalab"), "halab");
    assert_eq!(fold("Кирилл"), "кирилл");
    assert_eq!(fold("مرحبا"), "مرحبا");
    // Vowel marks and the tatweel are written or left out at will: a search ignores them.
    assert_eq!(fold("مُسْتَشْفَى"), "مستشفى");
    assert_eq!(fold("مـــركز"), "مركز");
}

#[test]
fn an_entry_needs_a_name_and_keeps_its_texts_within_limits() {
    assert_eq!(
        Service::named("  ", ServiceKind::Medical).validated(),
        Err(InvalidInput("name"))
    );
    let mut s = Service::named(" Medimmigrant ", ServiceKind::Medical);
    s.languages = vec!["fr".into(), " ar ".into(), "FR".into()];
    s.pathways = vec![Pathway::Return, Pathway::Legalise, Pathway::Return];
    s.address = "Rue X 1\r\n1000 Bruxelles".into();
    let s = s.validated().unwrap();
    assert_eq!(s.name, "Medimmigrant");
    assert_eq!(s.languages, ["fr", "ar"]);
    assert_eq!(s.pathways, [Pathway::Legalise, Pathway::Return]);
    assert_eq!(s.address, "Rue X 1\n1000 Bruxelles");
    let mut bad = Service::named("A", ServiceKind::Medical);
    bad.languages = vec!["not a tag".into()];
    assert_eq!(bad.validated(), Err(InvalidInput("languages")));
    let mut long = Service::named("A", ServiceKind::Medical);
    long.note = "x".repeat(MAX_LONG_CHARS + 1);
    assert_eq!(long.validated(), Err(InvalidInput("note")));
}

#[test]
fn entries_not_checked_for_a_year_are_flagged() {
    let today = day("2026-12-03");
    assert!(outdated(None, today));
    assert!(outdated(Some(day("2025-12-02")), today));
    assert!(!outdated(Some(day("2025-12-03")), today));
}

#[test]
fn an_import_adds_changes_and_never_overwrites_a_newer_check() {
    let existing = vec![
        (
            1,
            service("Avocats Sans Frontières", "Liège", Some("2026-06-01")),
        ),
        (2, service("Medimmigrant", "Brussel", Some("2026-01-01"))),
        (3, service("Fedasil", "Brussel", Some("2026-01-01"))),
    ];
    let mut newer_note = service("medimmigrant", "BRUSSEL", Some("2026-11-01"));
    newer_note.note = "new hours".into();
    let rows = vec![
        row(
            2,
            service("Avocats sans frontieres", "Liege", Some("2025-01-01")),
        ),
        row(3, newer_note.clone()),
        row(4, service("Fedasil", "Brussel", Some("2026-01-01"))),
        row(5, service("Caritas", "Gent", None)),
        ImportRow {
            line: 6,
            entry: Err(RowProblem::Field("kind")),
        },
        row(7, service("CARITAS", "gent", None)),
    ];
    let plan = plan_import(&existing, rows);
    assert_eq!(plan.added.len(), 1);
    assert_eq!(plan.added[0].name, "Caritas");
    assert_eq!(plan.changed, vec![(2, newer_note)]);
    assert_eq!(plan.unchanged, 1);
    assert_eq!(
        plan.kept_newer,
        vec![(2, "Avocats sans frontieres".to_owned())]
    );
    assert_eq!(
        plan.bad,
        vec![
            (6, RowProblem::Field("kind")),
            (7, RowProblem::Duplicate(5))
        ]
    );
    assert!(plan.writes_anything());
}

#[test]
fn every_kind_reads_back_from_its_code() {
    for k in ServiceKind::ALL {
        assert_eq!(ServiceKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(ServiceKind::parse("church"), None);
}
