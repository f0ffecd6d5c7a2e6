//! `explore`: which support may apply to a household on a date, from the shipped rules and an
//! organisation's content folder. No vault: nothing about the person is stored or read.

use std::path::PathBuf;

use avenir_api::core::UserFacing;
use avenir_api::core::client::Residence;
use avenir_api::core::explorer::{Household, Nationality, Vulnerability};
use avenir_api::i18n::{Catalogues, FluentValue, Localizer};
use avenir_api::{Exploration, Library, Organisation};
use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::CliError;

const SITUATIONS: [&str; 11] = [
    "asylum_ongoing",
    "asylum_refused",
    "regularisation_pending",
    "order_to_leave",
    "never_applied",
    "overstayed_visa",
    "medical_pending",
    "appeal_pending",
    "dublin",
    "temporary_protection",
    "other",
];
const VULNERABLE: [&str; 6] = [
    "serious_illness",
    "pregnancy",
    "single_parent",
    "older_person",
    "trafficking_victim",
    "unaccompanied_minor",
];

#[derive(Args)]
pub struct ExploreArgs {
    /// The day whose rules apply (YYYY-MM-DD; today by default).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    #[arg(long)]
    adults: u8,
    #[arg(long, default_value_t = 0)]
    children: u8,
    /// The children's ages, one per child, separated by commas (e.g. 4,9).
    #[arg(long, value_delimiter = ',')]
    child_ages: Vec<u8>,
    #[arg(long, value_parser = ["visa_required", "visa_exempt"])]
    nationality: String,
    /// A residence situation (repeat for several).
    #[arg(long = "situation", value_parser = SITUATIONS)]
    situations: Vec<String>,
    /// A vulnerability (repeat for several).
    #[arg(long = "vulnerable", value_parser = VULNERABLE)]
    vulnerable: Vec<String>,
    /// An organisation's content folder (its `rules/` add periods or replace shipped ones).
    #[arg(long, value_name = "DIR")]
    content: Option<PathBuf>,
    #[arg(long)]
    json: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not YYYY-MM-DD"))
}

impl ExploreArgs {
    fn household(&self) -> Household {
        Household {
            adults: self.adults,
            children: self.children,
            child_ages: self.child_ages.clone(),
            // The parsers above allow only known codes.
            nationality: Nationality::parse(&self.nationality).unwrap_or(Nationality::VisaRequired),
            situations: self
                .situations
                .iter()
                .filter_map(|s| Residence::parse(s))
                .collect(),
            vulnerable: self
                .vulnerable
                .iter()
                .filter_map(|v| Vulnerability::parse(v))
                .collect(),
        }
    }
}

/// The JSON the command prints: the period's start and one object per line.
pub fn to_json(e: &Exploration) -> serde_json::Value {
    let lines: Vec<_> = e
        .lines
        .iter()
        .map(|l| {
            json!({
                "pathway": l.pathway.as_str(),
                "id": l.id,
                "eligible": l.eligible.as_str(),
                "amount_eur": l.amount_eur,
                "source": l.source_id.strip_prefix("source-").unwrap_or(&l.source_id),
            })
        })
        .collect();
    json!({"period": e.period.valid_from.to_string(), "lines": lines})
}

pub fn run(args: &ExploreArgs, l10n: &Localizer) -> Result<(), CliError> {
    let org = args
        .content
        .as_deref()
        .map(Organisation::read)
        .unwrap_or_default();
    let library = Library::checked(&org, &Catalogues::embedded());
    // A broken or overlapping rules file of the organisation is left out: say which and why.
    for p in library
        .problems
        .iter()
        .filter(|p| org.rules.iter().any(|(file, _)| *file == p.file))
    {
        eprintln!("{}", l10n.message(&p.user_message()));
    }
    let date = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let found = avenir_api::explore(&library, date, args.household())?;
    if args.json {
        println!("{}", to_json(&found));
        return Ok(());
    }
    println!(
        "{}",
        l10n.format(
            "cli-explore-period",
            &[
                ("period", l10n.format(&found.period.label_id, &[]).into()),
                ("date", found.period.valid_from.to_string().into()),
            ]
        )
    );
    for line in &found.lines {
        println!(
            "{}",
            l10n.format(
                "cli-explore-line",
                &[
                    ("title", l10n.format(&line.title_id, &[]).into()),
                    ("eligible", line.eligible.as_str().into()),
                ]
            )
        );
        if let Some(eur) = line.amount_eur {
            let amount = FluentValue::from(f64::from(eur));
            println!(
                "{}",
                l10n.format("cli-explore-amount", &[("amount", amount)])
            );
        }
    }
    println!("{}", l10n.format("cli-explore-no-promise", &[]));
    Ok(())
}
