//! Read aloud in the real app, against a speech-dispatcher this test starts itself (never the
//! system's): its own configuration folder and socket, and one output module, speech-dispatcher's
//! `sd_generic`, whose "synthesiser" is a shell command that writes the language, the voice and
//! the text it is asked to speak into a file this test reads. Its voices: French, English, Dutch
//! and Arabic — no Armenian. The app gets the socket through `SPEECHD_ADDRESS` and may not start
//! a daemon of its own (`SPEECHD_CMD=/bin/false`).
//!
//! Pressing read aloud on a question of an exercise shown in French makes the daemon receive the
//! question's French text with language `fr` (and never the answer typed beside it); in
//! Armenian the app says it has no voice, reads nothing, and reads with the voice the counsellor
//! picks; with the daemon gone, the button says reading aloud is not available.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use avenir_e2e::{App, Launch, Session, demo_sandbox, ftl, root};
use serde_json::json;

const ANSWER: &str = "Fatiguée mais décidée SPEECH-ANSWER-MARKER";

/// One utterance as the recording module wrote it: language, voice, text (a chunk of it:
/// speech-dispatcher may cut a long text at sentence ends).
#[derive(Debug, Clone, PartialEq)]
struct Heard {
    language: String,
    voice: String,
    text: String,
}

/// A speech-dispatcher of the test's own. Stopped when dropped.
struct Daemon {
    child: Child,
    dir: PathBuf,
}

impl Daemon {
    /// Starts it in `dir` and waits for its socket; fails the test with its log if it does not
    /// come up (never skips).
    fn start(dir: &Path) -> Daemon {
        let conf = dir.join("conf");
        std::fs::create_dir_all(conf.join("modules")).unwrap();
        std::fs::create_dir_all(dir.join("log")).unwrap();
        std::fs::create_dir_all(dir.join("run")).unwrap();
        std::fs::write(
            conf.join("speechd.conf"),
            format!(
                "LogLevel 4\n\
                 LogDir \"{log}\"\n\
                 DefaultLanguage \"en\"\n\
                 # The recording module plays nothing; libao opens no device until it plays.\n\
                 AudioOutputMethod \"libao\"\n\
                 AddModule \"avenir-test\" \"sd_generic\" \"avenir-test.conf\"\n\
                 DefaultModule \"avenir-test\"\n",
                log = dir.join("log").display()
            ),
        )
        .unwrap();
        // `$LANGUAGE`, `$VOICE` and `$DATA` (single-quoted by the module) go to the file,
        // separated by US (\037), each utterance ended by RS (\036).
        let heard = dir.join("heard");
        let mut module = format!(
            r#"GenericExecuteSynth "printf '%s\\037%s\\037%s\\036' '$LANGUAGE' '$VOICE' '$DATA' >> '{}'"
GenericMaxChunkLength 10000
GenericDefaultCharset "utf-8"
"#,
            heard.display()
        );
        for language in ["fr", "en", "nl", "ar"] {
            module.push_str(&format!(
                "GenericLanguage \"{language}\" \"{language}\" \"utf-8\"\n\
                 AddVoice \"{language}\" \"MALE1\" \"avenir-{language}\"\n"
            ));
        }
        std::fs::write(conf.join("modules").join("avenir-test.conf"), module).unwrap();

        let socket = Daemon::socket_in(dir);
        let binary = which("speech-dispatcher").unwrap_or_else(|| {
            panic!("speech-dispatcher is not installed: `make test` installs it (Makefile APT_PACKAGES)")
        });
        let child = Command::new(binary)
            .args([
                "--run-single",
                "--timeout",
                "0",
                "--communication-method",
                "unix_socket",
            ])
            .arg("--socket-path")
            .arg(&socket)
            .arg("--config-dir")
            .arg(&conf)
            .arg("--pid-file")
            .arg(dir.join("speechd.pid"))
            .env("HOME", dir)
            .env("XDG_RUNTIME_DIR", dir.join("run"))
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_CACHE_HOME", dir.join("cache"))
            .env_remove("SPEECHD_ADDRESS")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("stderr")).unwrap())
            .spawn()
            .expect("speech-dispatcher starts");
        let mut daemon = Daemon {
            child,
            dir: dir.to_owned(),
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        while !socket.exists() {
            if let Ok(Some(status)) = daemon.child.try_wait() {
                panic!(
                    "the test's speech-dispatcher exited ({status}) before opening its socket:\n{}",
                    daemon.logs()
                );
            }
            assert!(
                Instant::now() < deadline,
                "the test's speech-dispatcher did not open {} within 15 s:\n{}",
                socket.display(),
                daemon.logs()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        daemon
    }

    fn socket_in(dir: &Path) -> PathBuf {
        dir.join("speechd.sock")
    }

    fn address(&self) -> String {
        format!("unix_socket:{}", Daemon::socket_in(&self.dir).display())
    }

    /// What the module was asked to speak, in order.
    fn heard(&self) -> Vec<Heard> {
        let raw = std::fs::read_to_string(self.dir.join("heard")).unwrap_or_default();
        raw.split('\u{1e}')
            .filter(|r| !r.is_empty())
            .map(|record| {
                let mut fields = record.splitn(3, '\u{1f}').map(str::to_owned);
                Heard {
                    language: fields.next().unwrap_or_default(),
                    voice: fields.next().unwrap_or_default(),
                    text: fields.next().unwrap_or_default(),
                }
            })
            .collect()
    }

    /// Waits until what was heard after the first `before` utterances is `expected`, with
    /// whitespace ignored (the module may cut a text in chunks), and returns those utterances.
    fn wait_to_hear(&self, before: usize, expected: &str) -> Vec<Heard> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let new: Vec<Heard> = self.heard().into_iter().skip(before).collect();
            let text: String = new.iter().map(|h| h.text.as_str()).collect();
            if squeeze(&text) == squeeze(expected) {
                return new;
            }
            assert!(
                Instant::now() < deadline,
                "the daemon did not hear {expected:?}; it heard {new:?}\n{}",
                self.logs()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn logs(&self) -> String {
        let mut out = String::new();
        for name in ["stderr", "log/speech-dispatcher.log", "log/avenir-test.log"] {
            let text = std::fs::read_to_string(self.dir.join(name)).unwrap_or_default();
            let tail: Vec<&str> = text.lines().rev().take(40).collect();
            out.push_str(&format!("--- {name}\n"));
            for line in tail.into_iter().rev() {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.stop();
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .chain([PathBuf::from("/usr/bin"), PathBuf::from("/usr/sbin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Text without its whitespace, in compatibility form: speech-dispatcher normalises what it
/// passes on (the Armenian ligature `և` reaches the synthesiser as `եւ`).
fn squeeze(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// The question and its help of `field`, as shown.
fn question_text(s: &Session, field: &str) -> String {
    s.execute(
        r#"const f = document.querySelector(`[data-testid=field-${arguments[0]}]`);
           const help = f.querySelector(`[id$="-${arguments[0]}-help"]`);
           return f.querySelector('h3').textContent + '\n' + (help ? help.textContent : '');"#,
        json!([field]),
    )
    .as_str()
    .unwrap()
    .to_owned()
}

/// Presses the read-aloud button of `field`'s question.
fn read_question(s: &Session, field: &str) {
    let css = format!("[data-testid=field-{field}] [data-testid=read-aloud-question]");
    s.click(&s.get_css(&css));
}

#[test]
fn read_aloud_speaks_the_question_in_its_language_through_speech_dispatcher() {
    let sandbox = demo_sandbox();
    let mut daemon = Daemon::start(&sandbox.path().join("speechd"));
    let launch = Launch::lang("en_GB.UTF-8")
        .with_env("SPEECHD_ADDRESS", &daemon.address())
        .with_env("SPEECHD_CMD", "/bin/false");
    let app = App::launch_in(&sandbox, launch);
    let s = &app.session;
    app.unlock("client-list");

    let client = app.client_id("DEMO-P4-ZUFE");
    s.click(&s.get(&format!("client-row-{client}")));
    app.wait_testid("client-overview");
    s.click(&s.get("session-new"));
    app.wait_testid("session-exercises");
    s.click(&s.get("exercise-open-where-i-stand"));
    app.wait_testid("exercise-view");
    s.select_option("exercise-language", "fr");
    s.wait_for_text_containing("exercise-title", &ftl("fr", "ex-where-i-stand-title"));
    s.wait_for_attribute("exercise-view", "lang", "fr");

    // An answer beside the question: on screen, never read.
    s.send_keys(&s.get("text-feel-now"), ANSWER);

    // The question in French, with language fr and the French voice.
    let label = ftl("fr", "ex-where-i-stand-stage");
    let shown = question_text(s, "stage");
    assert!(shown.starts_with(&label), "{shown}");
    assert!(
        shown.contains(&ftl("fr", "ex-where-i-stand-stage-help")),
        "{shown}"
    );
    read_question(s, "stage");
    let heard = daemon.wait_to_hear(0, &shown);
    assert!(
        heard
            .iter()
            .all(|h| h.language == "fr" && h.voice == "avenir-fr"),
        "{heard:?}"
    );
    // The button is let go once the daemon has said it all.
    s.wait_for_attribute("read-aloud-question", "aria-pressed", "false");

    let feel = question_text(s, "feel-now");
    read_question(s, "feel-now");
    let heard_feel = daemon.wait_to_hear(heard.len(), &feel);
    assert!(
        heard_feel.iter().all(|h| h.language == "fr"),
        "{heard_feel:?}"
    );
    let everything: String = daemon.heard().into_iter().map(|h| h.text).collect();
    assert!(!everything.contains("SPEECH-ANSWER-MARKER"), "{everything}");
    app.screenshot("read-aloud-french");

    // Armenian: no voice. The app says so and reads nothing…
    s.select_option("exercise-language", "hy");
    s.wait_for_text_containing("exercise-title", &ftl("hy", "ex-where-i-stand-title"));
    let before = daemon.heard().len();
    read_question(s, "stage");
    let said = s.wait_for_text_containing("read-aloud-no-voice", &ftl("hy", "language-name"));
    let english = ftl("en", "speech-no-voice");
    let lead = english.split('{').next().unwrap().trim();
    assert!(said.contains(lead), "{said} / {lead}");
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(
        daemon.heard().len(),
        before,
        "nothing is read without a voice"
    );
    app.screenshot("read-aloud-no-voice");

    // …until the counsellor picks another voice.
    let armenian = question_text(s, "stage");
    s.select_option("read-aloud-voice", "avenir-en");
    s.click(&s.get("read-aloud-use-voice"));
    let heard_hy = daemon.wait_to_hear(before, &armenian);
    assert!(
        heard_hy
            .iter()
            .all(|h| h.voice == "avenir-en" && h.language == "en"),
        "{heard_hy:?}"
    );
    s.wait_gone("read-aloud-choice");
    s.wait_for_attribute("read-aloud-question", "aria-pressed", "false");

    // The speech service goes away: the button says reading aloud is not available.
    daemon.stop();
    s.select_option("exercise-language", "fr");
    s.wait_for_text_containing("exercise-title", &ftl("fr", "ex-where-i-stand-title"));
    read_question(s, "stage");
    s.wait_for_text("read-aloud-error", &ftl("en", "speech-unavailable"));
    s.wait_for_attribute("read-aloud-question", "aria-pressed", "false");
    app.screenshot("read-aloud-unavailable");
}

#[test]
fn the_package_and_make_bring_what_reading_aloud_needs() {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("src-tauri/app/tauri.conf.json")).unwrap(),
    )
    .unwrap();
    let deb = &conf["bundle"]["linux"]["deb"];
    assert!(
        deb["depends"]
            .as_array()
            .is_some_and(|d| d.iter().any(|p| p == "libspeechd2")),
        "{deb}"
    );
    let makefile = std::fs::read_to_string(root().join("Makefile")).unwrap();
    let packages = makefile
        .split("APT_PACKAGES :=")
        .nth(1)
        .and_then(|rest| rest.split("\nSUDO").next())
        .unwrap_or_default()
        .to_owned();
    for package in [
        "libclang-dev",
        "libspeechd-dev",
        "speech-dispatcher",
        "speech-dispatcher-espeak-ng",
        "espeak-ng",
    ] {
        assert!(
            packages.split_whitespace().any(|p| p == package),
            "the Makefile does not install {package}"
        );
    }
}
