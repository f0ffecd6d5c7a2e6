//! Commands of the counsellor's daily work: client files, sessions, next steps, search. Each
//! converts its DTO and makes one call into the application layer. A locked vault answers
//! `locked`.

use avenir_api::core::InvalidInput;
use avenir_api::core::follow_up::ClientFilter;
use avenir_api::core::session::Decision;
use avenir_api::{ClientSort, SessionText};
use tauri::State;

use crate::commands::Reply;
use crate::dto_clients::{
    ClientDto, ClientInputDto, ClientRowDto, CodeDto, IdentifiersDto, NextStepDto, OverviewDto,
    SearchHitDto, SessionDto, SessionInputDto,
};
use crate::state::AppState;

#[tauri::command]
pub fn list_clients(
    state: State<'_, AppState>,
    filter: String,
    sort: String,
) -> Reply<Vec<ClientRowDto>> {
    let filter = ClientFilter::parse(&filter).ok_or(InvalidInput("filter"))?;
    let sort = ClientSort::parse(&sort).ok_or(InvalidInput("sort"))?;
    let rows = state.client_rows(filter, sort)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn suggest_code(state: State<'_, AppState>) -> Reply<CodeDto> {
    Ok(CodeDto {
        code: state.suggest_code()?,
    })
}

#[tauri::command]
pub fn create_client(state: State<'_, AppState>, client: ClientInputDto) -> Reply<ClientDto> {
    Ok(state.create_client(client.into_domain()?)?.into())
}

#[tauri::command]
pub fn update_client(
    state: State<'_, AppState>,
    id: i64,
    client: ClientInputDto,
) -> Reply<ClientDto> {
    Ok(state.update_client(id, client.into_domain()?)?.into())
}

#[tauri::command]
pub fn delete_client(state: State<'_, AppState>, id: i64) -> Reply<()> {
    Ok(state.delete_client(id)?)
}

#[tauri::command]
pub fn client_overview(state: State<'_, AppState>, id: i64) -> Reply<OverviewDto> {
    Ok(state.overview(id)?.into())
}

#[tauri::command]
pub fn create_session(
    state: State<'_, AppState>,
    client_id: i64,
    session: SessionInputDto,
) -> Reply<SessionDto> {
    Ok(state
        .create_session(client_id, session.into_domain()?)?
        .into())
}

#[tauri::command]
pub fn update_session(
    state: State<'_, AppState>,
    session_id: i64,
    session: SessionInputDto,
) -> Reply<SessionDto> {
    Ok(state
        .update_session(session_id, session.into_domain()?)?
        .into())
}

#[tauri::command]
pub fn save_session_text(
    state: State<'_, AppState>,
    session_id: i64,
    field: String,
    text: String,
) -> Reply<()> {
    let field = session_text(&field).ok_or(InvalidInput("field"))?;
    Ok(state.save_session_text(session_id, field, &text)?)
}

/// Records the person's own decision on a session: a pathway, `open` (weighing again) or none.
#[tauri::command]
pub fn set_session_decision(
    state: State<'_, AppState>,
    session_id: i64,
    decision: Option<String>,
) -> Reply<()> {
    let decision = match decision.as_deref() {
        None => None,
        Some(d) => Some(Decision::parse(d).ok_or(InvalidInput("decision"))?),
    };
    Ok(state.set_session_decision(session_id, decision)?)
}

/// `save_session_text`'s `field` (declared to the UI as `dto_clients::SessionTextField`).
pub(crate) fn session_text(field: &str) -> Option<SessionText> {
    match field {
        "summary" => Some(SessionText::Summary),
        "privateNotes" => Some(SessionText::PrivateNotes),
        _ => None,
    }
}

#[tauri::command]
pub fn add_next_step(
    state: State<'_, AppState>,
    session_id: i64,
    text: String,
) -> Reply<NextStepDto> {
    Ok(state.add_next_step(session_id, &text)?.into())
}

#[tauri::command]
pub fn set_next_step_done(state: State<'_, AppState>, id: i64, done: bool) -> Reply<()> {
    Ok(state.set_next_step_done(id, done)?)
}

#[tauri::command]
pub fn search(state: State<'_, AppState>, query: String) -> Reply<Vec<SearchHitDto>> {
    Ok(state.search(&query)?.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn check_identifiers(text: String) -> IdentifiersDto {
    let kinds = avenir_api::core::identifiers::find_identifiers(&text)
        .into_iter()
        .map(|k| k.as_str())
        .collect();
    IdentifiersDto { kinds }
}
