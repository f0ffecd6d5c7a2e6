//! Read aloud: thin commands over [`crate::speech::Speech`]. The texts are content the UI shows
//! (never answers or notes); each command runs off the UI thread, as the speech service may
//! take a moment to start.

use serde::Serialize;
use tauri::{AppHandle, Manager};
use ts_rs::TS;

use crate::commands::Reply;
use crate::error::CommandError;
use crate::speech::{Speech, SpeechError, Voice};

/// A voice the counsellor may choose when the text's language has none.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VoiceDto {
    pub id: String,
    /// Its name as the operating system shows it.
    pub name: String,
    /// BCP 47 tag of its language.
    pub language: String,
}

impl From<Voice> for VoiceDto {
    fn from(v: Voice) -> Self {
        VoiceDto {
            id: v.id,
            name: v.name,
            language: v.language,
        }
    }
}

/// Whether a text is being read aloud.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SpeechStatusDto {
    pub speaking: bool,
}

/// Runs `job` on a blocking thread with the speech service.
async fn with_speech<T: Send + 'static>(
    app: AppHandle,
    job: impl FnOnce(&Speech) -> Result<T, SpeechError> + Send + 'static,
) -> Reply<T> {
    let speech = app.state::<Speech>().inner().clone();
    tauri::async_runtime::spawn_blocking(move || job(&speech))
        .await
        .map_err(|_| CommandError::from(SpeechError::Failed))?
        .map_err(CommandError::from)
}

/// The voices of the system's speech service (read aloud's voice choice).
#[tauri::command]
pub async fn speech_voices(app: AppHandle) -> Reply<Vec<VoiceDto>> {
    with_speech(app, |s| {
        s.voices()
            .map(|voices| voices.into_iter().map(VoiceDto::from).collect())
    })
    .await
}

/// Reads `text` aloud in `locale`, with the voice the counsellor chose if `voice` is given.
#[tauri::command]
pub async fn speak(
    app: AppHandle,
    text: String,
    locale: String,
    voice: Option<String>,
) -> Reply<()> {
    with_speech(app, move |s| s.speak(text, locale, voice)).await
}

#[tauri::command]
pub async fn stop_speaking(app: AppHandle) -> Reply<()> {
    with_speech(app, |s| s.stop()).await
}

#[tauri::command]
pub async fn speech_status(app: AppHandle) -> Reply<SpeechStatusDto> {
    with_speech(app, |s| {
        Ok(SpeechStatusDto {
            speaking: s.speaking(),
        })
    })
    .await
}
