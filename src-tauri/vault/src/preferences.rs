use std::path::{Path, PathBuf};

use crate::{VaultError, write_atomically};

/// Device preferences that are not secret and are needed before any vault is unlocked.
/// Nothing about clients ever goes here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preferences {
    /// The interface language the user chose (a BCP 47 tag), if they chose one.
    pub ui_language: Option<String>,
    /// The name of the display the projector window last went full screen on.
    pub projector_monitor: Option<String>,
    /// How the interface is drawn on this device: text size and contrast.
    pub display: DisplaySettings,
}

/// How the interface is drawn on this device (not secret: read before any vault is unlocked).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DisplaySettings {
    pub text_size: TextSize,
    /// The high-contrast palette instead of the calm one.
    pub high_contrast: bool,
}

/// The interface's text size in percent of the normal size: 100 to 200, in steps of 25.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSize(u16);

impl TextSize {
    pub const NORMAL: TextSize = TextSize(100);
    pub const LARGEST: TextSize = TextSize(200);
    pub const STEP: u16 = 25;

    /// `percent` as a text size, or `None` when it is not one of 100, 125, … 200.
    pub fn new(percent: u16) -> Option<Self> {
        (Self::NORMAL.0..=Self::LARGEST.0)
            .contains(&percent)
            .then_some(percent)
            .filter(|p| p % Self::STEP == 0)
            .map(TextSize)
    }

    pub fn percent(self) -> u16 {
        self.0
    }
}

impl Default for TextSize {
    fn default() -> Self {
        Self::NORMAL
    }
}

/// The preferences file in Avenir's data directory: `key = value` lines, UTF-8.
#[derive(Debug, Clone)]
pub struct PreferencesStore {
    path: PathBuf,
}

const FILE_NAME: &str = "preferences";
const MAX_LEN: u64 = 64 * 1024;

impl PreferencesStore {
    pub fn in_dir(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(FILE_NAME),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the preferences; a missing file means the defaults.
    pub fn load(&self) -> Result<Preferences, VaultError> {
        let unreadable = |source| VaultError::PreferencesUnreadable {
            path: self.path.clone(),
            source,
        };
        let invalid = |detail: &str| VaultError::PreferencesInvalid {
            path: self.path.clone(),
            detail: detail.into(),
        };
        match std::fs::metadata(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Preferences::default()),
            Err(e) => return Err(unreadable(e)),
            Ok(m) if m.len() > MAX_LEN => return Err(invalid("larger than 64 KiB")),
            Ok(_) => {}
        }
        let bytes = std::fs::read(&self.path).map_err(unreadable)?;
        let text = String::from_utf8(bytes).map_err(|_| invalid("not UTF-8"))?;
        let mut prefs = Preferences::default();
        for line in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| invalid("a line without `=`"))?;
            // Keys written by a newer Avenir are ignored, not refused.
            match key.trim() {
                "ui_language" => {
                    prefs.ui_language = Some(value.trim().to_owned()).filter(|v| is_tag(v));
                }
                "projector_monitor" => {
                    prefs.projector_monitor =
                        Some(value.trim().to_owned()).filter(|v| is_monitor_name(v));
                }
                // A value that is not a text size or a yes/no leaves the default: an edited or
                // damaged line never makes the interface unreadable.
                "text_size" => {
                    if let Some(size) = value.trim().parse().ok().and_then(TextSize::new) {
                        prefs.display.text_size = size;
                    }
                }
                "high_contrast" => {
                    if let Ok(on) = value.trim().parse() {
                        prefs.display.high_contrast = on;
                    }
                }
                _ => {}
            }
        }
        Ok(prefs)
    }

    pub fn save(&self, prefs: &Preferences) -> Result<(), VaultError> {
        let mut text = String::from("# Avenir device preferences (not secret, no client data).\n");
        if let Some(lang) = prefs.ui_language.as_deref().filter(|v| is_tag(v)) {
            text.push_str(&format!("ui_language = {lang}\n"));
        }
        if let Some(m) = prefs
            .projector_monitor
            .as_deref()
            .filter(|v| is_monitor_name(v))
        {
            text.push_str(&format!("projector_monitor = {m}\n"));
        }
        text.push_str(&format!(
            "text_size = {}\nhigh_contrast = {}\n",
            prefs.display.text_size.percent(),
            prefs.display.high_contrast
        ));
        write_atomically(&self.path, text.as_bytes()).map_err(|source| {
            VaultError::PreferencesUnwritable {
                path: self.path.clone(),
                source,
            }
        })
    }
}

/// A language tag: ASCII letters, digits and hyphens, at most 35 characters (BCP 47's practical limit).
/// A display name as the system reports it (e.g. `HDMI-1`): printable, one line, short.
fn is_monitor_name(v: &str) -> bool {
    !v.is_empty() && v.len() <= 64 && !v.chars().any(char::is_control) && v.trim() == v
}

fn is_tag(v: &str) -> bool {
    !v.is_empty() && v.len() <= 35 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use avenir_core::UserFacing;

    #[test]
    fn missing_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            PreferencesStore::in_dir(dir.path()).load().unwrap(),
            Preferences::default()
        );
    }

    #[test]
    fn language_choice_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = PreferencesStore::in_dir(dir.path());
        store
            .save(&Preferences {
                ui_language: Some("ar".into()),
                projector_monitor: Some("HDMI-1".into()),
                ..Preferences::default()
            })
            .unwrap();
        let loaded = store.load().unwrap();
        assert_eq!(loaded.ui_language.as_deref(), Some("ar"));
        assert_eq!(loaded.projector_monitor.as_deref(), Some("HDMI-1"));
        std::fs::write(store.path(), "projector_monitor = \u{7}bell\n").unwrap();
        assert_eq!(store.load().unwrap().projector_monitor, None);
    }

    #[test]
    fn unknown_keys_from_a_newer_version_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let store = PreferencesStore::in_dir(dir.path());
        std::fs::write(store.path(), "future_key = 1\nui_language = nl\n").unwrap();
        assert_eq!(store.load().unwrap().ui_language.as_deref(), Some("nl"));
    }

    #[test]
    fn display_settings_round_trip_beside_the_other_preferences() {
        let dir = tempfile::tempdir().unwrap();
        let store = PreferencesStore::in_dir(dir.path());
        assert_eq!(
            store.load().unwrap().display,
            DisplaySettings {
                text_size: TextSize::NORMAL,
                high_contrast: false
            },
            "the defaults: normal text, the calm palette"
        );
        for percent in [100, 125, 150, 175, 200] {
            let display = DisplaySettings {
                text_size: TextSize::new(percent).unwrap(),
                high_contrast: percent % 50 == 0,
            };
            store
                .save(&Preferences {
                    ui_language: Some("fr".into()),
                    display,
                    ..Preferences::default()
                })
                .unwrap();
            let loaded = store.load().unwrap();
            assert_eq!(loaded.display, display, "{percent} %");
            assert_eq!(loaded.ui_language.as_deref(), Some("fr"));
        }
    }

    #[test]
    fn only_the_five_text_sizes_exist() {
        let sizes: Vec<u16> = (0..=400)
            .filter_map(TextSize::new)
            .map(TextSize::percent)
            .collect();
        assert_eq!(sizes, [100, 125, 150, 175, 200]);
        assert_eq!(TextSize::default(), TextSize::NORMAL);
    }

    #[test]
    fn bad_display_values_in_the_file_keep_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = PreferencesStore::in_dir(dir.path());
        for (text_size, high_contrast) in [
            ("130", "maybe"),
            ("250", "1"),
            ("75", "yes"),
            ("-100", "TRUE "),
            ("150%", ""),
            ("１５０", "on"),
        ] {
            std::fs::write(
                store.path(),
                format!(
                    "ui_language = nl\ntext_size = {text_size}\nhigh_contrast = {high_contrast}\n"
                ),
            )
            .unwrap();
            let loaded = store.load().unwrap();
            assert_eq!(
                loaded.display,
                DisplaySettings::default(),
                "{text_size:?} / {high_contrast:?}"
            );
            assert_eq!(
                loaded.ui_language.as_deref(),
                Some("nl"),
                "the rest still reads"
            );
        }
        std::fs::write(store.path(), "text_size = 175\nhigh_contrast = true\n").unwrap();
        assert_eq!(
            store.load().unwrap().display,
            DisplaySettings {
                text_size: TextSize::new(175).unwrap(),
                high_contrast: true
            }
        );
    }

    #[test]
    fn damaged_files_are_reported_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let store = PreferencesStore::in_dir(dir.path());
        std::fs::write(store.path(), [0xff, 0xfe, 0x00]).unwrap();
        let err = store.load().unwrap_err();
        assert_eq!(err.message_id(), "error-preferences-unreadable");
        std::fs::write(store.path(), "garbage").unwrap();
        assert!(store.load().is_err());
        std::fs::write(store.path(), "ui_language = ../../etc\n").unwrap();
        assert_eq!(
            store.load().unwrap().ui_language,
            None,
            "a non-tag value is dropped"
        );
    }

    #[test]
    fn an_unwritable_location_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").unwrap();
        let store = PreferencesStore::in_dir(&blocker.join("below-a-file"));
        let err = store
            .save(&Preferences {
                ui_language: Some("fr".into()),
                ..Preferences::default()
            })
            .unwrap_err();
        assert_eq!(err.code(), "preferences_unwritable");
    }
}
