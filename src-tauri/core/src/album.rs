//! The photo album: pages of photos with a caption, an optional "message from" someone, and a
//! category; or text-only pages (a skill learned, a certificate earned). The person's own words,
//! in their language.

use crate::content::AnswerError;

/// Longest caption (characters).
pub const MAX_CAPTION_CHARS: usize = 2_000;
/// Longest "from" of a message (characters).
pub const MAX_FROM_CHARS: usize = 200;
/// Longest message text (characters).
pub const MAX_MESSAGE_CHARS: usize = 5_000;
/// Most photos on one page.
pub const MAX_PHOTOS_PER_PAGE: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Category {
    People,
    Places,
    Work,
    Learning,
    Skills,
    Moments,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::People,
        Category::Places,
        Category::Work,
        Category::Learning,
        Category::Skills,
        Category::Moments,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::People => "people",
            Category::Places => "places",
            Category::Work => "work",
            Category::Learning => "learning",
            Category::Skills => "skills",
            Category::Moments => "moments",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// "A message from": written or dictated by the person who gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub from: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageInput {
    pub category: Category,
    pub caption: String,
    pub message: Option<Message>,
    /// Photo ids in display order.
    pub photos: Vec<i64>,
}

fn at_most(s: &str, max: usize) -> Result<(), AnswerError> {
    if s.len() > max && s.chars().count() > max {
        return Err(AnswerError::TooLong { max: max as u64 });
    }
    Ok(())
}

impl PageInput {
    /// Bounds the texts and the photos; an empty message becomes none; photo ids are unique.
    pub fn check(mut self) -> Result<PageInput, AnswerError> {
        at_most(&self.caption, MAX_CAPTION_CHARS)?;
        if let Some(m) = &self.message {
            at_most(&m.from, MAX_FROM_CHARS)?;
            at_most(&m.text, MAX_MESSAGE_CHARS)?;
            if m.from.trim().is_empty() && m.text.trim().is_empty() {
                self.message = None;
            }
        }
        if self.photos.len() > MAX_PHOTOS_PER_PAGE {
            return Err(AnswerError::TooMany {
                max: MAX_PHOTOS_PER_PAGE as u64,
            });
        }
        let mut seen = std::collections::HashSet::new();
        if self.photos.iter().any(|id| *id <= 0 || !seen.insert(*id)) {
            return Err(AnswerError::NotOffered);
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(photos: Vec<i64>, caption: &str, message: Option<(&str, &str)>) -> PageInput {
        PageInput {
            category: Category::People,
            caption: caption.into(),
            message: message.map(|(f, t)| Message {
                from: f.into(),
                text: t.into(),
            }),
            photos,
        }
    }

    #[test]
    fn categories_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(Category::parse("selfies"), None);
    }

    #[test]
    fn pages_bound_their_texts_and_photos() {
        assert!(page(vec![], "Certificat de couture", None).check().is_ok());
        assert!(
            page(vec![1, 2], "صديقتي مريم", Some(("Mariam", "لن أنساك")))
                .check()
                .is_ok()
        );
        assert_eq!(
            page(vec![], "", Some((" ", ""))).check().unwrap().message,
            None
        );
        assert_eq!(
            page(vec![1, 2, 3, 4, 5, 6, 7], "", None).check(),
            Err(AnswerError::TooMany { max: 6 })
        );
        assert_eq!(
            page(vec![3, 3], "", None).check(),
            Err(AnswerError::NotOffered)
        );
        assert_eq!(
            page(vec![], &"x".repeat(2001), None).check(),
            Err(AnswerError::TooLong { max: 2000 })
        );
        assert!(page(vec![], &"ب".repeat(2000), None).check().is_ok());
    }
}
