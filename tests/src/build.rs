//! Makes sure the binary under test is the one built from the current sources.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::SystemTime;

/// Names the already built app binary for a child test process.
pub const APP_ENV: &str = "AVENIR_E2E_APP";

pub fn repo_root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("tests/ sits in the repository")
            .to_owned()
    })
}

/// Where the end-to-end build of the app goes: `target/e2e/`.
pub fn e2e_target_dir() -> PathBuf {
    target_dir().join("e2e")
}

/// `target/` of this build (the test binary lives in `target/debug/deps/`).
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    // target/debug/deps/e2e-… → target
    exe.ancestors().nth(3).expect("target directory").to_owned()
}

/// Builds the UI (when its sources are newer than `ui/dist`) and `avenir` once per test run,
/// then returns the binary's path.
pub fn app_binary() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // A test that re-runs itself (e.g. inside a network namespace) passes the binary it built.
        if let Some(bin) = std::env::var_os(APP_ENV) {
            return PathBuf::from(bin);
        }
        let root = repo_root();
        let dist = root.join("ui/dist/index.html");
        let ui_inputs = [
            root.join("ui/src"),
            root.join("ui/index.html"),
            root.join("ui/package.json"),
        ];
        if newest(&ui_inputs) > modified(&dist) {
            run(
                Command::new("npm")
                    .args(["run", "build"])
                    .current_dir(root.join("ui")),
                "npm run build (ui)",
            );
        }
        // The `e2e` feature swaps the native chooser for a seam the tests drive; it is built into
        // a target directory of its own so it never replaces the binary `make run`, the
        // benchmarks and the package use.
        let target = e2e_target_dir();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        run(
            Command::new(cargo)
                .args(["build", "--offline", "-p", "avenir", "--features", "e2e"])
                .arg("--target-dir")
                .arg(&target)
                .current_dir(root),
            "cargo build -p avenir --features e2e",
        );
        let bin = target
            .join("debug")
            .join(format!("avenir{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "{} was not built", bin.display());
        bin
    })
    .clone()
}

/// Builds the production `avenir` (no `e2e` feature, in `target/debug/`, the binary `make run`
/// starts) once per test run and returns its path: for the tests of what only a test build may
/// do.
pub fn production_binary() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        run(
            Command::new(cargo)
                .args(["build", "--offline", "-p", "avenir"])
                .arg("--target-dir")
                .arg(target_dir())
                .current_dir(repo_root()),
            "cargo build -p avenir",
        );
        let bin = target_dir()
            .join("debug")
            .join(format!("avenir{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "{} was not built", bin.display());
        bin
    })
    .clone()
}

fn run(cmd: &mut Command, what: &str) {
    let status = cmd
        .status()
        .unwrap_or_else(|e| panic!("{what} could not start: {e}"));
    assert!(status.success(), "{what} failed: {status}");
}

fn modified(p: &Path) -> SystemTime {
    p.metadata()
        .and_then(|m| m.modified())
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

fn newest(paths: &[PathBuf]) -> SystemTime {
    let mut newest = SystemTime::UNIX_EPOCH;
    let mut stack: Vec<PathBuf> = paths.to_vec();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&p) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else {
            newest = newest.max(modified(&p));
        }
    }
    newest
}
