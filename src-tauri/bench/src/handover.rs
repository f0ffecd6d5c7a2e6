//! `handover`: writing one client's case file (20 sessions, 30 photos: collect, sign, encrypt
//! with age, write) and importing it on a colleague's vault (read, decrypt, check, insert in one
//! transaction); target < 1,000 ms each. Through the application layer, the code the app runs.

use std::time::Instant;

use avenir_api::{HandoverMode, OpenVault};
use serde::Serialize;

use crate::{BenchError, stats};

/// The benchmark's client: 20 sessions and 30 photos.
pub const SESSIONS: u32 = 20;
pub const PHOTOS: u32 = 30;

#[derive(Debug, Clone, Serialize)]
pub struct HandoverReport {
    /// Median time to write the case file.
    pub export_ms: f64,
    /// Median time to check and import it on the receiving vault.
    pub import_ms: f64,
    pub case_bytes: u64,
    pub sessions: u64,
    pub photos: u64,
    pub runs: usize,
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn introduce(a: &OpenVault, b: &OpenVault) -> Result<(), BenchError> {
    let (ia, ib) = (a.handover_identity()?, b.handover_identity()?);
    a.add_contact("Receiver", &ib.id, &ib.fingerprint)?;
    b.add_contact("Sender", &ia.id, &ia.fingerprint)?;
    Ok(())
}

pub fn run(sessions: u32, photos: u32, runs: usize) -> Result<HandoverReport, BenchError> {
    let tmp = tempfile::tempdir()?;
    let sender = crate::fresh_vault(&tmp.path().join("sender"))?;
    let receiver = crate::fresh_vault(&tmp.path().join("receiver"))?;
    introduce(&sender, &receiver)?;
    sender.seed_demo(1, sessions, false)?;
    let code = "DEMO-0001";
    let client = sender.client_by_code(code)?.id;
    let photo = avenir_testkit::photos::photo_like_jpeg(1600, 1200);
    for _ in 0..photos {
        sender.import_photo(client, &photo)?;
    }
    let file = tmp.path().join("bench.avenir-case");
    let (mut export, mut import) = (Vec::new(), Vec::new());
    let mut preview = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        sender.export_case(code, "Receiver", HandoverMode::Copy, &file)?;
        export.push(ms(started));
        let started = Instant::now();
        let received = receiver.import_case(&file)?;
        import.push(ms(started));
        preview = Some(counts(&receiver, &received.code)?);
        let id = receiver.client_by_code(&received.code)?.id;
        receiver.delete_client(id)?;
    }
    let (sessions, photos) = preview.unwrap_or_default();
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    Ok(HandoverReport {
        export_ms: round2(stats::median(&export)),
        import_ms: round2(stats::median(&import)),
        case_bytes: std::fs::metadata(&file)?.len(),
        sessions,
        photos,
        runs: runs.max(1),
    })
}

/// What arrived: the sessions and photos of the imported client.
fn counts(v: &OpenVault, code: &str) -> Result<(u64, u64), BenchError> {
    let id = v.client_by_code(code)?.id;
    let sessions = v.overview(id)?.sessions.len() as u64;
    let photos = v.album(id)?.photos.len() as u64;
    Ok((sessions, photos))
}
