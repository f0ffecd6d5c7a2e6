//! Accessibility, measured in the real webview: axe-core (from `ui/node_modules`) is injected
//! through WebDriver — not through the page, whose Content-Security-Policy stays as shipped —
//! and run on the screen as it is. Every result goes to `target/e2e-artifacts/axe-NAME.json`;
//! the serious and critical violations are returned for the test to assert on.

use serde_json::{Value, json};

use crate::{App, build, root};

impl App {
    /// Runs axe-core on the current screen and returns its serious and critical violations,
    /// one line each (rule, impact, the first elements concerned).
    pub fn axe(&self, name: &str) -> Vec<String> {
        let s = &self.session;
        let loaded = s.execute("return typeof window.axe === 'object';", json!([]));
        if loaded != json!(true) {
            let source =
                std::fs::read_to_string(root().join("ui/node_modules/axe-core/axe.min.js"))
                    .expect("axe-core is installed in ui/node_modules (make deps)");
            s.execute(&format!("{source}\n;return typeof window.axe;"), json!([]));
        }
        let results = s.execute_async(
            "const done = arguments[arguments.length - 1];
             window.axe.run(document, { resultTypes: ['violations'] })
               .then((r) => done(JSON.stringify({ url: r.url, violations: r.violations, passes: r.passes.length })))
               .catch((e) => done(JSON.stringify({ error: String(e) })));",
            json!([]),
        );
        let text = results.as_str().unwrap_or_default().to_owned();
        let dir = build::target_dir().join("e2e-artifacts");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("axe-{name}.json")), &text).unwrap();
        let parsed: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert!(
            parsed.get("error").is_none() && parsed.get("violations").is_some(),
            "axe-core did not run on {name}: {text}"
        );
        assert!(
            parsed["passes"].as_u64().unwrap_or(0) > 0,
            "axe-core checked nothing on {name}"
        );
        parsed["violations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| {
                let nodes: Vec<String> = v["nodes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .take(3)
                    .map(|n| n["target"].to_string())
                    .collect();
                format!(
                    "{name}: {} ({}): {} — {}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"].as_str().unwrap_or("?"),
                    v["help"].as_str().unwrap_or(""),
                    nodes.join(", ")
                )
            })
            .collect()
    }
}
