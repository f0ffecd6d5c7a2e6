//! A rules file (`assets/content/rules/<id>.toml`, see `assets/content/README.md`): one dated
//! period of the rules the explorer applies. A period holds from its `valid_from` until the next
//! period starts.

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Condition, Vulnerability};
use crate::client::Residence;
use crate::content::{DefinitionError, Problem, is_id};
use crate::session::Pathway;

/// Most statements one period may hold.
const MAX_STATEMENTS: usize = 40;
/// Highest amount a rule may name, in euro.
const MAX_EUR: u32 = 100_000;

/// A rules file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub schema: u32,
    pub id: String,
    pub valid_from: String,
    /// The source the lines cite unless a statement names its own (message `source-<id>`).
    pub source: String,
    #[serde(rename = "return")]
    pub return_rules: ReturnFile,
    #[serde(default)]
    pub statements: Vec<StatementFile>,
}

/// The return programme's support in one period.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnFile {
    pub premium_adult: u32,
    pub premium_child: u32,
    /// Whether nationals of visa-exempt countries get the premium.
    pub premium_visa_exempt: bool,
    pub reintegration_adult: u32,
    pub reintegration_child: u32,
    /// Situations that open reintegration support on their own (e.g. an asylum procedure).
    #[serde(default)]
    pub reintegration_situations: Vec<String>,
    /// Situations that open it together with an order to leave (e.g. a refused application).
    #[serde(default)]
    pub reintegration_with_order: Vec<String>,
    /// Only if the person applies within this many months of the order (then "maybe").
    pub order_limit_months: Option<u32>,
    /// Families with minor children qualify whatever their status.
    pub families_whatever_status: bool,
    /// Families with minor children count as vulnerable.
    pub families_vulnerable: bool,
    /// The exception for vulnerable people where the status alone would not qualify.
    pub vulnerable_exception: bool,
    /// The European fund's top-up per file, where reintegration support applies.
    pub eu_topup_per_file: Option<u32>,
}

/// A legal procedure worth asking an adviser about, or a right or risk, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementFile {
    pub id: String,
    /// `legalise` (a procedure: "maybe", ask a legal adviser), `onward` or `undocumented` (a
    /// right or risk: it applies or not).
    pub pathway: String,
    /// Applies only when the household has minor children.
    #[serde(default)]
    pub when_children: bool,
    /// Applies only in one of these situations.
    #[serde(default)]
    pub when_situations: Vec<String>,
    /// Applies only for one of these vulnerabilities.
    #[serde(default)]
    pub when_vulnerable: Vec<String>,
    /// The fee in euro, where the rules name one.
    pub fee_eur: Option<u32>,
    /// The statement has a "what to bring" text (`explore-<id>-bring`).
    #[serde(default)]
    pub bring: bool,
    /// The statement has a "how long it takes" text (`explore-<id>-time`).
    #[serde(default)]
    pub time: bool,
    /// Its own source, when not the period's.
    pub source: Option<String>,
}

/// The return support of a checked period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnRules {
    pub premium_adult: u32,
    pub premium_child: u32,
    pub premium_visa_exempt: bool,
    pub reintegration_adult: u32,
    pub reintegration_child: u32,
    pub reintegration_situations: Vec<Residence>,
    pub reintegration_with_order: Vec<Residence>,
    pub order_limit_months: Option<u32>,
    pub families_whatever_status: bool,
    pub families_vulnerable: bool,
    pub vulnerable_exception: bool,
    pub eu_topup_per_file: Option<u32>,
}

/// A checked statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: String,
    pub pathway: Pathway,
    pub when: Condition,
    pub fee_eur: Option<u32>,
    pub bring: bool,
    pub time: bool,
    /// Message id of its source.
    pub source_id: String,
}

/// A checked period of rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub id: String,
    pub valid_from: NaiveDate,
    /// Message id of the period's name (`rules-<id>`), e.g. "the study's rules from June 2015".
    pub label_id: String,
    pub source_id: String,
    pub return_rules: ReturnRules,
    pub statements: Vec<Statement>,
}

impl Period {
    /// Checks `raw`, read from the file `file` (its name, e.g. `study-2015-06.toml`).
    pub fn validate(file: &str, raw: RulesFile) -> Result<Period, DefinitionError> {
        let err = |field: &str, p: Problem| DefinitionError::new(file, field, p);
        crate::content::check_head(file, raw.schema, &raw.id)?;
        let valid_from = NaiveDate::parse_from_str(&raw.valid_from, "%Y-%m-%d")
            .map_err(|_| err("valid_from", Problem::BadDate(raw.valid_from.clone())))?;
        if !is_id(&raw.source) {
            return Err(err("source", Problem::BadId(raw.source)));
        }
        let r = raw.return_rules;
        let amounts = [
            ("return.premium_adult", Some(r.premium_adult)),
            ("return.premium_child", Some(r.premium_child)),
            ("return.reintegration_adult", Some(r.reintegration_adult)),
            ("return.reintegration_child", Some(r.reintegration_child)),
            ("return.eu_topup_per_file", r.eu_topup_per_file),
        ];
        for (field, v) in amounts {
            if v.is_some_and(|v| v > MAX_EUR) {
                return Err(err(field, range(0, MAX_EUR)));
            }
        }
        if r.order_limit_months.is_some_and(|m| m == 0 || m > 120) {
            return Err(err("return.order_limit_months", range(1, 120)));
        }
        let situations =
            |field: &str, list: Vec<String>| -> Result<Vec<Residence>, DefinitionError> {
                list.into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        Residence::parse(&s)
                            .ok_or_else(|| err(&format!("{field}[{i}]"), Problem::Unknown(s)))
                    })
                    .collect()
            };
        let return_rules = ReturnRules {
            reintegration_situations: situations(
                "return.reintegration_situations",
                r.reintegration_situations,
            )?,
            reintegration_with_order: situations(
                "return.reintegration_with_order",
                r.reintegration_with_order,
            )?,
            premium_adult: r.premium_adult,
            premium_child: r.premium_child,
            premium_visa_exempt: r.premium_visa_exempt,
            reintegration_adult: r.reintegration_adult,
            reintegration_child: r.reintegration_child,
            order_limit_months: r.order_limit_months,
            families_whatever_status: r.families_whatever_status,
            families_vulnerable: r.families_vulnerable,
            vulnerable_exception: r.vulnerable_exception,
            eu_topup_per_file: r.eu_topup_per_file,
        };
        if raw.statements.len() > MAX_STATEMENTS {
            return Err(err("statements", range(0, MAX_STATEMENTS as u32)));
        }
        let mut statements: Vec<Statement> = Vec::with_capacity(raw.statements.len());
        for (i, s) in raw.statements.into_iter().enumerate() {
            let at = |field: &str| format!("statements[{i}].{field}");
            if !is_id(&s.id) {
                return Err(err(&at("id"), Problem::BadId(s.id)));
            }
            if statements.iter().any(|t| t.id == s.id) {
                return Err(err(&at("id"), Problem::Duplicate(s.id)));
            }
            let pathway = match Pathway::parse(&s.pathway) {
                Some(p) if p != Pathway::Return => p,
                _ => return Err(err(&at("pathway"), Problem::Unknown(s.pathway))),
            };
            if s.fee_eur.is_some_and(|v| v > MAX_EUR) {
                return Err(err(&at("fee_eur"), range(0, MAX_EUR)));
            }
            let vulnerable = s
                .when_vulnerable
                .into_iter()
                .enumerate()
                .map(|(j, v)| {
                    Vulnerability::parse(&v).ok_or_else(|| {
                        err(
                            &format!("{}[{j}]", at("when_vulnerable")),
                            Problem::Unknown(v),
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let source = match s.source {
                Some(src) if !is_id(&src) => return Err(err(&at("source"), Problem::BadId(src))),
                Some(src) => src,
                None => raw.source.clone(),
            };
            statements.push(Statement {
                when: Condition {
                    children: s.when_children,
                    situations: situations(&at("when_situations"), s.when_situations)?,
                    vulnerable,
                },
                id: s.id,
                pathway,
                fee_eur: s.fee_eur,
                bring: s.bring,
                time: s.time,
                source_id: format!("source-{source}"),
            });
        }
        Ok(Period {
            label_id: format!("rules-{}", raw.id),
            source_id: format!("source-{}", raw.source),
            id: raw.id,
            valid_from,
            return_rules,
            statements,
        })
    }

    /// Every message id the period's lines show: the texts a language must have.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.label_id.clone(), self.source_id.clone()];
        for id in super::RETURN_LINES {
            ids.push(format!("explore-{id}"));
            ids.push(format!("explore-{id}-detail"));
        }
        for s in &self.statements {
            ids.push(format!("explore-{}", s.id));
            ids.push(format!("explore-{}-detail", s.id));
            if s.bring {
                ids.push(format!("explore-{}-bring", s.id));
            }
            if s.time {
                ids.push(format!("explore-{}-time", s.id));
            }
            ids.push(s.source_id.clone());
        }
        ids.sort();
        ids.dedup();
        ids
    }
}

fn range(min: u32, max: u32) -> Problem {
    Problem::OutOfRange {
        min: u64::from(min),
        max: u64::from(max),
    }
}

/// Checks that no two periods start on the same day; returns the periods sorted by start and the
/// files left out, each with its problem. `files` pairs each period with its file name, in load
/// order (the shipped ones first): of two periods starting on the same day the one loaded later
/// (an organisation's) is left out.
pub fn in_order(mut files: Vec<(String, Period)>) -> (Vec<Period>, Vec<DefinitionError>) {
    files.sort_by_key(|f| f.1.valid_from);
    let mut kept: Vec<Period> = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for (file, period) in files {
        if kept
            .last()
            .is_some_and(|k| k.valid_from == period.valid_from)
        {
            problems.push(DefinitionError::new(
                &file,
                "valid_from",
                Problem::Duplicate(period.valid_from.to_string()),
            ));
        } else {
            kept.push(period);
        }
    }
    (kept, problems)
}

/// The period in force on `date`: the latest that started on or before it.
pub fn in_force(periods: &[Period], date: NaiveDate) -> Option<&Period> {
    periods.iter().rev().find(|p| p.valid_from <= date)
}
