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
