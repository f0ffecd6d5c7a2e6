//! Content defined by data (`assets/content/README.md`): exercise definitions, pathway
//! information cards, and the answers a person gives. The files are parsed at the boundary into
//! the `*File` types here (serde derives only: any format works); `validate` turns them into the
//! checked types the rest of Avenir uses, or says which field of which file is wrong.

mod answer;
mod card;
mod error;
mod exercise;
mod visibility;

pub use answer::{
    Answer, AnswerError, Cell, MAX_ITEM_CHARS, MAX_WHEN_CHARS, MatrixCell, SCALE_MAX,
    TimelineEvent, check_answer,
};
pub use card::{Card, CardFile, CardSection, CardSource, SourceFile};
pub use error::{DefinitionError, Problem};
pub use exercise::{
    CellKind, ChartKind, ChoiceStyle, Exercise, ExerciseFile, Field, FieldFile, FieldKind, Guide,
    Item, Kind,
};
pub use visibility::{Setting, Visibility};

/// The only schema version there is.
pub const SCHEMA_VERSION: u32 = 1;

/// Ids of exercises, fields, options, rows, columns, tags, cards and sections: lowercase ASCII
/// letters and digits in words joined by single hyphens, starting with a letter.
pub const MAX_ID_CHARS: usize = 40;

/// Whether `s` is a content id (see `MAX_ID_CHARS`).
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_CHARS
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The head every definition file shares: a known `schema`, an `id` that is an id and the file's
/// name without `.toml`.
pub(crate) fn check_head(file: &str, schema: u32, id: &str) -> Result<(), DefinitionError> {
    let err = |field: &str, p: Problem| Err(DefinitionError::new(file, field, p));
    if schema != SCHEMA_VERSION {
        return err("schema", Problem::UnknownSchema(schema));
    }
    if !is_id(id) {
        return err("id", Problem::BadId(id.to_owned()));
    }
    if file.strip_suffix(".toml").unwrap_or(file) != id {
        return err(
            "id",
            Problem::IdNotFileName {
                id: id.to_owned(),
                file: file.to_owned(),
            },
        );
    }
    Ok(())
}

/// A prefix for message ids: like an id, and may not be empty.
pub(crate) fn is_prefix(s: &str) -> bool {
    is_id(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_joined_by_hyphens() {
        for good in ["a", "basic-needs", "why-left", "q1", "health-care"] {
            assert!(is_id(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Basic",
            "1a",
            "a_b",
            "a b",
            "é",
            &"a".repeat(41),
        ] {
            assert!(!is_id(bad), "{bad}");
        }
    }
}
