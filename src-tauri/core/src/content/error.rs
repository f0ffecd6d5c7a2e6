use std::fmt;

use crate::{ErrorArg, UserFacing};

/// What is wrong in a definition, in terms a content editor can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `schema` is missing or names a version this Avenir does not know.
    UnknownSchema(u32),
    /// The file could not be read as a definition at all (syntax, a wrong type, an unknown
    /// property): the detail is the parser's own words, with line and column.
    Syntax(String),
    /// Not an id: lowercase letters, digits and single hyphens, at most 40 characters.
    BadId(String),
    /// The id differs from the file name.
    IdNotFileName { id: String, file: String },
    /// The same id twice in one list.
    Duplicate(String),
    /// A property this kind does not accept.
    NotForKind {
        property: &'static str,
        kind: &'static str,
    },
    /// A property this kind needs.
    Missing(&'static str),
    /// A number or a list length out of its range.
    OutOfRange { min: u64, max: u64 },
    /// A value outside the allowed set.
    Unknown(String),
    /// A date that is not `YYYY-MM-DD`.
    BadDate(String),
    /// A text the definition needs is missing from a language that must be complete.
    NoText { locale: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownSchema(v) => write!(f, "unknown schema version {v}"),
            Problem::Syntax(d) => write!(f, "{d}"),
            Problem::BadId(s) => write!(f, "{s:?} is not a valid id"),
            Problem::IdNotFileName { id, file } => {
                write!(f, "the id {id:?} differs from the file name {file:?}")
            }
            Problem::Duplicate(s) => write!(f, "{s:?} appears twice"),
            Problem::NotForKind { property, kind } => {
                write!(f, "{property} is not allowed for kind {kind}")
            }
            Problem::Missing(p) => write!(f, "{p} is missing"),
            Problem::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Problem::Unknown(s) => write!(f, "{s:?} is not allowed here"),
            Problem::BadDate(s) => write!(f, "{s:?} is not a date (YYYY-MM-DD)"),
            Problem::NoText { locale } => write!(f, "the text is missing in {locale}"),
        }
    }
}

/// A definition that cannot be used: which file, which field (a path such as
/// `fields[2].options`), and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {field}: {problem}")]
pub struct DefinitionError {
    pub file: String,
    pub field: String,
    pub problem: Problem,
}

impl DefinitionError {
    pub fn new(file: &str, field: impl Into<String>, problem: Problem) -> Self {
        DefinitionError {
            file: file.to_owned(),
            field: field.into(),
            problem,
        }
    }
}

impl UserFacing for DefinitionError {
    fn code(&self) -> &'static str {
        "content_invalid"
    }
    fn message_id(&self) -> &'static str {
        match self.problem {
            Problem::UnknownSchema(_) => "error-content-schema",
            Problem::Syntax(_) => "error-content-syntax",
            Problem::BadId(_) => "error-content-bad-id",
            Problem::IdNotFileName { .. } => "error-content-id-file",
            Problem::Duplicate(_) => "error-content-duplicate",
            Problem::NotForKind { .. } => "error-content-not-for-kind",
            Problem::Missing(_) => "error-content-missing",
            Problem::OutOfRange { .. } => "error-content-range",
            Problem::Unknown(_) => "error-content-unknown",
            Problem::BadDate(_) => "error-content-date",
            Problem::NoText { .. } => "error-content-no-text",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        let mut args: Vec<(&'static str, ErrorArg)> = vec![
            ("file", self.file.as_str().into()),
            ("field", self.field.as_str().into()),
        ];
        match &self.problem {
            Problem::UnknownSchema(v) => args.push(("version", u64::from(*v).into())),
            Problem::Syntax(d) => args.push(("detail", d.as_str().into())),
            Problem::BadId(v)
            | Problem::Duplicate(v)
            | Problem::Unknown(v)
            | Problem::BadDate(v) => args.push(("value", v.as_str().into())),
            Problem::IdNotFileName { id, .. } => args.push(("value", id.as_str().into())),
            Problem::NotForKind { property, kind } => {
                args.push(("property", (*property).into()));
                args.push(("kind", (*kind).into()));
            }
            Problem::Missing(p) => args.push(("property", (*p).into())),
            Problem::NoText { locale } => args.push(("locale", locale.as_str().into())),
            Problem::OutOfRange { min, max } => {
                args.push(("min", (*min).into()));
                args.push(("max", (*max).into()));
            }
        }
        args
    }
}
