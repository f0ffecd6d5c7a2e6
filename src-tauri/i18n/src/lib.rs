#![cfg_attr(test, allow(clippy::unwrap_used))]
//! Avenir's languages: the Fluent catalogues in `/locales`, language negotiation, text direction,
//! formatting for Rust-side text (the command line), and the catalogue checks the tests run.
//!
//! The UI formats its own strings with `@fluent/bundle`; this crate hands it a [`UiCatalogue`]:
//! the raw FTL of the fallback chain, the chosen locale and its direction.

mod catalogue;
pub mod check;
mod localizer;
mod negotiate;
pub mod organisation;
pub mod person;

pub use catalogue::{Catalogues, LocaleFiles, LocaleInfo, UiCatalogue, UiChainEntry};
pub use fluent_bundle::FluentValue;
pub use localizer::Localizer;
pub use negotiate::{Direction, direction_of, format_locale, os_locales};
pub use organisation::RefusedText;

/// The language every message exists in and everything falls back to.
pub const FALLBACK_LOCALE: &str = "en";

/// Locales that must hold every message at all times (the counsellors' languages). Every other
/// locale is a client language: it must hold what the person reads ([`person::is_person_facing`])
/// and may lack the rest, which falls back to English.
pub const COMPLETE_LOCALES: &[&str] = &["en", "nl", "fr", "ar"];

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum I18nError {
    #[error("the language {0:?} is not available")]
    UnknownLocale(String),
    #[error("{file} does not parse: {detail}")]
    Syntax { file: String, detail: String },
}

impl avenir_core::UserFacing for I18nError {
    fn code(&self) -> &'static str {
        match self {
            I18nError::UnknownLocale(_) => "unknown_locale",
            I18nError::Syntax { .. } => "internal",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            I18nError::UnknownLocale(_) => "error-unknown-locale",
            I18nError::Syntax { .. } => "error-internal",
        }
    }

    fn args(&self) -> Vec<(&'static str, avenir_core::ErrorArg)> {
        match self {
            I18nError::UnknownLocale(tag) => vec![("locale", tag.clone().into())],
            I18nError::Syntax { .. } => Vec::new(),
        }
    }
}
