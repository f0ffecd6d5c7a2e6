//! `explorer`: one household explored against every shipped period of rules (`explore_ms`, the
//! median over many households, target < 5). Through the application layer, the code the app
//! and the command line run.

use std::time::Instant;

use avenir_api::Library;
use avenir_api::core::client::Residence;
use avenir_api::core::explorer::{Household, Nationality, Vulnerability};
use serde::Serialize;

use crate::{BenchError, stats};

#[derive(Debug, Clone, Serialize)]
pub struct ExplorerReport {
    /// Median time to explore one household against every period (check, pick, compute).
    pub explore_ms: f64,
    pub explore_p95_ms: f64,
    pub households: usize,
    pub periods: usize,
    /// Lines computed in all.
    pub lines: usize,
}

/// A varied household: sizes, nationality, situations and vulnerabilities change with `i`.
fn household(i: usize) -> Household {
    let children = (i % 5) as u8;
    Household {
        adults: 1 + (i % 3) as u8,
        children,
        child_ages: (0..children)
            .map(|c| (c * 3 + (i % 4) as u8) % 18)
            .collect(),
        nationality: if i.is_multiple_of(4) {
            Nationality::VisaExempt
        } else {
            Nationality::VisaRequired
        },
        situations: vec![
            Residence::ALL[i % Residence::ALL.len()],
            Residence::ALL[(i / 3) % Residence::ALL.len()],
        ],
        vulnerable: (i % 7 < Vulnerability::ALL.len())
            .then(|| Vulnerability::ALL[i % 7])
            .into_iter()
            .collect(),
    }
}

pub fn run(households: usize) -> Result<ExplorerReport, BenchError> {
    let library = Library::shipped();
    let dates: Vec<_> = library.periods.iter().map(|p| p.valid_from).collect();
    let mut times = Vec::with_capacity(households);
    let mut lines = 0;
    for i in 0..households {
        let started = Instant::now();
        for date in &dates {
            lines += avenir_api::explore(&library, *date, household(i))?
                .lines
                .len();
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    Ok(ExplorerReport {
        explore_ms: stats::median(&times),
        explore_p95_ms: p95,
        households,
        periods: dates.len(),
        lines,
    })
}
