#![cfg_attr(test, allow(clippy::unwrap_used))]
//! Avenir's content library: the exercises and pathway cards defined by files
//! (`assets/content/README.md`). The shipped files are built in; an organisation's own folder
//! adds or replaces definitions and texts. Every file is parsed here and checked by
//! `avenir-core`; a file that cannot be used is left out with a problem naming the file and the
//! field, and the rest of the library still loads.

use std::path::Path;

use avenir_core::content::{Answer, AnswerError};
use avenir_core::content::{
    Card, CardFile, DefinitionError, Exercise, ExerciseFile, Problem, Visibility,
};
use avenir_core::course::{Course, CourseError, Known, Plan, PlanFile};
use avenir_core::explorer::{Countries, Period};
use avenir_i18n::{COMPLETE_LOCALES, Catalogues, LocaleFiles};
use serde::Deserialize;

pub mod directory;
mod rules;
pub mod samples;

pub use rules::parse_rules;

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// Largest definition or text file read from the organisation's folder.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The usable exercises and cards (sorted by `order`, then id) and the problems of the rest.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub exercises: Vec<Exercise>,
    pub cards: Vec<Card>,
    /// Course plan templates (group sessions).
    pub plans: Vec<Plan>,
    /// The support explorer's rules: dated periods, sorted by start.
    pub periods: Vec<Period>,
    /// The explorer's country list (nationality groups).
    pub countries: Countries,
    pub problems: Vec<DefinitionError>,
}

/// Just the schema version, read before the rest so that a newer file is named as such.
#[derive(Deserialize)]
struct SchemaProbe {
    schema: Option<u32>,
}

fn syntax(file: &str, text: &str, e: &toml::de::Error) -> DefinitionError {
    let field = e
        .span()
        .map(|span| {
            let line = text
                .get(..span.start)
                .map_or(0, |before| before.matches('\n').count())
                + 1;
            format!("line {line}")
        })
        .unwrap_or_default();
    DefinitionError::new(file, field, Problem::Syntax(e.message().trim().to_owned()))
}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, DefinitionError> {
    let probe: SchemaProbe = toml::from_str(text).map_err(|e| syntax(file, text, &e))?;
    match probe.schema {
        Some(avenir_core::content::SCHEMA_VERSION) => {}
        Some(v) => {
            return Err(DefinitionError::new(
                file,
                "schema",
                Problem::UnknownSchema(v),
            ));
        }
        None => {
            return Err(DefinitionError::new(
                file,
                "schema",
                Problem::Missing("schema"),
            ));
        }
    }
    toml::from_str(text).map_err(|e| syntax(file, text, &e))
}

/// Parses and checks one exercise file (`file` is its name, e.g. `basic-needs.toml`).
pub fn parse_exercise(file: &str, text: &str) -> Result<Exercise, DefinitionError> {
    Exercise::validate(file, parse::<ExerciseFile>(file, text)?)
}

/// Parses and checks one course plan file against the exercises and cards that exist.
pub fn parse_plan(file: &str, text: &str, known: &Known<'_>) -> Result<Plan, DefinitionError> {
    Plan::validate(file, parse::<PlanFile>(file, text)?, known)
}

/// Parses and checks one pathway card file.
pub fn parse_card(file: &str, text: &str) -> Result<Card, DefinitionError> {
    Card::validate(file, parse::<CardFile>(file, text)?)
}

/// The organisation's folder: its definition files and its texts.
#[derive(Debug, Default)]
pub struct Organisation {
    pub exercises: Vec<(String, String)>,
    pub cards: Vec<(String, String)>,
    pub plans: Vec<(String, String)>,
    pub rules: Vec<(String, String)>,
    /// `countries.toml`, when the organisation keeps its own.
    pub countries: Option<String>,
    pub locales: Vec<LocaleFiles>,
    pub problems: Vec<DefinitionError>,
}

impl Organisation {
    /// Reads `<dir>/{exercises,cards,plans,rules}/*.toml` and `<dir>/locales/<tag>/*.ftl`.
    /// A missing folder is an empty organisation; an unreadable file is a problem, not a failure.
    pub fn read(dir: &Path) -> Organisation {
        let mut org = Organisation::default();
        org.exercises = read_files(&dir.join("exercises"), "toml", &mut org.problems);
        org.cards = read_files(&dir.join("cards"), "toml", &mut org.problems);
        org.plans = read_files(&dir.join("plans"), "toml", &mut org.problems);
        org.rules = read_files(&dir.join("rules"), "toml", &mut org.problems);
        org.countries = read_file(&dir.join(rules::COUNTRIES_FILE), &mut org.problems);
        for tag_dir in sorted_entries(&dir.join("locales")) {
            let Some(tag) = tag_dir.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !tag_dir.is_dir() {
                continue;
            }
            let files = read_files(&tag_dir, "ftl", &mut org.problems);
            if !files.is_empty() {
                org.locales.push(LocaleFiles {
                    tag: tag.to_owned(),
                    files,
                });
            }
        }
        org
    }
}

fn sorted_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// One file of the organisation's folder, when it exists; unreadable, it is a problem.
fn read_file(path: &Path, problems: &mut Vec<DefinitionError>) -> Option<String> {
    if !path.is_file() {
        return None;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let too_big = path
        .metadata()
        .map(|m| m.len() > MAX_FILE_BYTES)
        .unwrap_or(false);
    let text = if too_big {
        Err("the file is larger than 1 MiB".to_owned())
    } else {
        std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| String::from_utf8(b).map_err(|_| "the file is not UTF-8".to_owned()))
    };
    match text {
        Ok(text) => Some(text),
        Err(detail) => {
            problems.push(DefinitionError::new(&name, "", Problem::Syntax(detail)));
            None
        }
    }
}

fn read_files(
    dir: &Path,
    extension: &str,
    problems: &mut Vec<DefinitionError>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in sorted_entries(dir) {
        if path.extension().and_then(|e| e.to_str()) != Some(extension) {
            continue;
        }
        if let Some(text) = read_file(&path, problems) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((name, text));
        }
    }
    out
}

impl Library {
    /// Only the shipped definitions.
    pub fn shipped() -> Library {
        Library::build(&Organisation::default())
    }

    /// The shipped definitions, with the organisation's added or replacing theirs by id.
    pub fn build(org: &Organisation) -> Library {
        let mut lib = Library {
            problems: org.problems.clone(),
            ..Library::default()
        };
        let exercises = EXERCISES
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .chain(org.exercises.iter().cloned());
        for (file, text) in exercises {
            match parse_exercise(&file, &text) {
                Ok(ex) => {
                    lib.exercises.retain(|e| e.id != ex.id);
                    lib.exercises.push(ex);
                }
                Err(e) => lib.problems.push(e),
            }
        }
        let cards = CARDS
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .chain(org.cards.iter().cloned());
        for (file, text) in cards {
            match parse_card(&file, &text) {
                Ok(card) => {
                    lib.cards.retain(|c| c.id != card.id);
                    lib.cards.push(card);
                }
                Err(e) => lib.problems.push(e),
            }
        }
        let plan_files = PLANS
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .chain(org.plans.iter().cloned());
        let (mut plans, plan_problems) = lib.with_known(|known| {
            let mut plans: Vec<Plan> = Vec::new();
            let mut problems = Vec::new();
            for (file, text) in plan_files {
                match parse_plan(&file, &text, known) {
                    Ok(plan) => {
                        plans.retain(|p| p.id != plan.id);
                        plans.push(plan);
                    }
                    Err(e) => problems.push(e),
                }
            }
            (plans, problems)
        });
        plans.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        lib.plans = plans;
        lib.problems.extend(plan_problems);
        lib.exercises
            .sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        lib.cards
            .sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        let (periods, rule_problems) = rules::periods(&org.rules);
        lib.periods = periods;
        lib.problems.extend(rule_problems);
        let (countries, problem) = rules::countries(org.countries.as_deref());
        lib.countries = countries;
        lib.problems.extend(problem);
        lib
    }

    /// `build`, then `missing_texts` against `catalogues`; every problem is also logged, and so
    /// is every shipped text the organisation's files were not allowed to replace.
    pub fn checked(org: &Organisation, catalogues: &Catalogues) -> Library {
        let mut library = Library::build(org);
        let missing = library.missing_texts(catalogues);
        library.problems.extend(missing);
        for p in &library.problems {
            log::warn!("content: {p}");
        }
        for refused in catalogues.refused_texts() {
            log::warn!("content: {refused}");
        }
        library
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// Runs `f` with the ids of the exercises and cards that exist: what course blocks may name.
    fn with_known<T>(&self, f: impl FnOnce(&Known<'_>) -> T) -> T {
        let exercises: Vec<(&str, Visibility)> = self
            .exercises
            .iter()
            .map(|e| (e.id.as_str(), e.visibility))
            .collect();
        let cards: Vec<&str> = self.cards.iter().map(|c| c.id.as_str()).collect();
        f(&Known {
            exercises: &exercises,
            cards: &cards,
        })
    }

    /// Checks `answer` against the field `field` of the exercise `exercise`, and returns it in
    /// its stored form.
    pub fn check_answer(
        &self,
        exercise: &str,
        field: &str,
        answer: Answer,
    ) -> Result<Answer, AnswerError> {
        let definition = self
            .exercise(exercise)
            .ok_or(AnswerError::UnknownExercise)?;
        let field = definition.field(field).ok_or(AnswerError::UnknownField)?;
        avenir_core::content::check_answer(field, answer)
    }

    /// Checks a course, its blocks against the exercises and cards that exist.
    pub fn check_course(&self, course: Course) -> Result<Course, CourseError> {
        self.with_known(|known| course.check(known))
    }

    /// Texts the definitions need that a complete language (nl, fr, en) lacks: one problem per
    /// missing text, naming the definition's file and the message id. The definition stays
    /// usable: the missing text falls back to English, or shows its id.
    pub fn missing_texts(&self, catalogues: &Catalogues) -> Vec<DefinitionError> {
        let mut problems = Vec::new();
        for tag in COMPLETE_LOCALES {
            let have = catalogues.message_ids(tag);
            let exercise_ids = self
                .exercises
                .iter()
                .map(|e| (format!("{}.toml", e.id), e.message_ids()));
            let card_ids = self
                .cards
                .iter()
                .map(|c| (format!("{}.toml", c.id), c.message_ids()));
            let plan_ids = self
                .plans
                .iter()
                .map(|p| (format!("{}.toml", p.id), p.message_ids()));
            let rule_ids = self
                .periods
                .iter()
                .map(|p| (format!("{}.toml", p.id), p.message_ids()));
            let all: Vec<(String, Vec<String>)> = exercise_ids
                .chain(card_ids)
                .map(|(f, ids)| (f, ids.into_iter().map(str::to_owned).collect()))
                .chain(plan_ids)
                .chain(rule_ids)
                .collect();
            for (file, ids) in all {
                for id in ids {
                    if !have.contains(&id) {
                        problems.push(DefinitionError::new(
                            &file,
                            id.as_str(),
                            Problem::NoText {
                                locale: (*tag).to_owned(),
                            },
                        ));
                    }
                }
            }
        }
        problems
    }
}

/// The library and the catalogues as the app uses them: shipped content and texts, with the
/// organisation's folder (if any) on top, and every problem found on the way.
pub fn load(org_dir: Option<&Path>, catalogues: Catalogues) -> (Library, Catalogues) {
    let org = org_dir.map(Organisation::read).unwrap_or_default();
    let catalogues = catalogues.with_organisation(org.locales.iter().cloned());
    (Library::checked(&org, &catalogues), catalogues)
}
