//! JSON shapes of client files, sessions and search, and their conversion to the domain. Dates
//! cross as local `YYYY-MM-DD` / `YYYY-MM-DDTHH:MM`; the vault keeps instants in UTC.

use avenir_api::core::InvalidInput;
use avenir_api::core::client::{ClientInput, Consent, Residence};
use avenir_api::core::session::{Decision, Pathway, SessionKind};
use avenir_api::core::time::{local_to_utc, utc_to_local};
use avenir_api::{
    ClientRecord, ClientRow, NextStep, Overview, SearchHit, SessionInput, SessionRecord,
};
use chrono::{Local, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

fn bad(field: &'static str) -> InvalidInput {
    InvalidInput(field)
}

fn parse_date(s: &Option<String>, field: &'static str) -> Result<Option<NaiveDate>, InvalidInput> {
    match s.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(d) => d.parse().map(Some).map_err(|_| bad(field)),
    }
}

fn local(stored: &str) -> String {
    utc_to_local(&Local, stored).unwrap_or_else(|| stored.to_owned())
}

/// That the person agreed to notes being kept.
#[derive(Debug, Deserialize, Serialize, Clone, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentDto {
    /// `YYYY-MM-DD`.
    pub given_on: String,
    /// What was explained to the person.
    pub explained: String,
    /// The language it was explained in.
    pub language: String,
}

/// A client file as the UI edits it: pseudonymous (a code, never a name).
#[derive(Debug, Deserialize, Serialize, Clone, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientInputDto {
    pub code: String,
    #[serde(default)]
    pub languages: Vec<String>,
    /// The language of the material given to the person.
    pub preferred_language: Option<String>,
    pub country_of_origin: Option<String>,
    pub arrival_year: Option<i32>,
    pub adults: Option<u8>,
    pub children: Option<u8>,
    pub children_at_school: Option<u8>,
    /// Every residence situation that applies (none recorded: empty).
    #[serde(default)]
    #[ts(as = "Vec<avenir_api::core::client::Residence>")]
    pub residences: Vec<String>,
    pub health_concerns: Option<bool>,
    #[serde(default)]
    pub notes: String,
    pub consent: Option<ConsentDto>,
    /// `YYYY-MM-DD`.
    pub review_on: Option<String>,
}

impl ClientInputDto {
    /// Into the domain value; the application layer validates it (the year of arrival
    /// against this year).
    pub fn into_domain(self) -> Result<ClientInput, InvalidInput> {
        let residences = self
            .residences
            .iter()
            .map(|r| Residence::parse(r).ok_or(bad("residence")))
            .collect::<Result<_, _>>()?;
        let consent = match self.consent {
            None => None,
            Some(c) => Some(Consent {
                given_on: parse_date(&Some(c.given_on), "consent")?.ok_or(bad("consent"))?,
                explained: c.explained,
                language: c.language,
            }),
        };
        Ok(ClientInput {
            code: self.code,
            languages: self.languages,
            preferred_language: self.preferred_language,
            country_of_origin: self.country_of_origin,
            arrival_year: self.arrival_year,
            adults: self.adults,
            children: self.children,
            children_at_school: self.children_at_school,
            residences,
            health_concerns: self.health_concerns,
            notes: self.notes,
            consent,
            review_on: parse_date(&self.review_on, "review_on")?,
        })
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientDto {
    pub id: i64,
    /// Local time, `YYYY-MM-DDTHH:MM`.
    pub created_at: String,
    #[serde(flatten)]
    pub input: ClientInputDto,
}

impl From<ClientRecord> for ClientDto {
    fn from(r: ClientRecord) -> Self {
        let c = r.input;
        ClientDto {
            id: r.id,
            created_at: local(&r.created_at),
            input: ClientInputDto {
                code: c.code,
                languages: c.languages,
                preferred_language: c.preferred_language,
                country_of_origin: c.country_of_origin,
                arrival_year: c.arrival_year,
                adults: c.adults,
                children: c.children,
                children_at_school: c.children_at_school,
                residences: c.residences.iter().map(|r| r.as_str().to_owned()).collect(),
                health_concerns: c.health_concerns,
                notes: c.notes,
                consent: c.consent.map(|k| ConsentDto {
                    given_on: k.given_on.to_string(),
                    explained: k.explained,
                    language: k.language,
                }),
                review_on: c.review_on.map(|d| d.to_string()),
            },
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientRowDto {
    pub id: i64,
    pub code: String,
    pub last_session: Option<String>,
    pub next_follow_up: Option<String>,
    pub review_on: Option<String>,
}

impl From<ClientRow> for ClientRowDto {
    fn from(r: ClientRow) -> Self {
        ClientRowDto {
            id: r.id,
            code: r.code,
            last_session: r.last_session.as_deref().map(local),
            next_follow_up: r.next_follow_up.map(|d| d.to_string()),
            review_on: r.review_on.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionInputDto {
    /// Local time, `YYYY-MM-DDTHH:MM`.
    pub started_at: String,
    pub duration_minutes: Option<u32>,
    #[ts(as = "avenir_api::core::session::SessionKind")]
    pub kind: String,
    #[serde(default)]
    #[ts(as = "Vec<avenir_api::core::session::Pathway>")]
    pub pathways: Vec<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub private_notes: String,
    /// `YYYY-MM-DD`.
    pub follow_up: Option<String>,
}

impl SessionInputDto {
    /// Into the domain value; the application layer checks lengths and the duration.
    pub fn into_domain(self) -> Result<SessionInput, InvalidInput> {
        let pathways = self
            .pathways
            .iter()
            .map(|p| Pathway::parse(p).ok_or(bad("pathways")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(SessionInput {
            started_at: local_to_utc(&Local, &self.started_at).ok_or(bad("started_at"))?,
            duration_minutes: self.duration_minutes,
            kind: SessionKind::parse(&self.kind).ok_or(bad("kind"))?,
            pathways,
            summary: self.summary,
            private_notes: self.private_notes,
            follow_up: parse_date(&self.follow_up, "follow_up")?,
        })
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextStepDto {
    pub id: i64,
    pub session_id: i64,
    pub text: String,
    pub done: bool,
}

impl From<NextStep> for NextStepDto {
    fn from(n: NextStep) -> Self {
        NextStepDto {
            id: n.id,
            session_id: n.session_id,
            text: n.text,
            done: n.done,
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionDto {
    pub id: i64,
    pub client_id: i64,
    /// Local time, `YYYY-MM-DDTHH:MM`.
    pub started_at: String,
    pub duration_minutes: Option<u32>,
    #[ts(as = "avenir_api::core::session::SessionKind")]
    pub kind: &'static str,
    #[ts(as = "Vec<avenir_api::core::session::Pathway>")]
    pub pathways: Vec<&'static str>,
    pub summary: String,
    pub private_notes: String,
    pub follow_up: Option<String>,
    /// The person's own decision recorded in this session.
    #[ts(as = "Option<avenir_api::core::session::Decision>")]
    pub decision: Option<&'static str>,
    pub next_steps: Vec<NextStepDto>,
}

impl From<SessionRecord> for SessionDto {
    fn from(s: SessionRecord) -> Self {
        let i = s.input;
        SessionDto {
            id: s.id,
            client_id: s.client_id,
            started_at: local(&i.started_at),
            duration_minutes: i.duration_minutes,
            kind: i.kind.as_str(),
            pathways: i.pathways.into_iter().map(Pathway::as_str).collect(),
            summary: i.summary,
            private_notes: i.private_notes,
            follow_up: i.follow_up.map(|d| d.to_string()),
            decision: s.decision.map(Decision::as_str),
            next_steps: s.next_steps.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverviewDto {
    pub client: ClientDto,
    /// Newest first.
    pub sessions: Vec<SessionDto>,
    pub open_steps: Vec<NextStepDto>,
    /// The client's last handover to a colleague, if any.
    pub handover: Option<crate::dto_handover::HandoverMarkDto>,
    /// When the client came from a colleague, with the receipt code to read back to her.
    pub received: Option<crate::dto_handover::HandoverReceivedDto>,
}

impl From<Overview> for OverviewDto {
    fn from(o: Overview) -> Self {
        OverviewDto {
            client: o.client.into(),
            sessions: o.sessions.into_iter().map(Into::into).collect(),
            open_steps: o.open_steps.into_iter().map(Into::into).collect(),
            handover: o.handover.map(Into::into),
            received: o.received.map(Into::into),
        }
    }
}

/// The order of the client list (`list_clients`' `sort`, parsed by `avenir_api::ClientSort`).
// Only its TypeScript declaration is used, like the two below.
#[derive(TS)]
#[ts(rename = "ClientSort", rename_all = "snake_case")]
#[allow(
    dead_code,
    reason = "declares the strings avenir_api::ClientSort parses"
)]
pub enum ClientSortName {
    Code,
    NextFollowUp,
    LastSession,
}

/// The free-text fields of a session that autosave (`save_session_text`'s `field`).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
#[allow(
    dead_code,
    reason = "declares the strings commands_clients::session_text parses"
)]
pub enum SessionTextField {
    Summary,
    PrivateNotes,
}

/// Where a search hit was found: the `field` column of the vault's search index (written by its
/// triggers in `avenir-vault`'s `db.rs`).
// `SearchHitDto::field` carries the vault's string.
#[derive(TS)]
#[ts(rename_all = "snake_case")]
#[allow(
    dead_code,
    reason = "declares the values the vault writes; never built in Rust"
)]
pub enum SearchField {
    Code,
    Summary,
    Notes,
    ClientNotes,
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHitDto {
    pub client_id: i64,
    pub code: String,
    pub session_id: Option<i64>,
    #[ts(as = "SearchField")]
    pub field: String,
    /// Plain text around the match.
    pub snippet: String,
    pub started_at: Option<String>,
}

impl From<SearchHit> for SearchHitDto {
    fn from(h: SearchHit) -> Self {
        SearchHitDto {
            client_id: h.client_id,
            code: h.code,
            session_id: h.session_id,
            field: h.field,
            snippet: h.snippet,
            started_at: h.started_at.as_deref().map(local),
        }
    }
}

#[derive(Debug, Serialize, TS)]
pub struct CodeDto {
    pub code: String,
}

#[derive(Debug, Serialize, TS)]
pub struct IdentifiersDto {
    #[ts(as = "Vec<avenir_api::core::identifiers::IdentifierKind>")]
    pub kinds: Vec<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(json: &str) -> ClientInputDto {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_client_as_the_ui_sends_it() {
        let c = input(
            r#"{"code":"K7-MIRA","languages":["ar"],"preferredLanguage":"ar","countryOfOrigin":null,
                "arrivalYear":2019,"adults":1,"children":2,"childrenAtSchool":1,"residences":["order_to_leave","asylum_refused"],
                "healthConcerns":null,"notes":"x","consent":{"givenOn":"2026-01-10","explained":"y","language":"fr"},
                "reviewOn":"2027-01-10"}"#,
        )
        .into_domain()
        .unwrap();
        assert_eq!(
            c.residences,
            [Residence::OrderToLeave, Residence::AsylumRefused],
            "the application layer puts them in order"
        );
        assert_eq!(c.consent.unwrap().given_on.to_string(), "2026-01-10");
        let err = input(r#"{"code":"A","residences":["dublin","deported"]}"#)
            .into_domain()
            .unwrap_err();
        assert_eq!(err, InvalidInput("residence"));
        assert_eq!(avenir_api::core::UserFacing::code(&err), "field_invalid");
        assert!(
            input(r#"{"code":"A","reviewOn":"next year"}"#)
                .into_domain()
                .is_err()
        );
        assert!(
            input(r#"{"code":"A","residences":[],"reviewOn":""}"#)
                .into_domain()
                .is_ok()
        );
    }

    #[test]
    fn a_session_as_the_ui_sends_it() {
        let s: SessionInputDto = serde_json::from_str(
            r#"{"startedAt":"2026-03-10T14:30","durationMinutes":45,"kind":"interpreter",
                "pathways":["return","legalise"],"summary":"s","privateNotes":"n","followUp":"2026-03-24"}"#,
        )
        .unwrap();
        let s = s.into_domain().unwrap();
        assert!(s.started_at.ends_with('Z'));
        assert_eq!(s.kind, SessionKind::Interpreter);
        let bad: SessionInputDto = serde_json::from_str(
            r#"{"startedAt":"2026-03-10T14:30","kind":"séance","pathways":[]}"#,
        )
        .unwrap();
        assert!(bad.into_domain().is_err());
    }
}
