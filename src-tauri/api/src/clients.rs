//! Client files, sessions, next steps and search: each use case checks its input with core,
//! makes its repository calls, and answers with what was stored (read back, not echoed).

use avenir_core::client::ClientInput;
use avenir_core::follow_up::ClientFilter;
use avenir_vault::clients as repo;
use avenir_vault::{
    ClientRecord, ClientRow, ClientSort, NextStep, SearchHit, SessionInput, SessionRecord,
    SessionText,
};

use crate::{ApiError, OpenVault};

/// A client's file with its sessions (newest first) and the steps still open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub client: ClientRecord,
    pub sessions: Vec<SessionRecord>,
    pub open_steps: Vec<NextStep>,
    /// The client's last handover to a colleague: shared, or awaiting the receipt code.
    pub handover: Option<avenir_vault::handover::Mark>,
    /// When the client came from a colleague: from whom, and the receipt code for her.
    pub received: Option<avenir_vault::handover::ReceivedMark>,
}

/// Most hits a search answers with.
pub const SEARCH_LIMIT: usize = 50;

impl OpenVault {
    /// The home screen's list: codes and dates, filtered as of today.
    pub fn client_rows(
        &self,
        filter: ClientFilter,
        sort: ClientSort,
    ) -> Result<Vec<ClientRow>, ApiError> {
        let today = self.env.clock.today();
        Ok(repo::client_rows(self.conn(), filter, sort, today)?)
    }

    /// A free pseudonymous code, such as `K7-MIRA`.
    pub fn suggest_code(&self) -> Result<String, ApiError> {
        let mut failure = None;
        let code = avenir_core::client::suggest_code(
            |n| {
                self.env.random.below(n).unwrap_or_else(|e| {
                    failure = Some(e);
                    0
                })
            },
            |c| repo::code_taken(self.conn(), c).unwrap_or(true),
        );
        match failure {
            Some(e) => Err(e),
            None => Ok(code),
        }
    }

    /// Checks `input` (the year of arrival against this year) and creates the client.
    pub fn create_client(&self, input: ClientInput) -> Result<ClientRecord, ApiError> {
        let input = input.validated(self.env.clock.this_year())?;
        let id = repo::create_client(self.conn(), &input, &self.env.clock.stamp())?;
        Ok(repo::get_client(self.conn(), id)?)
    }

    pub fn update_client(&self, id: i64, input: ClientInput) -> Result<ClientRecord, ApiError> {
        let input = input.validated(self.env.clock.this_year())?;
        repo::update_client(self.conn(), id, &input)?;
        Ok(repo::get_client(self.conn(), id)?)
    }

    /// Erases the client, its sessions, answers, album and search entries.
    pub fn delete_client(&self, id: i64) -> Result<(), ApiError> {
        Ok(repo::delete_client(self.conn(), id)?)
    }

    /// The client with `code` (case-insensitive), or `client_unknown`.
    pub fn client_by_code(&self, code: &str) -> Result<ClientRecord, ApiError> {
        let id = repo::find_client(self.conn(), code)?
            .ok_or_else(|| ApiError::ClientUnknown(code.trim().to_owned()))?;
        Ok(repo::get_client(self.conn(), id)?)
    }

    pub fn client(&self, client_id: i64) -> Result<ClientRecord, ApiError> {
        Ok(repo::get_client(self.conn(), client_id)?)
    }

    pub fn overview(&self, client_id: i64) -> Result<Overview, ApiError> {
        Ok(Overview {
            client: repo::get_client(self.conn(), client_id)?,
            sessions: repo::sessions_of(self.conn(), client_id)?,
            open_steps: repo::open_steps(self.conn(), client_id)?,
            handover: avenir_vault::handover::mark_of(self.conn(), client_id)?,
            received: avenir_vault::handover::received_of(self.conn(), client_id)?,
        })
    }

    pub fn create_session(
        &self,
        client_id: i64,
        input: SessionInput,
    ) -> Result<SessionRecord, ApiError> {
        avenir_core::session::check_session(
            input.duration_minutes,
            &[&input.summary, &input.private_notes],
        )?;
        let id = repo::create_session(self.conn(), client_id, &input)?;
        Ok(repo::get_session(self.conn(), id)?)
    }

    pub fn update_session(
        &self,
        session_id: i64,
        input: SessionInput,
    ) -> Result<SessionRecord, ApiError> {
        avenir_core::session::check_session(
            input.duration_minutes,
            &[&input.summary, &input.private_notes],
        )?;
        repo::update_session(self.conn(), session_id, &input)?;
        Ok(repo::get_session(self.conn(), session_id)?)
    }

    /// The autosave: one free text of one session.
    pub fn save_session_text(
        &self,
        session_id: i64,
        field: SessionText,
        text: &str,
    ) -> Result<(), ApiError> {
        avenir_core::session::check_session(None, &[text])?;
        Ok(repo::save_session_text(
            self.conn(),
            session_id,
            field,
            text,
        )?)
    }

    pub fn add_next_step(&self, session_id: i64, text: &str) -> Result<NextStep, ApiError> {
        Ok(repo::add_next_step(self.conn(), session_id, text)?)
    }

    pub fn set_next_step_done(&self, id: i64, done: bool) -> Result<(), ApiError> {
        Ok(repo::set_next_step_done(self.conn(), id, done)?)
    }

    /// Full-text search over codes, notes and summaries, best first.
    pub fn search(&self, query: &str) -> Result<Vec<SearchHit>, ApiError> {
        Ok(repo::search(self.conn(), query, SEARCH_LIMIT)?)
    }
}
