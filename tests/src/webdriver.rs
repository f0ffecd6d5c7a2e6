//! A small W3C WebDriver client: just the calls Avenir's tests use.
//!
//! **Every lookup waits.** On a cold, busy 2-core machine the UI fills a screen in several
//! asynchronous steps, so an element looked up once right after its container appeared may not
//! be there yet. [`Session::get`] and the `wait_*` methods poll (every [`Session::POLL`], up to
//! [`Session::WAIT`]) for the element, or for the condition a test asserts (a text, an
//! attribute, a script's result, an element gone), and fail naming the selector and the last
//! value seen. The immediate lookup is crate-private. Absence is asserted only after a positive
//! sign that the screen has loaded ([`Session::assert_absent`]).

use std::path::Path;
use std::time::{Duration, Instant};

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
    /// How long a lookup waits for its element (or its condition) before failing the test:
    /// the same limit as `App::wait_testid`.
    pub const WAIT: Duration = Duration::from_secs(20);
    /// How often a waiting lookup looks again (as `App::wait_for`).
    pub const POLL: Duration = Duration::from_millis(50);

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

    /// The element with `data-testid="…"` if it is in the page at this very moment.
    ///
    /// It does not wait, and that is why it is not public: looked up once right after its
    /// container appeared, an element that the UI fills in asynchronously is often not there
    /// yet on a busy machine (the first cold `make test` failed exactly so). Inside the harness
    /// it only serves polling loops (`App::wait_for`, `App::wait_testid`). Tests use
    /// [`get`](Self::get) and the other `wait_*` methods, which wait up to [`WAIT`](Self::WAIT),
    /// and assert absence with [`wait_gone`](Self::wait_gone) or
    /// [`assert_absent`](Self::assert_absent).
    pub(crate) fn find(&self, testid: &str) -> Option<Element> {
        self.look(&testid_selector(testid)).ok().flatten()
    }

    /// The first element matching the CSS selector `css`, now: `Ok(None)` when there is none,
    /// `Err` for any other WebDriver error.
    fn look(&self, css: &str) -> Result<Option<Element>, String> {
        match self.call(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        ) {
            Ok(v) => Ok(v[ELEMENT_KEY].as_str().map(|s| Element(s.to_owned()))),
            Err(e) if e.contains("no such element") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Like [`look`](Self::look), with a missing element as an `Err` (for polling).
    fn try_find(&self, css: &str) -> Result<Element, String> {
        self.look(css)?.ok_or_else(|| "no such element".to_owned())
    }

    /// Polls `probe` every [`POLL`](Self::POLL) until it gives `Ok`, for at most `limit`, and
    /// returns its value; otherwise fails the test naming `what` and the last thing `probe` saw
    /// (its `Err`). A WebDriver error (no such element, a stale element the UI just re-rendered,
    /// a script that threw on a missing node) counts as "not yet".
    fn poll<T>(
        &self,
        limit: Duration,
        what: &str,
        mut probe: impl FnMut(&Session) -> Result<T, String>,
    ) -> T {
        let deadline = Instant::now() + limit;
        loop {
            let last = match probe(self) {
                Ok(v) => return v,
                Err(seen) => seen,
            };
            if Instant::now() >= deadline {
                panic!("timed out after {limit:?} waiting for {what}; last seen: {last}");
            }
            std::thread::sleep(Self::POLL);
        }
    }

    /// Waits up to `limit` for the element matching `css` to satisfy `read` (which gives `Ok`
    /// with what the caller wants, or `Err` with the value seen so far).
    fn wait_element<T>(
        &self,
        css: &str,
        limit: Duration,
        what: &str,
        read: impl Fn(&Session, &Element) -> Result<T, String>,
    ) -> T {
        self.poll(limit, &format!("{css}: {what}"), |s| {
            let el = s.try_find(css)?;
            read(s, &el)
        })
    }

    /// The element with `data-testid="…"`, waiting for it up to [`WAIT`](Self::WAIT); a missing
    /// element fails the test. This is the lookup to reach for.
    pub fn get(&self, testid: &str) -> Element {
        self.get_within(testid, Self::WAIT)
    }

    /// Like [`get`](Self::get) with another limit (e.g. the vault home after a key derivation).
    pub fn get_within(&self, testid: &str, limit: Duration) -> Element {
        self.get_css_within(&testid_selector(testid), limit)
    }

    /// The first element matching the CSS selector `css` (e.g. one testid inside another),
    /// waiting for it up to [`WAIT`](Self::WAIT).
    pub fn get_css(&self, css: &str) -> Element {
        self.get_css_within(css, Self::WAIT)
    }

    fn get_css_within(&self, css: &str, limit: Duration) -> Element {
        self.poll(limit, css, |s| s.try_find(css))
    }

    /// Waits up to `limit` until one of `testids` is in the page; returns which one, and it.
    pub fn get_any_within(&self, testids: &[&str], limit: Duration) -> (String, Element) {
        self.poll(limit, &format!("one of {testids:?}"), |s| {
            testids
                .iter()
                .find_map(|id| s.find(id).map(|el| ((*id).to_owned(), el)))
                .ok_or_else(|| "none of them".to_owned())
        })
    }

    /// Waits up to [`WAIT`](Self::WAIT) until no element has `data-testid="…"` (a dialog
    /// closed, a section hidden). To assert that something is *not* shown on a screen that
    /// was just opened, use [`assert_absent`](Self::assert_absent) instead.
    pub fn wait_gone(&self, testid: &str) {
        let css = testid_selector(testid);
        self.poll(Self::WAIT, &format!("{css} to disappear"), |s| {
            match s.look(&css)? {
                Some(_) => Err("still there".to_owned()),
                None => Ok(()),
            }
        });
    }

    /// Asserts that no element has `data-testid="{testid}"`, once the screen has loaded:
    /// first waits for `loaded`, an element that appears only after the screen's data arrived,
    /// because absence on a half-loaded screen proves nothing.
    pub fn assert_absent(&self, testid: &str, loaded: &str, message: &str) {
        self.get(loaded);
        let shown = self
            .look(&testid_selector(testid))
            .unwrap_or_else(|e| panic!("looking for {testid}: {e}"));
        assert!(
            shown.is_none(),
            "{message}: [data-testid=\"{testid}\"] is shown (checked after {loaded} appeared)"
        );
    }

    /// Waits until the text of `testid` is exactly `expected`; returns the element.
    pub fn wait_for_text(&self, testid: &str, expected: &str) -> Element {
        self.wait_element(
            &testid_selector(testid),
            Self::WAIT,
            &format!("text {expected:?}"),
            |s, el| {
                let text = s.try_text(el)?;
                if text == expected {
                    Ok(el.clone())
                } else {
                    Err(format!("{text:?}"))
                }
            },
        )
    }

    /// Waits until the text of `testid` contains `part`; returns the whole text.
    pub fn wait_for_text_containing(&self, testid: &str, part: &str) -> String {
        self.wait_for_text_where(testid, &format!("text containing {part:?}"), |t| {
            t.contains(part)
        })
    }

    /// Waits until the text of `testid` satisfies `ok` (described by `what`); returns it.
    pub fn wait_for_text_where(
        &self,
        testid: &str,
        what: &str,
        ok: impl Fn(&str) -> bool,
    ) -> String {
        self.wait_element(&testid_selector(testid), Self::WAIT, what, |s, el| {
            let text = s.try_text(el)?;
            if ok(&text) {
                Ok(text)
            } else {
                Err(format!("{text:?}"))
            }
        })
    }

    /// Waits until attribute `name` of `testid` is `expected`; returns the element.
    pub fn wait_for_attribute(&self, testid: &str, name: &str, expected: &str) -> Element {
        self.wait_element(
            &testid_selector(testid),
            Self::WAIT,
            &format!("{name}={expected:?}"),
            |s, el| match s.try_attr(el, name)? {
                Some(v) if v == expected => Ok(el.clone()),
                other => Err(format!("{name}={other:?}")),
            },
        )
    }

    /// Waits until attribute `name` of `testid` is there and satisfies `ok` (described by
    /// `what`); returns its value.
    pub fn wait_for_attribute_where(
        &self,
        testid: &str,
        name: &str,
        what: &str,
        ok: impl Fn(&str) -> bool,
    ) -> String {
        self.wait_element(&testid_selector(testid), Self::WAIT, what, |s, el| {
            let seen = s.try_attr(el, name)?;
            match seen {
                Some(v) if ok(&v) => Ok(v),
                other => Err(format!("{name}={other:?}")),
            }
        })
    }

    /// Waits until DOM property `name` of `testid` (e.g. an input's `value`) satisfies `ok`
    /// (described by `what`); returns it.
    pub fn wait_for_property_where(
        &self,
        testid: &str,
        name: &str,
        what: &str,
        ok: impl Fn(&str) -> bool,
    ) -> String {
        self.wait_element(&testid_selector(testid), Self::WAIT, what, |s, el| {
            let v = s.try_property(el, name)?;
            if ok(&v) {
                Ok(v)
            } else {
                Err(format!("{name}={v:?}"))
            }
        })
    }

    /// Waits until `testid` is there and enabled; returns it.
    pub fn wait_until_enabled(&self, testid: &str) -> Element {
        self.wait_element(&testid_selector(testid), Self::WAIT, "enabled", |s, el| {
            if s.try_enabled(el)? {
                Ok(el.clone())
            } else {
                Err("disabled".to_owned())
            }
        })
    }

    /// Runs `script` (with `args`) again and again until its result satisfies `ok`, for at
    /// most [`WAIT`](Self::WAIT); returns that result. For conditions read from the page (a
    /// computed style, a count, a table's rows, `document.body.innerText`): a script that
    /// throws (e.g. on an element not there yet) counts as "not yet". The failure names `what`
    /// and the last result.
    pub fn wait_for_script(
        &self,
        what: &str,
        script: &str,
        args: Value,
        ok: impl Fn(&Value) -> bool,
    ) -> Value {
        self.poll(Self::WAIT, what, |s| {
            let v = s.call(
                "POST",
                "/execute/sync",
                Some(json!({"script": script, "args": args.clone()})),
            )?;
            if ok(&v) { Ok(v) } else { Err(v.to_string()) }
        })
    }

    /// Sets the `<select>` `testid` to `value` as a user would (a `change` event), once the
    /// element and that option are there; waits until the select holds `value`.
    pub fn select_option(&self, testid: &str, value: &str) {
        self.wait_for_script(
            &format!("{} set to {value:?}", testid_selector(testid)),
            "const el = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
             if (!el || !Array.from(el.options).some(o => o.value === arguments[1])) return null;
             el.value = arguments[1]; el.dispatchEvent(new Event('change', { bubbles: true }));
             return el.value;",
            json!([testid, value]),
            |v| v == value,
        );
    }

    fn try_text(&self, el: &Element) -> Result<String, String> {
        let v = self.call("GET", &format!("/element/{}/text", el.0), None)?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    fn try_attr(&self, el: &Element, name: &str) -> Result<Option<String>, String> {
        let v = self.call("GET", &format!("/element/{}/attribute/{name}", el.0), None)?;
        Ok(v.as_str().map(str::to_owned))
    }

    fn try_property(&self, el: &Element, name: &str) -> Result<String, String> {
        let v = self.call("GET", &format!("/element/{}/property/{name}", el.0), None)?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    fn try_enabled(&self, el: &Element) -> Result<bool, String> {
        let v = self.call("GET", &format!("/element/{}/enabled", el.0), None)?;
        Ok(v.as_bool().unwrap_or(false))
    }

    /// The element's text, read once. To assert on a text, wait for it instead
    /// ([`wait_for_text`](Self::wait_for_text) and its kin).
    pub fn text(&self, el: &Element) -> String {
        self.try_text(el).unwrap()
    }

    /// An attribute, read once (see [`wait_for_attribute`](Self::wait_for_attribute)).
    pub fn attr(&self, el: &Element, name: &str) -> Option<String> {
        self.try_attr(el, name).unwrap()
    }

    /// A DOM property (e.g. an input's current `value`), read once (see
    /// [`wait_for_property_where`](Self::wait_for_property_where)).
    pub fn property(&self, el: &Element, name: &str) -> String {
        self.try_property(el, name).unwrap()
    }

    /// Whether the element is enabled, read once (see
    /// [`wait_until_enabled`](Self::wait_until_enabled)).
    pub fn enabled(&self, el: &Element) -> bool {
        self.try_enabled(el).unwrap()
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

    /// Types `text` on the keyboard into whatever has the focus, as a person does (W3C key
    /// actions: nothing is focused or clicked for her). WebDriver's special keys (`\u{E004}`
    /// Tab, `\u{E007}` Enter…) are keys too.
    pub fn press_keys(&self, text: &str) {
        let mut actions = Vec::new();
        for c in text.chars() {
            actions.push(json!({"type": "keyDown", "value": c.to_string()}));
            actions.push(json!({"type": "keyUp", "value": c.to_string()}));
        }
        self.call(
            "POST",
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})),
        )
        .unwrap();
    }

    /// The `data-testid` of the element that has the focus ('' when it has none).
    pub fn focused_testid(&self) -> String {
        self.execute(
            "const el = document.activeElement; return el && el.dataset ? (el.dataset.testid || '') : '';",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
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

/// The CSS selector of `data-testid="{testid}"`.
fn testid_selector(testid: &str) -> String {
    format!("[data-testid=\"{testid}\"]")
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
