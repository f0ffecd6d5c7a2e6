//! Windows and macOS: the operating system's own voices through `tts` (WinRT speech synthesis,
//! AVFoundation). A voice there belongs to one language, so choosing the voice chooses the
//! language. Not built on the Linux machines that build and test Avenir (PACKAGING.md).

use tts::Tts;

use super::{Engine, EngineError, Voice};

pub(super) struct System {
    tts: Tts,
    /// The system's voices as last listed, to hand one back to `set_voice`.
    listed: Vec<tts::Voice>,
}

impl System {
    pub(super) fn connect() -> Result<Self, EngineError> {
        let tts = Tts::default().map_err(|e| EngineError::Unreachable(e.to_string()))?;
        Ok(System {
            tts,
            listed: Vec::new(),
        })
    }
}

impl Engine for System {
    fn voices(&mut self) -> Result<Vec<Voice>, EngineError> {
        self.listed = self
            .tts
            .voices()
            .map_err(|e| EngineError::Failed(e.to_string()))?;
        Ok(self
            .listed
            .iter()
            .map(|v| Voice {
                id: v.id(),
                name: v.name(),
                language: v.language().as_str().to_owned(),
                variant: false,
            })
            .collect())
    }

    fn speak(&mut self, text: &str, voice: &Voice) -> Result<(), EngineError> {
        if !self.listed.iter().any(|v| v.id() == voice.id) {
            self.voices()?;
        }
        let chosen = self
            .listed
            .iter()
            .find(|v| v.id() == voice.id)
            .cloned()
            .ok_or_else(|| EngineError::Failed("the voice is gone".into()))?;
        self.tts
            .set_voice(&chosen)
            .map_err(|e| EngineError::Failed(e.to_string()))?;
        self.tts
            .speak(text, true)
            .map_err(|e| EngineError::Failed(e.to_string()))?;
        Ok(())
    }

    fn stop(&mut self) -> Result<(), EngineError> {
        self.tts
            .stop()
            .map_err(|e| EngineError::Failed(e.to_string()))?;
        Ok(())
    }

    fn speaking(&mut self) -> bool {
        self.tts.is_speaking().unwrap_or(false)
    }
}
