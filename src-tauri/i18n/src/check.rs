//! Catalogue checks: every `.ftl` parses, complete locales hold exactly the reference (English)
//! messages, no locale has messages English lacks, no id is defined twice, and every version of a
//! message uses the same variables. The test suite runs these over `/locales`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::person::{is_person_facing, review_of};
use crate::{COMPLETE_LOCALES, Catalogues, FALLBACK_LOCALE};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Syntax {
        locale: String,
        file: String,
        detail: String,
    },
    Missing {
        locale: String,
        id: String,
    },
    Unknown {
        locale: String,
        file: String,
        id: String,
    },
    Duplicate {
        locale: String,
        id: String,
    },
    Variables {
        locale: String,
        id: String,
        here: Vec<String>,
        reference: Vec<String>,
    },
    /// A client language's file does not say whether a native speaker reviewed it.
    NoReview {
        locale: String,
        file: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax {
                locale,
                file,
                detail,
            } => write!(f, "locales/{locale}/{file}: does not parse: {detail}"),
            Problem::Missing { locale, id } => {
                write!(f, "locales/{locale}: message `{id}` is missing")
            }
            Problem::NoReview { locale, file } => write!(
                f,
                "locales/{locale}/{file}: the first line must be `### review: draft` or `### review: reviewed …`"
            ),
            Problem::Unknown { locale, file, id } => {
                write!(
                    f,
                    "locales/{locale}/{file}: message `{id}` does not exist in {FALLBACK_LOCALE}"
                )
            }
            Problem::Duplicate { locale, id } => {
                write!(f, "locales/{locale}: message `{id}` is defined twice")
            }
            Problem::Variables {
                locale,
                id,
                here,
                reference,
            } => write!(
                f,
                "locales/{locale}: message `{id}` uses variables {here:?} but {FALLBACK_LOCALE} uses {reference:?}"
            ),
        }
    }
}

/// One message (or term) as found in a locale: where, and which variables it uses.
struct Entry {
    file: String,
    variables: BTreeSet<String>,
}

/// Runs every check; an empty result means the catalogues are sound.
pub fn check(catalogues: &Catalogues) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut by_locale: BTreeMap<&str, BTreeMap<String, Entry>> = BTreeMap::new();
    for locale in catalogues.locales() {
        let entries = by_locale.entry(locale.tag.as_str()).or_default();
        let client = !COMPLETE_LOCALES.contains(&locale.tag.as_str());
        for (file, source) in &locale.files {
            if client && review_of(source).is_none() {
                problems.push(Problem::NoReview {
                    locale: locale.tag.clone(),
                    file: file.clone(),
                });
            }
            let resource = match parser::parse(source.as_str()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(Problem::Syntax {
                            locale: locale.tag.clone(),
                            file: file.clone(),
                            detail: format!("{:?} at bytes {:?}", e.kind, e.pos),
                        });
                    }
                    r
                }
            };
            for (id, variables) in entries_of(&resource) {
                if entries
                    .insert(
                        id.clone(),
                        Entry {
                            file: file.clone(),
                            variables,
                        },
                    )
                    .is_some()
                {
                    problems.push(Problem::Duplicate {
                        locale: locale.tag.clone(),
                        id,
                    });
                }
            }
        }
    }

    let empty = BTreeMap::new();
    let reference = by_locale.get(FALLBACK_LOCALE).unwrap_or(&empty);
    for (locale, entries) in &by_locale {
        if *locale == FALLBACK_LOCALE {
            continue;
        }
        // A counsellors' language holds everything; a client language what the person reads.
        let complete = COMPLETE_LOCALES.contains(locale);
        let required = reference
            .iter()
            .filter(|(id, r)| complete || is_person_facing(&r.file, id));
        for (id, _) in required.filter(|(id, _)| !entries.contains_key(*id)) {
            problems.push(Problem::Missing {
                locale: (*locale).to_owned(),
                id: id.clone(),
            });
        }
        for (id, entry) in entries {
            match reference.get(id) {
                None => problems.push(Problem::Unknown {
                    locale: (*locale).to_owned(),
                    file: entry.file.clone(),
                    id: id.clone(),
                }),
                Some(r) if r.variables != entry.variables => problems.push(Problem::Variables {
                    locale: (*locale).to_owned(),
                    id: id.clone(),
                    here: entry.variables.iter().cloned().collect(),
                    reference: r.variables.iter().cloned().collect(),
                }),
                Some(_) => {}
            }
        }
    }
    problems
}

fn entries_of(resource: &ast::Resource<&str>) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(p) = value {
            pattern_vars(p, &mut vars);
        }
        for a in attributes {
            pattern_vars(&a.value, &mut vars);
        }
        out.push((id, vars));
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_vars(arguments, vars),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_vars(arguments, vars),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn call_vars(args: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>) {
    for p in &args.positional {
        inline_vars(p, vars);
    }
    for n in &args.named {
        inline_vars(&n.value, vars);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocaleFiles;

    fn cat(locales: &[(&str, &str)]) -> Catalogues {
        Catalogues::from_files(locales.iter().map(|(tag, src)| LocaleFiles {
            tag: (*tag).into(),
            files: vec![("main.ftl".into(), (*src).into())],
        }))
    }

    const EN: &str = "hello = Hello { $name }\ncount = { $n ->\n    [one] one client\n   *[other] { $n } clients\n}\n";
    const NL: &str = "hello = Hallo { $name }\ncount = { $n ->\n    [one] één cliënt\n   *[other] { $n } cliënten\n}\n";

    #[test]
    fn the_shipped_catalogues_pass_every_check() {
        let problems = check(&Catalogues::embedded());
        let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            problems.is_empty(),
            "catalogue problems:\n{}",
            listing.join("\n")
        );
    }

    #[test]
    fn sound_catalogues_have_no_problems() {
        assert_eq!(
            check(&cat(&[
                ("en", EN),
                ("nl", NL),
                ("fr", NL),
                ("ti", "### review: draft\nhello = ሰላም { $name }\n")
            ])),
            []
        );
    }

    #[test]
    fn a_message_missing_from_a_complete_locale_is_reported() {
        let problems = check(&cat(&[("en", EN), ("nl", "hello = Hallo { $name }\n")]));
        assert_eq!(
            problems,
            [Problem::Missing {
                locale: "nl".into(),
                id: "count".into()
            }]
        );
    }

    #[test]
    fn a_partial_locale_may_miss_messages_but_not_invent_them() {
        let problems = check(&cat(&[
            ("en", EN),
            (
                "ti",
                "### review: draft\nhello = ሰላም { $name }\nhelo = typo\n",
            ),
        ]));
        assert_eq!(
            problems,
            [Problem::Unknown {
                locale: "ti".into(),
                file: "main.ftl".into(),
                id: "helo".into()
            }]
        );
    }

    #[test]
    fn a_client_language_must_hold_what_the_person_reads_and_say_whether_it_was_reviewed() {
        let files = |tag: &str, cards: &str, vault: &str| LocaleFiles {
            tag: tag.into(),
            files: vec![
                ("cards.ftl".into(), cards.into()),
                ("vault.ftl".into(), vault.into()),
            ],
        };
        let en = files(
            "en",
            "card-return-title = Return\ncard-return-what = What\n",
            "vault-lock = Lock\n",
        );
        // The counsellor's Lock button may fall back to English; the card's text may not.
        let ru = files(
            "ru",
            "### review: draft\ncard-return-title = Возвращение\n",
            "# no review line\n",
        );
        let problems = check(&Catalogues::from_files([en, ru]));
        assert_eq!(
            problems,
            [
                Problem::NoReview {
                    locale: "ru".into(),
                    file: "vault.ftl".into()
                },
                Problem::Missing {
                    locale: "ru".into(),
                    id: "card-return-what".into()
                },
            ]
        );
        assert!(problems[0].to_string().contains("### review: draft"));
    }

    #[test]
    fn a_file_that_does_not_parse_is_reported_with_its_name() {
        let problems = check(&cat(&[("en", "hello = Hello { $name\n")]));
        assert!(
            matches!(&problems[..], [Problem::Syntax { locale, file, .. }, ..] if locale == "en" && file == "main.ftl"),
            "{problems:?}"
        );
        assert!(problems[0].to_string().contains("locales/en/main.ftl"));
    }

    #[test]
    fn a_variable_another_version_lacks_is_reported_both_ways() {
        let renamed = NL.replace("$name", "$naam");
        let problems = check(&cat(&[("en", EN), ("nl", &renamed)]));
        assert_eq!(
            problems,
            [Problem::Variables {
                locale: "nl".into(),
                id: "hello".into(),
                here: vec!["naam".into()],
                reference: vec!["name".into()],
            }]
        );
        let dropped = NL.replace("{ $n } cliënten", "veel cliënten");
        // `$n` is still used as the selector, so this version is fine…
        assert_eq!(check(&cat(&[("en", EN), ("nl", &dropped)])), []);
        // …but dropping a variable entirely is not.
        let problems = check(&cat(&[("en", EN), ("nl", "hello = Hallo\ncount = veel\n")]));
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn variables_inside_function_arguments_count() {
        let en = "-brand = Avenir\nsince = { -brand(case: \"x\") } { DATETIME($when) } { NUMBER($count) }\n";
        let fr = "-brand = Avenir\nsince = { -brand(case: \"x\") } { DATETIME($when) }\n";
        let problems = check(&cat(&[("en", en), ("fr", fr)]));
        assert!(
            matches!(&problems[..], [Problem::Variables { id, here, .. }] if id == "since" && here == &["when"]),
            "{problems:?}"
        );
    }

    #[test]
    fn a_message_defined_twice_is_reported() {
        let problems = check(&cat(&[("en", "a = 1\na = 2\n")]));
        assert_eq!(
            problems,
            [Problem::Duplicate {
                locale: "en".into(),
                id: "a".into()
            }]
        );
    }
}
