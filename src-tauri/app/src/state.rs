//! The app's state and the few operations that combine crates (the language preference joins
//! i18n and the preferences file). Commands call exactly one of these.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use avenir_content::{Library, Organisation};
use avenir_core::{ErrorArg, UserFacing};
use avenir_i18n::{Catalogues, I18nError, UiCatalogue};
use avenir_vault::{PreferencesStore, Profiles, VaultError};

use crate::vaults::{SessionError, Vaults};

/// Key derivation at vault creation is calibrated to take about this long on this machine.
const KDF_TARGET: std::time::Duration = std::time::Duration::from_secs(1);

/// When set, the first `frontend_ready` prints this line to standard output, so
/// `avenir-cli bench startup` can time the first rendered screen.
pub const STARTUP_PROBE_ENV: &str = "AVENIR_STARTUP_PROBE";
pub const STARTUP_PROBE_LINE: &str = "avenir:frontend-ready";

/// The organisation's content folder inside the data directory (`assets/content/README.md`).
pub const CONTENT_DIR: &str = "content";

pub struct AppState {
    pub vaults: Vaults,
    catalogues: Catalogues,
    preferences: PreferencesStore,
    frontend_ready: AtomicBool,
    /// The organisation's own content folder, read at start (its texts are in `catalogues`).
    organisation: Organisation,
    /// Exercises and cards, parsed and checked on first use (not at start: start-up stays fast).
    library: OnceLock<Library>,
}

/// Switching language fails when the language is unknown or the choice cannot be saved.
#[derive(Debug, thiserror::Error)]
pub enum LanguageError {
    #[error(transparent)]
    Locale(#[from] I18nError),
    #[error(transparent)]
    Save(#[from] VaultError),
}

impl UserFacing for LanguageError {
    fn code(&self) -> &'static str {
        self.inner().code()
    }
    fn message_id(&self) -> &'static str {
        self.inner().message_id()
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        self.inner().args()
    }
}

impl LanguageError {
    fn inner(&self) -> &dyn UserFacing {
        match self {
            LanguageError::Locale(e) => e,
            LanguageError::Save(e) => e,
        }
    }
}

impl AppState {
    pub fn new(data_dir: PathBuf) -> Self {
        let organisation = Organisation::read(&data_dir.join(CONTENT_DIR));
        let catalogues =
            Catalogues::embedded().with_organisation(organisation.locales.iter().cloned());
        Self {
            vaults: Vaults::new(Profiles::in_data_dir(&data_dir), KDF_TARGET),
            catalogues,
            preferences: PreferencesStore::in_dir(&data_dir),
            frontend_ready: AtomicBool::new(false),
            organisation,
            library: OnceLock::new(),
        }
    }

    /// The user's saved choice, else the operating system's languages, else English.
    pub fn current_catalogue(&self) -> Result<UiCatalogue, I18nError> {
        let saved = match self.preferences.load() {
            Ok(p) => p.ui_language,
            Err(e) => {
                log::warn!("{e}");
                None
            }
        };
        let mut requested: Vec<String> = saved.into_iter().collect();
        requested.extend(avenir_i18n::os_locales());
        self.catalogues
            .ui_catalogue(&self.catalogues.negotiate(&requested))
    }

    /// The catalogue of `tag` for content shown to the person; the interface language stays.
    pub fn content_catalogue(&self, tag: &str) -> Result<UiCatalogue, I18nError> {
        self.catalogues.ui_catalogue(tag)
    }

    /// The shipped exercises and cards with the organisation's, and every problem found.
    pub fn library(&self) -> &Library {
        self.library
            .get_or_init(|| Library::checked(&self.organisation, &self.catalogues))
    }

    /// Decodes, turns upright and re-encodes an image without metadata (`avenir-media`), then
    /// stores it in the client's album. Refused before any decoding when no vault is open.
    pub fn import_photo(
        &self,
        client_id: i64,
        bytes: &[u8],
        now: &str,
    ) -> Result<avenir_vault::album::PhotoRecord, SessionError> {
        self.vaults.with_vault(|_| Ok(()))?;
        let imported = avenir_media::import(bytes, &avenir_media::Limits::default())?;
        let photo = avenir_vault::album::NewPhoto {
            image: &imported.image,
            width: imported.width,
            height: imported.height,
            thumb: &imported.thumb,
            thumb_width: imported.thumb_width,
            thumb_height: imported.thumb_height,
        };
        self.vaults
            .with_vault(|v| avenir_vault::album::add_photo(v.conn(), client_id, photo, now))
    }

    /// The display the projector window used last time, if saved.
    pub fn projector_monitor(&self) -> Option<String> {
        self.preferences
            .load()
            .ok()
            .and_then(|p| p.projector_monitor)
    }

    /// Remembers the projector's display for next time (a failure to save is only logged).
    pub fn remember_projector_monitor(&self, name: &str) {
        let mut prefs = self.preferences.load().unwrap_or_default();
        prefs.projector_monitor = Some(name.to_owned());
        if let Err(e) = self.preferences.save(&prefs) {
            log::warn!("{e}");
        }
    }

    /// Switches the interface language and remembers the choice on this device.
    pub fn choose_language(&self, tag: &str) -> Result<UiCatalogue, LanguageError> {
        let catalogue = self.catalogues.ui_catalogue(tag)?;
        let mut prefs = self.preferences.load().unwrap_or_default();
        prefs.ui_language = Some(catalogue.locale.clone());
        self.preferences.save(&prefs)?;
        Ok(catalogue)
    }

    /// A passphrase of random words in the interface language (English when it has no list).
    pub fn generate_passphrase(&self) -> Result<String, VaultError> {
        let locale = self
            .current_catalogue()
            .map(|c| c.locale)
            .unwrap_or_default();
        avenir_vault::passphrase::generate(&locale)
    }

    pub fn mark_frontend_ready(&self) {
        let first = !self.frontend_ready.swap(true, Ordering::SeqCst);
        if first && std::env::var_os(STARTUP_PROBE_ENV).is_some() {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{STARTUP_PROBE_LINE}");
            let _ = out.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_choice_wins_over_the_operating_system() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().to_owned());
        assert_eq!(state.choose_language("ar").unwrap().locale, "ar");
        let again = AppState::new(dir.path().to_owned());
        assert_eq!(again.current_catalogue().unwrap().locale, "ar");
    }

    #[test]
    fn an_unknown_language_is_refused_and_not_saved() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().to_owned());
        state.choose_language("fr").unwrap();
        let err = state.choose_language("tlh").unwrap_err();
        assert_eq!(err.message_id(), "error-unknown-locale");
        assert_eq!(state.current_catalogue().unwrap().locale, "fr");
    }
}
