//! The country list the explorer offers (`assets/content/countries.toml`): which nationality group
//! each country's nationals are in. The organisation keeps it up to date in its content folder.

use serde::Deserialize;

use super::Nationality;
use crate::content::{DefinitionError, Problem, SCHEMA_VERSION, is_id};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountriesFile {
    pub schema: u32,
    pub checked_on: String,
    pub source: String,
    pub visa_exempt: Vec<String>,
    pub visa_required: Vec<String>,
}

/// A checked country list: ISO 3166-1 alpha-2 codes, each in one group, sorted by code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Countries {
    pub checked_on: String,
    pub source_id: String,
    pub list: Vec<(String, Nationality)>,
}

impl Countries {
    pub fn validate(file: &str, raw: CountriesFile) -> Result<Countries, DefinitionError> {
        let err = |field: &str, p: Problem| DefinitionError::new(file, field, p);
        if raw.schema != SCHEMA_VERSION {
            return Err(err("schema", Problem::UnknownSchema(raw.schema)));
        }
        if chrono::NaiveDate::parse_from_str(&raw.checked_on, "%Y-%m-%d").is_err() {
            return Err(err("checked_on", Problem::BadDate(raw.checked_on)));
        }
        if !is_id(&raw.source) {
            return Err(err("source", Problem::BadId(raw.source)));
        }
        let mut list: Vec<(String, Nationality)> = Vec::new();
        for (name, group, codes) in [
            ("visa_exempt", Nationality::VisaExempt, raw.visa_exempt),
            (
                "visa_required",
                Nationality::VisaRequired,
                raw.visa_required,
            ),
        ] {
            for (i, code) in codes.into_iter().enumerate() {
                let field = format!("{name}[{i}]");
                if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(err(&field, Problem::BadId(code)));
                }
                if list.iter().any(|(c, _)| *c == code) {
                    return Err(err(&field, Problem::Duplicate(code)));
                }
                list.push((code, group));
            }
        }
        list.sort();
        Ok(Countries {
            checked_on: raw.checked_on,
            source_id: format!("source-{}", raw.source),
            list,
        })
    }

    /// The group of the country `code`, when the list has it.
    pub fn nationality(&self, code: &str) -> Option<Nationality> {
        self.list.iter().find(|(c, _)| c == code).map(|(_, n)| *n)
    }
}
