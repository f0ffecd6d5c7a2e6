//! `explore`: the study's amounts for a household, the period of the date, an organisation's newer
//! period, and a clear refusal of a household the client file would not accept.

use serde_json::Value;

use super::run;

const FAMILY: &[&str] = &[
    "explore",
    "--adults",
    "2",
    "--children",
    "3",
    "--child-ages",
    "4,9,12",
    "--nationality",
    "visa_required",
    "--situation",
    "asylum_refused",
    "--situation",
    "order_to_leave",
    "--json",
];

fn explore(extra: &[&str]) -> (Value, std::process::Output) {
    let args: Vec<&str> = FAMILY.iter().chain(extra).copied().collect();
    let out = run(&args, None);
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (json, out)
}

fn line<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("no line {id} in {json}"))
}

#[test]
fn a_refused_family_sees_the_2015_amounts_of_the_period_in_force() {
    let (json, out) = explore(&["--date", "2026-12-03"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json["period"], "2015-06-01");
    let ids: Vec<&str> = json["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["pathway"] == "return")
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "return-journey",
            "return-premium",
            "return-reintegration",
            "return-eu-topup",
            "return-vulnerable"
        ]
    );
    assert_eq!(line(&json, "return-premium")["amount_eur"], 875);
    assert_eq!(line(&json, "return-reintegration")["amount_eur"], 2450);
    assert_eq!(line(&json, "return-reintegration")["eligible"], "yes");
    assert_eq!(line(&json, "return-eu-topup")["amount_eur"], 1500);
    assert_eq!(line(&json, "return-premium")["source"], "fedasil-2015");
    assert_eq!(line(&json, "medical-regularisation")["eligible"], "no");
    assert_eq!(line(&json, "asylum")["eligible"], "maybe");
    assert_eq!(line(&json, "schooling")["eligible"], "yes");

    // Before June 2015 the order had to be recent: "maybe".
    let (then, _) = explore(&["--date", "2015-03-01"]);
    assert_eq!(then["period"], "2015-01-01");
    assert_eq!(line(&then, "return-reintegration")["eligible"], "maybe");
}

#[test]
fn an_organisation_adds_a_newer_period_and_a_broken_file_is_named_and_left_out() {
    let org = tempfile::tempdir().unwrap();
    let rules = org.path().join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    let shipped = include_str!("../../../../assets/content/rules/study-from-2015-06.toml");
    std::fs::write(
        rules.join("ours-2026.toml"),
        shipped
            .replace("id = \"study-from-2015-06\"", "id = \"ours-2026\"")
            .replace("valid_from = \"2015-06-01\"", "valid_from = \"2026-01-01\"")
            .replace("premium_adult = 250", "premium_adult = 300"),
    )
    .unwrap();
    std::fs::write(
        rules.join("same-day.toml"),
        shipped.replace("id = \"study-from-2015-06\"", "id = \"same-day\""),
    )
    .unwrap();
    let dir = org.path().to_str().unwrap();
    let (json, out) = explore(&["--date", "2026-12-03", "--content", dir]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json["period"], "2026-01-01");
    assert_eq!(
        line(&json, "return-premium")["amount_eur"],
        2 * 300 + 3 * 125
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("same-day.toml") && err.contains("valid_from"),
        "the overlapping file is named: {err}"
    );
    // The shipped period still answers for its own dates.
    let (then, _) = explore(&["--date", "2020-01-01", "--content", dir]);
    assert_eq!(then["period"], "2015-06-01");
}

#[test]
fn a_household_the_client_file_would_refuse_exits_1_and_bad_arguments_exit_2() {
    for bad in [
        &["explore", "--adults", "0", "--nationality", "visa_exempt"][..],
        &["explore", "--adults", "31", "--nationality", "visa_exempt"],
        &[
            "explore",
            "--adults",
            "1",
            "--children",
            "2",
            "--child-ages",
            "4",
            "--nationality",
            "visa_exempt",
        ],
    ] {
        let out = run(bad, None);
        assert_eq!(out.status.code(), Some(1), "{bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.trim().is_empty() && !err.contains("error-household"),
            "{err}"
        );
    }
    for bad in [
        &["explore", "--adults", "x", "--nationality", "visa_exempt"][..],
        &["explore", "--adults", "1", "--nationality", "martian"],
        &[
            "explore",
            "--adults",
            "1",
            "--nationality",
            "visa_exempt",
            "--date",
            "3/12/2026",
        ],
        &[
            "explore",
            "--adults",
            "1",
            "--nationality",
            "visa_exempt",
            "--situation",
            "deported",
        ],
    ] {
        assert_eq!(run(bad, None).status.code(), Some(2), "{bad:?}");
    }
}
