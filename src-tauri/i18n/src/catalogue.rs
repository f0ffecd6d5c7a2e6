use crate::negotiate::{Direction, direction_of, negotiate};
use crate::organisation::{self, RefusedText};
use crate::person::{Review, review_of};
use crate::{COMPLETE_LOCALES, FALLBACK_LOCALE, I18nError};

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// Files only the command line shows; the UI's catalogue leaves them out.
const CLI_ONLY_FILES: &[&str] = &["cli.ftl"];

/// The FTL files of one locale: `(file name, source)` pairs, sorted by file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFiles {
    pub tag: String,
    pub files: Vec<(String, String)>,
}

impl LocaleFiles {
    /// All files of the locale joined into one FTL resource.
    pub fn joined(&self) -> String {
        self.joined_except(&[])
    }

    /// The files the interface uses (not the command line's), joined: less for the UI to parse
    /// at start-up.
    pub fn joined_for_ui(&self) -> String {
        self.joined_except(CLI_ONLY_FILES)
    }

    fn joined_except(&self, skip: &[&str]) -> String {
        let mut s = String::new();
        for (_, src) in self
            .files
            .iter()
            .filter(|(name, _)| !skip.contains(&name.as_str()))
        {
            s.push_str(src);
            if !s.ends_with('\n') {
                s.push('\n');
            }
        }
        s
    }
}

/// A set of locales, normally the ones embedded from `/locales` at build time.
#[derive(Debug, Clone)]
pub struct Catalogues {
    locales: Vec<LocaleFiles>,
    /// Shipped texts organisation files tried to replace, left out ([`crate::organisation`]).
    refused: Vec<RefusedText>,
}

/// What the language switcher shows for one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    pub tag: String,
    /// The language's own name (`language-name` in its catalogue).
    pub name: String,
    pub dir: Direction,
    pub complete: bool,
    /// Some of its files say that no native speaker has reviewed them yet (`### review: draft`).
    pub draft: bool,
}

/// One link of the fallback chain handed to the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiChainEntry {
    pub locale: String,
    pub ftl: String,
}

/// Everything the UI needs to render in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiCatalogue {
    pub locale: String,
    pub dir: Direction,
    /// The locale dates, times and numbers follow ([`crate::format_locale`]).
    pub format_locale: String,
    /// The chosen locale first, then the fallback (English) unless they are the same.
    pub chain: Vec<UiChainEntry>,
    pub available: Vec<LocaleInfo>,
}

impl Catalogues {
    /// The catalogues compiled into this binary from `/locales`.
    pub fn embedded() -> Self {
        Self::from_files(EMBEDDED.iter().map(|(tag, files)| {
            LocaleFiles {
                tag: (*tag).to_owned(),
                files: files
                    .iter()
                    .map(|(n, s)| ((*n).to_owned(), (*s).to_owned()))
                    .collect(),
            }
        }))
    }

    /// Builds a set from explicit files (tests, or a future organisation override folder).
    pub fn from_files(locales: impl IntoIterator<Item = LocaleFiles>) -> Self {
        let mut locales: Vec<LocaleFiles> = locales.into_iter().collect();
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        Self {
            locales,
            refused: Vec::new(),
        }
    }

    /// Adds an organisation's own files (content texts): each goes before the shipped files of
    /// its locale, so that where both define a message, the organisation's wins (Fluent keeps
    /// the first definition of an id). A locale only the organisation has is added. New ids are
    /// added as they are; of the shipped ones, only content texts (`ex-`, `card-`, `plan-`) may
    /// be replaced: any other shipped message or term is taken out of the organisation's file
    /// and listed in [`Catalogues::refused_texts`], in every locale (a locale only the
    /// organisation has included).
    pub fn with_organisation(mut self, extra: impl IntoIterator<Item = LocaleFiles>) -> Self {
        let shipped = organisation::shipped_ids(&self.locales);
        for mut add in extra {
            let (files, refused) =
                organisation::without_protected(&add.tag, std::mem::take(&mut add.files), &shipped);
            add.files = files;
            self.refused.extend(refused);
            match self.locales.iter_mut().find(|l| l.tag == add.tag) {
                Some(have) => {
                    add.files.append(&mut have.files);
                    have.files = add.files;
                }
                None => self.locales.push(add),
            }
        }
        self.locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        self
    }

    /// The shipped texts organisation files tried to replace and which were left out.
    pub fn refused_texts(&self) -> &[RefusedText] {
        &self.refused
    }

    /// The ids of the messages (with a value) that `tag` defines, in files that parse.
    pub fn message_ids(&self, tag: &str) -> std::collections::HashSet<String> {
        let mut ids = std::collections::HashSet::new();
        let Some(locale) = self.get(tag) else {
            return ids;
        };
        for (_, src) in &locale.files {
            let resource = match fluent_syntax::parser::parse(src.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && m.value.is_some()
                {
                    ids.insert(m.id.name.to_owned());
                }
            }
        }
        ids
    }

    pub fn locales(&self) -> &[LocaleFiles] {
        &self.locales
    }

    pub fn tags(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.tag.as_str()).collect()
    }

    pub fn get(&self, tag: &str) -> Option<&LocaleFiles> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// Picks the interface language for the requested ones, in order of preference (BCP 47 tags
    /// such as `fr-BE` or POSIX-ish ones such as `nl_BE.UTF-8`) among the complete locales: a
    /// client language holds what the person reads, not the counsellor's screens. English
    /// otherwise.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> String {
        let interface: Vec<&str> = self
            .tags()
            .into_iter()
            .filter(|tag| COMPLETE_LOCALES.contains(tag))
            .collect();
        negotiate(requested, &interface, FALLBACK_LOCALE)
    }

    /// The catalogue for exactly `tag` (which must be available), with its fallback chain.
    pub fn ui_catalogue(&self, tag: &str) -> Result<UiCatalogue, I18nError> {
        let files = self
            .get(tag)
            .ok_or_else(|| I18nError::UnknownLocale(tag.to_owned()))?;
        Ok(UiCatalogue {
            locale: files.tag.clone(),
            dir: direction_of(tag),
            format_locale: crate::format_locale(tag, &crate::os_locales()),
            chain: self.chain(tag, LocaleFiles::joined_for_ui),
            available: self.available(),
        })
    }

    /// The fallback chain of `tag` (it, then English), each locale's files joined by `join`.
    /// Empty when `tag` is not available.
    pub fn chain(&self, tag: &str, join: fn(&LocaleFiles) -> String) -> Vec<UiChainEntry> {
        let mut chain: Vec<UiChainEntry> = self
            .get(tag)
            .map(|files| UiChainEntry {
                locale: files.tag.clone(),
                ftl: join(files),
            })
            .into_iter()
            .collect();
        if tag != FALLBACK_LOCALE
            && let Some(fallback) = self.get(FALLBACK_LOCALE)
        {
            chain.push(UiChainEntry {
                locale: fallback.tag.clone(),
                ftl: join(fallback),
            });
        }
        chain
    }

    /// The locales a user can choose, with their own names.
    pub fn available(&self) -> Vec<LocaleInfo> {
        self.locales
            .iter()
            .map(|l| LocaleInfo {
                tag: l.tag.clone(),
                name: own_name(l).unwrap_or_else(|| l.tag.clone()),
                dir: direction_of(&l.tag),
                complete: COMPLETE_LOCALES.contains(&l.tag.as_str()),
                draft: l
                    .files
                    .iter()
                    .any(|(_, src)| review_of(src) == Some(Review::Draft)),
            })
            .collect()
    }
}

/// The value of `language-name` in the locale's own files, read without a full Fluent parse.
fn own_name(l: &LocaleFiles) -> Option<String> {
    l.files
        .iter()
        .flat_map(|(_, src)| src.lines())
        .find_map(|line| {
            let (id, value) = line.split_once('=')?;
            (id.trim() == "language-name").then(|| value.trim().to_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(tag: &str, body: &str) -> LocaleFiles {
        LocaleFiles {
            tag: tag.into(),
            files: vec![("a.ftl".into(), body.into())],
        }
    }

    #[test]
    fn embedded_catalogues_hold_the_counsellor_languages_and_arabic() {
        let c = Catalogues::embedded();
        for tag in ["en", "nl", "fr", "ar"] {
            assert!(
                c.get(tag).is_some(),
                "{tag} missing from the embedded catalogues"
            );
        }
    }

    #[test]
    fn arabic_catalogue_is_rtl_and_falls_back_to_english() {
        let c = Catalogues::embedded();
        let ui = c.ui_catalogue("ar").unwrap();
        assert_eq!(ui.dir, Direction::Rtl);
        let chain: Vec<&str> = ui.chain.iter().map(|e| e.locale.as_str()).collect();
        assert_eq!(chain, ["ar", "en"]);
        assert!(ui.chain[0].ftl.contains("welcome-title"));
    }

    #[test]
    fn english_catalogue_has_no_duplicate_fallback() {
        let ui = Catalogues::embedded().ui_catalogue("en").unwrap();
        assert_eq!(ui.chain.len(), 1);
        assert_eq!(ui.dir, Direction::Ltr);
        assert!(ui.chain[0].ftl.contains("welcome-title"));
        assert!(
            !ui.chain[0].ftl.contains("cli-bench-"),
            "the command line's texts stay out of the UI"
        );
    }

    #[test]
    fn unknown_locale_is_an_error_naming_it() {
        let err = Catalogues::embedded().ui_catalogue("xx").unwrap_err();
        assert_eq!(err, I18nError::UnknownLocale("xx".into()));
    }

    #[test]
    fn available_uses_each_language_s_own_name() {
        let c = Catalogues::embedded();
        let names: Vec<(String, String, bool)> = c
            .available()
            .into_iter()
            .map(|i| (i.tag, i.name, i.complete))
            .collect();
        assert!(names.contains(&("nl".into(), "Nederlands".into(), true)));
        assert!(names.contains(&("ar".into(), "العربية".into(), true)));
        assert!(names.contains(&("ru".into(), "Русский".into(), false)));
    }

    #[test]
    fn the_interface_is_negotiated_among_the_counsellors_languages_only() {
        let c = Catalogues::embedded();
        assert_eq!(c.negotiate(&["ru_RU.UTF-8", "fr_BE.UTF-8"]), "fr");
        assert_eq!(c.negotiate(&["uk_UA.UTF-8"]), "en");
        assert_eq!(c.negotiate(&["ar_MA.UTF-8"]), "ar");
    }

    #[test]
    fn a_language_whose_files_say_draft_is_a_draft() {
        let c = Catalogues::from_files([
            loc("en", "language-name = English\n"),
            loc("ru", "### review: draft\nlanguage-name = Русский\n"),
            loc(
                "es",
                "### review: reviewed by a native speaker, 2027-01-10\nlanguage-name = Español\n",
            ),
        ]);
        let drafts: Vec<(String, bool)> = c
            .available()
            .into_iter()
            .map(|i| (i.tag, i.draft))
            .collect();
        assert_eq!(
            drafts,
            [
                ("en".into(), false),
                ("es".into(), false),
                ("ru".into(), true)
            ]
        );
    }

    #[test]
    fn joined_files_keep_every_message() {
        let l = LocaleFiles {
            tag: "en".into(),
            files: vec![
                ("a.ftl".into(), "a = A".into()),
                ("b.ftl".into(), "b = B\n".into()),
            ],
        };
        assert_eq!(l.joined(), "a = A\nb = B\n");
    }

    #[test]
    fn a_locale_without_own_name_shows_its_tag() {
        let c = Catalogues::from_files([loc("en", "x = y\n"), loc("pt-BR", "x = y\n")]);
        let info = c.available();
        assert_eq!(info[1].name, "pt-BR");
    }
}
