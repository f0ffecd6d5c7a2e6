use avenir_core::{ErrorArg, UserMessage};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::Catalogues;

/// Formats messages on the Rust side (the command line's human output). The UI formats its own.
pub struct Localizer {
    locale: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// A localizer for the best match of `requested` among `catalogues`, falling back to English.
    /// Resources that fail to parse are used as far as they parse; the catalogue tests keep them
    /// clean.
    pub fn new<S: AsRef<str>>(catalogues: &Catalogues, requested: &[S]) -> Self {
        let locale = catalogues.negotiate(requested);
        let mut bundles = Vec::new();
        // Every file, the command line's own texts included.
        for entry in catalogues.chain(&locale, crate::LocaleFiles::joined) {
            let id: LanguageIdentifier = entry.locale.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new(vec![id]);
            // Terminal output: no Unicode isolation marks around placeables.
            bundle.set_use_isolating(false);
            let resource =
                FluentResource::try_new(entry.ftl).unwrap_or_else(|(partial, _)| partial);
            // Duplicate ids are reported by the catalogue checks; keep the first here.
            let _ = bundle.add_resource(resource);
            bundles.push(bundle);
        }
        Self { locale, bundles }
    }

    /// Formats an error's message with its arguments.
    pub fn message(&self, m: &UserMessage) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = m
            .args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    ErrorArg::Text(t) => FluentValue::from(t.as_str()),
                    ErrorArg::Number(n) => FluentValue::from(*n),
                };
                (*k, value)
            })
            .collect();
        self.format(m.message_id, &args)
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Formats `id` with `args`; an id found in no catalogue is returned as is, so a missing string
    /// is visible rather than silent.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocaleFiles;

    fn catalogues() -> Catalogues {
        Catalogues::from_files([
            LocaleFiles {
                tag: "en".into(),
                files: vec![(
                    "a.ftl".into(),
                    "hi = Hello { $who }\nonly-en = English only\n".into(),
                )],
            },
            LocaleFiles {
                tag: "fr".into(),
                files: vec![("a.ftl".into(), "hi = Bonjour { $who }\n".into())],
            },
        ])
    }

    #[test]
    fn formats_in_the_negotiated_language_with_arguments() {
        let l = Localizer::new(&catalogues(), &["fr_BE.UTF-8"]);
        assert_eq!(l.locale(), "fr");
        assert_eq!(l.format("hi", &[("who", "Amal".into())]), "Bonjour Amal");
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let l = Localizer::new(&catalogues(), &["fr"]);
        assert_eq!(l.format("only-en", &[]), "English only");
        assert_eq!(l.format("nowhere", &[]), "nowhere");
    }

    #[test]
    fn real_catalogue_formats_an_error_in_dutch() {
        let l = Localizer::new(&Catalogues::embedded(), &["nl-BE"]);
        let text = l.format("error-unknown-locale", &[("locale", "xx".into())]);
        assert!(text.contains("xx") && text.contains("taal"), "{text}");
    }
}
