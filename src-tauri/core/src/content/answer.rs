//! A person's answers, and the check of an answer against its field.

use serde::{Deserialize, Serialize};

use super::exercise::{CellKind, Field, Item, Kind};
use crate::{ErrorArg, UserFacing};

/// Longest item of a list, a matrix text cell, or a timeline event's text (characters).
pub const MAX_ITEM_CHARS: usize = 2_000;
/// Longest "when" of a timeline event (characters).
pub const MAX_WHEN_CHARS: usize = 200;
/// Highest value of every scale; the lowest is 0.
pub const SCALE_MAX: u8 = 10;

/// An answer, tagged with its kind: `{"kind": "scale", "value": 7}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Answer {
    Text(String),
    Choice(Option<String>),
    Checklist(Vec<String>),
    Scale(Option<u8>),
    List(Vec<String>),
    Matrix(Vec<MatrixCell>),
    Timeline(Vec<TimelineEvent>),
    Photos(Vec<i64>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatrixCell {
    pub row: String,
    pub column: String,
    pub value: Cell,
}

/// A matrix cell: a 0–10 number or text, as the field's `cells` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Cell {
    Scale(u8),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimelineEvent {
    pub when: String,
    pub text: String,
    pub tag: Option<String>,
}

/// Why an answer was refused. Nothing is stored then; what the person typed stays on screen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the answer is of another kind than its field")]
    WrongKind,
    #[error("the text is longer than {max} characters")]
    TooLong { max: u64 },
    #[error("more than {max} items")]
    TooMany { max: u64 },
    #[error("a value that the field does not offer")]
    NotOffered,
    #[error("no such field")]
    UnknownField,
    #[error("no such exercise")]
    UnknownExercise,
    /// The exercise is offered only once the person chose return (`Visibility::AfterReturnChosen`).
    #[error("the exercise is for after the person chose return")]
    NotChosen,
}

impl UserFacing for AnswerError {
    fn code(&self) -> &'static str {
        match self {
            AnswerError::WrongKind | AnswerError::NotOffered | AnswerError::UnknownField => {
                "answer_invalid"
            }
            AnswerError::TooLong { .. } => "answer_too_long",
            AnswerError::TooMany { .. } => "answer_too_many",
            AnswerError::UnknownExercise => "exercise_missing",
            AnswerError::NotChosen => "exercise_not_chosen",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            AnswerError::WrongKind | AnswerError::NotOffered | AnswerError::UnknownField => {
                "error-answer-invalid"
            }
            AnswerError::TooLong { .. } => "error-answer-too-long",
            AnswerError::TooMany { .. } => "error-answer-too-many",
            AnswerError::UnknownExercise => "error-exercise-missing",
            AnswerError::NotChosen => "error-exercise-not-chosen",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            AnswerError::TooLong { max } | AnswerError::TooMany { max } => {
                vec![("max", (*max).into())]
            }
            _ => Vec::new(),
        }
    }
}

fn chars_at_most(s: &str, max: usize) -> Result<(), AnswerError> {
    // Byte length bounds the character count from above: most answers skip the count.
    if s.len() > max && s.chars().count() > max {
        return Err(AnswerError::TooLong { max: max as u64 });
    }
    Ok(())
}

fn count_at_most(n: usize, max: u32) -> Result<(), AnswerError> {
    if n > max as usize {
        return Err(AnswerError::TooMany {
            max: u64::from(max),
        });
    }
    Ok(())
}

fn offered<'a>(items: &'a [Item], id: &str) -> Result<&'a Item, AnswerError> {
    items
        .iter()
        .find(|i| i.id == id)
        .ok_or(AnswerError::NotOffered)
}

fn position(items: &[Item], id: &str) -> usize {
    items.iter().position(|i| i.id == id).unwrap_or(usize::MAX)
}

/// Checks `answer` against `field` and returns it in its stored form: checklist options and
/// matrix cells in the definition's order, empty list items and empty text cells dropped.
pub fn check_answer(field: &Field, answer: Answer) -> Result<Answer, AnswerError> {
    match (&field.kind, answer) {
        (Kind::ShortText { max_chars } | Kind::LongText { max_chars }, Answer::Text(t)) => {
            chars_at_most(&t, *max_chars as usize)?;
            Ok(Answer::Text(t))
        }
        (Kind::Choice { options, .. }, Answer::Choice(c)) => {
            if let Some(id) = &c {
                offered(options, id)?;
            }
            Ok(Answer::Choice(c))
        }
        (Kind::Checklist { options }, Answer::Checklist(mut picked)) => {
            for id in &picked {
                offered(options, id)?;
            }
            picked.sort_by_key(|id| position(options, id));
            picked.dedup();
            Ok(Answer::Checklist(picked))
        }
        (Kind::Scale { .. }, Answer::Scale(v)) => {
            if v.is_some_and(|v| v > SCALE_MAX) {
                return Err(AnswerError::NotOffered);
            }
            Ok(Answer::Scale(v))
        }
        (Kind::List { max_items, .. }, Answer::List(items)) => {
            let items: Vec<String> = items.into_iter().filter(|i| !i.trim().is_empty()).collect();
            count_at_most(items.len(), *max_items)?;
            for i in &items {
                chars_at_most(i, MAX_ITEM_CHARS)?;
            }
            Ok(Answer::List(items))
        }
        (
            Kind::Matrix {
                rows,
                columns,
                cells,
                ..
            },
            Answer::Matrix(given),
        ) => {
            let mut kept: Vec<MatrixCell> = Vec::with_capacity(given.len());
            for c in given {
                offered(rows, &c.row)?;
                offered(columns, &c.column)?;
                match (&c.value, cells) {
                    (Cell::Scale(v), CellKind::Scale) if *v <= SCALE_MAX => {}
                    (Cell::Text(t), CellKind::Text) => {
                        chars_at_most(t, MAX_ITEM_CHARS)?;
                        if t.trim().is_empty() {
                            continue;
                        }
                    }
                    _ => return Err(AnswerError::NotOffered),
                }
                if kept.iter().any(|k| k.row == c.row && k.column == c.column) {
                    return Err(AnswerError::NotOffered);
                }
                kept.push(c);
            }
            kept.sort_by_key(|c| (position(rows, &c.row), position(columns, &c.column)));
            Ok(Answer::Matrix(kept))
        }
        (Kind::Timeline { tags, max_items }, Answer::Timeline(events)) => {
            count_at_most(events.len(), *max_items)?;
            for e in &events {
                chars_at_most(&e.when, MAX_WHEN_CHARS)?;
                chars_at_most(&e.text, MAX_ITEM_CHARS)?;
                if let Some(tag) = &e.tag {
                    offered(tags, tag)?;
                }
            }
            Ok(Answer::Timeline(events))
        }
        (Kind::Photos { max_items }, Answer::Photos(mut ids)) => {
            if ids.iter().any(|id| *id <= 0) {
                return Err(AnswerError::NotOffered);
            }
            let before = ids.len();
            let mut seen = std::collections::HashSet::new();
            ids.retain(|id| seen.insert(*id));
            if ids.len() != before {
                return Err(AnswerError::NotOffered);
            }
            count_at_most(ids.len(), *max_items)?;
            Ok(Answer::Photos(ids))
        }
        _ => Err(AnswerError::WrongKind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::exercise::{CellKind, ChoiceStyle};

    fn items(ids: &[&str]) -> Vec<Item> {
        ids.iter()
            .map(|id| Item {
                id: (*id).to_owned(),
                label_id: format!("x-{id}"),
            })
            .collect()
    }

    fn field(kind: Kind) -> Field {
        Field {
            id: "f".into(),
            label_id: "ex-e-f".into(),
            help_id: None,
            kind,
        }
    }

    #[test]
    fn answers_must_be_of_their_fields_kind() {
        let scale = field(Kind::Scale {
            low_id: "l".into(),
            high_id: "h".into(),
        });
        assert_eq!(
            check_answer(&scale, Answer::Text("7".into())),
            Err(AnswerError::WrongKind)
        );
        assert_eq!(
            check_answer(&scale, Answer::Scale(Some(10))),
            Ok(Answer::Scale(Some(10)))
        );
        assert_eq!(
            check_answer(&scale, Answer::Scale(None)),
            Ok(Answer::Scale(None))
        );
        assert_eq!(
            check_answer(&scale, Answer::Scale(Some(11))),
            Err(AnswerError::NotOffered)
        );
    }

    #[test]
    fn text_is_bounded_in_characters_so_a_megabyte_note_is_refused_with_its_limit() {
        let long = field(Kind::LongText { max_chars: 20_000 });
        let arabic = "ب".repeat(20_000); // 40 000 bytes, 20 000 characters: allowed
        assert!(check_answer(&long, Answer::Text(arabic)).is_ok());
        let err = check_answer(&long, Answer::Text("x".repeat(1024 * 1024))).unwrap_err();
        assert_eq!(err, AnswerError::TooLong { max: 20_000 });
        assert_eq!(err.message_id(), "error-answer-too-long");
        assert_eq!(err.args(), vec![("max", ErrorArg::Number(20_000.0))]);
    }

    #[test]
    fn choices_and_checklists_take_only_offered_options_in_definition_order() {
        let choice = field(Kind::Choice {
            options: items(&["a", "b"]),
            style: ChoiceStyle::Buttons,
        });
        assert!(check_answer(&choice, Answer::Choice(Some("b".into()))).is_ok());
        assert!(check_answer(&choice, Answer::Choice(None)).is_ok());
        assert_eq!(
            check_answer(&choice, Answer::Choice(Some("z".into()))),
            Err(AnswerError::NotOffered)
        );
        let list = field(Kind::Checklist {
            options: items(&["a", "b", "c"]),
        });
        assert_eq!(
            check_answer(
                &list,
                Answer::Checklist(vec!["c".into(), "a".into(), "c".into()])
            ),
            Ok(Answer::Checklist(vec!["a".into(), "c".into()]))
        );
    }

    #[test]
    fn lists_drop_empty_items_and_keep_their_limit() {
        let list = field(Kind::List {
            max_items: 3,
            ordered: true,
        });
        assert_eq!(
            check_answer(
                &list,
                Answer::List(vec!["one".into(), "  ".into(), "two".into()])
            ),
            Ok(Answer::List(vec!["one".into(), "two".into()]))
        );
        assert_eq!(
            check_answer(&list, Answer::List(vec!["x".into(); 4])),
            Err(AnswerError::TooMany { max: 3 })
        );
    }

    #[test]
    fn matrix_cells_must_exist_match_the_cell_kind_and_come_once() {
        let m = field(Kind::Matrix {
            rows: items(&["r1", "r2"]),
            columns: items(&["c1", "c2"]),
            cells: CellKind::Scale,
            low_id: None,
            high_id: None,
            chart: None,
        });
        let cell = |r: &str, c: &str, v: Cell| MatrixCell {
            row: r.into(),
            column: c.into(),
            value: v,
        };
        assert_eq!(
            check_answer(
                &m,
                Answer::Matrix(vec![
                    cell("r2", "c1", Cell::Scale(3)),
                    cell("r1", "c2", Cell::Scale(0))
                ])
            ),
            Ok(Answer::Matrix(vec![
                cell("r1", "c2", Cell::Scale(0)),
                cell("r2", "c1", Cell::Scale(3))
            ]))
        );
        for bad in [
            vec![cell("r9", "c1", Cell::Scale(1))],
            vec![cell("r1", "c1", Cell::Text("x".into()))],
            vec![cell("r1", "c1", Cell::Scale(12))],
            vec![
                cell("r1", "c1", Cell::Scale(1)),
                cell("r1", "c1", Cell::Scale(2)),
            ],
        ] {
            assert_eq!(
                check_answer(&m, Answer::Matrix(bad)),
                Err(AnswerError::NotOffered)
            );
        }
    }

    #[test]
    fn timelines_and_photos_are_bounded() {
        let t = field(Kind::Timeline {
            tags: items(&["hard"]),
            max_items: 2,
        });
        let ev = |tag: Option<&str>| TimelineEvent {
            when: "2015".into(),
            text: "arrived".into(),
            tag: tag.map(str::to_owned),
        };
        assert!(check_answer(&t, Answer::Timeline(vec![ev(Some("hard")), ev(None)])).is_ok());
        assert_eq!(
            check_answer(&t, Answer::Timeline(vec![ev(Some("joy"))])),
            Err(AnswerError::NotOffered)
        );
        assert_eq!(
            check_answer(&t, Answer::Timeline(vec![ev(None); 3])),
            Err(AnswerError::TooMany { max: 2 })
        );
        let p = field(Kind::Photos { max_items: 2 });
        assert!(check_answer(&p, Answer::Photos(vec![4, 9])).is_ok());
        assert_eq!(
            check_answer(&p, Answer::Photos(vec![4, 4])),
            Err(AnswerError::NotOffered)
        );
        assert_eq!(
            check_answer(&p, Answer::Photos(vec![1, 2, 3])),
            Err(AnswerError::TooMany { max: 2 })
        );
    }
}
