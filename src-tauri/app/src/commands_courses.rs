//! Commands of group courses and the projector window. Courses live in the vault (anonymous
//! facts only); the projector commands only open, place and close the window — what it shows
//! travels by event from the counsellor window, never through a command of its own.

use avenir_api::CourseRecord;
use avenir_api::core::InvalidInput;
use avenir_api::core::course::{Course, CourseFacts, Day};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::commands::Reply;
use crate::error::CommandError;
use crate::projector::{self, ProjectorStatusDto};
use crate::state::AppState;

/// A facilitator's course: anonymous facts only, never names.
#[derive(Debug, Deserialize, Serialize, Clone, TS)]
#[serde(rename_all = "camelCase")]
pub struct CourseInputDto {
    pub title: String,
    /// The plan it was copied from.
    pub plan: Option<String>,
    /// `YYYY-MM-DD` or null.
    pub held_on: Option<String>,
    /// A place label such as "Antwerp, room 2".
    #[serde(default)]
    pub place: String,
    pub participants: Option<u32>,
    /// BCP 47 tags of the languages used in the group.
    #[serde(default)]
    pub languages: Vec<String>,
    pub days: Vec<Day>,
}

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CourseDto {
    pub id: i64,
    #[serde(flatten)]
    pub course: CourseInputDto,
    pub created_at: String,
    pub updated_at: String,
}

impl From<CourseRecord> for CourseDto {
    fn from(r: CourseRecord) -> Self {
        CourseDto {
            id: r.id,
            course: CourseInputDto {
                title: r.course.title,
                plan: r.course.plan,
                held_on: r.course.facts.held_on.map(|d| d.to_string()),
                place: r.course.facts.place,
                participants: r.course.facts.participants,
                languages: r.course.facts.languages,
                days: r.course.days,
            },
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

impl CourseInputDto {
    /// Into the domain value; the application layer checks it against the content library.
    fn into_domain(self) -> Result<Course, InvalidInput> {
        let held_on = match self
            .held_on
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(d) => Some(
                d.parse::<NaiveDate>()
                    .map_err(|_| InvalidInput("held_on"))?,
            ),
        };
        Ok(Course {
            title: self.title,
            plan: self.plan,
            facts: CourseFacts {
                held_on,
                place: self.place,
                participants: self.participants,
                languages: self.languages,
            },
            days: self.days,
        })
    }
}

#[tauri::command]
pub fn courses(state: State<'_, AppState>) -> Reply<Vec<CourseDto>> {
    Ok(state.courses()?.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn create_course(state: State<'_, AppState>, course: CourseInputDto) -> Reply<CourseDto> {
    Ok(state.create_course(course.into_domain()?)?.into())
}

#[tauri::command]
pub fn update_course(
    state: State<'_, AppState>,
    id: i64,
    course: CourseInputDto,
) -> Reply<CourseDto> {
    Ok(state.update_course(id, course.into_domain()?)?.into())
}

#[tauri::command]
pub fn delete_course(state: State<'_, AppState>, id: i64) -> Reply<()> {
    Ok(state.delete_course(id)?)
}

#[tauri::command]
pub fn projector_status(app: AppHandle, state: State<'_, AppState>) -> ProjectorStatusDto {
    projector::status(&app, &state)
}

/// Async: the window is created on the event loop while this waits off the UI thread.
#[tauri::command]
pub async fn open_projector(
    app: AppHandle,
    state: State<'_, AppState>,
    monitor: Option<String>,
) -> Reply<ProjectorStatusDto> {
    projector::open(
        &app,
        &state,
        monitor.as_deref(),
        crate::webview_automation_requested(),
    )
    .map_err(CommandError::from)
}

#[tauri::command]
pub async fn close_projector(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Reply<ProjectorStatusDto> {
    projector::close(&app).map_err(CommandError::from)?;
    Ok(projector::status(&app, &state))
}
