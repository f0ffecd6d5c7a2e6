use std::path::Path;

use avenir_core::directory::{ImportRow, plan_import};

use super::*;
use crate::{KdfParams, RecoveryKey, Vault};

fn vault(root: &Path) -> Vault {
    Vault::create_at(
        &root.join("v"),
        "A",
        "orange kettle meadow violin harbour pepper",
        &RecoveryKey::generate().unwrap(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap()
}

fn service(name: &str, kind: ServiceKind, town: &str, languages: &[&str]) -> Service {
    Service {
        town: town.into(),
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        ..Service::named(name, kind)
    }
}

fn names(rows: &[ServiceRecord]) -> Vec<&str> {
    rows.iter().map(|r| r.service.name.as_str()).collect()
}

#[test]
fn entries_are_found_by_text_kind_pathway_language_town_and_anonymity() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = v.conn();
    let mut a = service(
        "Médecins du Monde",
        ServiceKind::Medical,
        "Liège",
        &["fr", "ar-MA"],
    );
    a.anonymous = true;
    a.pathways = vec![Pathway::Undocumented];
    a.note = "Consultations 100% gratuites".into();
    let mut b = service(
        "Avocats_Solidaires",
        ServiceKind::LegalAid,
        "Bruxelles",
        &["nl"],
    );
    b.pathways = vec![Pathway::Legalise, Pathway::Return];
    add(c, &a).unwrap();
    add(c, &b).unwrap();
    let find = |f: ServiceFilter| names(&search(c, &f, 100).unwrap()).join("|");
    assert_eq!(
        find(ServiceFilter::default()),
        "Avocats_Solidaires|Médecins du Monde"
    );
    let text = |t: &str| ServiceFilter {
        text: t.into(),
        ..Default::default()
    };
    assert_eq!(find(text("medecins")), "Médecins du Monde");
    assert_eq!(find(text("LIEGE")), "Médecins du Monde");
    assert_eq!(find(text("100%")), "Médecins du Monde");
    assert_eq!(find(text("s_s")), "Avocats_Solidaires");
    assert_eq!(
        find(text("%")),
        "Médecins du Monde",
        "a % is a character, not a wildcard"
    );
    assert_eq!(
        find(ServiceFilter {
            pathway: Some(Pathway::Return),
            ..Default::default()
        }),
        "Avocats_Solidaires"
    );
    assert_eq!(
        find(ServiceFilter {
            kind: Some(ServiceKind::Medical),
            ..Default::default()
        }),
        "Médecins du Monde"
    );
    assert_eq!(
        find(ServiceFilter {
            language: Some("ar".into()),
            ..Default::default()
        }),
        "Médecins du Monde"
    );
    assert_eq!(
        find(ServiceFilter {
            language: Some("a".into()),
            ..Default::default()
        }),
        ""
    );
    assert_eq!(
        find(ServiceFilter {
            town: Some("brux".into()),
            ..Default::default()
        }),
        "Avocats_Solidaires"
    );
    assert_eq!(
        find(ServiceFilter {
            anonymous_only: true,
            ..Default::default()
        }),
        "Médecins du Monde"
    );
}

#[test]
fn a_place_is_there_once_and_reads_back_as_written() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = v.conn();
    let mut s = service(
        "Fedasil",
        ServiceKind::ReturnPartner,
        "Brussel",
        &["nl", "fr"],
    );
    s.checked_on = "2026-10-01".parse().ok();
    s.address = "Line 1\nLine 2".into();
    let id = add(c, &s).unwrap();
    assert_eq!(get(c, id).unwrap().service, s);
    let same = service("FEDASIL", ServiceKind::Shelter, "brussel", &[]);
    assert!(matches!(add(c, &same), Err(VaultError::ServiceTaken)));
    delete(c, id).unwrap();
    assert!(matches!(get(c, id), Err(VaultError::ServiceMissing)));
}

#[test]
fn an_import_plan_is_written_in_one_transaction() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let c = v.conn();
    add(c, &service("Old", ServiceKind::School, "Gent", &[])).unwrap();
    let existing: Vec<(i64, Service)> = all(c)
        .unwrap()
        .into_iter()
        .map(|r| (r.id, r.service))
        .collect();
    let mut changed = service("old", ServiceKind::School, "GENT", &["fr"]);
    changed.checked_on = "2026-01-01".parse().ok();
    let rows = vec![
        ImportRow {
            line: 2,
            entry: Ok(changed),
        },
        ImportRow {
            line: 3,
            entry: Ok(service("New", ServiceKind::Shelter, "Gent", &[])),
        },
    ];
    let plan = plan_import(&existing, rows);
    apply(c, &plan).unwrap();
    assert_eq!(count(c).unwrap(), 2);
    assert_eq!(names(&all(c).unwrap()), ["New", "old"]);
}
