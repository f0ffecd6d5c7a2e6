//! The support explorer's rules files: the shipped periods and the organisation's, each checked
//! by `avenir-core`; an organisation's file with the id of a shipped one replaces it, and of two
//! periods starting on the same day the later-loaded one is left out.

use avenir_core::content::DefinitionError;
use avenir_core::explorer::{Countries, CountriesFile, Period, RulesFile, in_order};

use crate::{COUNTRIES, RULES, parse};

/// The country list's file name, shipped and in an organisation's folder.
pub const COUNTRIES_FILE: &str = "countries.toml";

/// The organisation's country list when it has a usable one, else the shipped list; a broken one
/// is reported and the shipped list used.
pub(crate) fn countries(org: Option<&str>) -> (Countries, Option<DefinitionError>) {
    let parse_list = |text: &str| {
        parse::<CountriesFile>(COUNTRIES_FILE, text)
            .and_then(|raw| Countries::validate(COUNTRIES_FILE, raw))
    };
    let shipped = || parse_list(COUNTRIES).unwrap_or_default();
    match org.map(parse_list) {
        Some(Ok(list)) => (list, None),
        Some(Err(e)) => (shipped(), Some(e)),
        None => (shipped(), None),
    }
}

/// Parses and checks one rules file (`file` is its name, e.g. `study-from-2015-06.toml`).
pub fn parse_rules(file: &str, text: &str) -> Result<Period, DefinitionError> {
    Period::validate(file, parse::<RulesFile>(file, text)?)
}

/// The shipped periods with `org`'s, sorted by start, and the problems of the files left out.
pub(crate) fn periods(org: &[(String, String)]) -> (Vec<Period>, Vec<DefinitionError>) {
    let mut problems = Vec::new();
    let mut files: Vec<(String, Period)> = Vec::new();
    let all = RULES
        .iter()
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .chain(org.iter().cloned());
    for (file, text) in all {
        match parse_rules(&file, &text) {
            Ok(period) => {
                files.retain(|(_, p)| p.id != period.id);
                files.push((file, period));
            }
            Err(e) => problems.push(e),
        }
    }
    let (periods, overlapping) = in_order(files);
    problems.extend(overlapping);
    (periods, problems)
}
