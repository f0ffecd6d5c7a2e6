//! Commands of the exercises, the pathway cards and the decision journal. Answers are checked
//! against their definition by core before the vault stores them. A locked vault answers
//! `locked`; the content library and catalogues need no vault (they hold no client data).

use avenir_core::content::Answer;
use avenir_vault::worksheets as repo;
use chrono::{Local, Utc};
use tauri::State;

use crate::dto::CatalogueDto;
use crate::dto_worksheets::{
    ActivityDto, AnswerRecordDto, JournalEntryDto, JournalInputDto, LibraryDto,
};
use crate::error::CommandError;
use crate::state::AppState;
use crate::vaults::SessionError;

type Reply<T> = Result<T, CommandError>;

fn fail(e: impl Into<SessionError>) -> CommandError {
    CommandError::from(e.into())
}

fn now() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[tauri::command]
pub fn content_library(state: State<'_, AppState>) -> LibraryDto<'_> {
    LibraryDto::new(state.inner().library(), Local::now().date_naive())
}

#[tauri::command]
pub fn content_catalogue(state: State<'_, AppState>, locale: String) -> Reply<CatalogueDto> {
    state
        .content_catalogue(&locale)
        .map(Into::into)
        .map_err(CommandError::from)
}

#[tauri::command]
pub fn exercise_answers(
    state: State<'_, AppState>,
    client_id: i64,
    exercise: String,
) -> Reply<Vec<AnswerRecordDto>> {
    let rows = state
        .vaults
        .with_vault(|v| repo::answers_of(v.conn(), client_id, Some(&exercise)))
        .map_err(fail)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn save_answer(
    state: State<'_, AppState>,
    session_id: i64,
    exercise: String,
    field: String,
    answer: Answer,
) -> Reply<AnswerRecordDto> {
    let answer = state
        .library()
        .check_answer(&exercise, &field, answer)
        .map_err(fail)?;
    let now = now();
    let record = state
        .vaults
        .with_vault(|v| repo::save_answer(v.conn(), session_id, &exercise, &field, &answer, &now))
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn exercise_activity(state: State<'_, AppState>, client_id: i64) -> Reply<Vec<ActivityDto>> {
    let rows = state
        .vaults
        .with_vault(|v| repo::exercise_activity(v.conn(), client_id))
        .map_err(fail)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn save_journal_entry(
    state: State<'_, AppState>,
    session_id: i64,
    entry: JournalInputDto,
) -> Reply<JournalEntryDto> {
    let entry = entry.into_domain().map_err(fail)?.check().map_err(fail)?;
    let now = now();
    let record = state
        .vaults
        .with_vault(|v| repo::save_journal_entry(v.conn(), session_id, &entry, &now))
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn decision_journal(state: State<'_, AppState>, client_id: i64) -> Reply<Vec<JournalEntryDto>> {
    let rows = state
        .vaults
        .with_vault(|v| repo::journal_of(v.conn(), client_id))
        .map_err(fail)?;
    Ok(rows.into_iter().map(Into::into).collect())
}
