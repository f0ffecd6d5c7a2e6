//! Exercise answers, the decision journal and group courses. Answers and courses are checked
//! against the content library (the shipped definitions with the organisation's) before they
//! are stored.

use avenir_content::Library;
use avenir_core::content::{Answer, AnswerError, Visibility};
use avenir_core::course::Course;
use avenir_core::journal::JournalInput;
use avenir_core::session::Decision;
use avenir_vault::courses::{self as course_repo, CourseRecord};
use avenir_vault::decisions;
use avenir_vault::worksheets as repo;
use avenir_vault::{AnswerRecord, ExerciseActivity, JournalRecord};

use crate::{ApiError, OpenVault};

impl OpenVault {
    /// A client's answers to `exercise` (or to every exercise), every session's.
    pub fn answers(
        &self,
        client_id: i64,
        exercise: Option<&str>,
    ) -> Result<Vec<AnswerRecord>, ApiError> {
        Ok(repo::answers_of(self.conn(), client_id, exercise)?)
    }

    /// Checks `answer` against its field in `library` and saves it as this session's answer.
    pub fn save_answer(
        &self,
        library: &Library,
        session_id: i64,
        exercise: &str,
        field: &str,
        answer: Answer,
    ) -> Result<AnswerRecord, ApiError> {
        let answer = library.check_answer(exercise, field, answer)?;
        // The reintegration plan waits for the person's own choice of return (the UI offers it
        // only then; this holds for every caller).
        let visibility = library.exercise(exercise).map(|e| e.visibility);
        if visibility == Some(Visibility::AfterReturnChosen)
            && decisions::decision_as_of(self.conn(), session_id)? != Some(Decision::Return)
        {
            return Err(AnswerError::NotChosen.into());
        }
        let now = self.env.clock.stamp();
        Ok(repo::save_answer(
            self.conn(),
            session_id,
            exercise,
            field,
            &answer,
            &now,
        )?)
    }

    /// Records the person's own decision on a session (`None` clears it).
    pub fn set_session_decision(
        &self,
        session_id: i64,
        decision: Option<Decision>,
    ) -> Result<(), ApiError> {
        Ok(decisions::set_decision(self.conn(), session_id, decision)?)
    }

    pub fn exercise_activity(&self, client_id: i64) -> Result<Vec<ExerciseActivity>, ApiError> {
        Ok(repo::exercise_activity(self.conn(), client_id)?)
    }

    pub fn save_journal_entry(
        &self,
        session_id: i64,
        entry: JournalInput,
    ) -> Result<JournalRecord, ApiError> {
        let entry = entry.check()?;
        let now = self.env.clock.stamp();
        Ok(repo::save_journal_entry(
            self.conn(),
            session_id,
            &entry,
            &now,
        )?)
    }

    pub fn decision_journal(&self, client_id: i64) -> Result<Vec<JournalRecord>, ApiError> {
        Ok(repo::journal_of(self.conn(), client_id)?)
    }

    pub fn courses(&self) -> Result<Vec<CourseRecord>, ApiError> {
        Ok(course_repo::courses(self.conn())?)
    }

    /// Checks `course` against the plans, exercises and cards of `library` and stores it.
    pub fn create_course(
        &self,
        library: &Library,
        course: Course,
    ) -> Result<CourseRecord, ApiError> {
        let course = library.check_course(course)?;
        Ok(course_repo::create_course(
            self.conn(),
            &course,
            &self.env.clock.stamp(),
        )?)
    }

    pub fn update_course(
        &self,
        library: &Library,
        id: i64,
        course: Course,
    ) -> Result<CourseRecord, ApiError> {
        let course = library.check_course(course)?;
        Ok(course_repo::update_course(
            self.conn(),
            id,
            &course,
            &self.env.clock.stamp(),
        )?)
    }

    pub fn delete_course(&self, id: i64) -> Result<(), ApiError> {
        Ok(course_repo::delete_course(self.conn(), id)?)
    }
}
