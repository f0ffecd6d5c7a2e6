//! The booklet as a PDF without a dialog: WebKitGTK prints the window (whose print stylesheet
//! keeps only the booklet sheet) to a file through GTK's "Print to File" backend.

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
    #[error("no documents or home folder to save into")]
    NoFolder,
    #[error("the folder cannot be written: {0}")]
    Folder(#[source] std::io::Error),
    #[error("printing failed: {0}")]
    Print(String),
    #[error("printing did not finish in time")]
    Timeout,
}

impl UserFacing for BookletError {
    fn code(&self) -> &'static str {
        match self {
            BookletError::FileName(_) => "booklet_file_name",
            BookletError::NoFolder | BookletError::Folder(_) => "booklet_folder",
            BookletError::Print(_) | BookletError::Timeout => "booklet_print_failed",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            BookletError::FileName(_) => "error-booklet-file-name",
            BookletError::NoFolder | BookletError::Folder(_) => "error-booklet-folder",
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

/// `<documents or home>/<file_name>`, with `-2`, `-3`… before `.pdf` if the name is taken.
pub fn target_path(window: &WebviewWindow, file_name: &str) -> Result<PathBuf, BookletError> {
    if !valid_file_name(file_name) {
        return Err(BookletError::FileName(file_name.to_owned()));
    }
    let paths = window.app_handle().path();
    let dir = paths
        .document_dir()
        .or_else(|_| paths.home_dir())
        .map_err(|_| BookletError::NoFolder)?;
    std::fs::create_dir_all(&dir).map_err(BookletError::Folder)?;
    Ok(free_name(&dir, file_name))
}

fn free_name(dir: &Path, file_name: &str) -> PathBuf {
    let stem = file_name.trim_end_matches(".pdf");
    let mut path = dir.join(file_name);
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.pdf"));
        n += 1;
    }
    path
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
    fn a_taken_name_gets_a_number() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.pdf"), "x").unwrap();
        std::fs::write(dir.path().join("b-2.pdf"), "x").unwrap();
        assert_eq!(free_name(dir.path(), "b.pdf"), dir.path().join("b-3.pdf"));
        assert_eq!(free_name(dir.path(), "c.pdf"), dir.path().join("c.pdf"));
    }
}
