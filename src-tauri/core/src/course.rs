//! Group courses: a plan of days and blocks (information, an exercise, a discussion, a break)
//! drawing on the exercises and pathway cards. Shipped plans are templates (content files); a
//! facilitator copies one into a course and adapts it. A course records only anonymous facts:
//! a date, a place label, a number of participants and the languages used — never names.

use serde::{Deserialize, Serialize};

use crate::content::{DefinitionError, Problem, Visibility, is_id};

pub const MAX_DAYS: usize = 10;
pub const MAX_BLOCKS_PER_DAY: usize = 20;
pub const MAX_BLOCK_MINUTES: u32 = 8 * 60;
pub const MAX_TITLE_CHARS: usize = 100;
pub const MAX_PLACE_CHARS: usize = 60;
pub const MAX_NOTE_CHARS: usize = 2_000;
pub const MAX_PARTICIPANTS: u32 = 200;
pub const MAX_LANGUAGES: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum BlockKind {
    /// A pathway information card (`card`), or an information topic (`topic`).
    Information,
    /// An exercise (`exercise`), done together.
    Exercise,
    /// A question for the group (`topic`).
    Discussion,
    Break,
    Lunch,
    /// Time for the interpreters to catch up (no content of its own).
    Interpreting,
    /// A guest speaks (`topic` names the guest: one of [`GUESTS`]).
    Guest,
    /// Silent individual work on paper with an exercise (`exercise`); opt-in, nobody shares. The
    /// only kind that may use an exercise shown "only when raised".
    Individual,
}

/// The guests a plan or course may invite (`plan-guest-<id>` and `plan-guest-<id>-prompt`).
pub const GUESTS: &[&str] = &["legal-adviser", "return-partner", "returnee"];

/// One block of a day. Which reference it carries depends on its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Block {
    pub kind: BlockKind,
    pub minutes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub exercise: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub topic: Option<String>,
    /// The facilitator's own note for this block (not shown on the wall).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Day {
    pub blocks: Vec<Block>,
}

/// A shipped plan, as written in `assets/content/plans/<id>.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    pub schema: u32,
    pub id: String,
    pub order: u32,
    pub days: Vec<Day>,
}

/// A checked plan template. Texts: `plan-<id>-title`, `plan-<id>-summary`, `plan-<id>-day-<n>`
/// (n from 1), and for topics `plan-topic-<topic>` and `plan-topic-<topic>-prompt`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Plan {
    pub id: String,
    pub order: u32,
    pub title_id: String,
    pub summary_id: String,
    pub day_title_ids: Vec<String>,
    pub days: Vec<Day>,
}

/// What a block may refer to: the ids that exist in the content library.
pub struct Known<'a> {
    /// Each exercise with its visibility, which says which blocks may use it.
    pub exercises: &'a [(&'a str, Visibility)],
    pub cards: &'a [&'a str],
}

/// Why a course cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CourseError {
    #[error("the field {0} is not valid")]
    Invalid(String),
}

impl crate::UserFacing for CourseError {
    fn code(&self) -> &'static str {
        "course_invalid"
    }
    fn message_id(&self) -> &'static str {
        "error-course-invalid"
    }
    fn args(&self) -> Vec<(&'static str, crate::ErrorArg)> {
        let CourseError::Invalid(field) = self;
        vec![("field", field.as_str().into())]
    }
}

/// Checks one block; the error is the offending property.
fn check_block(b: &Block, known: &Known<'_>) -> Result<(), &'static str> {
    if b.minutes == 0 || b.minutes > MAX_BLOCK_MINUTES {
        return Err("minutes");
    }
    if b.note.chars().count() > MAX_NOTE_CHARS {
        return Err("note");
    }
    let topic_ok = |t: &Option<String>| t.as_deref().is_some_and(is_id);
    let (ex, card, topic) = (b.exercise.is_some(), b.card.is_some(), b.topic.is_some());
    match b.kind {
        BlockKind::Exercise | BlockKind::Individual => {
            if card || topic {
                return Err("exercise");
            }
            let visibility = b.exercise.as_deref().and_then(|e| {
                known
                    .exercises
                    .iter()
                    .find(|(id, _)| *id == e)
                    .map(|(_, v)| *v)
            });
            match visibility {
                // Done together, a subject only some raised or chose would reach everyone; the
                // counsellor's own sheets belong to no course.
                Some(v) if v.in_course(b.kind == BlockKind::Exercise) => Ok(()),
                _ => Err("exercise"),
            }
        }
        BlockKind::Information => match (&b.card, ex) {
            (_, true) => Err("exercise"),
            (Some(c), false) if !topic && known.cards.contains(&c.as_str()) => Ok(()),
            (None, false) if topic_ok(&b.topic) => Ok(()),
            (Some(_), false) => Err("card"),
            (None, false) => Err("topic"),
        },
        BlockKind::Discussion => {
            if ex || card {
                return Err("topic");
            }
            if topic_ok(&b.topic) {
                Ok(())
            } else {
                Err("topic")
            }
        }
        BlockKind::Break | BlockKind::Lunch | BlockKind::Interpreting => {
            if ex || card || topic {
                return Err("kind");
            }
            Ok(())
        }
        BlockKind::Guest => {
            if ex || card {
                return Err("topic");
            }
            match &b.topic {
                Some(g) if GUESTS.contains(&g.as_str()) => Ok(()),
                _ => Err("topic"),
            }
        }
    }
}

fn check_days(days: &[Day], known: &Known<'_>) -> Result<(), String> {
    if days.is_empty() || days.len() > MAX_DAYS {
        return Err("days".into());
    }
    for (d, day) in days.iter().enumerate() {
        if day.blocks.is_empty() || day.blocks.len() > MAX_BLOCKS_PER_DAY {
            return Err(format!("days[{d}].blocks"));
        }
        for (i, b) in day.blocks.iter().enumerate() {
            check_block(b, known).map_err(|p| format!("days[{d}].blocks[{i}].{p}"))?;
        }
    }
    Ok(())
}

/// Every topic the days refer to (for the texts a language must have); guests are not topics.
pub fn topics(days: &[Day]) -> Vec<&str> {
    let mut t: Vec<&str> = days
        .iter()
        .flat_map(|d| &d.blocks)
        .filter(|b| b.kind != BlockKind::Guest)
        .filter_map(|b| b.topic.as_deref())
        .collect();
    t.sort_unstable();
    t.dedup();
    t
}

/// Every guest the days invite.
pub fn guests(days: &[Day]) -> Vec<&str> {
    let mut g: Vec<&str> = days
        .iter()
        .flat_map(|d| &d.blocks)
        .filter(|b| b.kind == BlockKind::Guest)
        .filter_map(|b| b.topic.as_deref())
        .collect();
    g.sort_unstable();
    g.dedup();
    g
}

impl Plan {
    pub fn validate(file: &str, raw: PlanFile, known: &Known<'_>) -> Result<Plan, DefinitionError> {
        let err = |field: &str, p: Problem| DefinitionError::new(file, field, p);
        crate::content::check_head(file, raw.schema, &raw.id)?;
        check_days(&raw.days, known).map_err(|field| {
            let value = field.rsplit('.').next().unwrap_or_default().to_owned();
            err(&field, Problem::Unknown(value))
        })?;
        Ok(Plan {
            title_id: format!("plan-{}-title", raw.id),
            summary_id: format!("plan-{}-summary", raw.id),
            day_title_ids: (1..=raw.days.len())
                .map(|n| format!("plan-{}-day-{n}", raw.id))
                .collect(),
            order: raw.order,
            days: raw.days,
            id: raw.id,
        })
    }

    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id.clone(), self.summary_id.clone()];
        ids.extend(self.day_title_ids.iter().cloned());
        for t in topics(&self.days) {
            ids.push(format!("plan-topic-{t}"));
            ids.push(format!("plan-topic-{t}-prompt"));
        }
        for g in guests(&self.days) {
            ids.push(format!("plan-guest-{g}"));
            ids.push(format!("plan-guest-{g}-prompt"));
        }
        ids
    }
}

/// The anonymous facts of a course: never names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CourseFacts {
    /// `YYYY-MM-DD`, or none while planning.
    pub held_on: Option<chrono::NaiveDate>,
    /// A place label such as "Antwerp, room 2".
    pub place: String,
    pub participants: Option<u32>,
    /// BCP 47 tags of the languages used.
    pub languages: Vec<String>,
}

/// A facilitator's course: a title, its anonymous facts, and its days (copied from a plan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    pub title: String,
    /// The plan it was copied from, if any.
    pub plan: Option<String>,
    pub facts: CourseFacts,
    pub days: Vec<Day>,
}

impl Course {
    pub fn check(mut self, known: &Known<'_>) -> Result<Course, CourseError> {
        self.title = self.title.trim().to_owned();
        let bad = |f: &str| CourseError::Invalid(f.to_owned());
        if self.title.is_empty() || self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(bad("title"));
        }
        self.facts.place = self.facts.place.trim().to_owned();
        if self.facts.place.chars().count() > MAX_PLACE_CHARS
            || self.facts.place.chars().any(char::is_control)
        {
            return Err(bad("place"));
        }
        if self
            .facts
            .participants
            .is_some_and(|n| n == 0 || n > MAX_PARTICIPANTS)
        {
            return Err(bad("participants"));
        }
        self.facts.languages.sort();
        self.facts.languages.dedup();
        if self.facts.languages.len() > MAX_LANGUAGES
            || !self
                .facts
                .languages
                .iter()
                .all(|l| crate::client::is_language_tag(l))
        {
            return Err(bad("languages"));
        }
        check_days(&self.days, known).map_err(CourseError::Invalid)?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: Known<'static> = Known {
        exercises: &[
            ("four-pathways", Visibility::Always),
            ("lifeline", Visibility::Always),
            ("return-to", Visibility::WhenRaised),
            ("reintegration-plan", Visibility::AfterReturnChosen),
            ("session-preparation", Visibility::CounsellorOnly),
        ],
        cards: &["return"],
    };

    fn block(kind: BlockKind, ex: Option<&str>, card: Option<&str>, topic: Option<&str>) -> Block {
        Block {
            kind,
            minutes: 30,
            exercise: ex.map(str::to_owned),
            card: card.map(str::to_owned),
            topic: topic.map(str::to_owned),
            note: String::new(),
        }
    }

    fn course(blocks: Vec<Block>) -> Course {
        Course {
            title: " Cours d’orientation ".into(),
            plan: Some("one-session".into()),
            facts: CourseFacts {
                held_on: None,
                place: "Antwerpen, zaal 2".into(),
                participants: Some(12),
                languages: vec!["fr".into(), "ar".into(), "fr".into()],
            },
            days: vec![Day { blocks }],
        }
    }

    #[test]
    fn blocks_refer_to_what_their_kind_needs() {
        let good = vec![
            block(BlockKind::Exercise, Some("four-pathways"), None, None),
            block(BlockKind::Information, None, Some("return"), None),
            block(
                BlockKind::Information,
                None,
                None,
                Some("life-without-papers"),
            ),
            block(BlockKind::Discussion, None, None, Some("what-weighs")),
            block(BlockKind::Break, None, None, None),
        ];
        let c = course(good).check(&KNOWN).unwrap();
        assert_eq!(c.title, "Cours d’orientation");
        assert_eq!(c.facts.languages, ["ar", "fr"]);
        for (b, field) in [
            (
                block(BlockKind::Exercise, Some("nope"), None, None),
                "days[0].blocks[0].exercise",
            ),
            (
                block(BlockKind::Exercise, None, None, None),
                "days[0].blocks[0].exercise",
            ),
            (
                block(BlockKind::Information, None, Some("paradise"), None),
                "days[0].blocks[0].card",
            ),
            (
                block(BlockKind::Discussion, None, None, None),
                "days[0].blocks[0].topic",
            ),
            (
                block(BlockKind::Break, Some("lifeline"), None, None),
                "days[0].blocks[0].kind",
            ),
        ] {
            assert_eq!(
                course(vec![b]).check(&KNOWN),
                Err(CourseError::Invalid(field.into()))
            );
        }
    }

    #[test]
    fn lunch_interpreting_guests_and_individual_work_on_paper() {
        let good = vec![
            block(BlockKind::Lunch, None, None, None),
            block(BlockKind::Interpreting, None, None, None),
            block(BlockKind::Guest, None, None, Some("legal-adviser")),
            block(BlockKind::Guest, None, None, Some("returnee")),
            block(BlockKind::Individual, Some("return-to"), None, None),
            block(BlockKind::Individual, Some("lifeline"), None, None),
            block(
                BlockKind::Individual,
                Some("reintegration-plan"),
                None,
                None,
            ),
        ];
        assert!(course(good).check(&KNOWN).is_ok());
        for (b, field) in [
            (
                block(BlockKind::Guest, None, None, Some("minister")),
                "days[0].blocks[0].topic",
            ),
            (
                block(BlockKind::Lunch, None, None, Some("welcome")),
                "days[0].blocks[0].kind",
            ),
            (
                block(BlockKind::Individual, None, Some("return"), None),
                "days[0].blocks[0].exercise",
            ),
            // "Only when the person raised it": never done together by the whole group.
            (
                block(BlockKind::Exercise, Some("return-to"), None, None),
                "days[0].blocks[0].exercise",
            ),
            // Only for those who chose return: never to the whole group.
            (
                block(BlockKind::Exercise, Some("reintegration-plan"), None, None),
                "days[0].blocks[0].exercise",
            ),
            // The counsellor's own checklist: in no block at all, not even on paper.
            (
                block(BlockKind::Exercise, Some("session-preparation"), None, None),
                "days[0].blocks[0].exercise",
            ),
            (
                block(
                    BlockKind::Individual,
                    Some("session-preparation"),
                    None,
                    None,
                ),
                "days[0].blocks[0].exercise",
            ),
        ] {
            assert_eq!(
                course(vec![b]).check(&KNOWN),
                Err(CourseError::Invalid(field.into()))
            );
        }
        let days = vec![Day {
            blocks: vec![
                block(BlockKind::Guest, None, None, Some("returnee")),
                block(BlockKind::Discussion, None, None, Some("what-weighs")),
            ],
        }];
        assert_eq!(topics(&days), ["what-weighs"], "a guest is not a topic");
        assert_eq!(guests(&days), ["returnee"]);
    }

    #[test]
    fn facts_stay_anonymous_and_bounded() {
        let mut c = course(vec![block(BlockKind::Break, None, None, None)]);
        c.facts.participants = Some(0);
        assert_eq!(
            c.check(&KNOWN),
            Err(CourseError::Invalid("participants".into()))
        );
        let mut c = course(vec![block(BlockKind::Break, None, None, None)]);
        c.facts.place = "x".repeat(61);
        assert_eq!(c.check(&KNOWN), Err(CourseError::Invalid("place".into())));
        let mut c = course(vec![block(BlockKind::Break, None, None, None)]);
        c.facts.languages = vec!["not a tag!".into()];
        assert_eq!(
            c.check(&KNOWN),
            Err(CourseError::Invalid("languages".into()))
        );
        let mut c = course(vec![]);
        c.title = "ok".into();
        assert_eq!(
            c.check(&KNOWN),
            Err(CourseError::Invalid("days[0].blocks".into()))
        );
        let mut c = course(vec![block(BlockKind::Break, None, None, None)]);
        c.title = "  ".into();
        assert_eq!(c.check(&KNOWN), Err(CourseError::Invalid("title".into())));
    }
}
