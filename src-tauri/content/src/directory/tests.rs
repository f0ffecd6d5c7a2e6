use super::*;

const HEADER: &str =
    "name,kind,pathways,languages,town,address,hours,phone,anonymous,bring,note,checked_on";

fn sample() -> Vec<Service> {
    let mut a = Service::named("Fictional legal aid “Example”", ServiceKind::LegalAid);
    a.pathways = vec![Pathway::Legalise, Pathway::Undocumented];
    a.languages = vec!["fr".into(), "ar".into()];
    a.town = "Exampletown".into();
    a.address = "Example street 1,\nExampletown".into();
    a.hours = "Mon, Wed 9:00–12:00".into();
    a.anonymous = true;
    a.bring = "Nothing; \"no papers needed\"".into();
    a.checked_on = "2026-11-01".parse().ok();
    let b = Service::named("مركز مثال", ServiceKind::Medical);
    vec![a, b]
}

fn entries(r: &Read) -> Vec<Service> {
    r.rows.iter().map(|r| r.entry.clone().unwrap()).collect()
}

#[test]
fn csv_and_toml_read_back_to_the_same_entries() {
    for format in [Format::Csv, Format::Toml] {
        let text = write(&sample(), format);
        let back = read(text.as_bytes(), format).unwrap();
        assert_eq!(entries(&back), sample(), "{format:?}:\n{text}");
        assert!(back.ignored_columns.is_empty());
    }
}

#[test]
fn a_spreadsheet_csv_with_bom_crlf_quotes_and_extra_columns_reads() {
    let text = format!(
        "\u{feff}{HEADER},colour\r\n\"A, B\",medical,return;onward,ar;fr,Gent,\"Line 1\r\nLine 2\",,,yes,,,2026-01-02,red\r\n\r\n"
    );
    let r = read(text.as_bytes(), Format::Csv).unwrap();
    assert_eq!(r.ignored_columns, ["colour"]);
    let e = entries(&r);
    assert_eq!(e[0].name, "A, B");
    assert_eq!(e[0].address, "Line 1\nLine 2");
    assert_eq!(e[0].pathways, [Pathway::Onward, Pathway::Return]);
    assert!(e[0].anonymous);
    assert_eq!(r.rows[0].line, 2, "{:?}", r.rows);
}

#[test]
fn bad_rows_are_reported_by_line_and_the_good_ones_kept() {
    let text = format!(
        "{HEADER}\nGood,shelter,,,Gent,,,,,,,\nBad kind,church,,,,,,,,,,\nBad date,school,,,,,,,,,,31/12/2026\n,medical,,,,,,,,,,\nAlso good,school,,,,,,,no,,,\n"
    );
    let r = read(text.as_bytes(), Format::Csv).unwrap();
    let problems: Vec<(usize, Option<RowProblem>)> = r
        .rows
        .iter()
        .map(|r| (r.line, r.entry.clone().err()))
        .collect();
    assert_eq!(
        problems,
        vec![
            (2, None),
            (3, Some(RowProblem::Field("kind"))),
            (4, Some(RowProblem::Field("checked_on"))),
            (5, Some(RowProblem::Field("name"))),
            (6, None),
        ]
    );
}

#[test]
fn files_that_are_not_a_directory_say_why() {
    assert_eq!(read(b"", Format::Csv), Err(DirectoryFileError::Empty));
    assert_eq!(read(b" \r\n", Format::Toml), Err(DirectoryFileError::Empty));
    assert_eq!(
        read(&[0x89, b'P', b'N', b'G', 0, 1], Format::Csv),
        Err(DirectoryFileError::NotText)
    );
    assert_eq!(
        read(b"town,kind\nGent,school\n", Format::Csv),
        Err(DirectoryFileError::MissingColumn("name"))
    );
    assert!(matches!(
        read(b"[[service]]\nname = \"x\"\nkind = \n", Format::Toml),
        Err(DirectoryFileError::Syntax { line: 3, .. })
    ));
}

#[test]
fn toml_rows_carry_the_line_of_their_table() {
    let text = "# comment\n\n[[service]]\nname = \"A\"\nkind = \"school\"\n\n[[service]]\nname = \"B\"\nkind = \"nope\"\nchecked_on = 2026-05-01\n";
    let r = read(text.as_bytes(), Format::Toml).unwrap();
    assert!(r.rows[0].entry.is_ok());
    assert_eq!(r.rows[1].entry, Err(RowProblem::Field("kind")));
    assert!(
        r.rows[1].line >= 7 && r.rows[1].line <= 8,
        "{}",
        r.rows[1].line
    );
}

#[test]
fn ten_thousand_rows_read() {
    let mut text = String::from(HEADER);
    for i in 0..10_000 {
        text.push_str(&format!(
            "\nService {i},school,return,fr,Town {},,,,,,,",
            i % 50
        ));
    }
    let r = read(text.as_bytes(), Format::Csv).unwrap();
    assert_eq!(r.rows.len(), 10_000);
    assert!(r.rows.iter().all(|r| r.entry.is_ok()));
}

#[test]
fn the_shipped_example_and_template_read() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content/directory");
    let example = read(
        &std::fs::read(root.join("example.toml")).unwrap(),
        Format::Toml,
    )
    .unwrap();
    let entries = entries(&example);
    assert_eq!(entries.len(), 1);
    assert!(
        entries[0].name.contains("fictional"),
        "clearly fictional: {}",
        entries[0].name
    );
    let template = read(
        &std::fs::read(root.join("template.csv")).unwrap(),
        Format::Csv,
    )
    .unwrap();
    assert!(template.rows.is_empty() && template.ignored_columns.is_empty());
}
