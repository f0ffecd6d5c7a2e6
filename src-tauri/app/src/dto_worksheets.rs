//! JSON shapes of the content library, answers and the decision journal. Exercises and answers
//! cross in the serde shape of their core types (the definition schema's model); records add
//! session dates, shown in local time like every session date.

use avenir_api::core::InvalidInput;
use avenir_api::core::content::{Answer, Card, Exercise};
use avenir_api::core::journal::JournalInput;
use avenir_api::core::session::Pathway;
use avenir_api::core::time::utc_to_local;
use avenir_api::{AnswerRecord, ExerciseActivity, JournalRecord, Library};
use chrono::{Local, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CommandError;

fn local(stored: &str) -> String {
    utc_to_local(&Local, stored).unwrap_or_else(|| stored.to_owned())
}

/// A pathway information card, and whether its facts were checked more than a year ago.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CardDto<'a> {
    #[serde(flatten)]
    pub card: &'a Card,
    pub outdated: bool,
}

/// The exercises, course plans and cards, with every definition that could not be used and why.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryDto<'a> {
    pub exercises: &'a [Exercise],
    pub plans: &'a [avenir_api::core::course::Plan],
    pub cards: Vec<CardDto<'a>>,
    /// Each names the file and the field.
    pub problems: Vec<CommandError>,
}

impl<'a> LibraryDto<'a> {
    pub fn new(lib: &'a Library, today: NaiveDate) -> Self {
        LibraryDto {
            exercises: &lib.exercises,
            plans: &lib.plans,
            cards: lib
                .cards
                .iter()
                .map(|card| CardDto {
                    outdated: card.is_outdated(today),
                    card,
                })
                .collect(),
            problems: lib
                .problems
                .iter()
                .map(|p| CommandError::from_message(avenir_api::core::UserFacing::user_message(p)))
                .collect(),
        }
    }
}

/// A field's answer as saved in one session.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerRecordDto {
    pub session_id: i64,
    /// The session's start, local time `YYYY-MM-DDTHH:MM`.
    pub started_at: String,
    pub exercise: String,
    pub field: String,
    pub answer: Answer,
    /// Local time, `YYYY-MM-DDTHH:MM`.
    pub saved_at: String,
}

impl From<AnswerRecord> for AnswerRecordDto {
    fn from(r: AnswerRecord) -> Self {
        AnswerRecordDto {
            session_id: r.session_id,
            started_at: local(&r.started_at),
            exercise: r.exercise,
            field: r.field,
            answer: r.answer,
            saved_at: local(&r.saved_at),
        }
    }
}

/// In how many sessions an exercise was worked on, and the last one.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDto {
    pub exercise: String,
    pub sessions: u32,
    pub last_started_at: String,
}

impl From<ExerciseActivity> for ActivityDto {
    fn from(a: ExerciseActivity) -> Self {
        ActivityDto {
            exercise: a.exercise,
            sessions: a.sessions,
            last_started_at: local(&a.last_started_at),
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JournalInputDto {
    #[ts(as = "avenir_api::core::session::Pathway")]
    pub pathway: String,
    pub possible: Option<u8>,
    pub wanted: Option<u8>,
    #[serde(default)]
    pub why: String,
}

impl JournalInputDto {
    pub fn into_domain(self) -> Result<JournalInput, InvalidInput> {
        let pathway = Pathway::parse(&self.pathway).ok_or(InvalidInput("pathway"))?;
        Ok(JournalInput {
            pathway,
            possible: self.possible,
            wanted: self.wanted,
            why: self.why,
        })
    }
}

/// Where the person placed themselves on a pathway in one session.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JournalEntryDto {
    pub session_id: i64,
    pub started_at: String,
    #[ts(as = "avenir_api::core::session::Pathway")]
    pub pathway: &'static str,
    /// 0–10: how possible the pathway seems; null when not said.
    pub possible: Option<u8>,
    /// 0–10: how much the person wants it; null when not said.
    pub wanted: Option<u8>,
    /// A word of why, in the person's words.
    pub why: String,
    pub saved_at: String,
}

impl From<JournalRecord> for JournalEntryDto {
    fn from(r: JournalRecord) -> Self {
        JournalEntryDto {
            session_id: r.session_id,
            started_at: local(&r.started_at),
            pathway: r.entry.pathway.as_str(),
            possible: r.entry.possible,
            wanted: r.entry.wanted,
            why: r.entry.why,
            saved_at: local(&r.saved_at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The shapes ui/src/ipc/worksheet-types.ts declares.
    #[test]
    fn exercises_cards_and_answers_cross_in_the_shapes_the_ui_declares() {
        let lib = Library::shipped();
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let v = serde_json::to_value(LibraryDto::new(&lib, today)).unwrap();
        let needs = v["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "basic-needs")
            .unwrap();
        assert_eq!(needs["titleId"], "ex-basic-needs-title");
        assert_eq!(needs["guide"]["avoidId"], "ex-basic-needs-guide-avoid");
        let matrix = &needs["fields"][1];
        assert_eq!(matrix["kind"], "matrix");
        assert_eq!(matrix["id"], "by-pathway");
        assert_eq!(matrix["helpId"], "ex-basic-needs-by-pathway-help");
        assert_eq!(matrix["cells"], "scale");
        assert_eq!(matrix["chart"], "heatmap");
        assert_eq!(matrix["lowId"], "ex-basic-needs-by-pathway-low");
        assert_eq!(
            matrix["rows"][0],
            json!({"id": "safety", "labelId": "need-safety"})
        );
        let text = &needs["fields"][0];
        assert_eq!(text["kind"], "long_text");
        assert_eq!(text["maxChars"], 20000);
        let card = &v["cards"][2];
        assert_eq!(card["pathway"], "return");
        assert_eq!(card["checkedOn"], "2016-03-31");
        assert_eq!(card["outdated"], true);
        assert_eq!(card["sources"][0]["labelId"], "source-kuleuven-2016");
        assert_eq!(card["details"][0]["bodyId"], "card-return-details-support");
        assert_eq!(v["problems"], json!([]));

        let answer: Answer = serde_json::from_value(json!({
            "kind": "matrix",
            "value": [{"row": "safety", "column": "today", "value": 3},
                      {"row": "home", "column": "there", "value": "a house"}]
        }))
        .unwrap();
        assert_eq!(
            serde_json::to_value(&answer).unwrap()["value"][1]["value"],
            "a house"
        );
        for a in [
            json!({"kind": "text", "value": "x"}),
            json!({"kind": "choice", "value": null}),
            json!({"kind": "checklist", "value": ["a"]}),
            json!({"kind": "scale", "value": 7}),
            json!({"kind": "list", "value": ["a", "b"]}),
            json!({"kind": "timeline", "value": [{"when": "2015", "text": "x", "tag": null}]}),
            json!({"kind": "photos", "value": [3]}),
        ] {
            let parsed: Answer = serde_json::from_value(a.clone()).unwrap();
            assert_eq!(serde_json::to_value(parsed).unwrap(), a);
        }
    }
}
