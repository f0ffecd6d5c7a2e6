//! The projector window: a second window for the wall (or a screen turned towards the person).
//! It shows only what the counsellor window sends it by event; its capability
//! (`capabilities/projector.json`) grants no command at all, and the media protocol refuses it.
//! It goes full screen on the chosen display, and on the same display next time.

use avenir_api::core::{ErrorArg, UserFacing};
use serde::Serialize;
use tauri::{AppHandle, Manager, Monitor, WebviewUrl, WebviewWindowBuilder};
use ts_rs::TS;

use crate::state::AppState;

pub const LABEL: &str = "projector";
/// The page the projector window loads: the UI shows the wall view for it.
const URL: &str = "index.html?view=projector";

#[derive(Debug, thiserror::Error)]
pub enum ProjectorError {
    #[error("no display is available")]
    NoDisplay,
    #[error("the projector window could not be opened: {0}")]
    Window(#[from] tauri::Error),
}

impl UserFacing for ProjectorError {
    fn code(&self) -> &'static str {
        match self {
            ProjectorError::NoDisplay => "no_display",
            ProjectorError::Window(_) => "projector_failed",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            ProjectorError::NoDisplay => "error-projector-no-display",
            ProjectorError::Window(_) => "error-projector-failed",
        }
    }
    fn args(&self) -> Vec<(&'static str, ErrorArg)> {
        Vec::new()
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonitorDto {
    pub name: String,
    pub width: u32,
    pub height: u32,
    pub x: i32,
    pub y: i32,
    pub primary: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProjectorStatusDto {
    pub open: bool,
    /// The display it is on (or will open on): the saved choice when there is one.
    pub monitor: Option<String>,
    pub monitors: Vec<MonitorDto>,
}

/// Displays get a name from the system; one without gets its position as a name.
fn name_of(m: &Monitor) -> String {
    m.name().cloned().unwrap_or_else(|| {
        format!(
            "{}x{}+{}+{}",
            m.size().width,
            m.size().height,
            m.position().x,
            m.position().y
        )
    })
}

fn monitors(app: &AppHandle) -> Vec<(Monitor, bool)> {
    let primary = app.primary_monitor().ok().flatten().map(|m| name_of(&m));
    app.available_monitors()
        .unwrap_or_default()
        .into_iter()
        .map(|m| {
            let is_primary = primary.as_deref() == Some(name_of(&m).as_str());
            (m, is_primary)
        })
        .collect()
}

fn dto(m: &Monitor, primary: bool) -> MonitorDto {
    MonitorDto {
        name: name_of(m),
        width: m.size().width,
        height: m.size().height,
        x: m.position().x,
        y: m.position().y,
        primary,
    }
}

pub fn status(app: &AppHandle, state: &AppState) -> ProjectorStatusDto {
    let all = monitors(app);
    ProjectorStatusDto {
        open: app.get_webview_window(LABEL).is_some(),
        monitor: state.projector_monitor(),
        monitors: all.iter().map(|(m, p)| dto(m, *p)).collect(),
    }
}

/// The display to use: the one asked for, else the saved one, else one that is not the
/// counsellor's (primary) screen, else the only one.
fn choose(all: &[(Monitor, bool)], asked: Option<&str>, saved: Option<&str>) -> Option<Monitor> {
    let named = |n: &str| {
        all.iter()
            .find(|(m, _)| name_of(m) == n)
            .map(|(m, _)| m.clone())
    };
    asked
        .and_then(named)
        .or_else(|| saved.and_then(named))
        .or_else(|| all.iter().find(|(_, p)| !p).map(|(m, _)| m.clone()))
        .or_else(|| all.first().map(|(m, _)| m.clone()))
}

pub fn open(
    app: &AppHandle,
    state: &AppState,
    asked: Option<&str>,
    automation: bool,
) -> Result<ProjectorStatusDto, ProjectorError> {
    let all = monitors(app);
    let saved = state.projector_monitor();
    let monitor = choose(&all, asked, saved.as_deref()).ok_or(ProjectorError::NoDisplay)?;
    let (pos, size) = (monitor.position(), monitor.size());
    let scale = monitor.scale_factor();
    let window = match app.get_webview_window(LABEL) {
        Some(w) => {
            w.set_fullscreen(false)?;
            w.set_position(*pos)?;
            w
        }
        None => WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App(URL.into()))
            .title("Avenir")
            .incognito(!(cfg!(target_os = "linux") && automation))
            .position(f64::from(pos.x) / scale, f64::from(pos.y) / scale)
            .inner_size(
                f64::from(size.width) / scale,
                f64::from(size.height) / scale,
            )
            .focused(false)
            .build()?,
    };
    window.set_fullscreen(true)?;
    state.remember_projector_monitor(&name_of(&monitor));
    Ok(status(app, state))
}

pub fn close(app: &AppHandle) -> Result<(), ProjectorError> {
    if let Some(w) = app.get_webview_window(LABEL) {
        w.destroy()?;
    }
    Ok(())
}
