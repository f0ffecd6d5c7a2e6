//! The desktop app's referral directory, on the vault the app has open, and the organisation's
//! starting directory offered on first use.

use std::path::{Path, PathBuf};

use avenir_core::directory::{Service, ServiceFilter};
use avenir_vault::directory::ServiceRecord;

use crate::{ApiError, Avenir, DirectoryFormat, DirectoryHits, DirectoryImport};

/// The setting that remembers the starting directory was imported or declined.
const OFFER_SETTING: &str = "directory_offer_done";

impl Avenir {
    pub fn directory(&self, filter: &ServiceFilter) -> Result<DirectoryHits, ApiError> {
        self.access.with_open(|v| v.directory_page(filter))
    }

    pub fn add_service(&self, service: Service) -> Result<ServiceRecord, ApiError> {
        self.access.with_open(|v| v.add_service(service))
    }

    pub fn update_service(&self, id: i64, service: Service) -> Result<ServiceRecord, ApiError> {
        self.access.with_open(|v| v.update_service(id, service))
    }

    pub fn delete_service(&self, id: i64) -> Result<(), ApiError> {
        self.access.with_open(|v| v.delete_service(id))
    }

    pub fn directory_import_file(
        &self,
        path: &Path,
        apply: bool,
    ) -> Result<DirectoryImport, ApiError> {
        self.access
            .with_open(|v| v.directory_import_file(path, apply))
    }

    pub fn directory_export_to(
        &self,
        format: DirectoryFormat,
        out: &Path,
    ) -> Result<u64, ApiError> {
        self.access
            .with_open(|v| v.directory_export_to(format, out))
    }

    /// The organisation's starting directory (`content/directory.csv` or `.toml`), when the
    /// directory is still empty and it was neither imported nor declined.
    pub fn directory_offer(&self) -> Result<Option<PathBuf>, ApiError> {
        let file = ["directory.csv", "directory.toml"]
            .iter()
            .map(|n| self.content_dir.join(n))
            .find(|p| p.is_file());
        let Some(file) = file else {
            return Ok(None);
        };
        self.access.with_open(|v| {
            let done = v.vault.setting(OFFER_SETTING)?.is_some();
            Ok((!done && v.directory_count()? == 0).then_some(file))
        })
    }

    /// Imports the starting directory (`apply`) or declines it; either way it is not offered again.
    pub fn answer_directory_offer(&self, apply: bool) -> Result<Option<DirectoryImport>, ApiError> {
        let Some(file) = self.directory_offer()? else {
            return Ok(None);
        };
        let imported = if apply {
            Some(self.directory_import_file(&file, true)?)
        } else {
            None
        };
        self.access
            .with_open(|v| Ok(v.vault.set_setting(OFFER_SETTING, "1")?))?;
        Ok(imported)
    }
}
