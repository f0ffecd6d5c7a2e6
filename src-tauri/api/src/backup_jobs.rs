//! Automatic backups in the desktop app: after changes (at most hourly), when the counsellor
//! quits, at once when a folder is chosen or asked for. A snapshot is taken under the vault's
//! lock; writing and the test restore run outside it, so the counsellor keeps working. Locking
//! stops a running backup (its file is removed); the Lock button waits for it in the UI instead.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use avenir_core::{UserFacing, UserMessage};

use crate::backups::{BackupDone, STALE_AFTER_DAYS};
use crate::{ApiError, Avenir};

/// Automatic backups happen at most this often.
pub const BACKUP_INTERVAL: Duration = Duration::from_secs(60 * 60);

/// Why a backup is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupWhen {
    /// The periodic check: only after changes, and at most hourly.
    Due,
    /// The counsellor quits: after any change since the last backup.
    Quitting,
    /// Now (a folder was just chosen, or the counsellor asked).
    Now,
}

/// What the vault home shows about backups.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupStatus {
    pub folder: Option<PathBuf>,
    pub last_verified_at: Option<String>,
    pub last_verified_file: Option<PathBuf>,
    pub running: bool,
    /// The last verified backup is older than a week (or there is none yet).
    pub stale: bool,
    /// A folder is set but is not there (a stick pulled out, a share not mounted).
    pub folder_missing: bool,
    /// Why the last automatic backup failed, if it did.
    pub last_error: Option<UserMessage>,
}

#[derive(Default)]
struct Job {
    running: bool,
    last_error: Option<UserMessage>,
    /// The open profile and its change count when its last backup was taken.
    baseline: Option<(String, u64)>,
    /// The clock's ticks when the last backup started.
    last_started: Option<Duration>,
}

#[derive(Default)]
pub(crate) struct BackupJobs {
    job: Mutex<Job>,
    cancel: AtomicBool,
}

impl BackupJobs {
    fn job(&self) -> std::sync::MutexGuard<'_, Job> {
        self.job.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Stops a running backup (called when the vault locks).
    pub(crate) fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
        self.job().baseline = None;
    }
}

impl Avenir {
    pub fn backup_status(&self) -> Result<BackupStatus, ApiError> {
        let settings = self
            .access()
            .with_open_quietly(|_, v| v.backup_settings())?;
        let now = self.env().clock.now();
        let stale = settings
            .last_verified_at
            .as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .is_none_or(|at| (now - at.with_timezone(&chrono::Utc)).num_days() >= STALE_AFTER_DAYS);
        let job = self.backups().job();
        Ok(BackupStatus {
            folder_missing: settings.folder.as_deref().is_some_and(|f| !f.is_dir()),
            folder: settings.folder,
            last_verified_at: settings.last_verified_at,
            last_verified_file: settings.last_verified_file,
            running: job.running,
            stale,
            last_error: job.last_error.clone(),
        })
    }

    /// Remembers `folder` for this profile's automatic backups and backs up into it at once.
    pub fn choose_backup_folder(&self, folder: &Path) -> Result<BackupStatus, ApiError> {
        self.access().with_open(|v| v.set_backup_folder(folder))?;
        self.run_backup(BackupWhen::Now)?;
        self.backup_status()
    }

    /// Backs up now into the chosen folder, and answers with the status after the test restore.
    pub fn backup_now(&self) -> Result<BackupStatus, ApiError> {
        self.run_backup(BackupWhen::Now)?;
        self.backup_status()
    }

    /// Backs up the open vault into its folder if `when` calls for it; `None` when nothing was
    /// due (no folder, no change, too soon, or a backup already running).
    pub fn run_backup(&self, when: BackupWhen) -> Result<Option<BackupDone>, ApiError> {
        let ticks = self.env().clock.ticks();
        let prepared = {
            let mut job = self.backups().job();
            if job.running {
                return Ok(None);
            }
            let prepared = self.access().with_open_quietly(|id, v| {
                let settings = v.backup_settings()?;
                let Some(folder) = settings.folder else {
                    return Ok(None);
                };
                let changes = v.changes();
                let changed = match &job.baseline {
                    Some((profile, at)) if profile == id => changes > *at,
                    // Not backed up since this vault was opened: any change, or never backed up.
                    _ => changes > 0 || settings.last_verified_at.is_none(),
                };
                let too_soon = job
                    .last_started
                    .is_some_and(|t| ticks.saturating_sub(t) < BACKUP_INTERVAL);
                let due = match when {
                    BackupWhen::Now => true,
                    BackupWhen::Quitting => changed,
                    BackupWhen::Due => changed && !too_soon,
                };
                if !due {
                    return Ok(None);
                }
                Ok(Some((id.to_owned(), v.prepare_backup(&folder)?)))
            });
            let prepared = match prepared {
                Ok(p) => p,
                // Nothing is open: nothing to back up, and nothing went wrong.
                Err(ApiError::Locked) => return Ok(None),
                Err(e) => {
                    job.last_error = Some(e.user_message());
                    return Err(e);
                }
            };
            let Some(prepared) = prepared else {
                return Ok(None);
            };
            job.running = true;
            job.last_started = Some(ticks);
            self.backups().cancel.store(false, Ordering::SeqCst);
            prepared
        };
        let (profile, prepared) = prepared;
        let result = prepared.run(&self.backups().cancel);
        let mut job = self.backups().job();
        job.running = false;
        match result {
            Ok(done) => {
                job.last_error = None;
                let recorded = self.access().with_open_quietly(|id, v| {
                    if id != profile {
                        return Ok(());
                    }
                    v.record_backup(&done)?;
                    job.baseline = Some((profile.clone(), v.changes()));
                    Ok(())
                });
                if let Err(e) = recorded {
                    log::warn!("a verified backup could not be recorded: {e}");
                }
                Ok(Some(done))
            }
            Err(e) => {
                if !matches!(e, ApiError::Backup(avenir_vault::BackupError::Cancelled)) {
                    log::warn!("backup failed: {e}");
                    job.last_error = Some(e.user_message());
                }
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{Env, FixedClock, SeededRandom};
    use avenir_core::client::ClientInput;

    const PASS: &str = "orange kettle meadow violin harbour pepper";

    fn app(dir: &Path) -> (Avenir, Arc<FixedClock>) {
        let clock = Arc::new(FixedClock::at("2026-12-02T09:00:00Z", 1));
        let env = Env {
            clock: clock.clone(),
            random: Arc::new(SeededRandom::new(3)),
        };
        let app = Avenir::new(dir, env, Duration::ZERO);
        let (shown, _) = app.begin_vault_creation().unwrap();
        let groups: Vec<String> = shown.split('-').map(str::to_owned).collect();
        let checks = vec![(1, groups[1].clone()), (5, groups[5].clone())];
        app.finish_vault_creation("Counsellor A", PASS, &checks)
            .unwrap();
        (app, clock)
    }

    fn files_in(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn nothing_happens_without_a_folder_and_a_chosen_folder_gets_a_verified_backup() {
        let data = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let (app, _) = app(data.path());
        assert!(app.run_backup(BackupWhen::Now).unwrap().is_none());
        let status = app.backup_status().unwrap();
        assert!(status.stale && status.folder.is_none() && !status.folder_missing);

        app.choose_backup_folder(folder.path()).unwrap();
        let names = files_in(folder.path());
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(
            names[0].starts_with("avenir-") && names[0].ends_with("-20261202-090000.avenir-backup")
        );
        assert!(!names[0].contains("Counsellor"), "the name reveals nothing");
        let status = app.backup_status().unwrap();
        assert_eq!(
            status.last_verified_at.as_deref(),
            Some("2026-12-02T09:00:00Z")
        );
        assert_eq!(
            status.last_verified_file.as_deref(),
            Some(folder.path().join(&names[0]).as_path())
        );
        assert!(!status.stale && !status.running && status.last_error.is_none());
    }

    #[test]
    fn automatic_backups_follow_changes_at_most_hourly_and_always_on_quitting() {
        let data = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let (app, clock) = app(data.path());
        // The folder alone, without the backup choosing it starts.
        app.access()
            .with_open(|v| v.set_backup_folder(folder.path()))
            .unwrap();
        assert!(
            app.run_backup(BackupWhen::Due).unwrap().is_some(),
            "never backed up: due"
        );
        assert!(
            app.run_backup(BackupWhen::Due).unwrap().is_none(),
            "no change since"
        );
        assert!(
            app.run_backup(BackupWhen::Quitting).unwrap().is_none(),
            "no change since"
        );
        app.create_client(ClientInput {
            code: "K7-MIRA".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(
            app.run_backup(BackupWhen::Due).unwrap().is_none(),
            "within the hour"
        );
        clock.advance(BACKUP_INTERVAL);
        assert!(
            app.run_backup(BackupWhen::Due).unwrap().is_some(),
            "an hour later"
        );
        app.create_client(ClientInput {
            code: "K8-AMAL".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(
            app.run_backup(BackupWhen::Quitting).unwrap().is_some(),
            "quitting after a change"
        );
        // Three backups within one (fixed) second got distinct names; rotation kept the newest
        // of the day only.
        assert_eq!(
            files_in(folder.path()).len(),
            1,
            "{:?}",
            files_in(folder.path())
        );
    }

    #[test]
    fn a_missing_folder_is_named_and_earlier_backups_stay() {
        let data = tempfile::tempdir().unwrap();
        let root = tempfile::tempdir().unwrap();
        let stick = root.path().join("stick");
        std::fs::create_dir(&stick).unwrap();
        let (app, _) = app(data.path());
        app.choose_backup_folder(&stick).unwrap();
        app.run_backup(BackupWhen::Now).unwrap().unwrap();
        let kept = root.path().join("kept");
        std::fs::rename(&stick, &kept).unwrap(); // the stick is pulled out
        let status = app.backup_status().unwrap();
        assert!(status.folder_missing);
        let err = app.run_backup(BackupWhen::Now).unwrap_err();
        assert_eq!(err.code(), "backup_folder_missing");
        assert_eq!(
            app.backup_status().unwrap().last_error.map(|m| m.code),
            Some("backup_folder_missing")
        );
        assert_eq!(files_in(&kept).len(), 1, "the earlier backup is intact");
        let err = app.choose_backup_folder(&stick).unwrap_err();
        assert_eq!(err.code(), "backup_folder_missing");
    }

    #[test]
    fn a_restore_becomes_a_new_profile_and_never_replaces_one() {
        let data = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let (app, _) = app(data.path());
        app.create_client(ClientInput {
            code: "K7-MIRA".into(),
            ..Default::default()
        })
        .unwrap();
        app.choose_backup_folder(folder.path()).unwrap();
        let done = app.run_backup(BackupWhen::Now).unwrap().unwrap();
        app.lock();
        let err = app
            .restore_backup(
                &done.file,
                avenir_vault::Secret::Passphrase(PASS),
                "Counsellor A",
            )
            .unwrap_err();
        assert_eq!(err.code(), "label_taken");
        assert_eq!(app.vault_status().unwrap().profiles.len(), 1);
        let status = app
            .restore_backup(
                &done.file,
                avenir_vault::Secret::Passphrase(PASS),
                "Restored",
            )
            .unwrap();
        assert!(status.open.is_none(), "a restored profile stays locked");
        let restored = status
            .profiles
            .iter()
            .find(|(_, l)| l == "Restored")
            .unwrap();
        app.unlock(&restored.0, avenir_vault::Secret::Passphrase(PASS))
            .unwrap();
        let rows = app
            .client_rows(
                avenir_core::follow_up::ClientFilter::All,
                crate::ClientSort::Code,
            )
            .unwrap();
        assert_eq!(
            rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["K7-MIRA"]
        );
    }
}
