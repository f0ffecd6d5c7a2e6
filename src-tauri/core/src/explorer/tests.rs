//! Table tests from the study (BRIEF.md, "The Belgian voluntary-return programme"): the 2015
//! amounts, and the June 2015 simplification.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::client::Residence::*;

fn period(id: &str, from: &str, after_june_2015: bool) -> Period {
    Period {
        id: id.into(),
        valid_from: NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap(),
        label_id: format!("rules-{id}"),
        source_id: "source-fedasil-2015".into(),
        return_rules: ReturnRules {
            premium_adult: 250,
            premium_child: 125,
            premium_visa_exempt: false,
            reintegration_adult: 700,
            reintegration_child: 350,
            reintegration_situations: vec![AsylumOngoing],
            reintegration_with_order: vec![AsylumRefused, AppealPending],
            order_limit_months: (!after_june_2015).then_some(12),
            families_whatever_status: after_june_2015,
            families_vulnerable: after_june_2015,
            vulnerable_exception: true,
            eu_topup_per_file: Some(1500),
        },
        statements: vec![
            Statement {
                id: "medical-regularisation".into(),
                pathway: Pathway::Legalise,
                when: Condition {
                    vulnerable: vec![Vulnerability::SeriousIllness],
                    ..Condition::default()
                },
                fee_eur: None,
                bring: true,
                time: false,
                source_id: "source-general-law".into(),
            },
            Statement {
                id: "schooling".into(),
                pathway: Pathway::Undocumented,
                when: Condition {
                    children: true,
                    ..Condition::default()
                },
                fee_eur: None,
                bring: false,
                time: false,
                source_id: "source-general-law".into(),
            },
        ],
    }
}

fn before() -> Period {
    period("study-before-2015-06", "2014-01-01", false)
}

fn from_june_2015() -> Period {
    period("study-from-2015-06", "2015-06-01", true)
}

fn household(adults: u8, children: u8, situations: &[Residence]) -> Household {
    Household {
        adults,
        children,
        child_ages: Vec::new(),
        nationality: Nationality::VisaRequired,
        situations: situations.to_vec(),
        vulnerable: Vec::new(),
    }
    .check()
    .unwrap()
}

/// (line id, eligible, amount) of every line.
fn table(p: &Period, h: &Household) -> Vec<(String, Eligible, Option<u32>)> {
    explore(p, h)
        .into_iter()
        .map(|l| (l.id, l.eligible, l.amount_eur))
        .collect()
}

fn line(p: &Period, h: &Household, id: &str) -> (Eligible, Option<u32>) {
    let l = explore(p, h).into_iter().find(|l| l.id == id).unwrap();
    (l.eligible, l.amount_eur)
}

use Eligible::{Maybe, No, Yes};

#[test]
fn a_refused_family_with_an_order_to_leave_gets_the_2015_amounts() {
    let family = household(2, 3, &[AsylumRefused, OrderToLeave]);
    let rows = table(&from_june_2015(), &family);
    let expected = [
        ("return-journey", Yes, None),
        // €250 per adult and €125 per child.
        ("return-premium", Yes, Some(2 * 250 + 3 * 125)),
        // €700 per adult and €350 per child.
        ("return-reintegration", Yes, Some(2 * 700 + 3 * 350)),
        ("return-eu-topup", Yes, Some(1500)),
        // From June 2015 families with minor children count as vulnerable.
        ("return-vulnerable", Maybe, None),
        ("medical-regularisation", No, None),
        ("schooling", Yes, None),
    ];
    let expected: Vec<(String, Eligible, Option<u32>)> = expected
        .into_iter()
        .map(|(id, e, a)| (id.to_owned(), e, a))
        .collect();
    assert_eq!(rows, expected);
    // Before June 2015 the order to leave had to be at most 12 months old: the explorer cannot
    // know, so it says "maybe" and names the amount.
    assert_eq!(
        line(&before(), &family, "return-reintegration"),
        (Maybe, Some(2450))
    );
    assert_eq!(line(&before(), &family, "return-vulnerable"), (No, None));
}

#[test]
fn visa_exempt_nationals_get_no_premium() {
    let mut h = household(1, 0, &[OverstayedVisa]);
    assert_eq!(
        line(&from_june_2015(), &h, "return-premium"),
        (Yes, Some(250))
    );
    h.nationality = Nationality::VisaExempt;
    assert_eq!(line(&from_june_2015(), &h, "return-premium"), (No, None));
    assert_eq!(line(&from_june_2015(), &h, "return-journey"), (Yes, None));
}

#[test]
fn people_who_never_applied_get_the_premium_only_except_vulnerable_people_and_later_families() {
    let single = household(1, 0, &[NeverApplied]);
    for p in [before(), from_june_2015()] {
        assert_eq!(line(&p, &single, "return-premium"), (Yes, Some(250)));
        assert_eq!(line(&p, &single, "return-reintegration"), (No, None));
        assert_eq!(line(&p, &single, "return-eu-topup"), (No, None));
    }
    let mut ill = single.clone();
    ill.vulnerable = vec![Vulnerability::SeriousIllness];
    assert_eq!(
        line(&from_june_2015(), &ill, "return-reintegration"),
        (Maybe, Some(700))
    );
    assert_eq!(
        line(&from_june_2015(), &ill, "return-vulnerable"),
        (Maybe, None)
    );
    assert_eq!(
        line(&from_june_2015(), &ill, "medical-regularisation"),
        (Maybe, None),
        "a procedure is never a yes: a legal adviser says"
    );
    // From June 2015 families with minor children whatever their status; not before.
    let family = household(1, 1, &[NeverApplied]);
    assert_eq!(
        line(&from_june_2015(), &family, "return-reintegration"),
        (Yes, Some(1050))
    );
    assert_eq!(line(&before(), &family, "return-reintegration"), (No, None));
}

#[test]
fn asylum_seekers_qualify_in_both_periods_and_an_order_alone_does_not() {
    let seeker = household(1, 0, &[AsylumOngoing]);
    for p in [before(), from_june_2015()] {
        assert_eq!(line(&p, &seeker, "return-reintegration"), (Yes, Some(700)));
        assert_eq!(line(&p, &seeker, "return-eu-topup"), (Yes, Some(1500)));
    }
    let refused_no_order = household(1, 0, &[AsylumRefused]);
    assert_eq!(
        line(&from_june_2015(), &refused_no_order, "return-reintegration"),
        (No, None)
    );
}

#[test]
fn a_household_the_client_file_would_refuse_is_refused() {
    let base = household(1, 2, &[]);
    let bad = |f: &dyn Fn(&mut Household)| {
        let mut h = base.clone();
        f(&mut h);
        match h.check().unwrap_err() {
            ExplorerError::Household(field) => field,
            other => panic!("{other}"),
        }
    };
    assert_eq!(bad(&|h| (h.adults, h.children) = (0, 0)), "nobody");
    assert_eq!(bad(&|h| h.adults = 31), "adults");
    assert_eq!(bad(&|h| h.children = 31), "children");
    assert_eq!(bad(&|h| h.child_ages = vec![4]), "child_ages");
    assert_eq!(bad(&|h| h.child_ages = vec![4, 18]), "child_ages");
    let mut ok = base.clone();
    ok.child_ages = vec![4, 9];
    assert!(ok.check().is_ok());
    // A child alone (an unaccompanied minor) is a household.
    assert!(household(0, 1, &[]).children == 1);
}

#[test]
fn the_period_in_force_is_the_latest_started_and_a_second_period_on_the_same_day_is_left_out() {
    let files = vec![
        ("study-from-2015-06.toml".to_owned(), from_june_2015()),
        ("study-before-2015-06.toml".to_owned(), before()),
        ("ours.toml".to_owned(), period("ours", "2015-06-01", true)),
    ];
    let (periods, problems) = in_order(files);
    let ids: Vec<&str> = periods.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["study-before-2015-06", "study-from-2015-06"]);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].file.as_str(), problems[0].field.as_str()),
        ("ours.toml", "valid_from")
    );
    let on = |d: &str| {
        in_force(&periods, NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()).map(|p| p.id.as_str())
    };
    assert_eq!(on("2015-05-31"), Some("study-before-2015-06"));
    assert_eq!(on("2015-06-01"), Some("study-from-2015-06"));
    assert_eq!(on("2026-12-03"), Some("study-from-2015-06"));
    assert_eq!(on("2013-12-31"), None);
    let date = NaiveDate::from_ymd_opt(2013, 5, 1).unwrap();
    assert_eq!(
        explore_on(&periods, date, &household(1, 0, &[])).unwrap_err(),
        ExplorerError::NoRules(date)
    );
}
