//! Commands of the counsellor's daily work: client files, sessions, next steps, search. Each
//! converts its DTO (validated by core), makes one repository call on the open vault, and maps
//! the result. A locked vault answers `locked`.

use avenir_core::follow_up::ClientFilter;
use avenir_vault::clients as repo;
use avenir_vault::{ClientSort, SessionText};
use chrono::{Datelike, Local};
use tauri::State;

use crate::dto_clients::{
    ClientDto, ClientInputDto, ClientRowDto, CodeDto, IdentifiersDto, NextStepDto, OverviewDto,
    SearchHitDto, SessionDto, SessionInputDto,
};
use crate::error::CommandError;
use crate::state::AppState;
use crate::vaults::SessionError;

type Reply<T> = Result<T, CommandError>;

fn fail(e: impl Into<SessionError>) -> CommandError {
    CommandError::from(e.into())
}

fn unknown(field: &'static str) -> CommandError {
    fail(avenir_core::client::ClientError::FieldInvalid(field))
}

#[tauri::command]
pub fn list_clients(
    state: State<'_, AppState>,
    filter: String,
    sort: String,
) -> Reply<Vec<ClientRowDto>> {
    let filter = ClientFilter::parse(&filter).ok_or_else(|| unknown("filter"))?;
    let sort = ClientSort::parse(&sort).ok_or_else(|| unknown("sort"))?;
    let today = Local::now().date_naive();
    let rows = state
        .vaults
        .with_vault(|v| repo::client_rows(v.conn(), filter, sort, today))
        .map_err(fail)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn suggest_code(state: State<'_, AppState>) -> Reply<CodeDto> {
    let code = state
        .vaults
        .with_vault(|v| repo::suggest_code(v.conn()))
        .map_err(fail)?;
    Ok(CodeDto { code })
}

#[tauri::command]
pub fn create_client(state: State<'_, AppState>, client: ClientInputDto) -> Reply<ClientDto> {
    let input = client.into_domain(Local::now().year()).map_err(fail)?;
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let record = state
        .vaults
        .with_vault(|v| {
            repo::create_client(v.conn(), &input, &now)
                .and_then(|id| repo::get_client(v.conn(), id))
        })
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn update_client(
    state: State<'_, AppState>,
    id: i64,
    client: ClientInputDto,
) -> Reply<ClientDto> {
    let input = client.into_domain(Local::now().year()).map_err(fail)?;
    let record = state
        .vaults
        .with_vault(|v| {
            repo::update_client(v.conn(), id, &input).and_then(|()| repo::get_client(v.conn(), id))
        })
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn delete_client(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state
        .vaults
        .with_vault(|v| repo::delete_client(v.conn(), id))
        .map_err(fail)
}

#[tauri::command]
pub fn client_overview(state: State<'_, AppState>, id: i64) -> Reply<OverviewDto> {
    state
        .vaults
        .with_vault(|v| {
            Ok(OverviewDto {
                client: repo::get_client(v.conn(), id)?.into(),
                sessions: repo::sessions_of(v.conn(), id)?
                    .into_iter()
                    .map(Into::into)
                    .collect(),
                open_steps: repo::open_steps(v.conn(), id)?
                    .into_iter()
                    .map(Into::into)
                    .collect(),
            })
        })
        .map_err(fail)
}

#[tauri::command]
pub fn create_session(
    state: State<'_, AppState>,
    client_id: i64,
    session: SessionInputDto,
) -> Reply<SessionDto> {
    let input = session.into_domain().map_err(fail)?;
    let record = state
        .vaults
        .with_vault(|v| {
            repo::create_session(v.conn(), client_id, &input)
                .and_then(|id| repo::get_session(v.conn(), id))
        })
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn update_session(
    state: State<'_, AppState>,
    session_id: i64,
    session: SessionInputDto,
) -> Reply<SessionDto> {
    let input = session.into_domain().map_err(fail)?;
    let record = state
        .vaults
        .with_vault(|v| {
            repo::update_session(v.conn(), session_id, &input)
                .and_then(|()| repo::get_session(v.conn(), session_id))
        })
        .map_err(fail)?;
    Ok(record.into())
}

#[tauri::command]
pub fn save_session_text(
    state: State<'_, AppState>,
    session_id: i64,
    field: String,
    text: String,
) -> Reply<()> {
    let field = match field.as_str() {
        "summary" => SessionText::Summary,
        "privateNotes" => SessionText::PrivateNotes,
        _ => return Err(unknown("field")),
    };
    avenir_core::session::check_session(None, &[&text]).map_err(fail)?;
    state
        .vaults
        .with_vault(|v| repo::save_session_text(v.conn(), session_id, field, &text))
        .map_err(fail)
}

#[tauri::command]
pub fn add_next_step(
    state: State<'_, AppState>,
    session_id: i64,
    text: String,
) -> Reply<NextStepDto> {
    let step = state
        .vaults
        .with_vault(|v| repo::add_next_step(v.conn(), session_id, &text))
        .map_err(fail)?;
    Ok(step.into())
}

#[tauri::command]
pub fn set_next_step_done(state: State<'_, AppState>, id: i64, done: bool) -> Reply<()> {
    state
        .vaults
        .with_vault(|v| repo::set_next_step_done(v.conn(), id, done))
        .map_err(fail)
}

#[tauri::command]
pub fn search(state: State<'_, AppState>, query: String) -> Reply<Vec<SearchHitDto>> {
    let hits = state
        .vaults
        .with_vault(|v| repo::search(v.conn(), &query, 50))
        .map_err(fail)?;
    Ok(hits.into_iter().map(Into::into).collect())
}

#[tauri::command]
pub fn check_identifiers(text: String) -> IdentifiersDto {
    let kinds = avenir_core::identifiers::find_identifiers(&text)
        .into_iter()
        .map(|k| k.as_str())
        .collect();
    IdentifiersDto { kinds }
}
