//! The JSON Avenir keeps inside the database (answers, a course's days), as types of the vault's
//! own. The core's types cross the IPC boundary and may be renamed or reshaped with the UI; these
//! may not, because vaults written by every earlier version must still open. A stored shape that
//! has to change gets a new version here and a migration, never an edit (`FORMAT.md`, "Stored
//! JSON"). The tests pin every shape to literal JSON.

use avenir_core::content::{Answer, Cell, MatrixCell, TimelineEvent};
use avenir_core::course::{Block, BlockKind, Day};
use serde::{Deserialize, Serialize};

use crate::VaultError;

/// An answer, version 1: `{"kind": "scale", "value": 7}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
enum AnswerV1 {
    Text(String),
    Choice(Option<String>),
    Checklist(Vec<String>),
    Scale(Option<u8>),
    List(Vec<String>),
    Matrix(Vec<MatrixCellV1>),
    Timeline(Vec<TimelineEventV1>),
    Photos(Vec<i64>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct MatrixCellV1 {
    row: String,
    column: String,
    value: CellV1,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
enum CellV1 {
    Scale(u8),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct TimelineEventV1 {
    when: String,
    text: String,
    tag: Option<String>,
}

/// A course day, version 1: `{"blocks": [{"kind": "exercise", "minutes": 30, …}]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct DayV1 {
    blocks: Vec<BlockV1>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct BlockV1 {
    kind: BlockKindV1,
    minutes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exercise: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    topic: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum BlockKindV1 {
    Information,
    Exercise,
    Discussion,
    Break,
    // Added within version 1 (older values all still read): lunch, interpreting, guests and
    // individual work on paper.
    Lunch,
    Interpreting,
    Guest,
    Individual,
}

impl From<&Answer> for AnswerV1 {
    fn from(a: &Answer) -> Self {
        match a.clone() {
            Answer::Text(t) => AnswerV1::Text(t),
            Answer::Choice(c) => AnswerV1::Choice(c),
            Answer::Checklist(v) => AnswerV1::Checklist(v),
            Answer::Scale(s) => AnswerV1::Scale(s),
            Answer::List(v) => AnswerV1::List(v),
            Answer::Matrix(cells) => AnswerV1::Matrix(
                cells
                    .into_iter()
                    .map(|c| MatrixCellV1 {
                        row: c.row,
                        column: c.column,
                        value: match c.value {
                            Cell::Scale(n) => CellV1::Scale(n),
                            Cell::Text(t) => CellV1::Text(t),
                        },
                    })
                    .collect(),
            ),
            Answer::Timeline(events) => AnswerV1::Timeline(
                events
                    .into_iter()
                    .map(|e| TimelineEventV1 {
                        when: e.when,
                        text: e.text,
                        tag: e.tag,
                    })
                    .collect(),
            ),
            Answer::Photos(ids) => AnswerV1::Photos(ids),
        }
    }
}

impl From<AnswerV1> for Answer {
    fn from(a: AnswerV1) -> Self {
        match a {
            AnswerV1::Text(t) => Answer::Text(t),
            AnswerV1::Choice(c) => Answer::Choice(c),
            AnswerV1::Checklist(v) => Answer::Checklist(v),
            AnswerV1::Scale(s) => Answer::Scale(s),
            AnswerV1::List(v) => Answer::List(v),
            AnswerV1::Matrix(cells) => Answer::Matrix(
                cells
                    .into_iter()
                    .map(|c| MatrixCell {
                        row: c.row,
                        column: c.column,
                        value: match c.value {
                            CellV1::Scale(n) => Cell::Scale(n),
                            CellV1::Text(t) => Cell::Text(t),
                        },
                    })
                    .collect(),
            ),
            AnswerV1::Timeline(events) => Answer::Timeline(
                events
                    .into_iter()
                    .map(|e| TimelineEvent {
                        when: e.when,
                        text: e.text,
                        tag: e.tag,
                    })
                    .collect(),
            ),
            AnswerV1::Photos(ids) => Answer::Photos(ids),
        }
    }
}

impl From<&Day> for DayV1 {
    fn from(d: &Day) -> Self {
        DayV1 {
            blocks: d
                .blocks
                .iter()
                .map(|b| BlockV1 {
                    kind: match b.kind {
                        BlockKind::Information => BlockKindV1::Information,
                        BlockKind::Exercise => BlockKindV1::Exercise,
                        BlockKind::Discussion => BlockKindV1::Discussion,
                        BlockKind::Break => BlockKindV1::Break,
                        BlockKind::Lunch => BlockKindV1::Lunch,
                        BlockKind::Interpreting => BlockKindV1::Interpreting,
                        BlockKind::Guest => BlockKindV1::Guest,
                        BlockKind::Individual => BlockKindV1::Individual,
                    },
                    minutes: b.minutes,
                    exercise: b.exercise.clone(),
                    card: b.card.clone(),
                    topic: b.topic.clone(),
                    note: b.note.clone(),
                })
                .collect(),
        }
    }
}

impl From<DayV1> for Day {
    fn from(d: DayV1) -> Self {
        Day {
            blocks: d
                .blocks
                .into_iter()
                .map(|b| Block {
                    kind: match b.kind {
                        BlockKindV1::Information => BlockKind::Information,
                        BlockKindV1::Exercise => BlockKind::Exercise,
                        BlockKindV1::Discussion => BlockKind::Discussion,
                        BlockKindV1::Break => BlockKind::Break,
                        BlockKindV1::Lunch => BlockKind::Lunch,
                        BlockKindV1::Interpreting => BlockKind::Interpreting,
                        BlockKindV1::Guest => BlockKind::Guest,
                        BlockKindV1::Individual => BlockKind::Individual,
                    },
                    minutes: b.minutes,
                    exercise: b.exercise,
                    card: b.card,
                    topic: b.topic,
                    note: b.note,
                })
                .collect(),
        }
    }
}

pub(crate) fn encode_answer(answer: &Answer) -> Result<String, VaultError> {
    serde_json::to_string(&AnswerV1::from(answer))
        .map_err(|e| VaultError::damaged(crate::json_problem("answer", &e)))
}

pub(crate) fn decode_answer(json: &str) -> Result<Answer, VaultError> {
    serde_json::from_str::<AnswerV1>(json)
        .map(Answer::from)
        .map_err(|e| VaultError::damaged(crate::json_problem("answer", &e)))
}

pub(crate) fn encode_days(days: &[Day]) -> Result<String, VaultError> {
    let days: Vec<DayV1> = days.iter().map(DayV1::from).collect();
    serde_json::to_string(&days).map_err(|e| VaultError::damaged(crate::json_problem("course", &e)))
}

pub(crate) fn decode_days(json: &str) -> Result<Vec<Day>, VaultError> {
    serde_json::from_str::<Vec<DayV1>>(json)
        .map(|days| days.into_iter().map(Day::from).collect())
        .map_err(|e| VaultError::damaged(crate::json_problem("course", &e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every answer kind, as version 1 stores it. A change here is a change of the stored format:
    /// it needs a version 2 and a migration, not an edit of these lines.
    const ANSWERS_V1: &[&str] = &[
        r#"{"kind":"text","value":"مرحبا"}"#,
        r#"{"kind":"choice","value":null}"#,
        r#"{"kind":"choice","value":"home"}"#,
        r#"{"kind":"checklist","value":["a","b"]}"#,
        r#"{"kind":"scale","value":7}"#,
        r#"{"kind":"scale","value":null}"#,
        r#"{"kind":"list","value":["x"]}"#,
        r#"{"kind":"matrix","value":[{"row":"safety","column":"today","value":3},{"row":"home","column":"there","value":"a house"}]}"#,
        r#"{"kind":"timeline","value":[{"when":"2015","text":"left","tag":null},{"when":"2019","text":"arrived","tag":"arrival"}]}"#,
        r#"{"kind":"photos","value":[3,4]}"#,
    ];

    #[test]
    fn every_stored_answer_shape_reads_and_writes_back_byte_for_byte() {
        for json in ANSWERS_V1 {
            let answer = decode_answer(json).unwrap();
            assert_eq!(&encode_answer(&answer).unwrap(), json);
        }
    }

    #[test]
    fn stored_days_keep_their_shape() {
        let json = r#"[{"blocks":[{"kind":"information","minutes":20,"card":"return"},{"kind":"exercise","minutes":45,"exercise":"basic-needs","note":"Pairs."},{"kind":"discussion","minutes":15,"topic":"welcome"},{"kind":"break","minutes":10}]}]"#;
        let days = decode_days(json).unwrap();
        assert_eq!(days[0].blocks[1].kind, BlockKind::Exercise);
        assert_eq!(days[0].blocks[1].note, "Pairs.");
        assert_eq!(encode_days(&days).unwrap(), json);
    }

    #[test]
    fn a_damaged_stored_value_is_reported_without_its_words() {
        let err = decode_answer(r#"{"kind":"scale","value":"SECRET-WORD"}"#).unwrap_err();
        assert_eq!(avenir_core::UserFacing::code(&err), "vault_damaged");
        assert!(!err.to_string().contains("SECRET-WORD"), "{err}");
    }
}
