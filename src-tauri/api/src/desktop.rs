//! The desktop app's application: a data folder with its counsellor profiles, the device
//! preferences, the catalogues (shipped and the organisation's), the content library, and the
//! vault access. Every Tauri command is one call of a method here.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use avenir_content::{Library, Organisation};
use avenir_core::album::PageInput;
use avenir_core::client::ClientInput;
use avenir_core::content::Answer;
use avenir_core::course::Course;
use avenir_core::follow_up::ClientFilter;
use avenir_core::journal::JournalInput;
use avenir_i18n::{Catalogues, UiCatalogue};
use avenir_vault::album::{PageRecord, PhotoRecord, PhotoSize};
use avenir_vault::courses::CourseRecord;
use avenir_vault::{
    AnswerRecord, ClientRecord, ClientRow, ClientSort, ExerciseActivity, JournalRecord, NextStep,
    PreferencesStore, Profiles, SearchHit, Secret, SessionInput, SessionRecord, SessionText,
};
use zeroize::Zeroizing;

use crate::{Album, ApiError, Env, Overview, Rekeyed, VaultAccess, VaultStatus};

/// The organisation's content folder inside the data directory (`assets/content/README.md`).
pub const CONTENT_DIR: &str = "content";

/// Key derivation at vault creation is calibrated to take about this long on this machine.
pub const KDF_TARGET: Duration = Duration::from_secs(1);

pub struct Avenir {
    pub(crate) access: VaultAccess,
    catalogues: Catalogues,
    pub(crate) preferences: PreferencesStore,
    /// The organisation's own content folder, read at start (its texts are in `catalogues`).
    organisation: Organisation,
    /// Exercises, cards and plans, parsed and checked on first use (start-up stays fast).
    library: OnceLock<Library>,
    env: Env,
    backups: crate::backup_jobs::BackupJobs,
    /// The organisation's content folder (`<data>/content`): a starting directory may be there.
    pub(crate) content_dir: PathBuf,
}

impl Avenir {
    /// The application over the data folder `data_dir`, with vaults created at `kdf_target`.
    pub fn new(data_dir: &Path, env: Env, kdf_target: Duration) -> Self {
        let organisation = Organisation::read(&data_dir.join(CONTENT_DIR));
        let catalogues =
            Catalogues::embedded().with_organisation(organisation.locales.iter().cloned());
        let profiles = Profiles::in_data_dir(data_dir);
        // The owner's only (0700/0600), also what an older version left with the umask's modes.
        if let Err(e) = profiles.make_private() {
            log::warn!("the data folder could not be made private: {e}");
        }
        Self {
            access: VaultAccess::new(profiles, env.clone(), kdf_target),
            catalogues,
            preferences: PreferencesStore::in_dir(data_dir),
            organisation,
            library: OnceLock::new(),
            env,
            backups: Default::default(),
            content_dir: data_dir.join(CONTENT_DIR),
        }
    }

    pub fn env(&self) -> &Env {
        &self.env
    }

    pub(crate) fn access(&self) -> &VaultAccess {
        &self.access
    }

    pub(crate) fn backups(&self) -> &crate::backup_jobs::BackupJobs {
        &self.backups
    }

    /// Today in the counsellor's time zone, by the injected clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.env.clock.today()
    }

    // ---- Languages and device preferences ------------------------------------------------

    /// The user's saved choice, else the operating system's languages, else English.
    pub fn current_catalogue(&self) -> Result<UiCatalogue, ApiError> {
        let saved = match self.preferences.load() {
            Ok(p) => p.ui_language,
            Err(e) => {
                log::warn!("{e}");
                None
            }
        };
        let mut requested: Vec<String> = saved.into_iter().collect();
        requested.extend(avenir_i18n::os_locales());
        Ok(self
            .catalogues
            .ui_catalogue(&self.catalogues.negotiate(&requested))?)
    }

    /// Messages in the interface language, for the few texts Rust shows itself (a native
    /// dialog's title and buttons).
    pub fn localizer(&self) -> avenir_i18n::Localizer {
        let locale = self
            .current_catalogue()
            .map(|c| c.locale)
            .unwrap_or_else(|_| "en".to_owned());
        avenir_i18n::Localizer::new(&self.catalogues, &[locale])
    }

    /// The catalogue of `tag` for content shown to the person; the interface language stays.
    pub fn content_catalogue(&self, tag: &str) -> Result<UiCatalogue, ApiError> {
        Ok(self.catalogues.ui_catalogue(tag)?)
    }

    /// Switches the interface language and remembers the choice on this device.
    pub fn choose_language(&self, tag: &str) -> Result<UiCatalogue, ApiError> {
        let catalogue = self.catalogues.ui_catalogue(tag)?;
        let mut prefs = self.preferences.load().unwrap_or_default();
        prefs.ui_language = Some(catalogue.locale.clone());
        self.preferences.save(&prefs)?;
        Ok(catalogue)
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

    /// A passphrase of random words in the interface language (English when it has no list).
    pub fn generate_passphrase(&self) -> Result<Zeroizing<String>, ApiError> {
        let locale = self
            .current_catalogue()
            .map(|c| c.locale)
            .unwrap_or_default();
        Ok(Zeroizing::new(avenir_vault::passphrase::generate(&locale)?))
    }

    /// The shipped exercises, cards and plans with the organisation's, and every problem found.
    pub fn library(&self) -> &Library {
        self.library
            .get_or_init(|| Library::checked(&self.organisation, &self.catalogues))
    }

    // ---- The vault -----------------------------------------------------------------------

    pub fn vault_status(&self) -> Result<VaultStatus, ApiError> {
        self.access.status()
    }

    pub fn begin_vault_creation(&self) -> Result<(Zeroizing<String>, usize), ApiError> {
        self.access.begin_creation()
    }

    pub fn finish_vault_creation(
        &self,
        label: &str,
        passphrase: &str,
        checks: &[(usize, String)],
    ) -> Result<VaultStatus, ApiError> {
        self.access.finish_creation(label, passphrase, checks)
    }

    pub fn cancel_vault_creation(&self) {
        self.access.cancel_creation();
    }

    pub fn unlock(&self, profile_id: &str, secret: Secret<'_>) -> Result<VaultStatus, ApiError> {
        self.access.unlock(profile_id, secret)
    }

    /// Closes the vault and wipes its keys; answers whether one was open. A running backup is
    /// stopped (its file removed), never waited for.
    pub fn lock(&self) -> bool {
        self.backups.cancel();
        self.access.lock()
    }

    /// Restores a backup file as a new profile named `label`; the profile stays locked.
    pub fn restore_backup(
        &self,
        file: &Path,
        secret: Secret<'_>,
        label: &str,
    ) -> Result<VaultStatus, ApiError> {
        self.access.restore(file, secret, label)
    }

    /// Changes the passphrase after checking `current` (the passphrase or the recovery key);
    /// answers the status, in which no new passphrase is owed any more.
    pub fn change_passphrase(
        &self,
        current: Secret<'_>,
        next: &str,
    ) -> Result<VaultStatus, ApiError> {
        self.access.change_passphrase(current, next)?;
        self.access.status()
    }

    /// Postpones, once, the new passphrase owed after an unlock with the recovery key.
    pub fn postpone_passphrase_reset(&self) -> Result<VaultStatus, ApiError> {
        self.access.postpone_passphrase_reset()
    }

    /// A new recovery key after checking `current`; the old sheet stops opening the vault.
    pub fn rotate_recovery(&self, current: Secret<'_>) -> Result<Zeroizing<String>, ApiError> {
        self.access.rotate_recovery(current)
    }

    /// A new key for the whole vault (and a new recovery key) after checking `current`; it then
    /// opens with `new_passphrase`, or the current passphrase when `None`. `progress` gets the
    /// fraction done.
    pub fn rekey(
        &self,
        current: Secret<'_>,
        new_passphrase: Option<&str>,
        progress: &(dyn Fn(f64) + Sync),
    ) -> Result<Rekeyed, ApiError> {
        self.access.rekey(current, new_passphrase, progress)
    }

    pub fn set_idle_minutes(&self, minutes: u32) -> Result<VaultStatus, ApiError> {
        self.access.set_idle_minutes(minutes)
    }

    pub fn touch(&self) {
        self.access.touch();
    }

    pub fn idle_expired(&self) -> bool {
        self.access.idle_expired()
    }

    /// Refuses with `locked` unless a vault is open (for work that reads nothing from it, such
    /// as printing what the window already shows).
    pub fn require_open(&self) -> Result<(), ApiError> {
        self.access.with_open(|_| Ok(()))
    }

    // ---- Client files ---------------------------------------------------------------------

    pub fn client_rows(
        &self,
        filter: ClientFilter,
        sort: ClientSort,
    ) -> Result<Vec<ClientRow>, ApiError> {
        self.access.with_open(|v| v.client_rows(filter, sort))
    }

    pub fn suggest_code(&self) -> Result<String, ApiError> {
        self.access.with_open(|v| v.suggest_code())
    }

    pub fn create_client(&self, input: ClientInput) -> Result<ClientRecord, ApiError> {
        self.access.with_open(|v| v.create_client(input))
    }

    pub fn update_client(&self, id: i64, input: ClientInput) -> Result<ClientRecord, ApiError> {
        self.access.with_open(|v| v.update_client(id, input))
    }

    pub fn delete_client(&self, id: i64) -> Result<(), ApiError> {
        self.access.with_open(|v| v.delete_client(id))
    }

    pub fn overview(&self, client_id: i64) -> Result<Overview, ApiError> {
        self.access.with_open(|v| v.overview(client_id))
    }

    pub fn create_session(
        &self,
        client_id: i64,
        input: SessionInput,
    ) -> Result<SessionRecord, ApiError> {
        self.access
            .with_open(|v| v.create_session(client_id, input))
    }

    pub fn update_session(
        &self,
        session_id: i64,
        input: SessionInput,
    ) -> Result<SessionRecord, ApiError> {
        self.access
            .with_open(|v| v.update_session(session_id, input))
    }

    pub fn save_session_text(
        &self,
        session_id: i64,
        field: SessionText,
        text: &str,
    ) -> Result<(), ApiError> {
        self.access
            .with_open(|v| v.save_session_text(session_id, field, text))
    }

    pub fn add_next_step(&self, session_id: i64, text: &str) -> Result<NextStep, ApiError> {
        self.access.with_open(|v| v.add_next_step(session_id, text))
    }

    pub fn set_next_step_done(&self, id: i64, done: bool) -> Result<(), ApiError> {
        self.access.with_open(|v| v.set_next_step_done(id, done))
    }

    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>, ApiError> {
        self.access.with_open(|v| v.search(query))
    }

    // ---- Exercises, the journal, courses ------------------------------------------------

    pub fn answers(&self, client_id: i64, exercise: &str) -> Result<Vec<AnswerRecord>, ApiError> {
        self.access
            .with_open(|v| v.answers(client_id, Some(exercise)))
    }

    pub fn save_answer(
        &self,
        session_id: i64,
        exercise: &str,
        field: &str,
        answer: Answer,
    ) -> Result<AnswerRecord, ApiError> {
        let library = self.library();
        self.access
            .with_open(|v| v.save_answer(library, session_id, exercise, field, answer))
    }

    pub fn set_session_decision(
        &self,
        session_id: i64,
        decision: Option<avenir_core::session::Decision>,
    ) -> Result<(), ApiError> {
        self.access
            .with_open(|v| v.set_session_decision(session_id, decision))
    }

    pub fn exercise_activity(&self, client_id: i64) -> Result<Vec<ExerciseActivity>, ApiError> {
        self.access.with_open(|v| v.exercise_activity(client_id))
    }

    pub fn save_journal_entry(
        &self,
        session_id: i64,
        entry: JournalInput,
    ) -> Result<JournalRecord, ApiError> {
        self.access
            .with_open(|v| v.save_journal_entry(session_id, entry))
    }

    pub fn decision_journal(&self, client_id: i64) -> Result<Vec<JournalRecord>, ApiError> {
        self.access.with_open(|v| v.decision_journal(client_id))
    }

    pub fn courses(&self) -> Result<Vec<CourseRecord>, ApiError> {
        self.access.with_open(|v| v.courses())
    }

    pub fn create_course(&self, course: Course) -> Result<CourseRecord, ApiError> {
        let library = self.library();
        self.access.with_open(|v| v.create_course(library, course))
    }

    pub fn update_course(&self, id: i64, course: Course) -> Result<CourseRecord, ApiError> {
        let library = self.library();
        self.access
            .with_open(|v| v.update_course(library, id, course))
    }

    pub fn delete_course(&self, id: i64) -> Result<(), ApiError> {
        self.access.with_open(|v| v.delete_course(id))
    }

    // ---- The album ------------------------------------------------------------------------

    /// Refused before any decoding when no vault is open.
    pub fn import_photo(&self, client_id: i64, bytes: &[u8]) -> Result<PhotoRecord, ApiError> {
        self.require_open()?;
        // Decoding takes a fraction of a second: the vault stays usable meanwhile.
        let imported = avenir_media::import(bytes, &avenir_media::Limits::default())?;
        self.access
            .with_open(|v| v.store_imported(client_id, &imported))
    }

    pub fn album(&self, client_id: i64) -> Result<Album, ApiError> {
        self.access.with_open(|v| v.album(client_id))
    }

    pub fn photo_bytes(&self, photo_id: i64, size: PhotoSize) -> Result<Option<Vec<u8>>, ApiError> {
        self.access.with_open(|v| v.photo_bytes(photo_id, size))
    }

    pub fn add_album_page(&self, client_id: i64, page: PageInput) -> Result<PageRecord, ApiError> {
        self.access.with_open(|v| v.add_album_page(client_id, page))
    }

    pub fn update_album_page(&self, page_id: i64, page: PageInput) -> Result<PageRecord, ApiError> {
        self.access
            .with_open(|v| v.update_album_page(page_id, page))
    }

    pub fn move_album_page(&self, page_id: i64, position: u32) -> Result<Album, ApiError> {
        self.access
            .with_open(|v| v.move_album_page(page_id, position))
    }

    pub fn delete_album_page(&self, page_id: i64) -> Result<(), ApiError> {
        self.access.with_open(|v| v.delete_album_page(page_id))
    }

    pub fn delete_photo(&self, photo_id: i64) -> Result<(), ApiError> {
        self.access.with_open(|v| v.delete_photo(photo_id))
    }
}

/// The environment variable that moves the data folder (demo vaults, tests).
pub const DATA_DIR_ENV: &str = "AVENIR_DATA_DIR";

/// The data folder `AVENIR_DATA_DIR` names, if set; otherwise the platform's app data folder
/// (which only the app knows) is used.
pub fn data_dir_override() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_ENV).map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_choice_wins_over_the_operating_system() {
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        assert_eq!(app.choose_language("ar").unwrap().locale, "ar");
        let again = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        assert_eq!(again.current_catalogue().unwrap().locale, "ar");
    }

    #[test]
    fn an_unknown_language_is_refused_and_not_saved() {
        use avenir_core::UserFacing;
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        app.choose_language("fr").unwrap();
        let err = app.choose_language("tlh").unwrap_err();
        assert_eq!(err.message_id(), "error-unknown-locale");
        assert_eq!(app.current_catalogue().unwrap().locale, "fr");
    }

    #[test]
    fn the_recovery_key_changes_the_passphrase_and_the_answer_owes_nothing_any_more() {
        const PASS: &str = "orange kettle meadow violin harbour pepper";
        const NEXT: &str = "quiet lantern cobalt window saffron drum";
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        let (shown, _) = app.begin_vault_creation().unwrap();
        let groups: Vec<&str> = shown.split('-').collect();
        let checks = [(0, groups[0].to_owned()), (1, groups[1].to_owned())];
        let id = app
            .finish_vault_creation("A", PASS, &checks)
            .unwrap()
            .open
            .unwrap()
            .id;
        app.lock();

        let opened = app.unlock(&id, Secret::Recovery(&shown)).unwrap();
        assert!(opened.open.unwrap().passphrase_reset.is_some());
        let changed = app
            .change_passphrase(Secret::Recovery(&shown), NEXT)
            .unwrap();
        assert_eq!(changed.open.unwrap().passphrase_reset, None);
        app.lock();
        assert!(app.unlock(&id, Secret::Passphrase(PASS)).is_err());
        let reopened = app.unlock(&id, Secret::Passphrase(NEXT)).unwrap();
        assert_eq!(reopened.open.unwrap().passphrase_reset, None);
    }

    /// The reintegration plan takes answers only in a session where the person's latest own
    /// decision is return; weighing again closes it for the sessions after.
    #[test]
    fn the_reintegration_plan_waits_for_the_persons_choice_of_return() {
        use avenir_core::UserFacing;
        use avenir_core::session::{Decision, SessionKind};
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        let (shown, _) = app.begin_vault_creation().unwrap();
        let groups: Vec<&str> = shown.split('-').collect();
        let checks = [(0, groups[0].to_owned()), (1, groups[1].to_owned())];
        app.finish_vault_creation("A", "orange kettle meadow violin harbour pepper", &checks)
            .unwrap();
        let client = app
            .create_client(ClientInput {
                code: "K7-MIRA".into(),
                ..Default::default()
            })
            .unwrap()
            .id;
        let session = |at: &str| {
            app.create_session(
                client,
                SessionInput {
                    started_at: at.into(),
                    duration_minutes: None,
                    kind: SessionKind::Individual,
                    pathways: Vec::new(),
                    summary: String::new(),
                    private_notes: String::new(),
                    follow_up: None,
                },
            )
            .unwrap()
            .id
        };
        let (march, april) = (
            session("2026-03-01T09:00:00Z"),
            session("2026-04-01T09:00:00Z"),
        );
        let worry = |s: i64| {
            app.save_answer(
                s,
                "reintegration-plan",
                "worries",
                Answer::Text("Where will we live?".into()),
            )
        };
        let refused = worry(march).unwrap_err();
        assert_eq!(refused.message_id(), "error-exercise-not-chosen");
        // Other exercises are not affected.
        app.save_answer(
            march,
            "home",
            "miss",
            Answer::Text("My mother's kitchen".into()),
        )
        .unwrap();

        app.set_session_decision(march, Some(Decision::Return))
            .unwrap();
        worry(march).unwrap();
        worry(april).unwrap();
        let overview = app.overview(client).unwrap();
        let decisions: Vec<_> = overview.sessions.iter().map(|s| s.decision).collect();
        assert_eq!(decisions, [None, Some(Decision::Return)], "newest first");

        app.set_session_decision(april, Some(Decision::Open))
            .unwrap();
        assert_eq!(
            worry(april).unwrap_err().message_id(),
            "error-exercise-not-chosen"
        );
        assert_eq!(app.answers(client, "reintegration-plan").unwrap().len(), 2);
    }

    #[test]
    fn every_vault_use_case_answers_locked_when_nothing_is_open() {
        use avenir_core::UserFacing;
        let dir = tempfile::tempdir().unwrap();
        let app = Avenir::new(dir.path(), Env::system(), Duration::ZERO);
        let results = [
            app.client_rows(ClientFilter::All, ClientSort::Code).err(),
            app.suggest_code().err(),
            app.overview(1).err(),
            app.search("x").err(),
            app.album(1).err(),
            app.courses().err(),
            app.import_photo(1, b"not even a photo").err(),
            app.require_open().err(),
            app.postpone_passphrase_reset().err(),
            app.rotate_recovery(Secret::Passphrase("x")).err(),
            app.rekey(Secret::Passphrase("x"), None, &|_| {}).err(),
        ];
        for r in results {
            assert_eq!(r.map(|e| e.code()), Some("locked"));
        }
    }
}
