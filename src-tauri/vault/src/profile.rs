//! Counsellor profiles on this computer: `<data>/profiles/<id>/` with `header`, `vault.db`, a
//! non-secret `label` (e.g. "Counsellor A", never a client's name) and `instance.lock`.
//!
//! Every folder Avenir makes under its data folder is the owner's only (`0700` on Unix) and every
//! file `0600`, whatever the `umask`: [`create_private_dir_all`], [`private_file`] and
//! [`create_private_empty`] (SQLite makes the `-wal` and `-shm` files with the database file's
//! mode, so the database is created empty at `0600` before SQLite opens it).
//! [`Profiles::make_private`] tightens what an older version left.

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};

use crate::VaultError;
use crate::keys::random_fill;

pub(crate) const HEADER_FILE: &str = "header";
pub(crate) const DB_FILE: &str = "vault.db";
pub(crate) const LABEL_FILE: &str = "label";
pub(crate) const LOCK_FILE: &str = "instance.lock";
const MAX_LABEL_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileInfo {
    pub id: String,
    pub label: String,
    pub dir: PathBuf,
}

/// The profiles folder of a data directory.
#[derive(Debug, Clone)]
pub struct Profiles {
    root: PathBuf,
}

impl Profiles {
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("profiles"),
        }
    }

    /// Complete profiles, sorted by label. Half-created folders (starting with `.`) are skipped.
    pub fn list(&self) -> Result<Vec<ProfileInfo>, VaultError> {
        let entries = match fs::read_dir(&self.root) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(VaultError::Read {
                    path: self.root.clone(),
                    source,
                });
            }
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let dir = entry.path();
            let Some(id) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            if id.starts_with('.') || !dir.join(HEADER_FILE).is_file() {
                continue;
            }
            out.push(ProfileInfo {
                label: read_label(&dir),
                id,
                dir,
            });
        }
        out.sort_by_key(|p| p.label.to_lowercase());
        Ok(out)
    }

    pub fn get(&self, id: &str) -> Result<ProfileInfo, VaultError> {
        let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let dir = self.root.join(id);
        if !valid || !dir.join(HEADER_FILE).is_file() {
            return Err(VaultError::Missing(dir));
        }
        Ok(ProfileInfo {
            id: id.to_owned(),
            label: read_label(&dir),
            dir,
        })
    }

    /// Checks `label` (valid, not used by another profile) and chooses the folder of a new
    /// profile; [`Vault::create_at`](crate::Vault::create_at) builds it.
    pub fn new_profile(&self, label: &str) -> Result<(String, PathBuf), VaultError> {
        let label = check_label(label)?;
        if self
            .list()?
            .iter()
            .any(|p| p.label.to_lowercase() == label.to_lowercase())
        {
            return Err(VaultError::LabelTaken);
        }
        let mut raw = [0u8; 8];
        random_fill(&mut raw)?;
        let id: String = raw.iter().map(|b| format!("{b:02x}")).collect();
        let dir = self.root.join(&id);
        Ok((id, dir))
    }
}

/// Creates `dir` and its missing parents, each readable by its owner only.
pub(crate) fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Files these options create are readable and writable by their owner only.
pub(crate) fn private_file(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Creates `path` empty and private if it does not exist (for SQLite to fill).
pub(crate) fn create_private_empty(path: &Path) -> std::io::Result<()> {
    match private_file(OpenOptions::new().write(true).create_new(true)).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Takes group and other permissions off `path` (a folder and, below it, its files and folders).
#[cfg(unix)]
fn tighten(path: &Path, depth: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    let mode = meta.permissions().mode();
    if mode & 0o077 != 0 {
        fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700))?;
    }
    if meta.is_dir() && depth > 0 {
        for entry in fs::read_dir(path)?.flatten() {
            tighten(&entry.path(), depth - 1)?;
        }
    }
    Ok(())
}

impl Profiles {
    /// Makes the data folder, the profiles folder and each profile's files the owner's only
    /// (folders and files an older Avenir made with the `umask`'s modes). A missing folder is
    /// fine.
    pub fn make_private(&self) -> std::io::Result<()> {
        #[cfg(unix)]
        {
            if let Some(data_dir) = self.root.parent() {
                match tighten(data_dir, 0) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
                    other => other?,
                }
            }
            match tighten(&self.root, 3) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                other => other,
            }
        }
        #[cfg(not(unix))]
        Ok(())
    }
}

pub(crate) fn read_label(dir: &Path) -> String {
    fs::read_to_string(dir.join(LABEL_FILE))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

/// A label is 1–60 characters without control characters; surrounding spaces are dropped.
pub(crate) fn check_label(label: &str) -> Result<&str, VaultError> {
    let label = label.trim();
    let n = label.chars().count();
    if n == 0 || n > MAX_LABEL_CHARS || label.chars().any(char::is_control) {
        return Err(VaultError::LabelInvalid);
    }
    Ok(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_checked() {
        assert_eq!(check_label("  Counsellor A ").unwrap(), "Counsellor A");
        assert!(check_label("").is_err());
        assert!(check_label("   ").is_err());
        assert!(check_label(&"x".repeat(61)).is_err());
        assert!(check_label("a\nb").is_err());
        assert_eq!(check_label("مرشدة أ").unwrap(), "مرشدة أ");
    }

    /// Every file and folder under `root` (itself included) whose mode lets group or others in.
    #[cfg(unix)]
    fn open_to_others(root: &Path) -> Vec<(PathBuf, u32)> {
        use std::os::unix::fs::PermissionsExt;
        let mut found = Vec::new();
        let mut todo = vec![root.to_owned()];
        while let Some(path) = todo.pop() {
            let meta = fs::symlink_metadata(&path).unwrap();
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                found.push((path.clone(), mode));
            }
            if meta.is_dir() {
                todo.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            }
        }
        found
    }

    #[cfg(unix)]
    #[test]
    fn the_data_folder_and_every_vault_file_are_the_owners_only() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let profiles = Profiles::in_data_dir(&data);
        let (_, dir) = profiles.new_profile("Counsellor A").unwrap();
        let vault = crate::Vault::create_at(
            &dir,
            "Counsellor A",
            "orange kettle meadow violin harbour pepper",
            &crate::RecoveryKey::generate().unwrap(),
            crate::KdfParams::INSECURE_TEST,
        )
        .unwrap();
        vault.add_client("PERM-1", "2026-01-01T10:00:00").unwrap();
        crate::PreferencesStore::in_dir(&data)
            .save(&crate::Preferences::default())
            .unwrap();
        // While the vault is open SQLite keeps its log and shared memory beside the database.
        for name in [
            HEADER_FILE,
            DB_FILE,
            LABEL_FILE,
            LOCK_FILE,
            "vault.db-wal",
            "vault.db-shm",
        ] {
            assert!(dir.join(name).is_file(), "{name} missing");
        }
        assert_eq!(open_to_others(&data), []);
        drop(vault);
        let vault = crate::Vault::open(
            &dir,
            crate::Secret::Passphrase("orange kettle meadow violin harbour pepper"),
        )
        .unwrap();
        vault.add_client("PERM-2", "2026-01-01T11:00:00").unwrap();
        assert_eq!(open_to_others(&data), []);
    }

    #[cfg(unix)]
    #[test]
    fn make_private_tightens_what_an_older_version_left() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let profile = data.join("profiles").join("abc");
        fs::create_dir_all(&profile).unwrap();
        fs::write(profile.join(DB_FILE), "x").unwrap();
        for (path, mode) in [
            (&data, 0o755),
            (&data.join("profiles"), 0o755),
            (&profile, 0o775),
            (&profile.join(DB_FILE), 0o644),
        ] {
            fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
        }
        Profiles::in_data_dir(&data).make_private().unwrap();
        assert_eq!(open_to_others(&data), []);
        // A data folder without profiles yet is fine.
        Profiles::in_data_dir(&tmp.path().join("none"))
            .make_private()
            .unwrap();
    }

    #[test]
    fn unknown_or_malformed_ids_are_missing_not_paths() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::in_data_dir(dir.path());
        assert!(matches!(p.get("../../etc"), Err(VaultError::Missing(_))));
        assert!(matches!(p.get("abcdef"), Err(VaultError::Missing(_))));
        assert!(matches!(p.get(""), Err(VaultError::Missing(_))));
        assert_eq!(p.list().unwrap(), []);
    }
}
