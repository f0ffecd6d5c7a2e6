use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::CharacterDirection;
use unic_langid::LanguageIdentifier;

/// Writing direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The direction of `tag` from its language and script (Arabic, Persian, Pashto, Hebrew… are
/// right-to-left). Unparseable tags are left-to-right.
pub fn direction_of(tag: &str) -> Direction {
    match parse(tag).map(|id| id.character_direction()) {
        Some(CharacterDirection::RTL) => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// The operating system's preferred locales, most preferred first (may be empty).
pub fn os_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// Accepts BCP 47 (`fr-BE`) and POSIX-style (`fr_BE.UTF-8@euro`) tags.
fn parse(tag: &str) -> Option<LanguageIdentifier> {
    let base = tag
        .split(['.', '@'])
        .next()
        .unwrap_or(tag)
        .replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return None;
    }
    base.parse().ok()
}

pub(crate) fn negotiate<S: AsRef<str>>(
    requested: &[S],
    available: &[&str],
    fallback: &str,
) -> String {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|r| parse(r.as_ref())).collect();
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: Option<LanguageIdentifier> = fallback.parse().ok();
    let chosen = negotiate_languages(
        &requested,
        &available_ids,
        default.as_ref(),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .map(|id| id.to_string())
        .unwrap_or_else(|| fallback.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: &[&str] = &["ar", "en", "fr", "nl"];

    #[test]
    fn regional_and_posix_tags_find_their_language() {
        assert_eq!(negotiate(&["fr-BE"], AVAILABLE, "en"), "fr");
        assert_eq!(negotiate(&["nl_BE.UTF-8"], AVAILABLE, "en"), "nl");
        assert_eq!(negotiate(&["ar_MA.UTF-8@foo"], AVAILABLE, "en"), "ar");
    }

    #[test]
    fn first_available_preference_wins() {
        assert_eq!(negotiate(&["de-DE", "nl-NL", "fr"], AVAILABLE, "en"), "nl");
    }

    #[test]
    fn nothing_matching_falls_back_to_english() {
        assert_eq!(
            negotiate(&["de-DE", "C", "POSIX", ""], AVAILABLE, "en"),
            "en"
        );
        assert_eq!(negotiate::<&str>(&[], AVAILABLE, "en"), "en");
    }

    #[test]
    fn right_to_left_scripts_are_detected() {
        for rtl in ["ar", "ar-MA", "fa", "ps", "he"] {
            assert_eq!(direction_of(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in [
            "en", "nl-BE", "fr", "ru", "uk", "hy", "pt-BR", "es", "garbage!",
        ] {
            assert_eq!(direction_of(ltr), Direction::Ltr, "{ltr}");
        }
    }
}
