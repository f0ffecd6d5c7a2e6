//! Counsellor profiles on this computer: `<data>/profiles/<id>/` with `header`, `vault.db`, a
//! non-secret `label` (e.g. "Counsellor A", never a client's name) and `instance.lock`.

use std::fs;
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
