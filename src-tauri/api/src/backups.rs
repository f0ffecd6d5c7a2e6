//! Backups of the open vault into a folder the counsellor chose (a USB stick, an organisation
//! share): written, test-restored, and only then counted as good and allowed to rotate older
//! ones out. The file format is the vault's (`avenir_vault::backup`); this module decides names,
//! rotation and what is remembered.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use avenir_vault::backup::{BACKUP_EXTENSION, Manifest, Snapshot};
use chrono::{Datelike, NaiveDateTime};

use crate::{ApiError, OpenVault};

const FOLDER_KEY: &str = "backup.folder";
const SET_KEY: &str = "backup.set";
const LAST_AT_KEY: &str = "backup.last_verified_at";
const LAST_FILE_KEY: &str = "backup.last_verified_file";
/// Newest backup of each of this many most recent days is kept…
pub const KEEP_DAILY: usize = 7;
/// …and of each of this many most recent weeks.
pub const KEEP_WEEKLY: usize = 4;
/// A last verified backup older than this is worth a warning.
pub const STALE_AFTER_DAYS: i64 = 7;
const NAME_TIME: &str = "%Y%m%d-%H%M%S";

/// What the vault remembers about its backups.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BackupSettings {
    pub folder: Option<PathBuf>,
    /// When the last backup that passed its test restore was made (`YYYY-MM-DDTHH:MM:SSZ`).
    pub last_verified_at: Option<String>,
    /// Its file.
    pub last_verified_file: Option<PathBuf>,
}

/// A snapshot taken, ready to be written and checked outside the vault's lock.
pub struct PreparedBackup {
    snapshot: Snapshot,
    folder: PathBuf,
    set: String,
    file: PathBuf,
}

/// A backup that passed its test restore.
#[derive(Debug)]
pub struct BackupDone {
    pub file: PathBuf,
    pub manifest: Manifest,
    pub bytes: u64,
    /// Older backups rotated out.
    pub removed: Vec<PathBuf>,
}

impl OpenVault {
    pub fn backup_settings(&self) -> Result<BackupSettings, ApiError> {
        let v = &self.vault;
        Ok(BackupSettings {
            folder: v.setting(FOLDER_KEY)?.map(PathBuf::from),
            last_verified_at: v.setting(LAST_AT_KEY)?,
            last_verified_file: v.setting(LAST_FILE_KEY)?.map(PathBuf::from),
        })
    }

    /// Remembers `folder` for automatic backups; it must exist.
    pub fn set_backup_folder(&self, folder: &Path) -> Result<(), ApiError> {
        if !folder.is_dir() {
            return Err(avenir_vault::BackupError::FolderMissing(folder.to_owned()).into());
        }
        let text = folder.to_str().ok_or(avenir_core::InvalidInput("folder"))?;
        Ok(self.vault.set_setting(FOLDER_KEY, text)?)
    }

    /// Takes a snapshot for a backup into `folder`, under a name that reveals nothing but the
    /// time: `avenir-<set>-<YYYYMMDD>-<HHMMSS>.avenir-backup`.
    pub fn prepare_backup(&self, folder: &Path) -> Result<PreparedBackup, ApiError> {
        let set = match self.vault.setting(SET_KEY)? {
            Some(s) => s,
            None => {
                let s = avenir_vault::backup::random_set_id()?;
                self.vault.set_setting(SET_KEY, &s)?;
                s
            }
        };
        let now = self.env.clock.now();
        let base = format!("avenir-{set}-{}", now.format(NAME_TIME));
        let mut file = folder.join(format!("{base}.{BACKUP_EXTENSION}"));
        let mut n = 2;
        while file.exists() {
            file = folder.join(format!("{base}-{n}.{BACKUP_EXTENSION}"));
            n += 1;
        }
        let snapshot = self
            .vault
            .snapshot(&self.env.clock.stamp(), env!("CARGO_PKG_VERSION"))?;
        Ok(PreparedBackup {
            snapshot,
            folder: folder.to_owned(),
            set,
            file,
        })
    }

    /// Remembers a backup that passed its test restore.
    pub fn record_backup(&self, done: &BackupDone) -> Result<(), ApiError> {
        self.vault
            .set_setting(LAST_AT_KEY, &done.manifest.created_at)?;
        let file = done.file.to_str().unwrap_or_default();
        Ok(self.vault.set_setting(LAST_FILE_KEY, file)?)
    }

    /// A one-off backup to the file `out` (the command line's `backup --out`): written and
    /// test-restored; nothing rotates.
    pub fn backup_to_file(&self, out: &Path) -> Result<(Manifest, u64), ApiError> {
        let snapshot = self
            .vault
            .snapshot(&self.env.clock.stamp(), env!("CARGO_PKG_VERSION"))?;
        let bytes = snapshot.write_to(out, &AtomicBool::new(false))?;
        match snapshot.verify(out) {
            Ok(manifest) => Ok((manifest, bytes)),
            Err(e) => {
                let _ = std::fs::remove_file(out);
                Err(e.into())
            }
        }
    }

    /// Changes made through this connection since it opened (a backup is due when it grew).
    pub(crate) fn changes(&self) -> u64 {
        self.conn().total_changes()
    }
}

impl PreparedBackup {
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Writes the backup, test-restores it, and only then rotates older ones out. A backup that
    /// fails its check is removed at once and never counts; older ones stay. `cancel` (set when
    /// Avenir locks) stops it and removes what was written.
    pub fn run(self, cancel: &AtomicBool) -> Result<BackupDone, ApiError> {
        let bytes = self.snapshot.write_to(&self.file, cancel)?;
        let manifest = match self.snapshot.verify(&self.file) {
            Ok(m) => m,
            Err(e) => {
                let _ = std::fs::remove_file(&self.file);
                return Err(e.into());
            }
        };
        let mut removed = Vec::new();
        for old in to_rotate_out(&backups_of_set(&self.folder, &self.set), &self.file) {
            if std::fs::remove_file(&old).is_ok() {
                removed.push(old);
            }
        }
        Ok(BackupDone {
            file: self.file,
            manifest,
            bytes,
            removed,
        })
    }
}

/// Checks the backup file `file` with a secret: decrypted, checked page by page and counted in a
/// temporary place in `work_dir`.
pub fn verify_backup_file(
    file: &Path,
    secret: avenir_vault::Secret<'_>,
    work_dir: &Path,
) -> Result<Manifest, ApiError> {
    Ok(avenir_vault::backup::verify_file(file, secret, work_dir)?)
}

/// Restores `file` into the new profile folder `dir` (the command line's `restore`).
pub fn restore_backup_to(
    file: &Path,
    secret: avenir_vault::Secret<'_>,
    dir: &Path,
    label: Option<&str>,
) -> Result<Manifest, ApiError> {
    Ok(avenir_vault::backup::restore_to(file, secret, dir, label)?)
}

/// The backups of one set in `folder` with the time in their names (others are ignored).
fn backups_of_set(folder: &Path, set: &str) -> Vec<(PathBuf, NaiveDateTime)> {
    let prefix = format!("avenir-{set}-");
    let suffix = format!(".{BACKUP_EXTENSION}");
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stamp = name.strip_prefix(&prefix)?.strip_suffix(&suffix)?;
            let at = NaiveDateTime::parse_from_str(stamp.get(..15)?, NAME_TIME).ok()?;
            Some((e.path(), at))
        })
        .collect()
}

/// Which backups rotation removes: all but the newest of each of the `KEEP_DAILY` most recent
/// days and of each of the `KEEP_WEEKLY` most recent weeks. `newest`, the backup just written
/// and verified, counts as the newest and is always kept.
pub fn to_rotate_out(backups: &[(PathBuf, NaiveDateTime)], newest: &Path) -> Vec<PathBuf> {
    let mut sorted: Vec<&(PathBuf, NaiveDateTime)> = backups.iter().collect();
    sorted.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| (b.0 == newest).cmp(&(a.0 == newest)))
            .then_with(|| b.0.cmp(&a.0))
    });
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    let mut remove = Vec::new();
    for (path, at) in sorted {
        let day = at.date();
        let week = (at.iso_week().year(), at.iso_week().week());
        let mut keep = false;
        if !days.contains(&day) && days.len() < KEEP_DAILY {
            days.push(day);
            keep = true;
        }
        if !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY {
            weeks.push(week);
            keep = true;
        }
        if !keep && path != newest {
            remove.push(path.clone());
        }
    }
    remove
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn names(v: &[PathBuf]) -> Vec<String> {
        let mut n: Vec<String> = v.iter().map(|p| p.display().to_string()).collect();
        n.sort();
        n
    }

    #[test]
    fn rotation_keeps_seven_days_and_four_weeks_and_always_the_newest() {
        // Two backups a day for 60 days.
        let mut all = Vec::new();
        for d in 0..60 {
            let day = at("2026-10-01 00:00") + chrono::Days::new(d);
            for h in [9, 17] {
                let t = day + chrono::Duration::hours(h);
                all.push((PathBuf::from(t.format("%Y%m%d-%H").to_string()), t));
            }
        }
        let removed = to_rotate_out(&all, Path::new("none"));
        let kept: Vec<&(PathBuf, NaiveDateTime)> =
            all.iter().filter(|(p, _)| !removed.contains(p)).collect();
        let mut kept_names: Vec<String> =
            kept.iter().map(|(p, _)| p.display().to_string()).collect();
        kept_names.sort();
        // The newest of the last 7 days, plus the newest of the 4 most recent weeks not
        // already covered (the newest week's newest is also the newest day's).
        assert!(
            kept_names.contains(&"20261129-17".to_owned()),
            "the newest stays"
        );
        assert!(!kept_names.contains(&"20261129-09".to_owned()));
        let days: std::collections::BTreeSet<_> = kept.iter().map(|(_, t)| t.date()).collect();
        assert!(days.len() >= 7 && days.len() <= 7 + 4, "{kept_names:?}");
        for d in 23..=29 {
            assert!(kept_names.contains(&format!("202611{d}-17")), "day {d}");
        }
        assert!(kept.len() <= KEEP_DAILY + KEEP_WEEKLY);
        assert_eq!(kept.len() + removed.len(), all.len());
    }

    #[test]
    fn a_single_backup_or_a_few_are_never_rotated_out() {
        let one = vec![(PathBuf::from("a"), at("2026-12-01 10:00"))];
        assert_eq!(to_rotate_out(&one, Path::new("a")), Vec::<PathBuf>::new());
        let same_day = vec![
            (PathBuf::from("a"), at("2026-12-01 10:00")),
            (PathBuf::from("b"), at("2026-12-01 11:00")),
        ];
        assert_eq!(names(&to_rotate_out(&same_day, Path::new("b"))), ["a"]);
        // Written within the same second: the one just verified stays, whatever its name.
        assert_eq!(
            names(&to_rotate_out(
                &same_day[..1]
                    .iter()
                    .cloned()
                    .chain([(PathBuf::from("a-2"), at("2026-12-01 10:00"))])
                    .collect::<Vec<_>>(),
                Path::new("a-2")
            )),
            ["a"]
        );
    }

    #[test]
    fn only_this_sets_backups_are_looked_at() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "avenir-aaaa-20261201-100000.avenir-backup",
            "avenir-aaaa-20261201-110000-2.avenir-backup",
            "avenir-bbbb-20261201-100000.avenir-backup",
            "avenir-aaaa-20261201-120000.avenir-backup.partial",
            "holiday.jpg",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let found = backups_of_set(dir.path(), "aaaa");
        let mut n: Vec<String> = found
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        n.sort();
        assert_eq!(
            n,
            [
                "avenir-aaaa-20261201-100000.avenir-backup",
                "avenir-aaaa-20261201-110000-2.avenir-backup"
            ]
        );
    }
}
