//! A client file: pseudonymous by design. A code or nickname identifies the person; every other
//! fact is optional, and there is no field for a real name, an ID number, an address or a phone.

use chrono::NaiveDate;

use crate::{ErrorArg, InvalidInput, UserFacing};

pub const MAX_CODE_CHARS: usize = 32;
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
/// Most adults, and most children, a household may have (a client file, the explorer).
pub const MAX_HOUSEHOLD: u8 = 30;

/// A residence situation, as choices (never free text). A person can be in several at once
/// (an asylum application refused and an order to leave, say). The codes are stored: never
/// rename one, add a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Residence {
    AsylumOngoing,
    AsylumRefused,
    RegularisationPending,
    OrderToLeave,
    NeverApplied,
    /// Stayed longer than the visa allowed.
    OverstayedVisa,
    /// A medical regularisation (article 9ter) is pending.
    MedicalPending,
    /// An appeal against a decision is pending.
    AppealPending,
    /// In the Dublin procedure (another member state may be responsible).
    Dublin,
    /// Temporary protection (people fleeing Ukraine since 2022).
    TemporaryProtection,
    Other,
}

impl Residence {
    /// Every situation, in the order the form shows them and a client's list keeps them.
    pub const ALL: [Residence; 11] = [
        Residence::AsylumOngoing,
        Residence::AsylumRefused,
        Residence::RegularisationPending,
        Residence::OrderToLeave,
        Residence::NeverApplied,
        Residence::OverstayedVisa,
        Residence::MedicalPending,
        Residence::AppealPending,
        Residence::Dublin,
        Residence::TemporaryProtection,
        Residence::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Residence::AsylumOngoing => "asylum_ongoing",
            Residence::AsylumRefused => "asylum_refused",
            Residence::RegularisationPending => "regularisation_pending",
            Residence::OrderToLeave => "order_to_leave",
            Residence::NeverApplied => "never_applied",
            Residence::OverstayedVisa => "overstayed_visa",
            Residence::MedicalPending => "medical_pending",
            Residence::AppealPending => "appeal_pending",
            Residence::Dublin => "dublin",
            Residence::TemporaryProtection => "temporary_protection",
            Residence::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// `situations` without repeats, in the order of [`Residence::ALL`].
    pub fn normalised(situations: &[Residence]) -> Vec<Residence> {
        Self::ALL
            .into_iter()
            .filter(|r| situations.contains(r))
            .collect()
    }
}

/// That the person agreed to notes being kept: when, what was explained, in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub given_on: NaiveDate,
    pub explained: String,
    pub language: String,
}

/// Everything a counsellor records about a person (all but the code optional).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClientInput {
    pub code: String,
    pub languages: Vec<String>,
    pub preferred_language: Option<String>,
    pub country_of_origin: Option<String>,
    pub arrival_year: Option<i32>,
    pub adults: Option<u8>,
    pub children: Option<u8>,
    pub children_at_school: Option<u8>,
    /// Every situation that applies (none recorded: empty), without repeats, in
    /// [`Residence::ALL`] order once validated.
    pub residences: Vec<Residence>,
    pub health_concerns: Option<bool>,
    pub notes: String,
    pub consent: Option<Consent>,
    pub review_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    #[error("the client code is empty, too long or has control characters")]
    CodeInvalid,
    #[error(transparent)]
    Field(#[from] InvalidInput),
}

impl UserFacing for ClientError {
    fn code(&self) -> &'static str {
        match self {
            ClientError::CodeInvalid => "code_invalid",
            ClientError::Field(e) => e.code(),
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            ClientError::CodeInvalid => "error-code-invalid",
            ClientError::Field(e) => e.message_id(),
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        match self {
            ClientError::Field(e) => e.args(),
            ClientError::CodeInvalid => Vec::new(),
        }
    }
}

/// A code is 1–32 characters without control characters; surrounding spaces are dropped.
pub fn normalise_code(code: &str) -> Result<String, ClientError> {
    let code = code.trim();
    let n = code.chars().count();
    if n == 0 || n > MAX_CODE_CHARS || code.chars().any(char::is_control) {
        return Err(ClientError::CodeInvalid);
    }
    Ok(code.to_owned())
}

/// The code a received client gets when `code` is taken here: a visible suffix ` (n)` (n ≥ 2),
/// the code shortened first when the suffix would make it longer than [`MAX_CODE_CHARS`].
pub fn code_with_suffix(code: &str, n: u32) -> String {
    let suffix = format!(" ({n})");
    let room = MAX_CODE_CHARS.saturating_sub(suffix.chars().count());
    let base: String = code.trim().chars().take(room).collect();
    format!("{}{suffix}", base.trim_end())
}

/// A BCP 47-like tag: letters, digits and hyphens, at most 35 characters.
pub fn is_language_tag(t: &str) -> bool {
    !t.is_empty() && t.len() <= 35 && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl ClientInput {
    /// Checks and tidies the input. `this_year` bounds the year of arrival (no clock in core).
    pub fn validated(mut self, this_year: i32) -> Result<Self, ClientError> {
        self.code = normalise_code(&self.code)?;
        self.languages = self
            .languages
            .iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        if !self.languages.iter().all(|l| is_language_tag(l)) || self.languages.len() > 12 {
            return Err(ClientError::Field(InvalidInput("languages")));
        }
        self.preferred_language = self
            .preferred_language
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty());
        if self
            .preferred_language
            .as_deref()
            .is_some_and(|l| !is_language_tag(l))
        {
            return Err(ClientError::Field(InvalidInput("preferred_language")));
        }
        self.country_of_origin = self
            .country_of_origin
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty());
        if self
            .country_of_origin
            .as_ref()
            .is_some_and(|c| c.chars().count() > 60 || c.chars().any(char::is_control))
        {
            return Err(ClientError::Field(InvalidInput("country_of_origin")));
        }
        if self
            .arrival_year
            .is_some_and(|y| !(1950..=this_year).contains(&y))
        {
            return Err(ClientError::Field(InvalidInput("arrival_year")));
        }
        for (field, n) in [
            ("adults", self.adults),
            ("children", self.children),
            ("children_at_school", self.children_at_school),
        ] {
            if n.is_some_and(|n| n > MAX_HOUSEHOLD) {
                return Err(ClientError::Field(InvalidInput(field)));
            }
        }
        if let (Some(at_school), Some(children)) = (self.children_at_school, self.children)
            && at_school > children
        {
            return Err(ClientError::Field(InvalidInput("children_at_school")));
        }
        self.residences = Residence::normalised(&self.residences);
        if self.notes.len() > MAX_TEXT_BYTES {
            return Err(ClientError::Field(InvalidInput("notes")));
        }
        if let Some(c) = &self.consent
            && (c.explained.len() > MAX_TEXT_BYTES || !is_language_tag(c.language.trim()))
        {
            return Err(ClientError::Field(InvalidInput("consent")));
        }
        Ok(self)
    }
}

/// A pseudonymous code suggestion such as `K7-MIRA`: two characters, a hyphen and a short
/// pronounceable word. `random(n)` returns a number below `n` (randomness is injected);
/// `taken` says whether a code is in use. Gives up after 64 tries with a longer code.
pub fn suggest_code(mut random: impl FnMut(u32) -> u32, taken: impl Fn(&str) -> bool) -> String {
    const LETTERS: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ";
    const DIGITS: &[u8] = b"23456789";
    const CONSONANTS: &[u8] = b"BDFKLMNPRSTVZ";
    const VOWELS: &[u8] = b"AEIOU";
    let pick = |set: &[u8], r: &mut dyn FnMut(u32) -> u32| {
        char::from(set[r(set.len() as u32) as usize % set.len()])
    };
    let mut last = String::new();
    for attempt in 0..64 {
        let mut code = String::new();
        code.push(pick(LETTERS, &mut random));
        code.push(pick(DIGITS, &mut random));
        code.push('-');
        for _ in 0..2 {
            code.push(pick(CONSONANTS, &mut random));
            code.push(pick(VOWELS, &mut random));
        }
        if attempt >= 32 {
            code.push(pick(DIGITS, &mut random));
        }
        if !taken(&code) {
            return code;
        }
        last = code;
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suffixed_code_stays_valid_and_shows_its_number() {
        assert_eq!(code_with_suffix("K7-MIRA", 2), "K7-MIRA (2)");
        let long = "A".repeat(MAX_CODE_CHARS);
        let renamed = code_with_suffix(&long, 12);
        assert_eq!(renamed.chars().count(), MAX_CODE_CHARS);
        assert!(renamed.ends_with(" (12)"));
        assert!(normalise_code(&renamed).is_ok());
    }

    fn input(code: &str) -> ClientInput {
        ClientInput {
            code: code.into(),
            ..Default::default()
        }
    }

    #[test]
    fn codes_are_trimmed_and_bounded() {
        assert_eq!(input("  K7-MIRA ").validated(2026).unwrap().code, "K7-MIRA");
        assert_eq!(input("").validated(2026), Err(ClientError::CodeInvalid));
        assert_eq!(
            input(&"x".repeat(33)).validated(2026),
            Err(ClientError::CodeInvalid)
        );
        assert_eq!(input("a\tb").validated(2026), Err(ClientError::CodeInvalid));
        assert_eq!(input("سلمى").validated(2026).unwrap().code, "سلمى");
    }

    #[test]
    fn optional_facts_are_checked_when_given() {
        let ok = ClientInput {
            arrival_year: Some(2019),
            children: Some(2),
            children_at_school: Some(2),
            languages: vec![" ar ".into(), "fr".into(), "".into()],
            preferred_language: Some("ar".into()),
            residences: vec![
                Residence::OrderToLeave,
                Residence::AsylumRefused,
                Residence::OrderToLeave,
            ],
            ..input("A1-BOLA")
        }
        .validated(2026)
        .unwrap();
        assert_eq!(ok.languages, ["ar", "fr"]);
        assert_eq!(
            ok.residences,
            [Residence::AsylumRefused, Residence::OrderToLeave],
            "without repeats, in the order of ALL"
        );
        let bad = |c: ClientInput, field| {
            assert_eq!(
                c.validated(2026),
                Err(ClientError::Field(InvalidInput(field)))
            )
        };
        bad(
            ClientInput {
                arrival_year: Some(2027),
                ..input("A")
            },
            "arrival_year",
        );
        bad(
            ClientInput {
                arrival_year: Some(1800),
                ..input("A")
            },
            "arrival_year",
        );
        bad(
            ClientInput {
                children: Some(1),
                children_at_school: Some(2),
                ..input("A")
            },
            "children_at_school",
        );
        bad(
            ClientInput {
                adults: Some(200),
                ..input("A")
            },
            "adults",
        );
        bad(
            ClientInput {
                languages: vec!["not a tag".into()],
                ..input("A")
            },
            "languages",
        );
        bad(
            ClientInput {
                notes: "x".repeat(MAX_TEXT_BYTES + 1),
                ..input("A")
            },
            "notes",
        );
    }

    #[test]
    fn a_one_megabyte_note_in_arabic_is_accepted() {
        let note = "ملاحظة طويلة مع نص عربي و français mêlé. ".repeat(20_000);
        assert!(note.len() > 1_000_000);
        assert!(
            ClientInput {
                notes: note,
                ..input("A")
            }
            .validated(2026)
            .is_ok()
        );
    }

    #[test]
    fn residence_round_trips_through_its_code() {
        for r in Residence::ALL {
            assert_eq!(Residence::parse(r.as_str()), Some(r));
        }
        assert_eq!(Residence::parse("deported"), None);
        let codes: Vec<&str> = Residence::ALL.map(Residence::as_str).to_vec();
        for stored in [
            "asylum_ongoing",
            "asylum_refused",
            "regularisation_pending",
            "order_to_leave",
            "never_applied",
            "other",
        ] {
            assert!(codes.contains(&stored), "stored code {stored} is kept");
        }
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len(), "no two situations share a code");
    }

    #[test]
    fn suggested_codes_are_pseudonymous_and_skip_taken_ones() {
        let mut seq = 7u32;
        let mut random = move |n: u32| {
            seq = seq.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seq >> 8) % n
        };
        let first = suggest_code(&mut random, |_| false);
        assert_eq!(first.chars().count(), 7, "{first}");
        assert_eq!(first.chars().nth(2), Some('-'));
        let tries = std::cell::Cell::new(0);
        let second = suggest_code(&mut random, |_| {
            tries.set(tries.get() + 1);
            tries.get() < 3
        });
        assert_eq!(tries.get(), 3, "the third candidate was free");
        assert_eq!(second.chars().count(), 7);
        let crowded = suggest_code(&mut random, |c| c.chars().count() == 7);
        assert_eq!(
            crowded.chars().count(),
            8,
            "a longer code once the short ones seem taken"
        );
    }
}
