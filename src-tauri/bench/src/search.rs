//! `search`: full-text search over a vault seeded with 1,000 clients × 20 sessions, after the
//! vault is open; per-query latency percentiles.

use std::time::Instant;

use serde::Serialize;

use crate::BenchError;

#[derive(Debug, Clone, Serialize)]
pub struct SearchReport {
    pub search_p50_ms: f64,
    pub search_p95_ms: f64,
    pub search_max_ms: f64,
    pub queries: usize,
    pub clients: u64,
    pub sessions: u64,
}

/// Words a counsellor would look for: codes, words of the (fictional) notes in four languages,
/// prefixes, and words that are nowhere.
const QUERIES: &[&str] = &[
    "DEMO-0042",
    "DEMO-09",
    "pathways",
    "pressure",
    "migratieplannen",
    "besoins",
    "fictive",
    "العودة",
    "خيار",
    "session 7",
    "fictional person",
    "nowhere-to-be-found",
    "zzzz",
    "demo",
    "base",
    "overblijft",
    "four",
    "séance",
    "demosessie",
    "اربعة",
];

pub fn run(rounds: usize) -> Result<SearchReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("search");
    let vault = crate::fresh_vault(&dir)?;
    let stats = vault.seed_demo(1_000, 20, false)?;
    // Warm the page cache the way a counsellor's first search would.
    vault.search("demo")?;
    let mut times = Vec::new();
    for _ in 0..rounds.max(1) {
        for q in QUERIES {
            let started = Instant::now();
            let hits = vault.search(q)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(hits);
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        let i = ((times.len() as f64 - 1.0) * p).round() as usize;
        (times[i.min(times.len() - 1)] * 100.0).round() / 100.0
    };
    Ok(SearchReport {
        search_p50_ms: pct(0.5),
        search_p95_ms: pct(0.95),
        search_max_ms: pct(1.0),
        queries: times.len(),
        clients: stats.clients,
        sessions: stats.sessions,
    })
}
