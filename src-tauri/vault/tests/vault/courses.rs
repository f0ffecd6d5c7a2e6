//! Group courses on a real encrypted vault.

use avenir_core::course::{Block, BlockKind, Course, CourseFacts, Day};
use avenir_vault::courses;
use avenir_vault::{KdfParams, RecoveryKey, Vault, VaultError};

use super::PASS;

#[test]
fn a_course_round_trips_and_lists_newest_first() {
    let tmp = tempfile::tempdir().unwrap();
    let v = Vault::create_at(
        &tmp.path().join("v"),
        "Facilitator",
        PASS,
        &RecoveryKey::generate().unwrap(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    let conn = v.conn();
    let course = Course {
        title: "Toekomstcursus maart".into(),
        plan: Some("three-days".into()),
        facts: CourseFacts {
            held_on: Some("2026-03-10".parse().unwrap()),
            place: "Antwerpen, zaal 2".into(),
            participants: Some(11),
            languages: vec!["ar".into(), "fr".into(), "nl".into()],
        },
        days: vec![Day {
            blocks: vec![
                Block {
                    kind: BlockKind::Exercise,
                    minutes: 45,
                    exercise: Some("four-pathways".into()),
                    card: None,
                    topic: None,
                    note: "Bring the big sheets".into(),
                },
                Block {
                    kind: BlockKind::Break,
                    minutes: 15,
                    exercise: None,
                    card: None,
                    topic: None,
                    note: String::new(),
                },
            ],
        }],
    };
    let a = courses::create_course(conn, &course, "2026-03-01T09:00:00Z").unwrap();
    assert_eq!(a.course, course);
    let mut other = course.clone();
    other.title = "Séance unique".into();
    other.facts = CourseFacts::default();
    let b = courses::create_course(conn, &other, "2026-03-02T09:00:00Z").unwrap();
    assert_eq!(b.course.facts, CourseFacts::default());
    let listed: Vec<i64> = courses::courses(conn)
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(listed, [b.id, a.id]);

    let mut changed = course.clone();
    changed.facts.participants = Some(9);
    changed.days[0].blocks.pop();
    let a2 = courses::update_course(conn, a.id, &changed, "2026-03-03T09:00:00Z").unwrap();
    assert_eq!(a2.course, changed);
    assert_eq!(a2.created_at, "2026-03-01T09:00:00Z");
    courses::delete_course(conn, b.id).unwrap();
    assert!(matches!(
        courses::get_course(conn, b.id),
        Err(VaultError::ClientMissing)
    ));
    assert_eq!(courses::courses(conn).unwrap().len(), 1);
}
