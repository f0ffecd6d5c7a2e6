//! The referral directory with avenir-cli: a spreadsheet's CSV imports with its bad rows listed by
//! line (exit 0), filters find entries, an export imports whole at a colleague, and files that are
//! not a directory exit 1 and change nothing.

use std::path::Path;

use super::{PASS, init, run, stderr, stdout};

fn on(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--vault", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all, Some(PASS))
}

fn listed(dir: &Path, filters: &[&str]) -> serde_json::Value {
    let mut args = vec!["directory", "--json"];
    args.extend_from_slice(filters);
    let o = on(dir, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).unwrap()
}

const MESSY: &str = "\u{feff}name,kind,pathways,languages,town,address,hours,phone,anonymous,bring,note,checked_on,colour\r\n\
\"Fictional legal aid, Example\",legal_aid,legalise;undocumented,fr;ar,Liège,\"Example street 1\r\nExampletown\",Mon 9-12,,yes,Nothing,,2026-11-01,red\r\n\
Fictional clinic,medical,undocumented,nl,Gent,,,,no,,,,\r\n\
Fictional church,church,,,Gent,,,,,,,,\r\n\
fictional clinic,medical,,,GENT,,,,,,,,\r\n";

#[test]
fn a_spreadsheet_imports_its_good_rows_and_lists_the_bad_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    init(&a);
    let file = tmp.path().join("services.csv");
    std::fs::write(&file, MESSY).unwrap();
    let f = file.to_str().unwrap();

    let preview = on(&a, &["directory-import", f, "--preview", "--json"]);
    assert!(preview.status.success(), "{}", stderr(&preview));
    let p: serde_json::Value = serde_json::from_str(&stdout(&preview)).unwrap();
    assert_eq!(p["added"].as_array().unwrap().len(), 2);
    assert_eq!(p["applied"], false);
    assert_eq!(
        listed(&a, &[]).as_array().unwrap().len(),
        0,
        "a preview writes nothing"
    );

    let o = on(&a, &["directory-import", f]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "bad rows do not fail the import: {}",
        stderr(&o)
    );
    let errors = stderr(&o);
    // Lines as an editor shows them: the quoted address spans lines 2 and 3.
    assert!(errors.contains("Line 5: the field “kind”"), "{errors}");
    assert!(
        errors.contains("Line 6: the same place as line 4"),
        "{errors}"
    );
    assert!(errors.contains("colour"), "{errors}");

    let arabic = listed(&a, &["--language", "ar"]);
    assert_eq!(arabic.as_array().unwrap().len(), 1);
    assert_eq!(arabic[0]["address"], "Example street 1\nExampletown");
    assert_eq!(arabic[0]["anonymous"], true);
    assert_eq!(
        listed(&a, &["--town", "liege"]).as_array().unwrap().len(),
        1
    );
    assert_eq!(
        listed(&a, &["--pathway", "undocumented", "--kind", "medical"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let bad_usage = on(&a, &["directory", "--pathway", "asylum"]);
    assert_eq!(bad_usage.status.code(), Some(2));

    // Passed to a colleague as TOML, it arrives whole.
    let b = tmp.path().join("b");
    init(&b);
    let out = tmp.path().join("shared.toml");
    let e = on(
        &a,
        &[
            "directory-export",
            "--format",
            "toml",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(e.status.success(), "{}", stderr(&e));
    assert!(
        on(&b, &["directory-import", out.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(listed(&a, &[]), listed(&b, &[]));
}

#[test]
fn files_that_are_not_a_directory_exit_1_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    init(&a);
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty.csv", b"", "empty"),
        (
            "photo.csv",
            &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0],
            "not a CSV or TOML text file",
        ),
        ("list.xlsx", b"name\nA\n", ".csv or a .toml"),
    ];
    for (name, bytes, message) in cases {
        let file = tmp.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let o = on(&a, &["directory-import", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(stderr(&o).contains(message), "{name}: {}", stderr(&o));
    }
    assert_eq!(listed(&a, &[]).as_array().unwrap().len(), 0);
}
