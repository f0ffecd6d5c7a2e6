//! Pathway information cards: two tracks (an open overview, and details for someone who has
//! decided), the date their facts were checked, and their sources.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::{DefinitionError, Problem};
use super::is_id;
use crate::session::Pathway;

/// After this many days a card is shown as possibly out of date.
pub const FRESH_DAYS: i64 = 365;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardFile {
    pub schema: u32,
    pub id: String,
    pub pathway: String,
    pub order: u32,
    pub checked_on: String,
    pub overview: Vec<String>,
    pub details: Vec<String>,
    #[serde(default)]
    pub sources: Vec<SourceFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub id: String,
    pub year: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardSection {
    pub id: String,
    pub heading_id: String,
    pub body_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CardSource {
    pub label_id: String,
    pub year: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Card {
    pub id: String,
    /// `legalise`, `onward`, `return` or `undocumented`.
    #[cfg_attr(feature = "ts", ts(as = "crate::session::Pathway"))]
    pub pathway: String,
    pub order: u32,
    pub title_id: String,
    pub summary_id: String,
    /// `YYYY-MM-DD`.
    pub checked_on: String,
    pub sources: Vec<CardSource>,
    pub overview: Vec<CardSection>,
    pub details: Vec<CardSection>,
}

impl Card {
    pub fn validate(file: &str, raw: CardFile) -> Result<Card, DefinitionError> {
        let err = |field: &str, p: Problem| DefinitionError::new(file, field, p);
        crate::content::check_head(file, raw.schema, &raw.id)?;
        if Pathway::parse(&raw.pathway).is_none() {
            return Err(err("pathway", Problem::Unknown(raw.pathway)));
        }
        if NaiveDate::parse_from_str(&raw.checked_on, "%Y-%m-%d").is_err() {
            return Err(err("checked_on", Problem::BadDate(raw.checked_on)));
        }
        if raw.sources.is_empty() {
            return Err(err("sources", Problem::Missing("sources")));
        }
        let mut sources = Vec::with_capacity(raw.sources.len());
        for (i, s) in raw.sources.into_iter().enumerate() {
            if !is_id(&s.id) {
                return Err(err(&format!("sources[{i}].id"), Problem::BadId(s.id)));
            }
            if !(1900..=2200).contains(&s.year) {
                return Err(err(
                    &format!("sources[{i}].year"),
                    Problem::OutOfRange {
                        min: 1900,
                        max: 2200,
                    },
                ));
            }
            sources.push(CardSource {
                label_id: format!("source-{}", s.id),
                year: s.year,
            });
        }
        let track = |name: &str, list: Vec<String>| -> Result<Vec<CardSection>, DefinitionError> {
            if list.is_empty() || list.len() > 12 {
                return Err(err(name, Problem::OutOfRange { min: 1, max: 12 }));
            }
            let mut out: Vec<CardSection> = Vec::with_capacity(list.len());
            for (i, s) in list.into_iter().enumerate() {
                if !is_id(&s) {
                    return Err(err(&format!("{name}[{i}]"), Problem::BadId(s)));
                }
                if out.iter().any(|o| o.id == s) {
                    return Err(err(&format!("{name}[{i}]"), Problem::Duplicate(s)));
                }
                out.push(CardSection {
                    heading_id: format!("card-section-{s}"),
                    body_id: format!("card-{}-{name}-{s}", raw.id),
                    id: s,
                });
            }
            Ok(out)
        };
        let overview = track("overview", raw.overview)?;
        let details = track("details", raw.details)?;
        Ok(Card {
            title_id: format!("card-{}-title", raw.id),
            summary_id: format!("card-{}-summary", raw.id),
            pathway: raw.pathway,
            order: raw.order,
            checked_on: raw.checked_on,
            sources,
            overview,
            details,
            id: raw.id,
        })
    }

    /// True when the facts were checked more than `FRESH_DAYS` before `today`.
    pub fn is_outdated(&self, today: NaiveDate) -> bool {
        NaiveDate::parse_from_str(&self.checked_on, "%Y-%m-%d")
            .map(|d| (today - d).num_days() > FRESH_DAYS)
            .unwrap_or(true)
    }

    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title_id.as_str(), self.summary_id.as_str()];
        for s in self.overview.iter().chain(&self.details) {
            ids.push(&s.heading_id);
            ids.push(&s.body_id);
        }
        ids.extend(self.sources.iter().map(|s| s.label_id.as_str()));
        ids
    }
}
