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

/// The locale dates, times and numbers are formatted in: the interface language's words with
/// the conventions of the operating system's region. An English interface on a British system
/// formats as `en-GB` (29 Sep 2025, 09:00), Dutch on a Belgian one as `nl-BE`; a system locale of
/// the interface's own language is preferred to the first one with a region. Without any
/// region, the interface language alone.
pub fn format_locale<S: AsRef<str>>(ui: &str, os: &[S]) -> String {
    let Some(mut chosen) = parse(ui) else {
        return ui.to_owned();
    };
    if chosen.region.is_some() {
        return chosen.to_string();
    }
    let regional: Vec<LanguageIdentifier> = os
        .iter()
        .filter_map(|tag| parse(tag.as_ref()))
        .filter(|id| id.region.is_some())
        .collect();
    let same_language = regional.iter().find(|id| id.language == chosen.language);
    if let Some(region) = same_language.or(regional.first()).and_then(|id| id.region) {
        chosen.region = Some(region);
    }
    chosen.to_string()
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
    fn dates_take_the_interface_language_and_the_system_s_region() {
        assert_eq!(format_locale("en", &["en_GB.UTF-8"]), "en-GB");
        assert_eq!(format_locale("nl", &["nl_BE.UTF-8"]), "nl-BE");
        // The region of a system locale of the same language is preferred.
        assert_eq!(
            format_locale("fr", &["nl_BE.UTF-8", "fr_FR.UTF-8"]),
            "fr-FR"
        );
        assert_eq!(format_locale("en", &["fr_BE.UTF-8"]), "en-BE");
        assert_eq!(format_locale("en", &["C", "POSIX"]), "en");
        assert_eq!(format_locale::<&str>("ar", &[]), "ar");
        assert_eq!(format_locale("pt-BR", &["pt_PT.UTF-8"]), "pt-BR");
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
