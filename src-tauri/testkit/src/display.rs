//! A virtual X display for headless runs (benchmarks, end-to-end tests).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// An Xvfb server this process started; stopped when dropped.
pub struct VirtualDisplay {
    child: Child,
    display: String,
}

impl VirtualDisplay {
    /// Starts Xvfb on a free display number (Xvfb picks it and reports it through `-displayfd`).
    /// `-noreset` keeps the server stable across many client connections (TOOLING.md: without it,
    /// relaunching GTK apps failed in about 3 % of launches).
    pub fn start() -> std::io::Result<Self> {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x1024x24",
                "-noreset",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| std::io::Error::other("Xvfb has no stdout"))?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(line) if line.trim().parse::<u32>().is_ok() => Ok(Self {
                child,
                display: format!(":{}", line.trim()),
            }),
            other => {
                let _ = child.kill();
                let _ = child.wait();
                Err(std::io::Error::other(format!(
                    "Xvfb did not report a display: {other:?}"
                )))
            }
        }
    }

    /// The value for `DISPLAY`, e.g. `:97`.
    pub fn name(&self) -> &str {
        &self.display
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
