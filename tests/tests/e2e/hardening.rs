//! The test switches cannot open a production window: the binary users run (`target/debug/avenir`,
//! built without the `e2e` feature) refuses to start while WebKit's remote inspector is asked
//! for, with a translated message on stderr and a non-zero exit, before it opens any window (it
//! runs here without a display). The `e2e` build the other tests drive starts under
//! WebKitWebDriver, which sets `WEBKIT_INSPECTOR_SERVER` itself.

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use avenir_e2e::{ftl, production_binary};
use avenir_testkit::sandbox::Sandbox;

/// Runs the production binary without a display with `env` set; kills it after 60 s.
fn run_without_display(lang: &str, env: &[(&str, &str)]) -> Output {
    let sandbox = Sandbox::new().unwrap();
    let mut cmd = Command::new(production_binary());
    sandbox.apply(&mut cmd);
    cmd.env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WEBKIT_INSPECTOR_SERVER")
        .env_remove("WEBKIT_INSPECTOR_HTTP_SERVER")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the app did not exit within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn refusal(locale: &str, variable: &str) -> String {
    ftl(locale, "hardening-inspector-refused").replace("{ $variable }", variable)
}

#[test]
fn the_production_build_refuses_to_start_while_the_webkit_inspector_is_asked_for() {
    for (lang, locale, variable) in [
        ("en_GB.UTF-8", "en", "WEBKIT_INSPECTOR_SERVER"),
        ("nl_BE.UTF-8", "nl", "WEBKIT_INSPECTOR_HTTP_SERVER"),
        ("fr_BE.UTF-8", "fr", "WEBKIT_INSPECTOR_SERVER"),
    ] {
        let out = run_without_display(lang, &[(variable, "127.0.0.1:9222")]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{variable} under {lang}: {stderr}"
        );
        assert!(
            stderr.contains(&refusal(locale, variable)),
            "{variable} under {lang}, expected the {locale} refusal: {stderr}"
        );
    }
    // Without the variables the same start goes on (and fails later, for want of a display):
    // the refusal is what stopped it above.
    let out = run_without_display("en_GB.UTF-8", &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains(&refusal("en", "WEBKIT_INSPECTOR_SERVER")),
        "{stderr}"
    );
    assert_ne!(out.status.code(), Some(2), "{stderr}");
}
