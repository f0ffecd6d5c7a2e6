//! Linux: speech-dispatcher through libspeechd (the `speech-dispatcher` crate, which `tts` uses
//! on Linux too). Each text is sent with its language and its voice, so the daemon and its
//! synthesiser (espeak-ng…) read French as French.
//!
//! libspeechd finds the daemon at `SPEECHD_ADDRESS` or in the user's runtime folder, and starts
//! one when none runs (autospawn). An address on the network is refused here.

use std::sync::{Arc, Mutex};

use speech_dispatcher::{Connection, Mode, Priority};

use super::{Engine, EngineError, Voice};

/// Which message is being read: set when one is sent, cleared when the daemon reports its end
/// or its cancellation (from libspeechd's event thread).
#[derive(Default)]
struct Progress {
    current: Option<u64>,
    /// Messages that ended before `say` returned their id.
    ended: Vec<u64>,
}

pub(super) struct Dispatcher {
    connection: Connection,
    progress: Arc<Mutex<Progress>>,
}

impl Dispatcher {
    pub(super) fn connect() -> Result<Self, EngineError> {
        let address = std::env::var("SPEECHD_ADDRESS").ok();
        if !is_local(address.as_deref()) {
            return Err(EngineError::Unreachable(
                "SPEECHD_ADDRESS names a network address".into(),
            ));
        }
        let connection = Connection::open("avenir", "read-aloud", "avenir", Mode::Threaded)
            .map_err(|e| EngineError::Unreachable(e.to_string()))?;
        let progress = Arc::new(Mutex::new(Progress::default()));
        connection.on_end(Some(finished(&progress)));
        connection.on_cancel(Some(finished(&progress)));
        Ok(Dispatcher {
            connection,
            progress,
        })
    }
}

/// The callback of a message's end or cancellation (`Connection::open` has turned the daemon's
/// notifications on). It runs on libspeechd's event thread and must not panic.
fn finished(progress: &Arc<Mutex<Progress>>) -> Box<dyn FnMut(usize, usize)> {
    let progress = Arc::clone(progress);
    Box::new(move |message, _client| {
        if let Ok(mut p) = progress.lock() {
            let message = message as u64;
            if p.current == Some(message) {
                p.current = None;
            } else if p.ended.len() < 64 {
                p.ended.push(message);
            }
        }
    })
}

/// Only a Unix socket: unset, `unix_socket` or `unix_socket:/path` (libspeechd's forms).
fn is_local(address: Option<&str>) -> bool {
    match address {
        None => true,
        Some(a) => {
            let method = a.split(':').next().unwrap_or_default();
            method.is_empty() || method == "unix_socket"
        }
    }
}

impl Engine for Dispatcher {
    fn voices(&mut self) -> Result<Vec<Voice>, EngineError> {
        let listed = self
            .connection
            .list_synthesis_voices()
            .map_err(|e| EngineError::Failed(e.to_string()))?;
        Ok(listed
            .into_iter()
            .map(|v| Voice {
                id: v.name.clone(),
                name: v.name,
                language: v.language,
                variant: v.variant.is_some(),
            })
            .collect())
    }

    fn speak(&mut self, text: &str, voice: &Voice) -> Result<(), EngineError> {
        let failed = |what: &str| EngineError::Failed(what.to_owned());
        self.connection.cancel().map_err(|_| failed("cancel"))?;
        // The language first: the daemon may choose its output module by language, and the
        // voice's own language keeps the synthesiser and the voice in agreement.
        self.connection
            .set_language(voice.language.as_str())
            .map_err(|_| failed("set language"))?;
        self.connection
            .set_synthesis_voice(&speech_dispatcher::Voice {
                name: voice.id.clone(),
                language: voice.language.clone(),
                variant: None,
            })
            .map_err(|_| failed("set voice"))?;
        // `Message`: queued before ordinary text and notifications, yet a screen reader's own
        // important messages still come first.
        let message = self
            .connection
            .say(Priority::Message, text)
            .ok_or_else(|| failed("say"))?;
        if let Ok(mut p) = self.progress.lock() {
            let ended = p.ended.contains(&message);
            p.ended.clear();
            p.current = (!ended).then_some(message);
        }
        Ok(())
    }

    fn stop(&mut self) -> Result<(), EngineError> {
        self.connection
            .cancel()
            .map_err(|e| EngineError::Failed(e.to_string()))?;
        if let Ok(mut p) = self.progress.lock() {
            p.current = None;
        }
        Ok(())
    }

    fn speaking(&mut self) -> bool {
        self.progress.lock().is_ok_and(|p| p.current.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_local_socket_may_carry_the_text() {
        assert!(is_local(None));
        assert!(is_local(Some("unix_socket")));
        assert!(is_local(Some(
            "unix_socket:/run/user/1000/speech-dispatcher/speechd.sock"
        )));
        assert!(!is_local(Some("inet_socket")));
        assert!(!is_local(Some("inet_socket:192.0.2.1:6560")));
        assert!(!is_local(Some("inet_socket:127.0.0.1")));
        assert!(!is_local(Some("dbus")));
    }
}
