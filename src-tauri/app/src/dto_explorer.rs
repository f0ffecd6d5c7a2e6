//! What crosses between the support explorer's screen and its commands.

use avenir_api::Exploration;
use avenir_api::core::InvalidInput;
use avenir_api::core::client::Residence;
use avenir_api::core::explorer::{Household, Line, Nationality, Period, Vulnerability};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExplorerPeriodDto {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub valid_from: String,
    pub label_id: String,
    /// The message id of its source (`source-<id>`).
    pub source_id: String,
}

impl From<&Period> for ExplorerPeriodDto {
    fn from(p: &Period) -> Self {
        ExplorerPeriodDto {
            id: p.id.clone(),
            valid_from: p.valid_from.to_string(),
            label_id: p.label_id.clone(),
            source_id: p.source_id.clone(),
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CountryDto {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    #[ts(as = "avenir_api::core::explorer::Nationality")]
    pub nationality: &'static str,
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExplorerSetupDto {
    /// Sorted by start.
    pub periods: Vec<ExplorerPeriodDto>,
    pub countries: Vec<CountryDto>,
    #[ts(as = "Vec<avenir_api::core::client::Residence>")]
    pub situations: Vec<&'static str>,
    #[ts(as = "Vec<avenir_api::core::explorer::Vulnerability>")]
    pub vulnerabilities: Vec<&'static str>,
    pub max_household: u8,
    pub max_child_age: u8,
    /// `YYYY-MM-DD`.
    pub today: String,
}

impl ExplorerSetupDto {
    pub fn new(library: &avenir_api::Library, today: chrono::NaiveDate) -> Self {
        ExplorerSetupDto {
            periods: library.periods.iter().map(Into::into).collect(),
            countries: library
                .countries
                .list
                .iter()
                .map(|(code, n)| CountryDto {
                    code: code.clone(),
                    nationality: n.as_str(),
                })
                .collect(),
            situations: Residence::ALL.map(Residence::as_str).to_vec(),
            vulnerabilities: Vulnerability::ALL.map(Vulnerability::as_str).to_vec(),
            max_household: avenir_api::core::client::MAX_HOUSEHOLD,
            max_child_age: avenir_api::core::explorer::MAX_CHILD_AGE,
            today: today.to_string(),
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseholdDto {
    pub adults: u8,
    pub children: u8,
    #[serde(default)]
    pub child_ages: Vec<u8>,
    #[ts(as = "avenir_api::core::explorer::Nationality")]
    pub nationality: String,
    #[serde(default)]
    #[ts(as = "Vec<avenir_api::core::client::Residence>")]
    pub situations: Vec<String>,
    #[serde(default)]
    #[ts(as = "Vec<avenir_api::core::explorer::Vulnerability>")]
    pub vulnerable: Vec<String>,
}

impl HouseholdDto {
    /// Into the domain value; `avenir-core` checks the sizes.
    pub fn into_domain(self) -> Result<Household, InvalidInput> {
        Ok(Household {
            adults: self.adults,
            children: self.children,
            child_ages: self.child_ages,
            nationality: Nationality::parse(&self.nationality)
                .ok_or(InvalidInput("nationality"))?,
            situations: self
                .situations
                .iter()
                .map(|s| Residence::parse(s).ok_or(InvalidInput("situations")))
                .collect::<Result<_, _>>()?,
            vulnerable: self
                .vulnerable
                .iter()
                .map(|v| Vulnerability::parse(v).ok_or(InvalidInput("vulnerable")))
                .collect::<Result<_, _>>()?,
        })
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExploreLineDto {
    #[ts(as = "avenir_api::core::session::Pathway")]
    pub pathway: &'static str,
    pub id: String,
    #[ts(as = "avenir_api::core::explorer::Eligible")]
    pub eligible: &'static str,
    pub amount_eur: Option<u32>,
    pub fee_eur: Option<u32>,
    pub title_id: String,
    pub detail_id: String,
    pub bring_id: Option<String>,
    pub time_id: Option<String>,
    /// The message id of its source (`source-<id>`).
    pub source_id: String,
}

impl From<Line> for ExploreLineDto {
    fn from(l: Line) -> Self {
        ExploreLineDto {
            pathway: l.pathway.as_str(),
            eligible: l.eligible.as_str(),
            id: l.id,
            amount_eur: l.amount_eur,
            fee_eur: l.fee_eur,
            title_id: l.title_id,
            detail_id: l.detail_id,
            bring_id: l.bring_id,
            time_id: l.time_id,
            source_id: l.source_id,
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExplorationDto {
    pub period: ExplorerPeriodDto,
    pub lines: Vec<ExploreLineDto>,
}

impl From<Exploration> for ExplorationDto {
    fn from(e: Exploration) -> Self {
        ExplorationDto {
            period: (&e.period).into(),
            lines: e.lines.into_iter().map(Into::into).collect(),
        }
    }
}
