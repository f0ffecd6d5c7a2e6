//! Commands of the exercises and the decision journal: the content library, answers (checked
//! against their field's definition by the application layer) and journal entries.

use avenir_api::core::content::Answer;
use tauri::State;

use crate::commands::Reply;
use crate::dto::CatalogueDto;
use crate::dto_worksheets::{
    ActivityDto, AnswerRecordDto, JournalEntryDto, JournalInputDto, LibraryDto,
};
use crate::state::AppState;

#[tauri::command]
pub fn content_library(state: State<'_, AppState>) -> LibraryDto<'_> {
    let state = state.inner();
    LibraryDto::new(state.library(), state.today())
}

#[tauri::command]
pub fn content_catalogue(state: State<'_, AppState>, locale: String) -> Reply<CatalogueDto> {
    Ok(state.content_catalogue(&locale)?.into())
}

#[tauri::command]
pub fn exercise_answers(
    state: State<'_, AppState>,
    client_id: i64,
    exercise: String,
) -> Reply<Vec<AnswerRecordDto>> {
    let rows = state.answers(client_id, &exercise)?;
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
    Ok(state
        .save_answer(session_id, &exercise, &field, answer)?
        .into())
}

#[tauri::command]
pub fn exercise_activity(state: State<'_, AppState>, client_id: i64) -> Reply<Vec<ActivityDto>> {
    let rows = state.exercise_activity(client_id)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn save_journal_entry(
    state: State<'_, AppState>,
    session_id: i64,
    entry: JournalInputDto,
) -> Reply<JournalEntryDto> {
    Ok(state
        .save_journal_entry(session_id, entry.into_domain()?)?
        .into())
}

#[tauri::command]
pub fn decision_journal(state: State<'_, AppState>, client_id: i64) -> Reply<Vec<JournalEntryDto>> {
    let rows = state.decision_journal(client_id)?;
    Ok(rows.into_iter().map(Into::into).collect())
}
