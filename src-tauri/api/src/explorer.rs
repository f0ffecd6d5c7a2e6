//! The support explorer's use case: the period of rules in force on a date (the shipped ones and
//! the organisation's) applied to a household. No vault: nothing about the person is stored.

use avenir_content::Library;
use avenir_core::explorer::{Household, Line, Period, explore_on};
use chrono::NaiveDate;

use crate::ApiError;

/// What may apply, under which period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exploration {
    pub period: Period,
    pub lines: Vec<Line>,
}

/// Checks `household` and applies the period of `library`'s rules in force on `date`.
pub fn explore(
    library: &Library,
    date: NaiveDate,
    household: Household,
) -> Result<Exploration, ApiError> {
    let household = household.check()?;
    let (period, lines) = explore_on(&library.periods, date, &household)?;
    Ok(Exploration {
        period: period.clone(),
        lines,
    })
}

#[cfg(test)]
mod tests {
    use avenir_core::UserFacing;
    use avenir_core::client::Residence;
    use avenir_core::explorer::{Eligible, Nationality};

    use super::*;

    fn family() -> Household {
        Household {
            adults: 2,
            children: 3,
            child_ages: vec![4, 9, 12],
            nationality: Nationality::VisaRequired,
            situations: vec![Residence::AsylumRefused, Residence::OrderToLeave],
            vulnerable: Vec::new(),
        }
    }

    #[test]
    fn the_shipped_rules_give_the_study_amounts_in_the_period_of_the_date() {
        let lib = Library::shipped();
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let now = explore(&lib, date("2026-12-03"), family()).unwrap();
        assert_eq!(now.period.id, "study-from-2015-06");
        let amount = |e: &Exploration, id: &str| {
            let l = e.lines.iter().find(|l| l.id == id).unwrap();
            (l.eligible, l.amount_eur)
        };
        assert_eq!(amount(&now, "return-premium"), (Eligible::Yes, Some(875)));
        assert_eq!(
            amount(&now, "return-reintegration"),
            (Eligible::Yes, Some(2450))
        );
        assert_eq!(amount(&now, "return-eu-topup"), (Eligible::Yes, Some(1500)));
        let then = explore(&lib, date("2015-03-01"), family()).unwrap();
        assert_eq!(then.period.id, "study-before-2015-06");
        assert_eq!(
            amount(&then, "return-reintegration"),
            (Eligible::Maybe, Some(2450))
        );
        let err = explore(&lib, date("2010-01-01"), family()).unwrap_err();
        assert_eq!(err.message_id(), "error-explorer-no-rules");
        let mut nobody = family();
        (nobody.adults, nobody.children, nobody.child_ages) = (0, 0, Vec::new());
        assert_eq!(
            explore(&lib, date("2026-12-03"), nobody)
                .unwrap_err()
                .message_id(),
            "error-household-nobody"
        );
    }
}
