//! Fictional demo data for training and benchmarks. Every code starts with `DEMO-` and every
//! text says it is fictional, so demo records can never be mistaken for a real person's.

use avenir_core::InvalidInput;
use avenir_core::album::{Category, Message, PageInput};
use avenir_core::client::{ClientInput, Consent, Residence};
use avenir_core::content::{Answer, AnswerError};
use avenir_core::journal::JournalInput;
use avenir_core::session::{Decision, Pathway, SessionKind};
use avenir_vault::clients as repo;
use avenir_vault::worksheets;
use avenir_vault::{SessionInput, Stats, VaultError};
use chrono::{Datelike, Days, NaiveDate};

use crate::{ApiError, OpenVault};

/// Summaries rotate through the four pathways, in the counsellors' and clients' languages.
const SUMMARIES: &[&str] = &[
    "Fictional demo session: talked about the four pathways without pressure.",
    "Fictieve demosessie: de migratieplannen van toen en wat er nog van overblijft.",
    "Séance fictive de démonstration : les besoins de base aujourd’hui.",
    "جلسة تجريبية خيالية: الحديث عن العودة كخيار من بين أربعة.",
];

impl OpenVault {
    /// Adds fictional demo data: with `files`, the handful of realistic client files (dated
    /// around today), then `clients` generated clients with `sessions` sessions each. Answers
    /// with the vault's counts.
    pub fn seed_demo(&self, clients: u32, sessions: u32, files: bool) -> Result<Stats, ApiError> {
        if files {
            demo_files(self, self.env.clock.today())?;
        }
        self.in_transaction(|v| Ok(seed(&v.vault, clients, sessions)?))?;
        self.stats()
    }
}

/// Adds `clients` fictional clients with `sessions` sessions each (the caller's transaction).
fn seed(vault: &avenir_vault::Vault, clients: u32, sessions: u32) -> Result<(), VaultError> {
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap_or_default();
    // Numbered on from the codes a previous seeding took, so seeding again adds clients.
    let mut number = 0u32;
    for c in 0..clients {
        let code = loop {
            number += 1;
            let code = format!("DEMO-{number:04}");
            if !repo::code_taken(vault.conn(), &code)? {
                break code;
            }
        };
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
    Ok(())
}

fn date(start: NaiveDate, days: u64) -> NaiveDate {
    start.checked_add_days(Days::new(days)).unwrap_or(start)
}

/// The handful of fictional, realistic client files in `assets/demo/demo-clients.json`, in
/// several situations and languages, dated around `today`.
fn demo_files(open: &OpenVault, today: NaiveDate) -> Result<(), ApiError> {
    let files: DemoFiles = serde_json::from_str(DEMO_FILES)
        .map_err(|e| ApiError::Internal(format!("the demo data does not decode: {e}")))?;
    let at = |day: i64| -> NaiveDate {
        if day >= 0 {
            today
                .checked_add_days(Days::new(day.unsigned_abs()))
                .unwrap_or(today)
        } else {
            today
                .checked_sub_days(Days::new(day.unsigned_abs()))
                .unwrap_or(today)
        }
    };
    // The directory's one fictional example, so a newcomer sees how an entry looks.
    if open.directory_count()? == 0 {
        open.directory_import(
            DIRECTORY_EXAMPLE.as_bytes(),
            crate::DirectoryFormat::Toml,
            true,
        )?;
    }
    let library = avenir_content::Library::shipped();
    open.in_transaction(|open| {
        let vault = &open.vault;
        for c in files.clients {
            let input = ClientInput {
                code: c.code,
                languages: c.languages,
                preferred_language: c.preferred_language,
                country_of_origin: c.country_of_origin,
                arrival_year: c.arrival_year,
                adults: c.adults,
                children: c.children,
                children_at_school: c.children_at_school,
                residences: c
                    .residences
                    .iter()
                    .map(|r| Residence::parse(r).ok_or(InvalidInput("residence")))
                    .collect::<Result<_, _>>()?,
                health_concerns: c.health_concerns,
                notes: c.notes,
                consent: c.consent.map(|k| Consent {
                    given_on: at(k.day),
                    explained: k.explained,
                    language: k.language,
                }),
                review_on: c.review_in_days.map(at),
            }
            .validated(today.year())?;
            let created = c.sessions.first().map_or(today, |s| at(s.day));
            let album = c.album;
            let id = repo::create_client(vault.conn(), &input, &format!("{created}T08:00:00Z"))?;
            for s in c.sessions {
                let session = SessionInput {
                    started_at: format!("{}T09:00:00Z", at(s.day)),
                    duration_minutes: Some(s.minutes),
                    kind: SessionKind::parse(&s.kind).unwrap_or(SessionKind::Individual),
                    pathways: s
                        .pathways
                        .iter()
                        .filter_map(|p| Pathway::parse(p))
                        .collect(),
                    summary: s.summary,
                    private_notes: s.notes,
                    follow_up: s.follow_up_day.map(at),
                };
                let sid = repo::create_session(vault.conn(), id, &session)?;
                if let Some(d) = &s.decision {
                    let decision = Decision::parse(d).ok_or(InvalidInput("decision"))?;
                    avenir_vault::decisions::set_decision(vault.conn(), sid, Some(decision))?;
                }
                for step in s.steps {
                    repo::add_next_step(vault.conn(), sid, &step)?;
                }
                let saved_at = format!("{}T10:00:00Z", at(s.day));
                for a in s.answers {
                    let answer = library.check_answer(&a.exercise, &a.field, a.answer)?;
                    worksheets::save_answer(
                        vault.conn(),
                        sid,
                        &a.exercise,
                        &a.field,
                        &answer,
                        &saved_at,
                    )?;
                }
                for j in s.journal {
                    let entry = JournalInput {
                        pathway: Pathway::parse(&j.pathway).ok_or(AnswerError::NotOffered)?,
                        possible: j.possible,
                        wanted: j.wanted,
                        why: j.why,
                    }
                    .check()?;
                    worksheets::save_journal_entry(vault.conn(), sid, &entry, &saved_at)?;
                }
            }
            for page in album {
                let input = PageInput {
                    category: Category::parse(&page.category).ok_or(AnswerError::NotOffered)?,
                    caption: page.caption,
                    message: page.message.map(|m| Message {
                        from: m.from,
                        text: m.text,
                    }),
                    photos: Vec::new(),
                }
                .check()?;
                avenir_vault::album::add_page(
                    vault.conn(),
                    id,
                    &input,
                    &format!("{created}T08:00:00Z"),
                )?;
            }
        }
        Ok(())
    })
}

const DEMO_FILES: &str = include_str!("../../../assets/demo/demo-clients.json");
const DIRECTORY_EXAMPLE: &str = include_str!("../../../assets/content/directory/example.toml");

#[derive(serde::Deserialize)]
struct DemoFiles {
    clients: Vec<DemoClient>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoClient {
    code: String,
    languages: Vec<String>,
    preferred_language: Option<String>,
    country_of_origin: Option<String>,
    arrival_year: Option<i32>,
    adults: Option<u8>,
    children: Option<u8>,
    children_at_school: Option<u8>,
    #[serde(default)]
    residences: Vec<String>,
    health_concerns: Option<bool>,
    notes: String,
    consent: Option<DemoConsent>,
    review_in_days: Option<i64>,
    sessions: Vec<DemoSession>,
    /// Text-only album pages (the demo has no photos of people, fictional or not).
    #[serde(default)]
    album: Vec<DemoPage>,
}

#[derive(serde::Deserialize)]
struct DemoPage {
    category: String,
    caption: String,
    message: Option<DemoMessage>,
}

#[derive(serde::Deserialize)]
struct DemoMessage {
    from: String,
    text: String,
}

#[derive(serde::Deserialize)]
struct DemoConsent {
    day: i64,
    explained: String,
    language: String,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoSession {
    day: i64,
    minutes: u32,
    kind: String,
    pathways: Vec<String>,
    summary: String,
    notes: String,
    follow_up_day: Option<i64>,
    steps: Vec<String>,
    /// Answers to exercises in this session, checked against the shipped definitions.
    #[serde(default)]
    answers: Vec<DemoAnswer>,
    /// The person's placements on the pathways in this session.
    #[serde(default)]
    journal: Vec<DemoJournal>,
    /// The person's own decision, when they said one in this session.
    #[serde(default)]
    decision: Option<String>,
}

#[derive(serde::Deserialize)]
struct DemoAnswer {
    exercise: String,
    field: String,
    answer: Answer,
}

#[derive(serde::Deserialize)]
struct DemoJournal {
    pathway: String,
    possible: Option<u8>,
    wanted: Option<u8>,
    why: String,
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use avenir_core::follow_up::ClientFilter;
    use avenir_vault::{ClientSort, KdfParams};

    /// Seeding a vault that already holds demo clients adds more instead of failing on a
    /// taken code.
    #[test]
    fn seeding_again_adds_clients() {
        let tmp = tempfile::tempdir().unwrap();
        let (v, _) = OpenVault::create(
            &tmp.path().join("v"),
            "Demo",
            "orange kettle meadow violin harbour pepper",
            KdfParams::INSECURE_TEST,
            crate::Env::system(),
        )
        .unwrap();
        assert_eq!(v.seed_demo(3, 1, false).unwrap().clients, 3);
        let stats = v.seed_demo(2, 1, true).unwrap();
        assert_eq!((stats.clients, stats.sessions), (11, 5 + 11));
    }

    #[test]
    fn the_demo_files_load_and_show_every_filter() {
        let tmp = tempfile::tempdir().unwrap();
        let env = crate::Env {
            clock: Arc::new(crate::FixedClock::at("2026-03-10T10:00:00Z", 1)),
            random: Arc::new(crate::SeededRandom::new(3)),
        };
        let pass = "orange kettle meadow violin harbour pepper";
        let (v, _) = OpenVault::create(
            &tmp.path().join("v"),
            "Demo",
            pass,
            KdfParams::INSECURE_TEST,
            env,
        )
        .unwrap();
        let stats = v.seed_demo(0, 0, true).unwrap();
        assert_eq!(stats.clients, 6);
        let example = v.directory(&Default::default()).unwrap();
        assert_eq!(example.len(), 1, "the directory's fictional example");
        assert!(example[0].service.name.contains("fictional"));
        let codes = |f| -> Vec<String> {
            v.client_rows(f, ClientSort::Code)
                .unwrap()
                .into_iter()
                .map(|r| r.code)
                .collect()
        };
        let all = codes(ClientFilter::All);
        assert_eq!(all.len(), 6);
        assert!(
            all.iter().all(|c| c.starts_with("DEMO-")),
            "clearly demo: {all:?}"
        );
        for f in [
            ClientFilter::DueThisWeek,
            ClientFilter::NotSeenThreeMonths,
            ClientFilter::DueForReview,
        ] {
            assert!(!codes(f).is_empty(), "{f:?} shows someone");
        }
        assert!(!v.search("fictional").unwrap().is_empty());
        let family = v.client_by_code("DEMO-P4-ZUFE").unwrap();
        let journal = v.decision_journal(family.id).unwrap();
        assert_eq!(journal.len(), 12, "four pathways in each of three sessions");
        let answers = v.answers(family.id, Some("basic-needs")).unwrap();
        assert!(
            answers.iter().any(|a| a.field == "by-pathway"),
            "the heat map has data"
        );
        assert_eq!(
            v.album(family.id).unwrap().pages.len(),
            3,
            "text-only album pages"
        );
        // Someone who said himself that he decided to return has a reintegration plan begun.
        let decided = v.client_by_code("DEMO-M8-NUZE").unwrap();
        let sessions = v.overview(decided.id).unwrap().sessions;
        assert_eq!(sessions[0].decision, Some(Decision::Return));
        assert!(
            !v.answers(decided.id, Some("reintegration-plan"))
                .unwrap()
                .is_empty()
        );
        let situations = |code| v.client_by_code(code).unwrap().input.residences;
        assert_eq!(
            situations("DEMO-K7-VOBE"),
            [Residence::AsylumRefused, Residence::OrderToLeave],
            "someone is in two situations at once"
        );
        assert_eq!(
            situations("DEMO-W2-TEZU"),
            [Residence::TemporaryProtection],
            "arrived from Ukraine in 2023: temporary protection"
        );
    }

    #[test]
    fn generated_volume_is_counted() {
        let tmp = tempfile::tempdir().unwrap();
        let (v, _) = OpenVault::create(
            &tmp.path().join("v"),
            "Demo",
            "orange kettle meadow violin harbour pepper",
            KdfParams::INSECURE_TEST,
            crate::Env::system(),
        )
        .unwrap();
        let stats = v.seed_demo(12, 3, false).unwrap();
        assert_eq!((stats.clients, stats.sessions), (12, 36));
    }
}
