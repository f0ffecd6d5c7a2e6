//! The end-to-end harness (Linux only: Xvfb, WebKitWebDriver and /proc): starts a virtual
//! display, `tauri-driver` and the freshly built `avenir` binary in a sandboxed home, and
//! drives it through WebDriver.
//!
//! Everything here is test-only; the WebDriver transport (ureq) never reaches a shipped binary.
#![allow(clippy::unwrap_used)]

mod axe;
mod build;
mod vaults;
mod webdriver;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use avenir_testkit::display::VirtualDisplay;
use avenir_testkit::proctree;
use avenir_testkit::sandbox::Sandbox;
pub use build::{APP_ENV, app_binary, production_binary, repo_root};
pub use vaults::{PASS, demo_sandbox, profile_dir, vault_sandbox};
pub use webdriver::{Element, Session};

/// The repository's root (for reading locales and config files in assertions).
pub fn root() -> &'static Path {
    repo_root()
}

/// The file the `e2e` build's native-chooser seam reads each time a chooser "opens".
pub fn chooser_file(sandbox: &Sandbox) -> PathBuf {
    sandbox.path().join("e2e-chooser")
}

/// What the next folder or file chooser answers (an empty path: the counsellor cancels).
pub fn answer_chooser(sandbox: &Sandbox, path: &Path) {
    std::fs::write(chooser_file(sandbox), path.display().to_string()).unwrap();
}

/// How to launch the app.
#[derive(Default, Clone)]
pub struct Launch {
    /// The operating system's language (`LANG`), e.g. `en_GB.UTF-8`.
    pub lang: Option<String>,
    /// A D-Bus address the app gets as both its system and its session bus. Without one the app
    /// runs with no D-Bus at all, as on CI (both addresses name a socket that does not exist).
    pub dbus: Option<String>,
    /// More environment variables for the app (e.g. `SPEECHD_ADDRESS` for the read-aloud test).
    pub env: Vec<(String, String)>,
}

impl Launch {
    pub fn lang(lang: &str) -> Self {
        Self {
            lang: Some(lang.to_owned()),
            ..Self::default()
        }
    }

    pub fn with_dbus(mut self, address: &str) -> Self {
        self.dbus = Some(address.to_owned());
        self
    }

    pub fn with_env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }
}

/// A running Avenir: its display, driver, sandboxed home and WebDriver session.
pub struct App {
    pub session: Session,
    driver: Child,
    _display: VirtualDisplay,
    // Declared last: released after the app is gone. Apps run one at a time (2 cores; WebKit is
    // heavy), except a second instance a test starts on purpose while holding the first.
    _turn: Option<std::sync::MutexGuard<'static, ()>>,
}

static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Holds the harness's turn without launching an app here: for a test whose app runs in a child
/// process (the offline test), so no other app starts beside it.
pub fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl App {
    /// Launches Avenir in a new sandbox.
    pub fn launch(opts: Launch) -> (App, Sandbox) {
        let sandbox = Sandbox::new().expect("sandbox");
        let app = App::launch_in(&sandbox, opts);
        (app, sandbox)
    }

    /// Launches Avenir with the home of an existing sandbox (to see what a previous run left).
    pub fn launch_in(sandbox: &Sandbox, opts: Launch) -> App {
        let turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        App::start(sandbox, opts, Some(turn))
    }

    /// A second Avenir beside one the calling test already runs (same sandbox: same data).
    pub fn launch_in_parallel(sandbox: &Sandbox, opts: Launch) -> App {
        App::start(sandbox, opts, None)
    }

    fn start(
        sandbox: &Sandbox,
        opts: Launch,
        turn: Option<std::sync::MutexGuard<'static, ()>>,
    ) -> App {
        let binary = app_binary();
        let display =
            VirtualDisplay::start().expect("Xvfb starts (is the xvfb package installed?)");
        // Session creation is retried with a fresh driver, after a pause: on this 2-core machine,
        // WebKitWebDriver sometimes fails to open a session while another app is starting, and
        // the very first start of a freshly built binary under load (measured: two suites at
        // once, right after their builds) failed twice in a row without a pause.
        const ATTEMPTS: u32 = 4;
        let mut attempt = 1;
        let (driver, session) = loop {
            match App::driver_and_session(sandbox, &opts, &display, &binary) {
                Ok(pair) => break pair,
                Err(e) if attempt < ATTEMPTS => {
                    eprintln!(
                        "WebDriver session failed (attempt {attempt}: {e}); retrying with a fresh driver"
                    );
                    std::thread::sleep(Duration::from_secs(5 * u64::from(attempt)));
                    attempt += 1;
                }
                Err(e) => panic!("WebDriver session failed {ATTEMPTS} times: {e}"),
            }
        };
        let app = App {
            session,
            driver,
            _display: display,
            _turn: turn,
        };
        app.wait_for(
            |s| {
                ["welcome-screen", "unlock-form", "vault-home"]
                    .iter()
                    .any(|id| s.find(id).is_some())
            },
            "the first screen",
        );
        app
    }

    fn driver_and_session(
        sandbox: &Sandbox,
        opts: &Launch,
        display: &VirtualDisplay,
        binary: &Path,
    ) -> Result<(Child, Session), String> {
        let (port, native_port) = (free_port(), free_port());
        let bus = opts
            .dbus
            .clone()
            .unwrap_or_else(|| format!("unix:path={}", sandbox.path().join("no-bus").display()));
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("DISPLAY", display.name())
        // Not WEBKIT_DISABLE_DMABUF_RENDERER: with it, screenshots after the first hang (measured).
        .env("LANG", opts.lang.as_deref().unwrap_or("en_GB.UTF-8"))
        // The `e2e` build's chooser answers with what this file holds (see `answer_chooser`).
        .env("AVENIR_E2E_CHOOSER", chooser_file(sandbox))
        .env("DBUS_SYSTEM_BUS_ADDRESS", &bus)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .envs(opts.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
        sandbox.apply(&mut cmd);
        let mut driver = cmd.spawn().expect("tauri-driver starts");
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while !webdriver::is_listening(port) {
            if let Ok(Some(status)) = driver.try_wait() {
                panic!("tauri-driver exited ({status}) before listening on port {port}");
            }
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on port {port} within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        match Session::create(&base, binary) {
            Ok(session) => Ok((driver, session)),
            Err(e) => {
                kill_tree(&mut driver);
                Err(e)
            }
        }
    }

    /// Polls `cond` until it holds (10 s), or fails the test naming `what`.
    pub fn wait_for(&self, cond: impl Fn(&Session) -> bool, what: &str) {
        self.wait_for_long(cond, what, Duration::from_secs(10));
    }

    /// Like [`wait_for`](Self::wait_for) with a longer limit (key derivation takes seconds).
    pub fn wait_for_long(&self, cond: impl Fn(&Session) -> bool, what: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        while !cond(&self.session) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The pid of the `avenir` process itself (not tauri-driver, WebKitWebDriver or WebKit's own
    /// processes), for tests that read its `/proc` entries.
    pub fn app_pid(&self) -> Option<u32> {
        let name = app_binary()
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("avenir")
            .to_owned();
        proctree::descendants_and_self(self.driver.id())
            .into_iter()
            .find(|pid| {
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|comm| comm.trim() == name)
            })
    }

    /// Kills the `avenir` process itself with SIGKILL, as a crash or a pulled plug would; the
    /// session is useless afterwards (drop the `App`).
    pub fn kill_app_process(&self) {
        let binary = app_binary();
        let name = binary
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("avenir")
            .to_owned();
        for pid in proctree::descendants_and_self(self.driver.id()) {
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            if comm.trim() == name {
                let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            }
        }
    }

    /// Saves a screenshot under `target/e2e-artifacts/NAME.png` and returns its path.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        let dir = build::target_dir().join("e2e-artifacts");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        // Let the page paint what the DOM already holds: two animation frames.
        self.session.execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            serde_json::json!([]),
        );
        std::fs::write(&path, self.session.screenshot()).unwrap();
        path
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.session.delete();
        kill_tree(&mut self.driver);
    }
}

fn kill_tree(child: &mut Child) {
    let pids = proctree::descendants_and_self(child.id());
    let _ = child.kill();
    let _ = child.wait();
    for pid in pids.iter().skip(1) {
        let _ = Command::new("kill")
            .args(["-9", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
    // A killed process lets go of its files (the vault's instance lock) only when it has really
    // exited: wait for that, so a test that opens the vault next never finds it "in use".
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    for pid in pids.iter().skip(1) {
        while alive(*pid) && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Whether `pid` is a process that has not exited yet (a zombie has exited and holds no files).
fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // The state follows the command name in parentheses: "pid (comm) S …".
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next())
            .is_some_and(|state| state != 'Z' && state != 'X'),
        Err(_) => false,
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn tauri_driver() -> PathBuf {
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|h| h.join("bin/tauri-driver"));
    if let Some(p) = in_cargo_home.filter(|p| p.is_file()) {
        return p;
    }
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join("tauri-driver"))
        .find(|p| p.is_file());
    on_path.expect(
        "tauri-driver not found: `make test` installs it (cargo install tauri-driver --locked)",
    )
}

/// The text of message `id` in `locales/<locale>/`, read straight from the `.ftl` files, so tests
/// compare against the catalogue rather than a copy of it. Only for simple one-line messages.
pub fn ftl(locale: &str, id: &str) -> String {
    let dir = root().join("locales").join(locale);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines() {
            if let Some((k, v)) = line.split_once('=')
                && k.trim() == id
            {
                return v.trim().to_owned();
            }
        }
    }
    panic!("message {id} not found in locales/{locale}");
}

/// The text of a PDF as `pdftotext -enc UTF-8` reads it (poppler-utils, installed by `make deps`).
pub fn pdf_text(pdf: &Path) -> String {
    assert!(pdf.is_file(), "no PDF at {}", pdf.display());
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
