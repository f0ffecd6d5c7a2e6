//! The booklet as a PDF: the counsellor chooses where (the native chooser, in save mode), then
//! WebKitGTK prints the window (whose print stylesheet keeps only the booklet sheet) to that
//! file through GTK's "Print to File" backend, without a print dialog.
//!
//! The PDF is not encrypted (the UI says so before the chooser opens). The chooser opens on a
//! removable drive when one is mounted (`/media/<user>/…` or `/run/media/<user>/…`: desktop
//! search indexers — GNOME's Tracker, KDE's Baloo — leave removable drives alone by default, and
//! the file leaves with the drive), else in the home folder — never in `Documents` or `Desktop`,
//! which Tracker indexes recursively, nor in a Dropbox, Nextcloud or OneDrive folder, which
//! uploads what lands in it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use avenir_api::core::{ErrorArg, UserFacing};
use tauri::{Manager, WebviewWindow};

/// Longest wait for the print to finish (a booklet of many photos takes a few seconds).
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

/// The booklet's paper size (`save_booklet_pdf`'s `paper`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ts_rs::TS)]
#[ts(rename_all = "lowercase")]
pub enum Paper {
    A4,
    A5,
}

impl Paper {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "a4" => Some(Paper::A4),
            "a5" => Some(Paper::A5),
            _ => None,
        }
    }

    #[cfg(target_os = "linux")]
    fn gtk_name(self) -> &'static str {
        match self {
            Paper::A4 => "iso_a4",
            Paper::A5 => "iso_a5",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BookletError {
    #[error("the file name {0:?} is not allowed")]
    FileName(String),
    #[error("no home folder to save into")]
    NoFolder,
    #[error("the chosen folder does not exist")]
    Folder,
    #[error("printing failed: {0}")]
    Print(String),
    #[error("printing did not finish in time")]
    Timeout,
}

impl UserFacing for BookletError {
    fn code(&self) -> &'static str {
        match self {
            BookletError::FileName(_) => "booklet_file_name",
            BookletError::NoFolder | BookletError::Folder => "booklet_folder",
            BookletError::Print(_) | BookletError::Timeout => "booklet_print_failed",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            BookletError::FileName(_) => "error-booklet-file-name",
            BookletError::NoFolder | BookletError::Folder => "error-booklet-folder",
            BookletError::Print(_) | BookletError::Timeout => "error-booklet-print-failed",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        Vec::new()
    }
}

/// A plain file name ending in `.pdf`: letters, digits, spaces, dots, hyphens, underscores.
fn valid_file_name(name: &str) -> bool {
    name.len() <= 120
        && name.ends_with(".pdf")
        && name.len() > 4
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_'))
}

/// Checks the name the chooser suggests (`avenir-booklet-2026-11-29.pdf`).
pub fn suggested_name(file_name: &str) -> Result<String, BookletError> {
    if valid_file_name(file_name) {
        Ok(file_name.to_owned())
    } else {
        Err(BookletError::FileName(file_name.to_owned()))
    }
}

/// Where the chooser opens: a mounted removable drive of the user if there is one, else home.
pub fn default_folder(window: &WebviewWindow) -> Result<PathBuf, BookletError> {
    let home = window
        .app_handle()
        .path()
        .home_dir()
        .map_err(|_| BookletError::NoFolder)?;
    let user = std::env::var("USER").ok();
    let mounts = [Path::new("/media"), Path::new("/run/media")];
    Ok(removable_drive(&mounts, user.as_deref()).unwrap_or(home))
}

/// The first (by name) folder mounted under `<root>/<user>/` for one of `roots`.
fn removable_drive(roots: &[&Path], user: Option<&str>) -> Option<PathBuf> {
    let user = user.filter(|u| !u.is_empty() && !u.contains('/'))?;
    roots.iter().find_map(|root| {
        let mut drives: Vec<PathBuf> = std::fs::read_dir(root.join(user))
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        drives.sort();
        drives.into_iter().next()
    })
}

/// The file the counsellor chose, ending in `.pdf` (added when she typed a name without it), in
/// a folder that exists.
pub fn chosen_path(chosen: PathBuf) -> Result<PathBuf, BookletError> {
    let is_pdf = chosen
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let path = if is_pdf {
        chosen
    } else {
        let mut name = chosen.into_os_string();
        name.push(".pdf");
        PathBuf::from(name)
    };
    if !path.parent().is_some_and(Path::is_dir) {
        return Err(BookletError::Folder);
    }
    Ok(path)
}

#[cfg(target_os = "linux")]
pub fn print_to_pdf(window: &WebviewWindow, path: &Path, paper: Paper) -> Result<(), BookletError> {
    use std::cell::RefCell;
    use std::rc::Rc;

    use webkit2gtk::{PrintOperation, PrintOperationExt};

    let uri = gtk::glib::filename_to_uri(path, None)
        .map_err(|e| BookletError::Print(e.to_string()))?
        .to_string();
    let (tx, rx) = std::sync::mpsc::channel::<Result<(), String>>();
    window
        .with_webview(move |webview| {
            let op = PrintOperation::new(&webview.inner());
            let settings = gtk::PrintSettings::new();
            settings.set_printer("Print to File");
            settings.set(gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT, Some("pdf"));
            settings.set(gtk::PRINT_SETTINGS_OUTPUT_URI, Some(&uri));
            let size = gtk::PaperSize::new(Some(paper.gtk_name()));
            settings.set_paper_size(&size);
            let setup = gtk::PageSetup::new();
            setup.set_paper_size_and_default_margins(&size);
            op.set_print_settings(&settings);
            op.set_page_setup(&setup);
            // The operation must live until it reports; it is dropped when it does.
            let keep: Rc<RefCell<Option<PrintOperation>>> = Rc::new(RefCell::new(None));
            let (done, failed) = (tx.clone(), tx);
            let (keep_done, keep_failed) = (keep.clone(), keep.clone());
            op.connect_finished(move |_| {
                let _ = done.send(Ok(()));
                keep_done.borrow_mut().take();
            });
            op.connect_failed(move |_, e| {
                let _ = failed.send(Err(e.to_string()));
                keep_failed.borrow_mut().take();
            });
            op.print();
            *keep.borrow_mut() = Some(op);
        })
        .map_err(|e| BookletError::Print(e.to_string()))?;
    match rx.recv_timeout(PRINT_TIMEOUT) {
        Ok(Ok(())) if path.is_file() => Ok(()),
        Ok(Ok(())) => Err(BookletError::Print("no file was written".into())),
        Ok(Err(e)) => Err(BookletError::Print(e)),
        Err(_) => Err(BookletError::Timeout),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn print_to_pdf(_: &WebviewWindow, _: &Path, _: Paper) -> Result<(), BookletError> {
    Err(BookletError::Print(
        "printing to a file needs WebKitGTK".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_pdf_names_are_accepted() {
        for good in ["avenir-booklet-2026-11-29.pdf", "album 2.pdf", "a.pdf"] {
            assert!(valid_file_name(good), "{good}");
        }
        for bad in [
            "../x.pdf",
            "/tmp/x.pdf",
            ".hidden.pdf",
            "x.txt",
            ".pdf",
            "naïve.pdf",
            "a\\b.pdf",
        ] {
            assert!(!valid_file_name(bad), "{bad}");
        }
    }

    #[test]
    fn a_chosen_name_gets_pdf_and_needs_an_existing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        assert_eq!(chosen_path(d.join("b.pdf")).unwrap(), d.join("b.pdf"));
        assert_eq!(chosen_path(d.join("b.PDF")).unwrap(), d.join("b.PDF"));
        assert_eq!(
            chosen_path(d.join("booklet")).unwrap(),
            d.join("booklet.pdf")
        );
        assert!(matches!(
            chosen_path(d.join("gone/b.pdf")),
            Err(BookletError::Folder)
        ));
    }

    #[test]
    fn the_chooser_opens_on_a_removable_drive_when_one_is_mounted() {
        let tmp = tempfile::tempdir().unwrap();
        let (media, run_media) = (tmp.path().join("media"), tmp.path().join("run-media"));
        let roots = [media.as_path(), run_media.as_path()];
        assert_eq!(removable_drive(&roots, Some("ana")), None);
        std::fs::create_dir_all(run_media.join("ana/USB STICK")).unwrap();
        std::fs::create_dir_all(run_media.join("ana/A-DRIVE")).unwrap();
        std::fs::create_dir_all(media.join("bob/OTHER")).unwrap();
        assert_eq!(
            removable_drive(&roots, Some("ana")),
            Some(run_media.join("ana/A-DRIVE"))
        );
        assert_eq!(removable_drive(&roots, Some("carl")), None);
        assert_eq!(removable_drive(&roots, Some("../bob")), None);
        assert_eq!(removable_drive(&roots, None), None);
    }
}
