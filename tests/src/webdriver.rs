//! A small W3C WebDriver client: just the calls Avenir's tests use.

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .build()
        .into()
}

/// Whether something listens on `port` of the loopback interface.
pub fn is_listening(port: u16) -> bool {
    std::net::TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_secs(1))
        .is_ok()
}

pub struct Session {
    base: String,
    id: String,
    agent: ureq::Agent,
}

/// A found element (by `data-testid`).
#[derive(Debug, Clone)]
pub struct Element(String);

impl Session {
    /// Opens a session on `binary`. The session must report `browserName: "wry"`: with
    /// misplaced options WebKitWebDriver opens its MiniBrowser instead of the app (TOOLING.md).
    pub fn create(base: &str, binary: &Path) -> Result<Session, String> {
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "wry",
            "tauri:options": {"application": binary.display().to_string()}
        }}});
        // Session creation hangs when the app cannot start (no display): always bounded.
        let v = send(
            &agent(Duration::from_secs(60)),
            "POST",
            &format!("{base}/session"),
            Some(caps),
        )?;
        let id = v["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {v}"))?
            .to_owned();
        let browser = v["capabilities"]["browserName"]
            .as_str()
            .unwrap_or_default();
        if browser != "wry" {
            return Err(format!("session opened {browser:?}, not the app (wry)"));
        }
        Ok(Session {
            base: base.to_owned(),
            id,
            agent: agent(Duration::from_secs(30)),
        })
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        send(
            &self.agent,
            method,
            &format!("{}/session/{}{path}", self.base, self.id),
            body,
        )
    }

    pub fn delete(&self) {
        let _ = self.call("DELETE", "", None);
    }

    /// The element with `data-testid="…"`, if present.
    pub fn find(&self, testid: &str) -> Option<Element> {
        let sel = format!("[data-testid=\"{testid}\"]");
        let v = self
            .call(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": sel})),
            )
            .ok()?;
        v[ELEMENT_KEY].as_str().map(|s| Element(s.to_owned()))
    }

    /// Like [`find`](Self::find), but a missing element fails the test.
    pub fn get(&self, testid: &str) -> Element {
        self.find(testid)
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
    }

    pub fn text(&self, el: &Element) -> String {
        let v = self
            .call("GET", &format!("/element/{}/text", el.0), None)
            .unwrap();
        v.as_str().unwrap_or_default().to_owned()
    }

    pub fn attr(&self, el: &Element, name: &str) -> Option<String> {
        let v = self
            .call("GET", &format!("/element/{}/attribute/{name}", el.0), None)
            .unwrap();
        v.as_str().map(str::to_owned)
    }

    /// A DOM property (e.g. an input's current `value`).
    pub fn property(&self, el: &Element, name: &str) -> String {
        let v = self
            .call("GET", &format!("/element/{}/property/{name}", el.0), None)
            .unwrap();
        v.as_str().unwrap_or_default().to_owned()
    }

    pub fn enabled(&self, el: &Element) -> bool {
        let v = self
            .call("GET", &format!("/element/{}/enabled", el.0), None)
            .unwrap();
        v.as_bool().unwrap_or(false)
    }

    pub fn clear(&self, el: &Element) {
        self.call("POST", &format!("/element/{}/clear", el.0), Some(json!({})))
            .unwrap();
    }

    pub fn click(&self, el: &Element) {
        self.call("POST", &format!("/element/{}/click", el.0), Some(json!({})))
            .unwrap();
    }

    pub fn send_keys(&self, el: &Element, text: &str) {
        self.call(
            "POST",
            &format!("/element/{}/value", el.0),
            Some(json!({"text": text})),
        )
        .unwrap();
    }

    pub fn title(&self) -> String {
        self.call("GET", "/title", None)
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Runs `script` in the page (`return …` gives the result).
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .unwrap()
    }

    /// Runs asynchronous `script`; it calls `arguments[arguments.length - 1](result)` when done.
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
        .unwrap()
    }

    /// Calls an app command through Tauri's IPC from the page, as the UI would.
    /// Returns `{"ok": value}` or `{"err": error}`.
    pub fn invoke(&self, command: &str, args: Value) -> Value {
        self.execute_async(
            "const done = arguments[arguments.length - 1];\
             window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])\
               .then(v => done({ok: v === undefined ? null : v}), e => done({err: e}));",
            json!([command, args]),
        )
    }

    /// The handles of the app's windows (the counsellor window, the projector window…).
    pub fn window_handles(&self) -> Vec<String> {
        self.call("GET", "/window/handles", None)
            .unwrap()
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|h| h.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The handle of the window commands go to.
    pub fn window_handle(&self) -> String {
        self.call("GET", "/window", None)
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Sends the next commands to the window `handle`.
    pub fn switch_to_window(&self, handle: &str) {
        self.call("POST", "/window", Some(json!({ "handle": handle })))
            .unwrap();
    }

    /// A PNG of the window.
    pub fn screenshot(&self) -> Vec<u8> {
        let v = self.call("GET", "/screenshot", None).unwrap();
        decode_base64(v.as_str().unwrap_or_default())
    }
}

fn send(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    body: Option<Value>,
) -> Result<Value, String> {
    let response = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, body) => agent.post(url).send_json(body.unwrap_or_else(|| json!({}))),
    };
    let mut response = response.map_err(|e| format!("{method} {url}: {e}"))?;
    let status = response.status();
    let v: Value = response
        .body_mut()
        .read_json()
        .map_err(|e| format!("{method} {url}: {e}"))?;
    if status.is_success() {
        Ok(v["value"].clone())
    } else {
        Err(format!("{method} {url}: {status}: {}", v["value"]))
    }
}

fn decode_base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_decodes() {
        assert_eq!(super::decode_base64("QXZlbmly"), b"Avenir");
        assert_eq!(super::decode_base64("QQ=="), b"A");
    }
}
