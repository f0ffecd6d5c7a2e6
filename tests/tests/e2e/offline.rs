//! The app works with networking absent, and its content security policy blocks any attempt
//! to reach another origin.

use std::process::Command;

use avenir_e2e::{App, Launch, ftl};
use serde_json::json;

const INSIDE: &str = "AVENIR_E2E_INSIDE_NETNS";

/// Runs itself again inside a new network namespace that has only a loopback interface
/// (`unshare -n`), where the real assertions run.
#[test]
fn the_app_works_without_any_network_and_blocks_remote_requests() {
    if std::env::var_os(INSIDE).is_some() {
        return inside_namespace();
    }
    let exe = std::env::current_exe().unwrap();
    // Built here, outside the namespace; the run inside only uses it. No other app of this
    // process runs meanwhile.
    let app = avenir_e2e::app_binary();
    let _turn = avenir_e2e::exclusive();
    let status = Command::new("unshare")
        .args([
            "--net",
            "sh",
            "-c",
            "ip link set lo up && exec \"$0\" \"$@\"",
        ])
        .arg(&exe)
        .args([
            "--exact",
            "offline::the_app_works_without_any_network_and_blocks_remote_requests",
            "--nocapture",
        ])
        .env(INSIDE, "1")
        .env(avenir_e2e::APP_ENV, &app)
        .status()
        .expect("unshare (util-linux) runs; the tests run as root or with user namespaces");
    assert!(
        status.success(),
        "the run inside the network namespace failed: {status}"
    );
}

fn inside_namespace() {
    // /proc/net/dev lists the interfaces of this process's own namespace (/sys does not).
    let interfaces: Vec<String> = std::fs::read_to_string("/proc/net/dev")
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(':').map(|(name, _)| name.trim().to_owned()))
        .collect();
    assert_eq!(
        interfaces,
        ["lo"],
        "the namespace must have no network but loopback"
    );

    let (app, _sandbox) = App::launch(Launch::lang("en_GB.UTF-8"));
    let s = &app.session;
    s.wait_for_text("welcome-title", &ftl("en", "welcome-title"));
    s.click(&s.get("language-option-ar"));
    s.wait_for_text("welcome-title", &ftl("ar", "welcome-title"));

    let clean = s.execute("return window.__avenirCspViolations;", json!([]));
    assert_eq!(
        clean,
        json!([]),
        "loading and using the app broke no CSP rule"
    );

    let outcome = s.execute_async(
        "const done = arguments[0];\
         fetch('https://example.org/').then(() => done('reached'), () => done('blocked'));",
        json!([]),
    );
    assert_eq!(outcome, "blocked");
    let directives = |s: &avenir_e2e::Session| {
        s.execute(
            "return window.__avenirCspViolations.map(v => v.directive);",
            json!([]),
        )
    };
    app.wait_for(|s| directives(s) != json!([]), "the CSP violation report");
    assert_eq!(
        directives(s),
        json!(["connect-src"]),
        "the CSP itself blocked the request"
    );
}
