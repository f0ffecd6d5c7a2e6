//! The app's state: the application layer (`avenir_api::Avenir`) and the one thing only a
//! window has — whether the first screen has been painted. Commands call one method of it.

use std::io::Write;
use std::ops::Deref;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use avenir_api::{Avenir, Env, KDF_TARGET};

/// When set, the first `frontend_ready` prints this line to standard output, so
/// `avenir-bench startup` can time the first rendered screen.
pub const STARTUP_PROBE_ENV: &str = "AVENIR_STARTUP_PROBE";
pub const STARTUP_PROBE_LINE: &str = "avenir:frontend-ready";

pub struct AppState {
    avenir: Avenir,
    frontend_ready: AtomicBool,
}

impl AppState {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            avenir: Avenir::new(data_dir, Env::system(), KDF_TARGET),
            frontend_ready: AtomicBool::new(false),
        }
    }

    pub fn mark_frontend_ready(&self) {
        let first = !self.frontend_ready.swap(true, Ordering::SeqCst);
        if first && std::env::var_os(STARTUP_PROBE_ENV).is_some() {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{STARTUP_PROBE_LINE}");
            let _ = out.flush();
        }
    }
}

impl Deref for AppState {
    type Target = Avenir;

    fn deref(&self) -> &Avenir {
        &self.avenir
    }
}
