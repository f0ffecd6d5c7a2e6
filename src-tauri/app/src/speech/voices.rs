//! Which voice reads a text: pure functions over the voices the system's speech service lists.
//! No I/O, so every rule is unit-tested here.
//!
//! Languages are BCP 47 tags, compared subtag by subtag and without regard to case or to `_`
//! against `-` (speech services write `pt_BR`, `en-GB-x-rp`, `fr-BE`…):
//! - the same tag is best (`pt-BR` for `pt-BR`);
//! - then a voice of the language without the region (`pt` for `pt-BR`);
//! - then a regional voice of the language (`fr-BE` or `fr-FR` for `fr`): the region of the
//!   computer first, then the language's most likely one (`fr-FR`), then any;
//! - then a voice of another region of the language (`pt-PT` for `pt-BR`);
//! - never a voice of another language, however close (`hyw`, West Armenian, is not `hy`).

use unic_langid::LanguageIdentifier;

/// A voice of the system's speech service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// What the speech service knows it by (speech-dispatcher's voice name, WinRT's or
    /// AVFoundation's identifier).
    pub id: String,
    /// Its name as the system shows it.
    pub name: String,
    /// The BCP 47 tag of its language, as the service reports it.
    pub language: String,
    /// A variation of another voice (espeak-ng's `French (Belgium)+Adam`): not offered when the
    /// voice it varies is there.
    pub variant: bool,
}

/// The voices worth offering: every voice but the variants of a language that has a plain
/// voice (espeak-ng lists about a hundred variants of each of its languages), sorted by
/// language, then name. A module that lists only typed voices (speech-dispatcher's generic
/// modules: `MALE1`, `FEMALE1`…) keeps them all.
pub fn offered(voices: Vec<Voice>) -> Vec<Voice> {
    let plain: Vec<String> = voices
        .iter()
        .filter(|v| !v.variant)
        .map(|v| normalised(&v.language))
        .collect();
    let mut out: Vec<Voice> = voices
        .into_iter()
        .filter(|v| !v.variant || !plain.contains(&normalised(&v.language)))
        .collect();
    out.sort_by(|a, b| (normalised(&a.language), &a.name).cmp(&(normalised(&b.language), &b.name)));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

/// The voice that reads a text in `wanted` (a BCP 47 tag), if the system has one for that
/// language. `home_region` is the computer's region (`BE`), preferred among regional voices.
pub fn pick<'a>(voices: &'a [Voice], wanted: &str, home_region: Option<&str>) -> Option<&'a Voice> {
    let wanted_tags = subtags(wanted);
    let likely = likely_region(wanted);
    let home = home_region.map(str::to_ascii_lowercase);
    voices
        .iter()
        .enumerate()
        .filter_map(|(order, voice)| {
            let rank = rank(
                &wanted_tags,
                &subtags(&voice.language),
                home.as_deref(),
                likely.as_deref(),
            )?;
            Some(((rank, voice.variant, order), voice))
        })
        .min_by_key(|(key, _)| *key)
        .map(|(_, voice)| voice)
}

/// The region of the first locale that names one (`nl-BE` → `BE`), for [`pick`].
pub fn home_region<S: AsRef<str>>(locales: &[S]) -> Option<String> {
    locales
        .iter()
        .find_map(|l| region_subtag(&subtags(l.as_ref())).map(str::to_ascii_uppercase))
}

/// Lower is better; `None`: another language.
fn rank(
    wanted: &[String],
    voice: &[String],
    home: Option<&str>,
    likely: Option<&str>,
) -> Option<u32> {
    if wanted.first()? != voice.first()? {
        return None;
    }
    if wanted == voice {
        return Some(0);
    }
    let extra = |longer: &[String], shorter: &[String]| (longer.len() - shorter.len()) as u32;
    if wanted.starts_with(voice) {
        // `pt` for `pt-BR`: the language itself, without the region.
        return Some(10 + extra(wanted, voice));
    }
    if voice.starts_with(wanted) {
        // `fr-BE` for `fr`: a regional voice of the language.
        let region = region_subtag(voice);
        let preference = if region.is_some() && region == home {
            0
        } else if region.is_some() && region == likely {
            2
        } else {
            5
        };
        return Some(20 + preference + extra(voice, wanted));
    }
    // `pt-PT` for `pt-BR`: the language, another region.
    Some(100)
}

/// Lower-case subtags: `en_GB.UTF-8` → `["en", "gb"]` (an encoding or modifier is dropped).
fn subtags(tag: &str) -> Vec<String> {
    tag.split(['.', '@'])
        .next()
        .unwrap_or_default()
        .split(['-', '_'])
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

fn normalised(tag: &str) -> String {
    subtags(tag).join("-")
}

/// The region subtag among `tags` (two letters or three digits after the language and an
/// optional script), lower-case.
fn region_subtag(tags: &[String]) -> Option<&str> {
    tags.iter().skip(1).take(2).map(String::as_str).find(|s| {
        (s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()))
            || (s.len() == 3 && s.chars().all(|c| c.is_ascii_digit()))
    })
}

/// The region a language is most likely spoken in (`fr` → `fr`ance, `ar` → `eg`), lower-case.
fn likely_region(tag: &str) -> Option<String> {
    let language = subtags(tag).into_iter().next()?;
    let mut id: LanguageIdentifier = language.parse().ok()?;
    id.maximize();
    id.region.map(|r| r.as_str().to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(id: &str, language: &str) -> Voice {
        Voice {
            id: id.to_owned(),
            name: id.to_owned(),
            language: language.to_owned(),
            variant: false,
        }
    }

    fn picked<'a>(voices: &'a [Voice], wanted: &str, home: Option<&str>) -> Option<&'a str> {
        pick(voices, wanted, home).map(|v| v.id.as_str())
    }

    /// espeak-ng's plain voices of Avenir's languages, as speech-dispatcher 0.11 lists them.
    fn espeak() -> Vec<Voice> {
        [
            ("Arabic", "ar"),
            ("English (Caribbean)", "en-029"),
            ("English (Great Britain)", "en-GB"),
            ("English (Received Pronunciation)", "en-GB-X-RP"),
            ("English (America)", "en-US"),
            ("Spanish (Spain)", "es"),
            ("Spanish (Latin America)", "es-419"),
            ("French (Belgium)", "fr-BE"),
            ("French (Switzerland)", "fr-CH"),
            ("French (France)", "fr-FR"),
            ("Armenian (East Armenia)", "hy"),
            ("Armenian (West Armenia)", "hyw"),
            ("Dutch", "nl"),
            ("Portuguese (Portugal)", "pt"),
            ("Portuguese (Brazil)", "pt-BR"),
            ("Russian", "ru"),
            ("Russian (Latvia)", "ru-LV"),
            ("Ukrainian", "uk"),
        ]
        .into_iter()
        .map(|(name, language)| voice(name, language))
        .collect()
    }

    #[test]
    fn the_same_tag_wins() {
        let voices = espeak();
        assert_eq!(picked(&voices, "pt-BR", None), Some("Portuguese (Brazil)"));
        assert_eq!(picked(&voices, "hy", None), Some("Armenian (East Armenia)"));
        assert_eq!(picked(&voices, "nl", Some("BE")), Some("Dutch"));
        assert_eq!(picked(&voices, "uk", None), Some("Ukrainian"));
        assert_eq!(picked(&voices, "ru", None), Some("Russian"));
        assert_eq!(picked(&voices, "ar", None), Some("Arabic"));
    }

    #[test]
    fn a_regional_tag_finds_the_language_without_region() {
        let voices = vec![voice("pt", "pt"), voice("es", "es")];
        assert_eq!(picked(&voices, "pt-BR", None), Some("pt"));
        assert_eq!(picked(&voices, "es-419", None), Some("es"));
    }

    #[test]
    fn a_language_finds_a_regional_voice_the_computers_region_first() {
        let voices = espeak();
        assert_eq!(picked(&voices, "fr", Some("BE")), Some("French (Belgium)"));
        assert_eq!(
            picked(&voices, "fr", Some("CH")),
            Some("French (Switzerland)")
        );
        // Elsewhere, the language's most likely region.
        assert_eq!(picked(&voices, "fr", None), Some("French (France)"));
        assert_eq!(picked(&voices, "fr", Some("NL")), Some("French (France)"));
        assert_eq!(
            picked(&voices, "en", Some("GB")),
            Some("English (Great Britain)")
        );
        assert_eq!(picked(&voices, "en", Some("BE")), Some("English (America)"));
    }

    #[test]
    fn another_region_of_the_language_is_better_than_nothing() {
        let voices = vec![
            voice("European Portuguese", "pt-PT"),
            voice("Spanish", "es"),
        ];
        assert_eq!(picked(&voices, "pt-BR", None), Some("European Portuguese"));
    }

    #[test]
    fn never_a_voice_of_another_language() {
        let voices = vec![voice("West Armenian", "hyw"), voice("Russian", "ru")];
        assert_eq!(picked(&voices, "hy", None), None);
        assert_eq!(picked(&voices, "uk", None), None);
        assert_eq!(picked(&[], "fr", None), None);
        assert_eq!(picked(&voices, "", None), None);
    }

    #[test]
    fn case_and_separators_do_not_matter() {
        let voices = vec![voice("Brazil", "pt_br"), voice("Belgium", "FR-be")];
        assert_eq!(picked(&voices, "pt-BR", None), Some("Brazil"));
        assert_eq!(picked(&voices, "fr", Some("be")), Some("Belgium"));
        assert_eq!(picked(&voices, "fr-BE", None), Some("Belgium"));
    }

    #[test]
    fn a_plain_voice_beats_a_variant_of_the_same_language() {
        let mut adam = voice("French (Belgium)+Adam", "fr-BE");
        adam.variant = true;
        let voices = vec![adam, voice("French (Belgium)", "fr-BE")];
        assert_eq!(picked(&voices, "fr", None), Some("French (Belgium)"));
    }

    #[test]
    fn variants_are_offered_only_where_no_plain_voice_exists() {
        let variant = |id: &str, language: &str| Voice {
            variant: true,
            ..voice(id, language)
        };
        let offered = offered(vec![
            variant("French (Belgium)+Adam", "fr-BE"),
            voice("French (Belgium)", "fr-BE"),
            variant("French (Belgium)+Zac", "fr-be"),
            // A generic module's voices are all typed (MALE1, FEMALE1): all stay.
            variant("avenir-nl", "nl"),
            variant("avenir-nl-2", "nl"),
            voice("Arabic", "ar"),
            voice("Arabic", "ar"),
        ]);
        let ids: Vec<&str> = offered.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(
            ids,
            ["Arabic", "French (Belgium)", "avenir-nl", "avenir-nl-2"]
        );
    }

    #[test]
    fn the_computers_region_comes_from_its_first_locale_with_one() {
        assert_eq!(home_region(&["nl-BE", "en-US"]), Some("BE".to_owned()));
        assert_eq!(home_region(&["fr", "en_GB.UTF-8"]), Some("GB".to_owned()));
        assert_eq!(home_region(&["sr-Latn-RS"]), Some("RS".to_owned()));
        assert_eq!(home_region(&["es-419"]), Some("419".to_owned()));
        assert_eq!(home_region(&["en"]), None);
        assert_eq!(home_region::<&str>(&[]), None);
    }
}
