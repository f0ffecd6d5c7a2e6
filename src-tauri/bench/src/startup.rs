//! `bench startup`: time from process start until the first screen is rendered, and resident
//! memory of the whole process tree once idle — Avenir against a minimal Tauri 2 window.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

use avenir_testkit::display::VirtualDisplay;
use avenir_testkit::proctree;
use avenir_testkit::sandbox::Sandbox;

use crate::BenchError;
use crate::stats;

/// Printed by the app (and the baseline) on their first rendered frame when
/// `AVENIR_STARTUP_PROBE` is set.
const READY_LINE: &str = "avenir:frontend-ready";
const FIRST_SCREEN_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StartupReport {
    pub startup_ms: f64,
    pub baseline_startup_ms: f64,
    pub startup_ratio: f64,
    pub rss_mb: f64,
    pub baseline_rss_mb: f64,
    pub rss_ratio: f64,
    pub pss_mb: f64,
    pub baseline_pss_mb: f64,
    pub runs: usize,
}

pub struct StartupOptions {
    pub app: PathBuf,
    pub baseline: PathBuf,
    pub runs: usize,
    /// How long to let each app settle before reading its memory.
    pub idle: Duration,
}

impl StartupOptions {
    /// The `avenir` and `avenir-baseline` binaries built beside this one.
    pub fn beside_current_exe(runs: usize) -> std::io::Result<Self> {
        let exe = std::env::current_exe()?;
        let dir = exe.parent().unwrap_or(Path::new("."));
        let name = |n: &str| dir.join(format!("{n}{}", std::env::consts::EXE_SUFFIX));
        Ok(Self {
            app: name("avenir"),
            baseline: name("avenir-baseline"),
            runs,
            idle: Duration::from_millis(2000),
        })
    }
}

struct Sample {
    startup_ms: f64,
    rss_mb: f64,
    pss_mb: f64,
}

pub fn run(opts: &StartupOptions) -> Result<StartupReport, BenchError> {
    for bin in [&opts.app, &opts.baseline] {
        if !bin.is_file() {
            return Err(BenchError::BinaryMissing(bin.clone()));
        }
    }
    // Our own display when none is set, so the figures do not depend on a desktop session.
    // X11 only: Windows and macOS always have a display of their own.
    let headless = cfg!(target_os = "linux") && std::env::var_os("DISPLAY").is_none();
    let own_display = match headless {
        true => Some(VirtualDisplay::start().map_err(BenchError::Display)?),
        false => None,
    };
    let display = own_display.as_ref().map(|d| d.name().to_owned());

    // Each program keeps one home for the whole run, like a real user's: the unmeasured first
    // launch warms its caches (the page cache, Mesa's shader cache) so no run is an outlier.
    let (app_home, base_home) = (Sandbox::new()?, Sandbox::new()?);
    let app_run = |idle| sample(&opts.app, &app_home, display.as_deref(), idle);
    let base_run = |idle| sample(&opts.baseline, &base_home, display.as_deref(), idle);
    base_run(Duration::ZERO)?;
    app_run(Duration::ZERO)?;
    let (mut app, mut base) = (Vec::new(), Vec::new());
    for i in 0..opts.runs.max(1) {
        // Alternate the order so neither always runs on a machine the other just warmed.
        if i % 2 == 0 {
            base.push(base_run(opts.idle)?);
            app.push(app_run(opts.idle)?);
        } else {
            app.push(app_run(opts.idle)?);
            base.push(base_run(opts.idle)?);
        }
    }
    let med = |v: &[Sample], f: fn(&Sample) -> f64| {
        (stats::median(&v.iter().map(f).collect::<Vec<_>>()) * 10.0).round() / 10.0
    };
    let startup_ms = med(&app, |s| s.startup_ms);
    let baseline_startup_ms = med(&base, |s| s.startup_ms);
    let rss_mb = med(&app, |s| s.rss_mb);
    let baseline_rss_mb = med(&base, |s| s.rss_mb);
    Ok(StartupReport {
        startup_ms,
        baseline_startup_ms,
        startup_ratio: stats::ratio(startup_ms, baseline_startup_ms),
        rss_mb,
        baseline_rss_mb,
        rss_ratio: stats::ratio(rss_mb, baseline_rss_mb),
        pss_mb: med(&app, |s| s.pss_mb),
        baseline_pss_mb: med(&base, |s| s.pss_mb),
        runs: app.len(),
    })
}

/// Launches `bin` in `sandbox`, waits for its first rendered frame, lets it idle, reads
/// the memory of its process tree, and stops it.
fn sample(
    bin: &Path,
    sandbox: &Sandbox,
    display: Option<&str>,
    idle: Duration,
) -> Result<Sample, BenchError> {
    let mut cmd = Command::new(bin);
    sandbox.apply(&mut cmd);
    cmd.env("AVENIR_STARTUP_PROBE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(d) = display {
        cmd.env("DISPLAY", d);
    }
    let started = Instant::now();
    let mut child = cmd.spawn().map_err(|source| BenchError::Spawn {
        path: bin.to_owned(),
        source,
    })?;
    let ready = wait_for_ready(&mut child);
    let startup_ms = started.elapsed().as_secs_f64() * 1000.0;
    let result = match ready {
        true => {
            std::thread::sleep(idle);
            let m = proctree::tree_memory(child.id());
            Ok(Sample {
                startup_ms,
                rss_mb: m.rss_kib as f64 / 1024.0,
                pss_mb: m.pss_kib as f64 / 1024.0,
            })
        }
        false => Err(BenchError::NoFirstScreen {
            path: bin.to_owned(),
            seconds: FIRST_SCREEN_TIMEOUT.as_secs(),
        }),
    };
    stop_tree(&mut child);
    result
}

fn wait_for_ready(child: &mut Child) -> bool {
    let Some(stdout) = child.stdout.take() else {
        return false;
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(l) if l.trim() == READY_LINE => {
                    let _ = tx.send(());
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
    });
    rx.recv_timeout(FIRST_SCREEN_TIMEOUT).is_ok()
}

/// Stops the app and the WebKit processes under it.
fn stop_tree(child: &mut Child) {
    let pids = proctree::descendants_and_self(child.id());
    let _ = child.kill();
    let _ = child.wait();
    #[cfg(unix)]
    for pid in pids.iter().skip(1) {
        let _ = Command::new("kill")
            .args(["-9", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = pids;
}
