//! The decision journal: in a session the person may place themselves on each pathway — how
//! possible it seems, how much they want it — with a word of why. Their placements, never a score.

use crate::content::{AnswerError, SCALE_MAX};
use crate::session::Pathway;

/// Longest "word of why" (characters).
pub const MAX_WHY_CHARS: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalInput {
    pub pathway: Pathway,
    pub possible: Option<u8>,
    pub wanted: Option<u8>,
    pub why: String,
}

impl JournalInput {
    /// Scales are 0–10 or unsaid; the why is bounded.
    pub fn check(self) -> Result<JournalInput, AnswerError> {
        let in_scale = |v: Option<u8>| v.is_none_or(|v| v <= SCALE_MAX);
        if !in_scale(self.possible) || !in_scale(self.wanted) {
            return Err(AnswerError::NotOffered);
        }
        if self.why.len() > MAX_WHY_CHARS && self.why.chars().count() > MAX_WHY_CHARS {
            return Err(AnswerError::TooLong {
                max: MAX_WHY_CHARS as u64,
            });
        }
        Ok(self)
    }

    /// Nothing said: no scale and no word.
    pub fn is_empty(&self) -> bool {
        self.possible.is_none() && self.wanted.is_none() && self.why.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(possible: Option<u8>, wanted: Option<u8>, why: &str) -> JournalInput {
        JournalInput {
            pathway: Pathway::Return,
            possible,
            wanted,
            why: why.to_owned(),
        }
    }

    #[test]
    fn scales_are_zero_to_ten_or_unsaid_and_the_why_is_bounded() {
        assert!(entry(Some(0), Some(10), "").check().is_ok());
        assert!(entry(None, None, "").check().unwrap().is_empty());
        assert_eq!(
            entry(Some(11), None, "").check(),
            Err(AnswerError::NotOffered)
        );
        assert_eq!(
            entry(None, Some(200), "").check(),
            Err(AnswerError::NotOffered)
        );
        // 1000 Arabic letters are 2000 bytes: still within the limit, which counts characters.
        assert!(entry(None, None, &"ب".repeat(1000)).check().is_ok());
        assert_eq!(
            entry(None, None, &"x".repeat(1001)).check(),
            Err(AnswerError::TooLong { max: 1000 })
        );
    }
}
