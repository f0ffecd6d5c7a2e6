//! `directory`: importing a 5,000-row CSV into an empty directory (`directory_import_ms`, target
//! < 2,000) and searching those 5,000 entries by text and filters as the app does — the first
//! page of 200 by name (`directory_search_ms`, the 95th percentile, target < 20). Through the
//! application layer, the code the app runs.

use std::time::Instant;

use avenir_api::DirectoryFormat;
use avenir_api::core::directory::{ServiceFilter, ServiceKind};
use avenir_api::core::session::Pathway;
use serde::Serialize;

use crate::{BenchError, stats};

pub const ENTRIES: usize = 5_000;
const TOWNS: [&str; 8] = [
    "Antwerpen",
    "Brussel",
    "Gent",
    "Liège",
    "Charleroi",
    "Leuven",
    "Namur",
    "Mechelen",
];
const LANGUAGES: [&str; 6] = ["nl", "fr", "ar", "ru", "es", "uk"];

#[derive(Debug, Clone, Serialize)]
pub struct DirectoryReport {
    /// 95th percentile of the searches over `entries` entries.
    pub directory_search_ms: f64,
    pub directory_search_p50_ms: f64,
    /// Median time to import the CSV (read, check, plan, one transaction).
    pub directory_import_ms: f64,
    pub entries: usize,
    pub searches: usize,
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

/// A fictional directory of `n` rows as CSV.
pub fn csv(n: usize) -> String {
    let mut out = String::from(
        "name,kind,pathways,languages,town,address,hours,phone,anonymous,bring,note,checked_on\n",
    );
    for i in 0..n {
        let kind = ServiceKind::ALL[i % ServiceKind::ALL.len()].as_str();
        let pathway = Pathway::ALL[i % 4].as_str();
        let language = LANGUAGES[i % LANGUAGES.len()];
        let town = TOWNS[i % TOWNS.len()];
        out.push_str(&format!(
            "Fictional service {i},{kind},{pathway},{language};fr,{town},\"Example street {i}, {town}\",Mon–Fri 9:00–17:00,+32 0 000 {i:04},{},Papers if any,Fictional entry for the benchmark,2026-0{}-15\n",
            if i % 3 == 0 { "yes" } else { "no" },
            1 + i % 9,
        ));
    }
    out
}

fn filters() -> Vec<ServiceFilter> {
    let text = |t: &str| ServiceFilter {
        text: t.into(),
        ..Default::default()
    };
    vec![
        text("service 4242"),
        text("liege"),
        text("street 17"),
        text("no match at all"),
        ServiceFilter {
            language: Some("ar".into()),
            ..Default::default()
        },
        ServiceFilter {
            town: Some("gent".into()),
            anonymous_only: true,
            ..Default::default()
        },
        ServiceFilter {
            pathway: Some(Pathway::Return),
            kind: Some(ServiceKind::ReturnPartner),
            ..Default::default()
        },
        ServiceFilter {
            text: "fictional".into(),
            language: Some("ru".into()),
            town: Some("brux".into()),
            ..Default::default()
        },
        ServiceFilter::default(),
    ]
}

pub fn run(entries: usize, runs: usize) -> Result<DirectoryReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let file = csv(entries);
    let mut imports = Vec::new();
    let mut last = None;
    for run in 0..runs.max(1) {
        let vault = crate::fresh_vault(&tmp.path().join(format!("v{run}")))?;
        let started = Instant::now();
        vault.directory_import(file.as_bytes(), DirectoryFormat::Csv, true)?;
        imports.push(ms(started));
        last = Some(vault);
    }
    let Some(vault) = last else {
        return Err(BenchError::Io(std::io::Error::other("no import ran")));
    };
    let mut times = Vec::new();
    for _ in 0..20 {
        for f in filters() {
            let started = Instant::now();
            std::hint::black_box(vault.directory_page(&f)?);
            times.push(ms(started));
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    Ok(DirectoryReport {
        directory_search_ms: round2(pct(0.95)),
        directory_search_p50_ms: round2(pct(0.5)),
        directory_import_ms: round2(stats::median(&imports)),
        entries: vault.directory_count()? as usize,
        searches: times.len(),
    })
}
