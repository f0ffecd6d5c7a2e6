//! How the interface is drawn on this device: the text size and the high-contrast palette. Device
//! preferences like the interface language: not secret, read before any vault is unlocked, kept
//! beside the profiles (never in a vault, never in a backup or a handover).

use avenir_core::InvalidInput;
use avenir_vault::{DisplaySettings, TextSize};

use crate::{ApiError, Avenir};

impl Avenir {
    /// The saved display settings; the defaults when none are saved or the file cannot be read
    /// (the interface must come up readable whatever the preferences file holds).
    pub fn display(&self) -> DisplaySettings {
        match self.preferences.load() {
            Ok(p) => p.display,
            Err(e) => {
                log::warn!("{e}");
                DisplaySettings::default()
            }
        }
    }

    /// Saves the text size (`text_size` percent: 100, 125, … 200) and the palette for this
    /// device. A text size that is not one of those is refused and nothing is changed.
    pub fn set_display(
        &self,
        text_size: u16,
        high_contrast: bool,
    ) -> Result<DisplaySettings, ApiError> {
        let text_size = TextSize::new(text_size).ok_or(InvalidInput("text_size"))?;
        let display = DisplaySettings {
            text_size,
            high_contrast,
        };
        let mut prefs = self.preferences.load().unwrap_or_default();
        prefs.display = display;
        self.preferences.save(&prefs)?;
        Ok(display)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use avenir_core::UserFacing;

    use super::*;
    use crate::Env;

    #[test]
    fn the_display_settings_are_remembered_by_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        assert_eq!(app.display(), DisplaySettings::default());
        app.choose_language("ar").unwrap();
        let saved = app.set_display(150, true).unwrap();
        assert_eq!(saved.text_size.percent(), 150);
        assert!(saved.high_contrast);
        drop(app);
        let again = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        assert_eq!(again.display(), saved);
        assert_eq!(
            again.current_catalogue().unwrap().locale,
            "ar",
            "the language is kept beside them"
        );
    }

    #[test]
    fn a_bad_text_size_is_refused_and_the_saved_settings_stay() {
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        let saved = app.set_display(175, true).unwrap();
        for bad in [0, 99, 110, 130, 225, 1000, u16::MAX] {
            let err = app.set_display(bad, false).unwrap_err();
            assert_eq!(err.code(), "field_invalid", "{bad}");
            assert_eq!(err.message_id(), "error-field-invalid");
            assert_eq!(app.display(), saved, "{bad} changed nothing");
        }
    }

    #[test]
    fn an_unreadable_preferences_file_gives_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        std::fs::write(dir.path().join("preferences"), [0xff, 0xfe]).unwrap();
        assert_eq!(app.display(), DisplaySettings::default());
    }
}
