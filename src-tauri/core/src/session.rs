//! A counselling session: when, how, which pathways were touched, what was said.

use crate::InvalidInput;
use crate::client::MAX_TEXT_BYTES;

/// The four residence pathways weighed side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Pathway {
    Legalise,
    Onward,
    Return,
    Undocumented,
}

impl Pathway {
    pub const ALL: [Pathway; 4] = [
        Pathway::Legalise,
        Pathway::Onward,
        Pathway::Return,
        Pathway::Undocumented,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Pathway::Legalise => "legalise",
            Pathway::Onward => "onward",
            Pathway::Return => "return",
            Pathway::Undocumented => "undocumented",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum SessionKind {
    Individual,
    Interpreter,
    Phone,
    Group,
}

impl SessionKind {
    pub const ALL: [SessionKind; 4] = [
        SessionKind::Individual,
        SessionKind::Interpreter,
        SessionKind::Phone,
        SessionKind::Group,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Individual => "individual",
            SessionKind::Interpreter => "interpreter",
            SessionKind::Phone => "phone",
            SessionKind::Group => "group",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What the person said they decided in a session, in their own words: a pathway, or that they
/// are weighing the pathways again. Recorded only when the person says so; the latest one up to
/// a session is what holds then (people move back and forth).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Decision {
    Legalise,
    Onward,
    Return,
    Undocumented,
    /// No decision any more: weighing again.
    Open,
}

impl Decision {
    pub const ALL: [Decision; 5] = [
        Decision::Legalise,
        Decision::Onward,
        Decision::Return,
        Decision::Undocumented,
        Decision::Open,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Legalise => "legalise",
            Decision::Onward => "onward",
            Decision::Return => "return",
            Decision::Undocumented => "undocumented",
            Decision::Open => "open",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// The pathway chosen, if one was.
    pub fn pathway(self) -> Option<Pathway> {
        Pathway::parse(self.as_str())
    }
}

/// Checks a session's free text and duration.
pub fn check_session(duration_minutes: Option<u32>, texts: &[&str]) -> Result<(), InvalidInput> {
    if duration_minutes.is_some_and(|d| d == 0 || d > 12 * 60) {
        return Err(InvalidInput("duration_minutes"));
    }
    if texts.iter().any(|t| t.len() > MAX_TEXT_BYTES) {
        return Err(InvalidInput("text"));
    }
    Ok(())
}

/// Sorted, without duplicates.
pub fn normalise_pathways(mut p: Vec<Pathway>) -> Vec<Pathway> {
    p.sort();
    p.dedup();
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pathways_and_kinds_round_trip() {
        for p in Pathway::ALL {
            assert_eq!(Pathway::parse(p.as_str()), Some(p));
        }
        for k in SessionKind::ALL {
            assert_eq!(SessionKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Pathway::parse("deportation"), None);
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
        assert_eq!(Decision::Return.pathway(), Some(Pathway::Return));
        assert_eq!(Decision::Open.pathway(), None);
        assert_eq!(
            normalise_pathways(vec![Pathway::Return, Pathway::Legalise, Pathway::Return]),
            [Pathway::Legalise, Pathway::Return]
        );
    }

    #[test]
    fn durations_and_text_sizes_are_bounded() {
        assert!(check_session(Some(60), &["ok"]).is_ok());
        assert!(check_session(None, &[]).is_ok());
        assert!(check_session(Some(0), &[]).is_err());
        assert!(check_session(Some(13 * 60), &[]).is_err());
        assert!(check_session(None, &[&"x".repeat(MAX_TEXT_BYTES + 1)]).is_err());
    }
}
