//! Read aloud: content texts (an exercise's title and questions, a pathway card, a slide) spoken
//! in their language by the operating system's own offline speech service — speech-dispatcher
//! on Linux (espeak-ng or another local synthesiser), WinRT on Windows, AVFoundation on macOS.
//!
//! What it may say and to whom:
//! - Only what the UI hands over, which is content in the language it is shown in, never an
//!   answer or a note (the UI's `lib/speech.ts` builds the texts; its tests hold it to that).
//! - Never a network voice: the service is reached over a local socket or the system's API;
//!   a speech-dispatcher address on the network (`SPEECHD_ADDRESS=inet_socket:…`) is refused,
//!   so no text leaves the computer through a remote daemon.
//! - When the service has no voice for the language, nothing is spoken: the counsellor is told
//!   and may pick another voice herself. The choice lives in the UI's memory only.
//!
//! The service runs on a thread of its own (the Windows and macOS engines stay on the thread
//! that made them); it connects on the first use, not at start-up, and again after a lost
//! connection (speech-dispatcher restarted). When it cannot be reached the commands answer
//! `speech_unavailable` and nothing else happens.

mod voices;

#[cfg(target_os = "linux")]
mod dispatcher;
#[cfg(not(target_os = "linux"))]
mod system;

use std::sync::mpsc;
use std::time::Duration;

use avenir_api::core::UserFacing;

pub use voices::{Voice, home_region, offered, pick};

/// Longest text read in one go (a long pathway card is about 6,000 characters).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// How long a command waits for the speech service before saying it is not available.
const REPLY_TIMEOUT: Duration = Duration::from_secs(15);

/// Why a text was not read aloud. Never carries the text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpeechError {
    #[error("the speech service cannot be reached")]
    Unavailable,
    #[error("no voice for {0}")]
    NoVoice(String),
    #[error("the chosen voice is gone")]
    VoiceGone,
    #[error("the text is too long to read aloud")]
    TooLong,
    #[error("the speech service failed")]
    Failed,
}

impl UserFacing for SpeechError {
    fn code(&self) -> &'static str {
        match self {
            SpeechError::Unavailable => "speech_unavailable",
            SpeechError::NoVoice(_) => "speech_no_voice",
            SpeechError::VoiceGone => "speech_voice_gone",
            SpeechError::TooLong => "speech_too_long",
            SpeechError::Failed => "speech_failed",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            SpeechError::Unavailable => "speech-unavailable",
            SpeechError::NoVoice(_) => "speech-no-voice",
            SpeechError::VoiceGone => "speech-voice-gone",
            SpeechError::TooLong | SpeechError::Failed => "speech-failed",
        }
    }
    fn args(&self) -> Vec<(&'static str, avenir_api::core::ErrorArg)> {
        match self {
            // The language's tag (a content language, never client data).
            SpeechError::NoVoice(tag) => {
                vec![("language", avenir_api::core::ErrorArg::Text(tag.clone()))]
            }
            _ => Vec::new(),
        }
    }
}

/// What a speech engine reports when a call fails.
#[derive(Debug, thiserror::Error)]
pub(crate) enum EngineError {
    /// The service could not be reached (or may not be used: a network address).
    #[error("not reachable: {0}")]
    Unreachable(String),
    /// The call failed; the connection may be gone.
    #[error("failed: {0}")]
    Failed(String),
}

/// A platform's speech service, owned by the speech thread.
pub(crate) trait Engine {
    /// Every voice the service lists, variants included.
    fn voices(&mut self) -> Result<Vec<Voice>, EngineError>;
    /// Stops what is being said and says `text` with `voice` (in the voice's language).
    fn speak(&mut self, text: &str, voice: &Voice) -> Result<(), EngineError>;
    fn stop(&mut self) -> Result<(), EngineError>;
    /// Whether the last text is still being said.
    fn speaking(&mut self) -> bool;
}

#[cfg(target_os = "linux")]
fn connect() -> Result<Box<dyn Engine>, EngineError> {
    dispatcher::Dispatcher::connect().map(|d| Box::new(d) as Box<dyn Engine>)
}

#[cfg(not(target_os = "linux"))]
fn connect() -> Result<Box<dyn Engine>, EngineError> {
    system::System::connect().map(|s| Box::new(s) as Box<dyn Engine>)
}

type Job = Box<dyn FnOnce(&mut Worker) + Send>;

/// The read-aloud service (Tauri state): a handle to the speech thread.
#[derive(Clone)]
pub struct Speech {
    jobs: mpsc::Sender<Job>,
}

impl Speech {
    /// Starts the speech thread; it connects to the service on its first job.
    pub fn start() -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let home = home_region(&avenir_api::i18n::os_locales());
        let spawned = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || {
                let mut worker = Worker {
                    engine: None,
                    voices: None,
                    home,
                };
                for job in queue {
                    job(&mut worker);
                }
            });
        if let Err(e) = spawned {
            log::warn!("read aloud: the speech thread did not start: {e}");
        }
        Speech { jobs }
    }

    fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Worker) -> Result<T, SpeechError> + Send + 'static,
    ) -> Result<T, SpeechError> {
        let (reply, answer) = mpsc::channel();
        self.jobs
            .send(Box::new(move |worker| {
                let _ = reply.send(job(worker));
            }))
            .map_err(|_| SpeechError::Unavailable)?;
        answer
            .recv_timeout(REPLY_TIMEOUT)
            .unwrap_or(Err(SpeechError::Unavailable))
    }

    /// The voices worth offering (see [`offered`]), fresh from the service.
    pub fn voices(&self) -> Result<Vec<Voice>, SpeechError> {
        self.run(|w| {
            w.voices = None;
            w.voices()
        })
    }

    /// Reads `text` aloud in `language` (a BCP 47 tag) with the best voice for it, or with the
    /// voice `chosen` by the counsellor. Stops what was being read.
    pub fn speak(
        &self,
        text: String,
        language: String,
        chosen: Option<String>,
    ) -> Result<(), SpeechError> {
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(SpeechError::TooLong);
        }
        // A NUL cannot cross to the C library; nothing else is changed.
        let text = text.replace('\0', " ");
        if text.trim().is_empty() {
            return Ok(());
        }
        self.run(move |w| w.speak(&text, &language, chosen.as_deref()))
    }

    /// Stops reading (nothing happens when the service was never used). A service that fails
    /// to stop has gone away, and with it what it was reading: the connection is dropped.
    pub fn stop(&self) -> Result<(), SpeechError> {
        self.run(|w| {
            if let Some(Err(e)) = w.engine.as_mut().map(|engine| engine.stop()) {
                log::info!("read aloud: stop failed, the service is gone: {e}");
                w.engine = None;
                w.voices = None;
            }
            Ok(())
        })
    }

    /// Whether a text is being read.
    pub fn speaking(&self) -> bool {
        self.run(|w| Ok(w.engine.as_mut().is_some_and(|e| e.speaking())))
            .unwrap_or(false)
    }
}

/// The speech thread's state.
struct Worker {
    engine: Option<Box<dyn Engine>>,
    /// The offered voices, listed once per connection.
    voices: Option<Vec<Voice>>,
    /// The computer's region, preferred among regional voices.
    home: Option<String>,
}

impl Worker {
    /// Runs `call` on the engine, connecting first; after a failed call, connects once more and
    /// tries again (the daemon may have restarted).
    fn with_engine<T>(
        &mut self,
        mut call: impl FnMut(&mut dyn Engine) -> Result<T, EngineError>,
    ) -> Result<T, SpeechError> {
        for attempt in 0..2 {
            if self.engine.is_none() {
                match connect() {
                    Ok(engine) => self.engine = Some(engine),
                    Err(e) => {
                        log::info!("read aloud: no speech service: {e}");
                        return Err(SpeechError::Unavailable);
                    }
                }
            }
            let Some(engine) = self.engine.as_mut() else {
                return Err(SpeechError::Unavailable);
            };
            match call(engine.as_mut()) {
                Ok(value) => return Ok(value),
                Err(e) => {
                    log::info!("read aloud: call failed (attempt {attempt}): {e}");
                    self.engine = None;
                    self.voices = None;
                }
            }
        }
        Err(SpeechError::Failed)
    }

    fn voices(&mut self) -> Result<Vec<Voice>, SpeechError> {
        if let Some(voices) = &self.voices {
            return Ok(voices.clone());
        }
        let listed = offered(self.with_engine(|e| e.voices())?);
        self.voices = Some(listed.clone());
        Ok(listed)
    }

    fn speak(
        &mut self,
        text: &str,
        language: &str,
        chosen: Option<&str>,
    ) -> Result<(), SpeechError> {
        let voices = self.voices()?;
        let voice = match chosen {
            Some(id) => voices
                .iter()
                .find(|v| v.id == id)
                .ok_or(SpeechError::VoiceGone)?,
            None => pick(&voices, language, self.home.as_deref())
                .ok_or_else(|| SpeechError::NoVoice(language.to_owned()))?,
        }
        .clone();
        self.with_engine(|e| e.speak(text, &voice))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use avenir_api::i18n::{Catalogues, Localizer};

    #[test]
    fn every_error_has_a_message_in_each_counsellors_language() {
        let errors = [
            SpeechError::Unavailable,
            SpeechError::NoVoice("hy".into()),
            SpeechError::VoiceGone,
            SpeechError::TooLong,
            SpeechError::Failed,
        ];
        let catalogues = Catalogues::embedded();
        for locale in ["en", "fr", "nl", "ar"] {
            let l10n = Localizer::new(&catalogues, &[locale]);
            for e in &errors {
                let m = e.user_message();
                let args: Vec<_> = m
                    .args
                    .iter()
                    .map(|(k, v)| match v {
                        avenir_api::core::ErrorArg::Text(t) => {
                            (*k, avenir_api::i18n::FluentValue::from(t.as_str()))
                        }
                        avenir_api::core::ErrorArg::Number(n) => {
                            (*k, avenir_api::i18n::FluentValue::from(*n))
                        }
                    })
                    .collect();
                let text = l10n.format(m.message_id, &args);
                assert!(!text.contains("speech-"), "{locale}: {text}");
                assert!(!text.is_empty(), "{locale}: {}", m.message_id);
            }
        }
    }

    #[test]
    fn a_text_too_long_is_refused_before_the_service_is_asked() {
        let speech = Speech::start();
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            speech.speak(long, "fr".into(), None),
            Err(SpeechError::TooLong)
        );
        // Nothing to say: nothing is asked of the service either.
        assert_eq!(speech.speak("  \n".into(), "fr".into(), None), Ok(()));
        assert!(!speech.speaking());
    }

    #[test]
    fn the_no_voice_error_names_the_language_and_nothing_else() {
        let m = SpeechError::NoVoice("hy".into()).user_message();
        assert_eq!(m.code, "speech_no_voice");
        assert_eq!(m.args.len(), 1);
        assert_eq!(m.args[0].0, "language");
    }
}
