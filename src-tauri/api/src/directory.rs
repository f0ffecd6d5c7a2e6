//! The referral directory: places a counsellor refers people to, searched, edited, and shared
//! with colleagues as CSV or TOML (never client data).

use std::path::Path;

use avenir_content::directory::{self as file, DirectoryFileError, Format};
use avenir_core::directory::{ImportPlan, RowProblem, Service, ServiceFilter, plan_import};
use avenir_vault::directory::{self as repo, ServiceRecord};

use crate::{ApiError, OpenVault};

/// What an import will do (a preview) or did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryImport {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: usize,
    /// Left alone: the entry here was checked more recently (line, name).
    pub kept_newer: Vec<(usize, String)>,
    /// Rows that are not an entry (line, why).
    pub bad: Vec<(usize, RowProblem)>,
    /// Columns of the file Avenir does not know, left out.
    pub ignored_columns: Vec<String>,
    /// Whether it was written (false for a preview).
    pub applied: bool,
}

impl From<DirectoryFileError> for ApiError {
    fn from(e: DirectoryFileError) -> Self {
        ApiError::DirectoryFile(e)
    }
}

/// The format of a directory file, from its name.
pub fn directory_format(path: &Path) -> Result<Format, ApiError> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    Ok(Format::of_file(name).ok_or(DirectoryFileError::UnknownFormat)?)
}

fn read_file(path: &Path) -> Result<Vec<u8>, ApiError> {
    let read = |source| ApiError::ReadFile {
        path: path.to_owned(),
        source,
    };
    if std::fs::metadata(path).map_err(read)?.len() > file::MAX_FILE_BYTES as u64 {
        return Err(DirectoryFileError::TooLarge.into());
    }
    std::fs::read(path).map_err(read)
}

/// Most entries a search in the app shows; more ask the counsellor to narrow the search.
pub const DIRECTORY_LIMIT: usize = 200;

/// Entries found, and whether there were more than were answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryHits {
    pub entries: Vec<ServiceRecord>,
    pub more: bool,
}

impl OpenVault {
    /// Every entry `filter` lets through (the command line's list, exports).
    pub fn directory(&self, filter: &ServiceFilter) -> Result<Vec<ServiceRecord>, ApiError> {
        Ok(repo::search(self.conn(), filter, usize::MAX)?)
    }

    /// The first [`DIRECTORY_LIMIT`] entries `filter` lets through, by name.
    pub fn directory_page(&self, filter: &ServiceFilter) -> Result<DirectoryHits, ApiError> {
        let mut entries = repo::search(self.conn(), filter, DIRECTORY_LIMIT + 1)?;
        let more = entries.len() > DIRECTORY_LIMIT;
        entries.truncate(DIRECTORY_LIMIT);
        Ok(DirectoryHits { entries, more })
    }

    pub fn add_service(&self, service: Service) -> Result<ServiceRecord, ApiError> {
        let service = service.validated()?;
        let id = repo::add(self.conn(), &service)?;
        Ok(ServiceRecord { id, service })
    }

    pub fn update_service(&self, id: i64, service: Service) -> Result<ServiceRecord, ApiError> {
        let service = service.validated()?;
        repo::update(self.conn(), id, &service)?;
        Ok(ServiceRecord { id, service })
    }

    pub fn delete_service(&self, id: i64) -> Result<(), ApiError> {
        Ok(repo::delete(self.conn(), id)?)
    }

    pub fn directory_count(&self) -> Result<u64, ApiError> {
        Ok(repo::count(self.conn())?)
    }

    /// What importing `bytes` would do (`apply` false) or does, in one transaction (`apply`
    /// true). Bad rows are reported and the good ones kept.
    pub fn directory_import(
        &self,
        bytes: &[u8],
        format: Format,
        apply: bool,
    ) -> Result<DirectoryImport, ApiError> {
        let read = file::read(bytes, format)?;
        let existing: Vec<(i64, Service)> = repo::all(self.conn())?
            .into_iter()
            .map(|r| (r.id, r.service))
            .collect();
        let plan: ImportPlan<i64> = plan_import(&existing, read.rows);
        if apply && plan.writes_anything() {
            repo::apply(self.conn(), &plan)?;
        }
        Ok(DirectoryImport {
            added: plan.added.iter().map(|s| s.name.clone()).collect(),
            changed: plan.changed.iter().map(|(_, s)| s.name.clone()).collect(),
            unchanged: plan.unchanged,
            kept_newer: plan.kept_newer,
            bad: plan.bad,
            ignored_columns: read.ignored_columns,
            applied: apply,
        })
    }

    /// The same, from a file (`.csv` or `.toml`).
    pub fn directory_import_file(
        &self,
        path: &Path,
        apply: bool,
    ) -> Result<DirectoryImport, ApiError> {
        let format = directory_format(path)?;
        self.directory_import(&read_file(path)?, format, apply)
    }

    /// The whole directory as a file of `format`.
    pub fn directory_export(&self, format: Format) -> Result<String, ApiError> {
        let entries: Vec<Service> = repo::all(self.conn())?
            .into_iter()
            .map(|r| r.service)
            .collect();
        Ok(file::write(&entries, format))
    }

    /// Writes the whole directory to `out` (whole or not at all); answers how many entries.
    pub fn directory_export_to(&self, format: Format, out: &Path) -> Result<u64, ApiError> {
        let text = self.directory_export(format)?;
        avenir_vault::write_atomically(out, text.as_bytes()).map_err(|source| {
            avenir_vault::VaultError::Write {
                path: out.to_owned(),
                source,
            }
        })?;
        self.directory_count()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use avenir_core::directory::ServiceKind;
    use avenir_vault::KdfParams;

    use super::*;
    use crate::{Env, FixedClock, SeededRandom};

    fn open(root: &Path) -> OpenVault {
        let env = Env {
            clock: Arc::new(FixedClock::at("2026-12-03T09:00:00Z", 1)),
            random: Arc::new(SeededRandom::new(1)),
        };
        OpenVault::create(
            &root.join("v"),
            "A",
            "orange kettle meadow violin harbour pepper",
            KdfParams::INSECURE_TEST,
            env,
        )
        .unwrap()
        .0
    }

    #[test]
    fn a_directory_exported_by_one_counsellor_imports_whole_at_a_colleague() {
        let tmp = tempfile::tempdir().unwrap();
        let a = open(&tmp.path().join("a"));
        let b = open(&tmp.path().join("b"));
        let mut s = Service::named("Fictional legal aid", ServiceKind::LegalAid);
        s.languages = vec!["ar".into()];
        s.anonymous = true;
        a.add_service(s).unwrap();
        a.add_service(Service::named("Fictional shelter", ServiceKind::Shelter))
            .unwrap();
        for format in [Format::Csv, Format::Toml] {
            let out = tmp.path().join(format!("dir.{}", format.extension()));
            assert_eq!(a.directory_export_to(format, &out).unwrap(), 2);
            let preview = b.directory_import_file(&out, false).unwrap();
            let expected_added = if format == Format::Csv { 2 } else { 0 };
            assert_eq!(preview.added.len(), expected_added, "{format:?}");
            assert_eq!(
                b.directory_count().unwrap(),
                if format == Format::Csv { 0 } else { 2 }
            );
            b.directory_import_file(&out, true).unwrap();
            assert_eq!(b.directory_count().unwrap(), 2);
        }
        let mine: Vec<_> = a
            .directory(&ServiceFilter::default())
            .unwrap()
            .into_iter()
            .map(|r| r.service)
            .collect();
        let theirs: Vec<_> = b
            .directory(&ServiceFilter::default())
            .unwrap()
            .into_iter()
            .map(|r| r.service)
            .collect();
        assert_eq!(mine, theirs);
        let again = b
            .directory_import_file(&tmp.path().join("dir.csv"), true)
            .unwrap();
        assert_eq!(
            (again.added.len(), again.changed.len(), again.unchanged),
            (0, 0, 2)
        );
    }

    #[test]
    fn a_file_that_is_not_a_directory_is_refused_and_changes_nothing() {
        use avenir_core::UserFacing;
        let tmp = tempfile::tempdir().unwrap();
        let v = open(tmp.path());
        let png = tmp.path().join("photo.csv");
        std::fs::write(&png, [0x89, b'P', b'N', b'G', 0, 0, 1]).unwrap();
        assert_eq!(
            v.directory_import_file(&png, true).unwrap_err().code(),
            "directory_file_not_text"
        );
        let odd = tmp.path().join("list.xlsx");
        std::fs::write(&odd, "x").unwrap();
        assert_eq!(
            v.directory_import_file(&odd, true).unwrap_err().code(),
            "directory_file_unknown_format"
        );
        assert_eq!(v.directory_count().unwrap(), 0);
    }
}
