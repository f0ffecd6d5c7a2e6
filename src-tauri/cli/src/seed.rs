//! Fictional demo data for training and benchmarks. Every code starts with `DEMO-` and every
//! text says it is fictional, so demo records can never be mistaken for a real person's.

use avenir_vault::{Vault, VaultError};
use chrono::{Days, NaiveDate};

/// Summaries rotate through the four pathways, in the counsellors' and clients' languages.
const SUMMARIES: &[&str] = &[
    "Fictional demo session: talked about the four pathways without pressure.",
    "Fictieve demosessie: de migratieplannen van toen en wat er nog van overblijft.",
    "Séance fictive de démonstration : les besoins de base aujourd’hui.",
    "جلسة تجريبية خيالية: الحديث عن العودة كخيار من بين أربعة.",
];

/// Adds `clients` fictional clients with `sessions` sessions each, in one transaction.
pub fn seed(vault: &Vault, clients: u32, sessions: u32) -> Result<(), VaultError> {
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap_or_default();
    let tx = vault.conn().unchecked_transaction()?;
    for c in 0..clients {
        let code = format!("DEMO-{:04}", c + 1);
        let created = date(start, u64::from(c % 90));
        let id = vault.add_client(&code, &format!("{created}T09:00:00Z"))?;
        for s in 0..sessions {
            let day = date(start, u64::from(c % 90) + u64::from(s) * 14);
            let summary = SUMMARIES[((c + s) as usize) % SUMMARIES.len()];
            let notes = format!("{summary} (fictional person {code}, session {}).", s + 1);
            let follow_up = (s + 1 == sessions).then(|| date(day, 14).to_string());
            vault.add_session(
                id,
                &format!("{day}T09:00:00Z"),
                summary,
                &notes,
                follow_up.as_deref(),
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

fn date(start: NaiveDate, days: u64) -> NaiveDate {
    start.checked_add_days(Days::new(days)).unwrap_or(start)
}
