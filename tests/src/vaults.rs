//! Vaults for the end-to-end tests, made through the application layer (the code the app and
//! the command line run) so that the app starts at the lock screen, and the few steps every test
//! takes.

use std::path::PathBuf;
use std::time::Duration;

use avenir_api::{Env, OpenVault, Secret};
use avenir_testkit::sandbox::Sandbox;

use crate::App;

/// The passphrase of every test vault.
pub const PASS: &str = "orange kettle meadow violin harbour pepper";

/// The test vault's profile folder inside `sandbox`.
pub fn profile_dir(sandbox: &Sandbox) -> PathBuf {
    sandbox.data_dir().join("profiles").join("e2e")
}

/// A sandbox holding one empty vault (the profile label is `label`).
pub fn vault_sandbox(label: &str) -> Sandbox {
    let sandbox = Sandbox::new().unwrap();
    let dir = profile_dir(&sandbox);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    // Calibrated to 1 ms: the floor parameters (Argon2id 64 MiB, t=3), as `avenir-cli init
    // --kdf-target-ms 1` makes them.
    let params = avenir_api::calibrate(Duration::from_millis(1)).unwrap();
    OpenVault::create(&dir, label, PASS, params, Env::system()).unwrap();
    sandbox
}

/// A sandbox whose vault holds the six fictional demo files (answers, journal, album pages).
pub fn demo_sandbox() -> Sandbox {
    let sandbox = vault_sandbox("Counsellor E2E");
    let vault = OpenVault::open(
        &profile_dir(&sandbox),
        Secret::Passphrase(PASS),
        Env::system(),
    )
    .unwrap();
    vault.seed_demo(0, 0, true).unwrap();
    sandbox
}

impl App {
    /// Waits (20 s) until an element with `testid` is on screen.
    pub fn wait_testid(&self, testid: &str) {
        self.wait_for_long(
            |s| s.find(testid).is_some(),
            testid,
            Duration::from_secs(20),
        );
    }

    /// Unlocks the test vault at the lock screen and waits for `then` (a testid).
    pub fn unlock(&self, then: &str) {
        let s = &self.session;
        self.wait_testid("unlock-form");
        s.send_keys(&s.get("unlock-secret-input"), PASS);
        s.click(&s.get("unlock-submit"));
        self.wait_testid(then);
    }

    /// Locks with the Lock button as a counsellor does and waits until the back end has locked
    /// and reloaded the page (the lock reloads every window): the lock screen drawn before the
    /// reload belongs to a page about to vanish, and typing into it races the reload.
    pub fn lock(&self) {
        let s = &self.session;
        s.execute(
            "window.__e2eBeforeLock = true; return true;",
            serde_json::json!([]),
        );
        s.click(&s.get("lock-button"));
        s.wait_for_script(
            "the reloaded lock screen",
            "return window.__e2eBeforeLock === undefined
                && document.querySelector('[data-testid=\"unlock-form\"]') !== null;",
            serde_json::json!([]),
            |v| v == &serde_json::json!(true),
        );
        self.wait_for(
            |s| s.invoke("vault_status", serde_json::json!({}))["ok"]["state"] == "locked",
            "the vault locked",
        );
    }

    /// The id of the client with `code`, asked through the app's own command.
    pub fn client_id(&self, code: &str) -> i64 {
        let rows = self.session.invoke(
            "list_clients",
            serde_json::json!({"filter": "all", "sort": "code"}),
        );
        rows["ok"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == code)
            .unwrap_or_else(|| panic!("no client {code}"))["id"]
            .as_i64()
            .unwrap()
    }
}
