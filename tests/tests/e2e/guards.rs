//! Guards that fail the build when Avenir could reach the network or a window gets more than
//! its capability grants. They read the real manifests and configuration, not copies.

use std::collections::BTreeSet;
use std::process::Command;

use avenir_e2e::root;
use serde_json::Value;

/// Crates that speak HTTP, WebSocket or TLS. None may be in a shipped binary's dependency tree.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "h2",
    "h3",
    "isahc",
    "surf",
    "attohttpc",
    "tungstenite",
    "tokio-tungstenite",
    "async-tungstenite",
    "rustls",
    "native-tls",
    "openssl-probe",
    "curl",
    "curl-sys",
    "tauri-plugin-http",
    "tauri-plugin-updater",
    "tauri-plugin-websocket",
    "tauri-plugin-upload",
];

fn normal_dependencies(packages: &[&str]) -> BTreeSet<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["tree", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(root());
    for p in packages {
        cmd.args(["-p", p]);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

fn network_crates_in(packages: &[&str]) -> Vec<String> {
    normal_dependencies(packages)
        .into_iter()
        .filter(|c| NETWORK_CRATES.contains(&c.as_str()))
        .collect()
}

#[test]
fn the_shipped_binaries_contain_no_network_client() {
    assert_eq!(
        network_crates_in(&["avenir", "avenir-cli"]),
        Vec::<String>::new()
    );
}

#[test]
fn the_network_guard_would_notice_one() {
    // The test crate itself uses an HTTP client to speak WebDriver: the same scan must see it.
    assert!(network_crates_in(&["avenir-e2e"]).contains(&"ureq".to_owned()));
}

fn json_file(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings(x, out)
        }),
        _ => {}
    }
}

#[test]
fn the_app_config_has_the_strict_csp_and_no_remote_url() {
    let conf = json_file("src-tauri/app/tauri.conf.json");
    let csp = &conf["app"]["security"]["csp"];
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost");
    assert_eq!(
        csp["img-src"],
        "'self' avenir-media: http://avenir-media.localhost"
    );
    for directive in ["script-src", "style-src", "font-src"] {
        assert_eq!(csp[directive], "'self'", "{directive}");
    }
    assert_eq!(
        conf["app"]["security"]["dangerousDisableAssetCspModification"],
        Value::Null
    );
    assert_eq!(conf["build"]["devUrl"], Value::Null, "no dev server URL");
    assert_eq!(
        conf["plugins"],
        Value::Null,
        "no plugin configured (no updater)"
    );
    assert_eq!(conf["bundle"]["createUpdaterArtifacts"], Value::Null);
    for w in conf["app"]["windows"].as_array().unwrap() {
        assert_eq!(
            w["incognito"], true,
            "window {} must be incognito",
            w["label"]
        );
    }
    let mut all = Vec::new();
    strings(&conf, &mut all);
    let allowed = ["http://ipc.localhost", "http://avenir-media.localhost"];
    for s in all {
        let mut rest = s.as_str();
        while let Some(i) = rest.find("://") {
            let start = rest[..i]
                .rfind(|c: char| c.is_whitespace())
                .map_or(0, |j| j + 1);
            let end = rest[i..]
                .find(char::is_whitespace)
                .map_or(rest.len(), |j| i + j);
            let url = &rest[start..end];
            assert!(
                allowed.contains(&url),
                "remote URL in tauri.conf.json: {url}"
            );
            rest = &rest[end..];
        }
    }
}

fn permissions(capability: &str) -> Vec<String> {
    let cap = json_file(&format!("src-tauri/app/capabilities/{capability}.json"));
    assert_eq!(
        cap["remote"],
        Value::Null,
        "{capability}: no remote origin may get IPC access"
    );
    cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_projector_window_may_only_listen() {
    let cap = json_file("src-tauri/app/capabilities/projector.json");
    assert_eq!(cap["windows"], serde_json::json!(["projector"]));
    assert_eq!(
        permissions("projector"),
        ["core:event:allow-listen", "core:event:allow-unlisten"]
    );
}

/// `["a", "b"]`-style string literals between `open` and the next `close`.
fn quoted_between(text: &str, open: &str, close: &str) -> BTreeSet<String> {
    let start = text
        .find(open)
        .unwrap_or_else(|| panic!("{open} not found"))
        + open.len();
    let body = &text[start..start + text[start..].find(close).unwrap()];
    body.split(['"', ',', '[', ']', '\n', ' '])
        .filter(|s| !s.is_empty() && !s.starts_with("//"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_command_is_under_access_control_and_granted_on_purpose() {
    let build_rs = std::fs::read_to_string(root().join("src-tauri/app/build.rs")).unwrap();
    let manifest = quoted_between(&build_rs, "const COMMANDS: &[&str] = &[", "];");
    let lib_rs = std::fs::read_to_string(root().join("src-tauri/app/src/lib.rs")).unwrap();
    let registered: BTreeSet<String> = quoted_between(&lib_rs, "generate_handler![", "]")
        .into_iter()
        .map(|c| c.rsplit("::").next().unwrap_or(&c).to_owned())
        .collect();
    assert_eq!(
        registered, manifest,
        "a registered command missing from build.rs escapes access control"
    );
    let granted: BTreeSet<String> = permissions("main")
        .into_iter()
        .filter_map(|p| p.strip_prefix("allow-").map(|c| c.replace('-', "_")))
        .collect();
    assert_eq!(
        granted, manifest,
        "the counsellor window grants exactly the app's commands"
    );
    for p in permissions("main") {
        assert!(
            p.starts_with("allow-") || p.starts_with("core:event:"),
            "unexpected permission {p}"
        );
    }
}

/// Which of our crates each of our crates may depend on (normal dependencies), from the bottom
/// up. A new arrow is a design decision: add it here and to ARCHITECTURE.md together.
const LAYERS: &[(&str, &[&str])] = &[
    ("avenir-core", &[]),
    ("avenir-i18n", &["avenir-core"]),
    ("avenir-vault", &["avenir-core"]),
    ("avenir-media", &["avenir-core"]),
    ("avenir-content", &["avenir-core", "avenir-i18n"]),
    (
        "avenir-api",
        &[
            "avenir-content",
            "avenir-core",
            "avenir-i18n",
            "avenir-media",
            "avenir-vault",
        ],
    ),
    ("avenir", &["avenir-api"]),
    ("avenir-cli", &["avenir-api"]),
    ("avenir-baseline", &[]),
    ("avenir-testkit", &["avenir-vault"]),
    (
        "avenir-bench",
        &[
            "avenir-api",
            "avenir-content",
            "avenir-testkit",
            "avenir-vault",
        ],
    ),
    (
        "avenir-e2e",
        &["avenir-api", "avenir-testkit", "avenir-vault"],
    ),
];

/// `cargo metadata` of our own crates (no dependencies).
fn workspace_metadata() -> Value {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Each workspace crate with the workspace crates it depends on for `kind` (`None` = normal).
fn our_arrows(kind: Option<&str>) -> Vec<(String, Vec<String>)> {
    let meta = workspace_metadata();
    let packages = meta["packages"].as_array().unwrap();
    let ours: BTreeSet<&str> = packages.iter().filter_map(|p| p["name"].as_str()).collect();
    let mut arrows: Vec<(String, Vec<String>)> = packages
        .iter()
        .map(|p| {
            let mut deps: Vec<String> = p["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"].as_str() == kind)
                .filter_map(|d| d["name"].as_str())
                .filter(|n| ours.contains(n))
                .map(str::to_owned)
                .collect();
            deps.sort();
            deps.dedup();
            (p["name"].as_str().unwrap().to_owned(), deps)
        })
        .collect();
    arrows.sort();
    arrows
}

/// The dependency direction between our crates: a pure core at the bottom, the application
/// layer above the storage, media, content and language crates, and the app and the command
/// line above it alone — so neither can reach the database connection or the media decoder
/// except through `avenir-api`.
#[test]
fn our_crates_depend_only_downwards() {
    let mut expected: Vec<(String, Vec<String>)> = LAYERS
        .iter()
        .map(|(name, deps)| {
            (
                (*name).to_owned(),
                deps.iter().map(|d| (*d).to_owned()).collect(),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(our_arrows(None), expected);
}

/// Test support stays out of what ships: nothing depends on `avenir-testkit` or the benchmark
/// for real, and no crate depends on the app, the command line or the benchmark at all.
#[test]
fn support_code_and_binaries_are_never_dependencies() {
    let shipped = ["avenir", "avenir-cli"];
    for kind in [None, Some("dev"), Some("build")] {
        for (name, deps) in our_arrows(kind) {
            for top in ["avenir", "avenir-cli", "avenir-bench", "avenir-baseline"] {
                assert!(!deps.iter().any(|d| d == top), "{name} depends on {top}");
            }
            if kind.is_none() && !["avenir-bench", "avenir-e2e"].contains(&name.as_str()) {
                assert!(
                    !deps.iter().any(|d| d == "avenir-testkit"),
                    "{name} ships test support"
                );
            }
        }
    }
    // The app's end-to-end seam (a chooser that answers from a file) is never a default.
    let meta = workspace_metadata();
    let app = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "avenir")
        .unwrap();
    assert!(app["features"]["e2e"].is_array(), "the e2e feature exists");
    let defaults = app["features"]["default"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        !defaults.iter().any(|f| f == "e2e"),
        "the e2e chooser seam is a default feature"
    );
    // The plain-SQLite yardstick is not in the shipped binaries' feature set.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    for package in shipped {
        let out = Command::new(&cargo)
            .args([
                "tree",
                "-e",
                "features",
                "-i",
                "avenir-vault",
                "--offline",
                "-p",
            ])
            .arg(package)
            .current_dir(root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let tree = String::from_utf8_lossy(&out.stdout);
        assert!(
            !tree.contains("yardstick"),
            "{package} enables the unencrypted yardstick:\n{tree}"
        );
    }
}

/// Only the app (and its bare-window yardstick) knows Tauri: the application layer and
/// everything below it run headless, in tests and in `avenir-cli`.
#[test]
fn only_the_app_knows_tauri() {
    let meta = workspace_metadata();
    let with_tauri: BTreeSet<&str> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            p["dependencies"].as_array().unwrap().iter().any(|d| {
                d["name"]
                    .as_str()
                    .is_some_and(|n| n == "tauri" || n.starts_with("tauri-"))
            })
        })
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(with_tauri, BTreeSet::from(["avenir", "avenir-baseline"]));
}

/// The core is pure: no I/O, no clock, no randomness. Its whole dependency tree is a few
/// crates of data types, and chrono without its `clock` feature (which reads the wall clock).
#[test]
fn the_core_reads_no_clock_and_does_no_io() {
    let deps = normal_dependencies(&["avenir-core"]);
    let allowed = [
        "avenir-core",
        "chrono",
        "num-traits",
        "autocfg",
        "serde",
        "serde_core",
        "serde_derive",
        "thiserror",
        "thiserror-impl",
        "proc-macro2",
        "quote",
        "syn",
        "unicode-ident",
        // Folding text for the directory's search: NFD tables, pure computation.
        "unicode-normalization",
        "tinyvec",
        "tinyvec_macros",
    ];
    let extra: Vec<&String> = deps
        .iter()
        .filter(|d| !allowed.contains(&d.as_str()))
        .collect();
    assert_eq!(extra, Vec::<&String>::new(), "new dependencies of the core");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "-e",
            "features",
            "-i",
            "chrono",
            "--offline",
            "-p",
            "avenir-core",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && tree.contains("chrono feature"),
        "{tree}"
    );
    assert!(
        !tree.contains("feature \"clock\""),
        "the core can read the clock:\n{tree}"
    );
}
