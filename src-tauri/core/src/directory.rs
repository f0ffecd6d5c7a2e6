//! The referral directory: local services people trust (legal aid, a doctor who sees people
//! without papers, a return partner…), kept by a counsellor and passed between colleagues. Not
//! client data: an entry names a place, never a person counselled. Pure: checking an entry,
//! folding text for a search that ignores case and diacritics, flagging entries not checked for
//! a year, and planning an import against what is there.

use std::collections::HashMap;

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::InvalidInput;
use crate::client::is_language_tag;
use crate::session::{Pathway, normalise_pathways};

/// Longest short field (name, town, phone), in characters.
pub const MAX_SHORT_CHARS: usize = 200;
/// Longest long field (address, hours, what to bring, note), in characters.
pub const MAX_LONG_CHARS: usize = 4000;
/// An entry checked longer ago than this is flagged.
pub const OUTDATED_AFTER_DAYS: i64 = 365;

/// What a service offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum ServiceKind {
    LegalAid,
    Medical,
    ReturnPartner,
    SocialServices,
    Shelter,
    Psychosocial,
    TraffickingSupport,
    LanguageClasses,
    School,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::LegalAid,
        ServiceKind::Medical,
        ServiceKind::ReturnPartner,
        ServiceKind::SocialServices,
        ServiceKind::Shelter,
        ServiceKind::Psychosocial,
        ServiceKind::TraffickingSupport,
        ServiceKind::LanguageClasses,
        ServiceKind::School,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::LegalAid => "legal_aid",
            ServiceKind::Medical => "medical",
            ServiceKind::ReturnPartner => "return_partner",
            ServiceKind::SocialServices => "social_services",
            ServiceKind::Shelter => "shelter",
            ServiceKind::Psychosocial => "psychosocial",
            ServiceKind::TraffickingSupport => "trafficking_support",
            ServiceKind::LanguageClasses => "language_classes",
            ServiceKind::School => "school",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }
}

/// One place in the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub name: String,
    pub kind: ServiceKind,
    pub pathways: Vec<Pathway>,
    /// BCP 47 tags of the languages spoken there.
    pub languages: Vec<String>,
    pub town: String,
    pub address: String,
    pub hours: String,
    pub phone: String,
    /// People can come without giving their name.
    pub anonymous: bool,
    pub bring: String,
    pub note: String,
    /// When someone last checked the entry is right.
    pub checked_on: Option<NaiveDate>,
}

impl Service {
    /// An entry with a name, a kind and nothing else.
    pub fn named(name: &str, kind: ServiceKind) -> Self {
        Service {
            name: name.to_owned(),
            kind,
            pathways: Vec::new(),
            languages: Vec::new(),
            town: String::new(),
            address: String::new(),
            hours: String::new(),
            phone: String::new(),
            anonymous: false,
            bring: String::new(),
            note: String::new(),
            checked_on: None,
        }
    }

    /// Checks and tidies an entry: a name is required; every text within its limit and free of
    /// control characters (line breaks allowed in the long ones); languages are tags.
    pub fn validated(mut self) -> Result<Self, InvalidInput> {
        let short = |s: &mut String, field: &'static str| -> Result<(), InvalidInput> {
            *s = s.trim().to_owned();
            if s.chars().count() > MAX_SHORT_CHARS || s.chars().any(char::is_control) {
                return Err(InvalidInput(field));
            }
            Ok(())
        };
        let long = |s: &mut String, field: &'static str| -> Result<(), InvalidInput> {
            *s = s.trim().replace("\r\n", "\n");
            let bad = s.chars().any(|c| c.is_control() && c != '\n' && c != '\t');
            if s.chars().count() > MAX_LONG_CHARS || bad {
                return Err(InvalidInput(field));
            }
            Ok(())
        };
        short(&mut self.name, "name")?;
        if self.name.is_empty() {
            return Err(InvalidInput("name"));
        }
        short(&mut self.town, "town")?;
        short(&mut self.phone, "phone")?;
        long(&mut self.address, "address")?;
        long(&mut self.hours, "hours")?;
        long(&mut self.bring, "bring")?;
        long(&mut self.note, "note")?;
        let mut languages = Vec::new();
        for l in &self.languages {
            let l = l.trim();
            if !is_language_tag(l) {
                return Err(InvalidInput("languages"));
            }
            if !languages.iter().any(|x: &String| x.eq_ignore_ascii_case(l)) {
                languages.push(l.to_owned());
            }
        }
        self.languages = languages;
        self.pathways = normalise_pathways(std::mem::take(&mut self.pathways));
        Ok(self)
    }

    /// The text a free search looks in, folded.
    pub fn search_text(&self) -> String {
        fold(
            &[
                self.name.as_str(),
                &self.town,
                &self.address,
                &self.phone,
                &self.bring,
                &self.note,
            ]
            .join("\n"),
        )
    }

    /// Entries are the same place when name and town agree, case and diacritics aside.
    pub fn key(&self) -> (String, String) {
        (fold(&self.name), fold(&self.town))
    }
}

/// Never checked, or checked more than a year before `today`.
pub fn outdated(checked_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    checked_on.is_none_or(|d| (today - d).num_days() > OUTDATED_AFTER_DAYS)
}

/// Lower case without diacritics (`Liège` → `liege`, `Ḥalab` → `halab`, Arabic vowel marks and
/// the stretching tatweel dropped: `مُسْتَشْفَى` → `مستشفى`), for searching.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The combining marks diacritics decompose into (Unicode's main blocks of them), Arabic's
/// vowel and Quranic marks, and the tatweel that only stretches a word.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640)
}

/// What a search asks for; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceFilter {
    pub text: String,
    pub pathway: Option<Pathway>,
    pub kind: Option<ServiceKind>,
    pub language: Option<String>,
    pub town: Option<String>,
    pub anonymous_only: bool,
}

/// A row of an import: its line in the file and the entry, or why it is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub line: usize,
    pub entry: Result<Service, RowProblem>,
}

/// Why a row of an import was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// A field is missing or not valid (its name).
    Field(&'static str),
    /// The same name and town came earlier in the file (that line).
    Duplicate(usize),
}

/// What an import will do, decided before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan<K> {
    pub added: Vec<Service>,
    /// An existing entry (its key here) and what replaces it.
    pub changed: Vec<(K, Service)>,
    /// Rows that match what is there already.
    pub unchanged: usize,
    /// Rows left alone because the entry here was checked more recently (line, name).
    pub kept_newer: Vec<(usize, String)>,
    pub bad: Vec<(usize, RowProblem)>,
}

impl<K> ImportPlan<K> {
    pub fn writes_anything(&self) -> bool {
        !self.added.is_empty() || !self.changed.is_empty()
    }
}

/// Merges `rows` into `existing` by name and town: new places are added, known ones changed —
/// unless the entry here was checked later than the row says (never silently overwritten) —,
/// identical ones left alone; bad rows and repeats within the file are reported by line.
pub fn plan_import<K: Clone>(existing: &[(K, Service)], rows: Vec<ImportRow>) -> ImportPlan<K> {
    let here: HashMap<(String, String), &(K, Service)> =
        existing.iter().map(|e| (e.1.key(), e)).collect();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut plan = ImportPlan {
        added: Vec::new(),
        changed: Vec::new(),
        unchanged: 0,
        kept_newer: Vec::new(),
        bad: Vec::new(),
    };
    for row in rows {
        let entry = match row.entry {
            Ok(e) => e,
            Err(p) => {
                plan.bad.push((row.line, p));
                continue;
            }
        };
        let key = entry.key();
        if let Some(first) = seen.get(&key) {
            plan.bad.push((row.line, RowProblem::Duplicate(*first)));
            continue;
        }
        seen.insert(key.clone(), row.line);
        match here.get(&key) {
            None => plan.added.push(entry),
            Some((_, old)) if *old == entry => plan.unchanged += 1,
            Some((_, old)) if old.checked_on > entry.checked_on => {
                plan.kept_newer.push((row.line, entry.name));
            }
            Some((k, _)) => plan.changed.push((k.clone(), entry)),
        }
    }
    plan
}

#[cfg(test)]
mod tests;
