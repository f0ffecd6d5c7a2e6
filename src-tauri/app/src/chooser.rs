//! The native chooser of a folder or a file, built once for every feature that needs a place on
//! disk (backups and restore, the booklet's PDF). GTK's recent-files list is switched off for the
//! whole app at start ([`forget_recent_files`]), so a chosen backup folder, a saved PDF or an
//! imported photo leaves no trace in `recently-used.xbel`: the setting is process-wide, and
//! WebKitGTK runs the chooser of the photo import's `<input type=file>` in this same process.
//!
//! With the `e2e` feature (end-to-end test builds only, in their own target directory) no
//! dialog opens: WebDriver cannot drive a native one, so the chooser answers with the path
//! written in the file named by `AVENIR_E2E_CHOOSER` (empty: cancelled), and hands the chosen
//! path to GTK's recent-files manager as GTK's own chooser does when a choice is accepted — so
//! the end-to-end test of traces fails if the recent-files list is not switched off.

use std::path::PathBuf;

use avenir_api::core::{ErrorArg, UserFacing};
use tauri::WebviewWindow;

/// What to choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Folder,
    /// An existing file whose name ends with one of `extensions`.
    File {
        extensions: &'static [&'static str],
    },
    /// Where to save a new file: the dialog opens in `folder` with `name` filled in, and asks
    /// before replacing a file.
    Save {
        extension: &'static str,
        name: String,
        folder: PathBuf,
    },
}

/// The dialog's texts, already translated.
#[cfg_attr(feature = "e2e", allow(dead_code))]
pub struct Texts {
    pub title: String,
    pub accept: String,
    pub cancel: String,
}

impl Texts {
    /// The dialog's texts from the messages `title` and `accept` (the cancel button is always
    /// `chooser-cancel`), in the interface language.
    pub fn from_messages(l10n: &avenir_api::i18n::Localizer, title: &str, accept: &str) -> Self {
        Texts {
            title: l10n.format(title, &[]),
            accept: l10n.format(accept, &[]),
            cancel: l10n.format("chooser-cancel", &[]),
        }
    }
}

/// A file the UI names by the path the chooser gave it: never empty.
pub fn chosen_file(path: &str) -> Result<PathBuf, avenir_api::core::InvalidInput> {
    if path.trim().is_empty() {
        return Err(avenir_api::core::InvalidInput("file"));
    }
    Ok(PathBuf::from(path))
}

#[derive(Debug, thiserror::Error)]
#[error("the chooser could not open: {0}")]
pub struct ChooserError(String);

impl UserFacing for ChooserError {
    fn code(&self) -> &'static str {
        "chooser_failed"
    }
    fn message_id(&self) -> &'static str {
        "error-chooser-failed"
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        Vec::new()
    }
}

/// Asks the counsellor for a folder or a file; `None` when she cancels.
#[cfg(not(feature = "e2e"))]
pub fn choose(
    window: &WebviewWindow,
    pick: Pick,
    texts: Texts,
) -> Result<Option<PathBuf>, ChooserError> {
    native::choose(window, pick, texts)
}

/// End-to-end builds: the path the test wrote into `$AVENIR_E2E_CHOOSER`.
#[cfg(feature = "e2e")]
pub fn choose(window: &WebviewWindow, _: Pick, _: Texts) -> Result<Option<PathBuf>, ChooserError> {
    let file = std::env::var_os("AVENIR_E2E_CHOOSER")
        .ok_or_else(|| ChooserError("AVENIR_E2E_CHOOSER is not set".into()))?;
    let chosen = std::fs::read_to_string(file).map_err(|e| ChooserError(e.to_string()))?;
    let chosen = chosen.trim();
    if chosen.is_empty() {
        return Ok(None);
    }
    let chosen = PathBuf::from(chosen);
    native::record_as_recent(window, &chosen)?;
    Ok(Some(chosen))
}

/// Switches GTK's list of recently used files off for this process.
#[cfg(target_os = "linux")]
pub fn forget_recent_files() {
    use gtk::prelude::ObjectExt;
    if let Some(settings) = gtk::Settings::default() {
        settings.set_property("gtk-recent-files-enabled", false);
        settings.set_property("gtk-recent-files-max-age", 0i32);
    }
}

#[cfg(not(target_os = "linux"))]
pub fn forget_recent_files() {}

// Built in every Linux build (in `e2e` builds too, unused there), so the GTK code is always
// compiled and checked.
#[cfg(target_os = "linux")]
#[cfg_attr(feature = "e2e", allow(dead_code))]
mod native {
    use std::path::PathBuf;

    use gtk::prelude::{DialogExt, FileChooserExt, GtkWindowExt, RecentManagerExt};
    use tauri::WebviewWindow;

    use super::{ChooserError, Pick, Texts};

    pub fn choose(
        window: &WebviewWindow,
        pick: Pick,
        texts: Texts,
    ) -> Result<Option<PathBuf>, ChooserError> {
        let (tx, rx) = std::sync::mpsc::channel();
        let owner = window.clone();
        window
            .run_on_main_thread(move || {
                let parent = owner.gtk_window().ok();
                let action = match pick {
                    Pick::Folder => gtk::FileChooserAction::SelectFolder,
                    Pick::File { .. } => gtk::FileChooserAction::Open,
                    Pick::Save { .. } => gtk::FileChooserAction::Save,
                };
                let dialog = gtk::FileChooserDialog::with_buttons(
                    Some(texts.title.as_str()),
                    parent.as_ref(),
                    action,
                    &[
                        (texts.cancel.as_str(), gtk::ResponseType::Cancel),
                        (texts.accept.as_str(), gtk::ResponseType::Accept),
                    ],
                );
                dialog.set_modal(true);
                dialog.set_local_only(true);
                let extensions: &[&str] = match &pick {
                    Pick::File { extensions } => extensions,
                    Pick::Save { extension, .. } => std::slice::from_ref(extension),
                    Pick::Folder => &[],
                };
                if !extensions.is_empty() {
                    let filter = gtk::FileFilter::new();
                    for extension in extensions {
                        filter.add_pattern(&format!("*.{extension}"));
                    }
                    dialog.set_filter(&filter);
                }
                if let Pick::Save { name, folder, .. } = &pick {
                    dialog.set_do_overwrite_confirmation(true);
                    dialog.set_current_folder(folder);
                    dialog.set_current_name(name);
                }
                let chosen = match dialog.run() {
                    gtk::ResponseType::Accept => dialog.filename(),
                    _ => None,
                };
                dialog.close();
                let _ = tx.send(chosen);
            })
            .map_err(|e| ChooserError(e.to_string()))?;
        rx.recv().map_err(|e| ChooserError(e.to_string()))
    }

    /// What GTK's own chooser does with an accepted choice (`add_selection_to_recent_list` in
    /// GTK 3's file chooser widget): hands it to the default recent-files manager, which writes
    /// `recently-used.xbel` unless [`super::forget_recent_files`] switched the list off. Only
    /// the `e2e` chooser seam calls it.
    #[cfg_attr(not(feature = "e2e"), allow(dead_code))]
    pub fn record_as_recent(
        window: &WebviewWindow,
        path: &std::path::Path,
    ) -> Result<(), ChooserError> {
        let uri = gtk::glib::filename_to_uri(path, None)
            .map_err(|e| ChooserError(e.to_string()))?
            .to_string();
        window
            .run_on_main_thread(move || {
                if let Some(recent) = gtk::RecentManager::default() {
                    recent.add_item(&uri);
                }
            })
            .map_err(|e| ChooserError(e.to_string()))
    }
}

#[cfg(not(target_os = "linux"))]
#[cfg_attr(feature = "e2e", allow(dead_code))]
mod native {
    use std::path::PathBuf;

    use tauri::WebviewWindow;

    use super::{ChooserError, Pick, Texts};

    /// Windows and macOS: not built yet (PACKAGING.md, "Not yet built").
    pub fn choose(_: &WebviewWindow, _: Pick, _: Texts) -> Result<Option<PathBuf>, ChooserError> {
        Err(ChooserError("no native chooser on this system yet".into()))
    }

    /// No GTK recent-files list here.
    #[cfg_attr(not(feature = "e2e"), allow(dead_code))]
    pub fn record_as_recent(_: &WebviewWindow, _: &std::path::Path) -> Result<(), ChooserError> {
        Ok(())
    }
}
