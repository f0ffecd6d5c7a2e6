//! JSON shapes of the referral directory: an entry as the form sends it and as lists show it
//! (with whether it is out of date), the filters of a search, and an import's report.

use avenir_api::core::InvalidInput;
use avenir_api::core::directory::{RowProblem, Service, ServiceFilter, ServiceKind, outdated};
use avenir_api::core::session::Pathway;
use avenir_api::{DirectoryImport, ServiceRecord};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An entry as the form sends it. Codes are core's snake_case ones; `checkedOn` `YYYY-MM-DD`.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceInputDto {
    pub name: String,
    #[ts(as = "ServiceKind")]
    pub kind: String,
    #[ts(as = "Vec<Pathway>")]
    pub pathways: Vec<String>,
    pub languages: Vec<String>,
    pub town: String,
    pub address: String,
    pub hours: String,
    pub phone: String,
    pub anonymous: bool,
    pub bring: String,
    pub note: String,
    pub checked_on: Option<String>,
}

impl ServiceInputDto {
    pub fn into_domain(self) -> Result<Service, InvalidInput> {
        let checked_on = match self.checked_on.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) => Some(
                d.parse::<NaiveDate>()
                    .map_err(|_| InvalidInput("checked_on"))?,
            ),
        };
        let kind = ServiceKind::parse(&self.kind).ok_or(InvalidInput("kind"))?;
        let pathways = self
            .pathways
            .iter()
            .map(|p| Pathway::parse(p).ok_or(InvalidInput("pathways")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Service {
            name: self.name,
            kind,
            pathways,
            languages: self.languages,
            town: self.town,
            address: self.address,
            hours: self.hours,
            phone: self.phone,
            anonymous: self.anonymous,
            bring: self.bring,
            note: self.note,
            checked_on,
        })
    }
}

/// An entry of the directory, and whether it was checked more than a year ago (or never).
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceDto {
    pub id: i64,
    pub name: String,
    #[ts(as = "ServiceKind")]
    pub kind: &'static str,
    #[ts(as = "Vec<Pathway>")]
    pub pathways: Vec<&'static str>,
    pub languages: Vec<String>,
    pub town: String,
    pub address: String,
    pub hours: String,
    pub phone: String,
    pub anonymous: bool,
    pub bring: String,
    pub note: String,
    pub checked_on: Option<String>,
    pub outdated: bool,
}

impl ServiceDto {
    pub fn new(r: ServiceRecord, today: NaiveDate) -> Self {
        let s = r.service;
        ServiceDto {
            id: r.id,
            outdated: outdated(s.checked_on, today),
            checked_on: s.checked_on.map(|d| d.to_string()),
            name: s.name,
            kind: s.kind.as_str(),
            pathways: s.pathways.iter().map(|p| p.as_str()).collect(),
            languages: s.languages,
            town: s.town,
            address: s.address,
            hours: s.hours,
            phone: s.phone,
            anonymous: s.anonymous,
            bring: s.bring,
            note: s.note,
        }
    }
}

/// What a search found: at most a page of entries by name, and whether there were more.
#[derive(Debug, Serialize, TS)]
pub struct DirectoryHitsDto {
    pub entries: Vec<ServiceDto>,
    /// More entries match than were sent: the counsellor narrows the search.
    pub more: bool,
}

/// A search; empty or null fields do not filter.
#[derive(Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceFilterDto {
    pub text: String,
    #[ts(as = "Option<Pathway>")]
    pub pathway: Option<String>,
    #[ts(as = "Option<ServiceKind>")]
    pub kind: Option<String>,
    pub language: Option<String>,
    pub town: Option<String>,
    pub anonymous_only: bool,
}

impl ServiceFilterDto {
    pub fn into_domain(self) -> Result<ServiceFilter, InvalidInput> {
        let pathway = match self.pathway.as_deref() {
            None | Some("") => None,
            Some(p) => Some(Pathway::parse(p).ok_or(InvalidInput("pathway"))?),
        };
        let kind = match self.kind.as_deref() {
            None | Some("") => None,
            Some(k) => Some(ServiceKind::parse(k).ok_or(InvalidInput("kind"))?),
        };
        let f = self;
        Ok(ServiceFilter {
            text: f.text,
            pathway,
            kind,
            language: f.language,
            town: f.town,
            anonymous_only: f.anonymous_only,
        })
    }
}

/// A row of an import left out, by its line in the file: a field that is missing or not valid,
/// or the same name and town as an earlier line.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BadRowDto {
    pub line: u64,
    /// The field at fault (`name`, `kind`, …), when that is why.
    pub field: Option<String>,
    /// The earlier line with the same name and town, when that is why.
    pub duplicate_of: Option<u64>,
}

#[derive(Debug, Serialize, TS)]
pub struct KeptRowDto {
    pub line: u64,
    pub name: String,
}

/// What an import will do (a preview) or did.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectoryImportDto {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: u64,
    /// Left alone: the entry here was checked more recently.
    pub kept_newer: Vec<KeptRowDto>,
    pub bad: Vec<BadRowDto>,
    pub ignored_columns: Vec<String>,
    pub applied: bool,
}

impl From<DirectoryImport> for DirectoryImportDto {
    fn from(i: DirectoryImport) -> Self {
        DirectoryImportDto {
            added: i.added,
            changed: i.changed,
            unchanged: i.unchanged as u64,
            kept_newer: i
                .kept_newer
                .into_iter()
                .map(|(line, name)| KeptRowDto {
                    line: line as u64,
                    name,
                })
                .collect(),
            bad: i
                .bad
                .into_iter()
                .map(|(line, p)| match p {
                    RowProblem::Field(f) => BadRowDto {
                        line: line as u64,
                        field: Some(f.to_owned()),
                        duplicate_of: None,
                    },
                    RowProblem::Duplicate(first) => BadRowDto {
                        line: line as u64,
                        field: None,
                        duplicate_of: Some(first as u64),
                    },
                })
                .collect(),
            ignored_columns: i.ignored_columns,
            applied: i.applied,
        }
    }
}

/// The organisation's starting directory, offered while the directory is empty (`file` null:
/// nothing to offer).
#[derive(Debug, Serialize, TS)]
pub struct DirectoryOfferDto {
    pub file: Option<String>,
}
