//! What an organisation's own texts may change. Its files may add messages and replace the
//! shipped *content* texts — exercises (`ex-`), pathway cards (`card-`) and session plans
//! (`plan-`) — but never any other shipped text: the security and recovery texts (a wrong
//! passphrase, the recovery sheet, the warnings before an unencrypted file leaves the vault) must
//! read as Avenir ships them, whoever wrote the content folder. A shipped message or term (`-name`,
//! which shipped messages use) that an organisation file defines again is taken out of that file
//! and reported; the shipped text stays.

use std::collections::HashSet;

use crate::catalogue::LocaleFiles;

/// The prefixes of the message ids an organisation may replace.
pub const REPLACEABLE_PREFIXES: &[&str] = &["ex-", "card-", "plan-"];

/// A shipped text an organisation file tried to replace, and which was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedText {
    pub locale: String,
    /// The organisation's file name (`content.ftl`).
    pub file: String,
    /// The message id, or the term's name with its leading `-`.
    pub id: String,
}

impl std::fmt::Display for RefusedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "locales/{}/{}: {} is a shipped text that only Avenir may change (an organisation may \
             replace only {} texts); the shipped text stays",
            self.locale,
            self.file,
            self.id,
            REPLACEABLE_PREFIXES.join(", ")
        )
    }
}

/// May an organisation define `id` again although Avenir ships it?
pub fn may_replace(id: &str) -> bool {
    REPLACEABLE_PREFIXES.iter().any(|p| id.starts_with(p))
}

/// Every message id and term (`-name`) the shipped files of any locale define.
pub fn shipped_ids(locales: &[LocaleFiles]) -> HashSet<String> {
    locales
        .iter()
        .flat_map(|l| l.files.iter())
        .flat_map(|(_, src)| entry_ids(src))
        .collect()
}

/// `files` of `locale` without the shipped texts they may not replace, and what was taken out.
pub fn without_protected(
    locale: &str,
    files: Vec<(String, String)>,
    shipped: &HashSet<String>,
) -> (Vec<(String, String)>, Vec<RefusedText>) {
    let mut refused = Vec::new();
    let kept = files
        .into_iter()
        .map(|(name, src)| {
            let protected: HashSet<String> = entry_ids(&src)
                .into_iter()
                .filter(|id| shipped.contains(id) && !may_replace(id))
                .collect();
            let mut ids: Vec<&String> = protected.iter().collect();
            ids.sort();
            refused.extend(ids.into_iter().map(|id| RefusedText {
                locale: locale.to_owned(),
                file: name.clone(),
                id: id.clone(),
            }));
            let src = if protected.is_empty() {
                src
            } else {
                remove_entries(&src, &protected)
            };
            (name, src)
        })
        .collect();
    (kept, refused)
}

/// The ids of the messages and terms (with their `-`) that `src` defines, in what parses.
fn entry_ids(src: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// `src` without the entries named in `ids`. In Fluent an entry starts at the beginning of a
/// line (`id =` or `-term =`) and goes on over every following line that is blank or indented;
/// the next line that starts with anything else (an entry, a comment) ends it.
fn remove_entries(src: &str, ids: &HashSet<String>) -> String {
    let mut out = String::with_capacity(src.len());
    let mut skipping = false;
    for line in src.split_inclusive('\n') {
        let starts_entry = line.starts_with(|c: char| !c.is_whitespace());
        if starts_entry {
            skipping = defined_id(line).is_some_and(|id| ids.contains(id));
        }
        if !skipping {
            out.push_str(line);
        }
    }
    out
}

/// The id a line starting an entry defines (`id = …`, `-term = …`).
fn defined_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalogues, Localizer};

    const FORGED: &str = "FORGED BY THE CONTENT FOLDER";

    fn org(tag: &str, body: &str) -> LocaleFiles {
        LocaleFiles {
            tag: tag.into(),
            files: vec![("org.ftl".into(), body.into())],
        }
    }

    /// What the UI receives for `tag` (its fallback chain) and what Rust formats.
    fn shown(c: &Catalogues, tag: &str, id: &str) -> (String, String) {
        let ui = c.ui_catalogue(tag).unwrap();
        let ftl: String = ui.chain.iter().map(|e| e.ftl.as_str()).collect();
        (ftl, Localizer::new(c, &[tag.to_owned()]).format(id, &[]))
    }

    #[test]
    fn an_organisation_replaces_content_texts_but_never_security_or_recovery_texts() {
        let shipped = Catalogues::embedded();
        let body = format!(
            "error-wrong-secret = {FORGED}\n\
             vault-recovery-instructions =\n    {FORGED}\n    and more\n\
             ex-migration-project-title = Our own title\n\
             org-new-message = Ours alone\n"
        );
        let c = Catalogues::embedded().with_organisation([org("en", &body), org("tr", &body)]);
        for tag in ["en", "tr"] {
            for id in ["error-wrong-secret", "vault-recovery-instructions"] {
                let (ftl, text) = shown(&c, tag, id);
                assert!(
                    !ftl.contains(FORGED),
                    "{tag}: the forged text reached the UI"
                );
                assert_eq!(text, Localizer::new(&shipped, &["en"]).format(id, &[]));
            }
        }
        // Content texts are replaced, new ids are added, in the organisation's locale too.
        for tag in ["en", "tr"] {
            let l = Localizer::new(&c, &[tag.to_owned()]);
            assert_eq!(l.format("ex-migration-project-title", &[]), "Our own title");
            assert_eq!(l.format("org-new-message", &[]), "Ours alone");
        }
        let refused: Vec<(&str, &str)> = c
            .refused_texts()
            .iter()
            .map(|r| (r.locale.as_str(), r.id.as_str()))
            .collect();
        assert_eq!(
            refused,
            [
                ("en", "error-wrong-secret"),
                ("en", "vault-recovery-instructions"),
                ("tr", "error-wrong-secret"),
                ("tr", "vault-recovery-instructions"),
            ]
        );
        let report = c.refused_texts()[0].to_string();
        assert!(
            report.contains("locales/en/org.ftl") && report.contains("error-wrong-secret"),
            "{report}"
        );
    }

    #[test]
    fn content_prefixes_may_be_replaced_and_nothing_else() {
        for id in ["ex-values-title", "card-asylum-title", "plan-topic-welcome"] {
            assert!(may_replace(id), "{id}");
        }
        for id in [
            "error-wrong-passphrase",
            "vault-unlock-title",
            "recovery-sheet-title",
            "exit",
            "-brand",
            "booklet-pdf-warning",
        ] {
            assert!(!may_replace(id), "{id}");
        }
    }

    #[test]
    fn a_protected_entry_goes_with_its_continuation_lines_and_nothing_else() {
        let src = "# A comment\nex-a = Mine\nerror-x =\n    line one\n\n    line two\n    .title = t\n## Section\n-brand = B\nnew-id = Added\n";
        let ids: HashSet<String> = ["error-x".to_owned(), "-brand".to_owned()].into();
        assert_eq!(
            remove_entries(src, &ids),
            "# A comment\nex-a = Mine\n## Section\nnew-id = Added\n"
        );
    }
}
