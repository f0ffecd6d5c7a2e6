//! The support explorer (the study's recommendation 8 and section 6.2): from a household and the
//! rules in force on a date, which support *may* apply on each pathway — the return programme's
//! amounts for this household, the legal procedures worth asking an adviser about, the rights
//! and risks that apply. Pure: the rules are data (`rules`), checked at the boundary.

mod countries;
mod rules;

use chrono::NaiveDate;

pub use countries::{Countries, CountriesFile};
pub use rules::{
    Period, ReturnFile, ReturnRules, RulesFile, Statement, StatementFile, in_force, in_order,
};

use crate::client::{MAX_HOUSEHOLD, Residence};
use crate::session::Pathway;

/// The return lines, always in this order.
pub const RETURN_LINES: [&str; 5] = [
    "return-journey",
    "return-premium",
    "return-reintegration",
    "return-eu-topup",
    "return-vulnerable",
];

/// Oldest age a child may have (a minor).
pub const MAX_CHILD_AGE: u8 = 17;

/// Whether the person's country needs a visa for the Schengen area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Nationality {
    VisaRequired,
    VisaExempt,
}

impl Nationality {
    pub fn as_str(self) -> &'static str {
        match self {
            Nationality::VisaRequired => "visa_required",
            Nationality::VisaExempt => "visa_exempt",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Nationality::VisaRequired, Nationality::VisaExempt]
            .into_iter()
            .find(|n| n.as_str() == s)
    }
}

/// A vulnerability the rules know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Vulnerability {
    SeriousIllness,
    Pregnancy,
    SingleParent,
    OlderPerson,
    TraffickingVictim,
    UnaccompaniedMinor,
}

impl Vulnerability {
    pub const ALL: [Vulnerability; 6] = [
        Vulnerability::SeriousIllness,
        Vulnerability::Pregnancy,
        Vulnerability::SingleParent,
        Vulnerability::OlderPerson,
        Vulnerability::TraffickingVictim,
        Vulnerability::UnaccompaniedMinor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Vulnerability::SeriousIllness => "serious_illness",
            Vulnerability::Pregnancy => "pregnancy",
            Vulnerability::SingleParent => "single_parent",
            Vulnerability::OlderPerson => "older_person",
            Vulnerability::TraffickingVictim => "trafficking_victim",
            Vulnerability::UnaccompaniedMinor => "unaccompanied_minor",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// The household the explorer is asked about (no names, no code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Household {
    pub adults: u8,
    pub children: u8,
    /// The children's ages, when given: one per child.
    pub child_ages: Vec<u8>,
    pub nationality: Nationality,
    pub situations: Vec<Residence>,
    pub vulnerable: Vec<Vulnerability>,
}

/// Why the explorer cannot answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExplorerError {
    /// A household the client file would refuse: the field that is wrong.
    #[error("the household's {0} is not valid")]
    Household(&'static str),
    /// No period of rules had started on that date.
    #[error("no rules are in force on {0}")]
    NoRules(NaiveDate),
}

impl crate::UserFacing for ExplorerError {
    fn code(&self) -> &'static str {
        match self {
            ExplorerError::Household(_) => "household_invalid",
            ExplorerError::NoRules(_) => "explorer_no_rules",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            ExplorerError::Household("nobody") => "error-household-nobody",
            ExplorerError::Household("child_ages") => "error-household-ages",
            ExplorerError::Household(_) => "error-household-size",
            ExplorerError::NoRules(_) => "error-explorer-no-rules",
        }
    }
    fn args(&self) -> Vec<(&'static str, crate::ErrorArg)> {
        match self {
            ExplorerError::Household(_) => vec![("max", u64::from(MAX_HOUSEHOLD).into())],
            ExplorerError::NoRules(date) => vec![("date", date.to_string().into())],
        }
    }
}

impl Household {
    /// The same bounds as a client file: somebody, at most `MAX_HOUSEHOLD` adults and children,
    /// one age (0–17) per child when ages are given.
    pub fn check(mut self) -> Result<Household, ExplorerError> {
        if self.adults == 0 && self.children == 0 {
            return Err(ExplorerError::Household("nobody"));
        }
        if self.adults > MAX_HOUSEHOLD {
            return Err(ExplorerError::Household("adults"));
        }
        if self.children > MAX_HOUSEHOLD {
            return Err(ExplorerError::Household("children"));
        }
        if !self.child_ages.is_empty()
            && (self.child_ages.len() != usize::from(self.children)
                || self.child_ages.iter().any(|a| *a > MAX_CHILD_AGE))
        {
            return Err(ExplorerError::Household("child_ages"));
        }
        self.situations.sort_by_key(|s| s.as_str());
        self.situations.dedup();
        self.vulnerable.sort();
        self.vulnerable.dedup();
        Ok(self)
    }

    fn has(&self, r: Residence) -> bool {
        self.situations.contains(&r)
    }

    /// Vulnerable as the rules count it (families with minor children too, where they say so).
    fn vulnerable_for(&self, rules: &ReturnRules) -> bool {
        !self.vulnerable.is_empty() || (rules.families_vulnerable && self.children > 0)
    }
}

/// When a statement applies: every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Condition {
    pub children: bool,
    pub situations: Vec<Residence>,
    pub vulnerable: Vec<Vulnerability>,
}

impl Condition {
    pub fn holds(&self, h: &Household) -> bool {
        (!self.children || h.children > 0)
            && (self.situations.is_empty() || self.situations.iter().any(|s| h.has(*s)))
            && (self.vulnerable.is_empty()
                || self.vulnerable.iter().any(|v| h.vulnerable.contains(v)))
    }
}

/// Whether a line applies: never a promise — "yes" means the rules say so, "maybe" that it
/// depends on what the rules leave to the partner or adviser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "snake_case"))]
pub enum Eligible {
    Yes,
    No,
    Maybe,
}

impl Eligible {
    pub fn as_str(self) -> &'static str {
        match self {
            Eligible::Yes => "yes",
            Eligible::No => "no",
            Eligible::Maybe => "maybe",
        }
    }
}

/// One line of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub pathway: Pathway,
    pub id: String,
    pub eligible: Eligible,
    /// The household's amount in euro, for support paid in money or in kind.
    pub amount_eur: Option<u32>,
    /// A fee the person pays, where the rules name one.
    pub fee_eur: Option<u32>,
    /// Message ids: the line's title and detail, what to bring and how long, its source.
    pub title_id: String,
    pub detail_id: String,
    pub bring_id: Option<String>,
    pub time_id: Option<String>,
    pub source_id: String,
}

impl Line {
    fn new(pathway: Pathway, id: &str, eligible: Eligible, source_id: &str) -> Line {
        Line {
            pathway,
            title_id: format!("explore-{id}"),
            detail_id: format!("explore-{id}-detail"),
            id: id.to_owned(),
            eligible,
            amount_eur: None,
            fee_eur: None,
            bring_id: None,
            time_id: None,
            source_id: source_id.to_owned(),
        }
    }

    fn amount(mut self, eur: u32) -> Line {
        self.amount_eur = (self.eligible != Eligible::No).then_some(eur);
        self
    }
}

/// What may apply to `household` under `period`: the return lines first, then the statements in
/// the period's order. Pure.
pub fn explore(period: &Period, h: &Household) -> Vec<Line> {
    let r = &period.return_rules;
    let src = period.source_id.as_str();
    let (adults, children) = (u32::from(h.adults), u32::from(h.children));
    let vulnerable = h.vulnerable_for(r);

    let premium = if h.nationality == Nationality::VisaExempt && !r.premium_visa_exempt {
        Eligible::No
    } else {
        Eligible::Yes
    };
    let reintegration = reintegration(r, h, vulnerable);
    let topup = match r.eu_topup_per_file {
        Some(_) => reintegration,
        None => Eligible::No,
    };
    let mut lines = vec![
        Line::new(Pathway::Return, RETURN_LINES[0], Eligible::Yes, src),
        Line::new(Pathway::Return, RETURN_LINES[1], premium, src)
            .amount(adults * r.premium_adult + children * r.premium_child),
        Line::new(Pathway::Return, RETURN_LINES[2], reintegration, src)
            .amount(adults * r.reintegration_adult + children * r.reintegration_child),
        Line::new(Pathway::Return, RETURN_LINES[3], topup, src)
            .amount(r.eu_topup_per_file.unwrap_or(0)),
        Line::new(
            Pathway::Return,
            RETURN_LINES[4],
            if vulnerable {
                Eligible::Maybe
            } else {
                Eligible::No
            },
            src,
        ),
    ];
    for s in &period.statements {
        let eligible = match (s.when.holds(h), s.pathway) {
            (false, _) => Eligible::No,
            // Only a legal adviser can say whether a procedure is open to this person.
            (true, Pathway::Legalise) => Eligible::Maybe,
            (true, _) => Eligible::Yes,
        };
        let mut line = Line::new(s.pathway, &s.id, eligible, &s.source_id);
        line.fee_eur = s.fee_eur;
        line.bring_id = s.bring.then(|| format!("explore-{}-bring", s.id));
        line.time_id = s.time.then(|| format!("explore-{}-time", s.id));
        lines.push(line);
    }
    lines
}

/// Reintegration support: families whatever their status where the rules say so; otherwise by
/// status (an order to leave with a time limit the explorer cannot check gives "maybe"); in
/// principle none for people who never applied, except for vulnerable people.
fn reintegration(r: &ReturnRules, h: &Household, vulnerable: bool) -> Eligible {
    let exception = if r.vulnerable_exception && vulnerable {
        Eligible::Maybe
    } else {
        Eligible::No
    };
    if r.families_whatever_status && h.children > 0 {
        return Eligible::Yes;
    }
    if h.has(Residence::NeverApplied) {
        return exception;
    }
    if r.reintegration_situations.iter().any(|s| h.has(*s)) {
        return Eligible::Yes;
    }
    if h.has(Residence::OrderToLeave) && r.reintegration_with_order.iter().any(|s| h.has(*s)) {
        return if r.order_limit_months.is_some() {
            Eligible::Maybe
        } else {
            Eligible::Yes
        };
    }
    exception
}

/// What may apply to `household` on `date`: the period in force then (`periods` sorted by start)
/// and its lines.
pub fn explore_on<'a>(
    periods: &'a [Period],
    date: NaiveDate,
    household: &Household,
) -> Result<(&'a Period, Vec<Line>), ExplorerError> {
    let period = in_force(periods, date).ok_or(ExplorerError::NoRules(date))?;
    Ok((period, explore(period, household)))
}

#[cfg(test)]
mod tests;
