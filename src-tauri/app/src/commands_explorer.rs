//! Commands of the support explorer: its setup (periods, countries, codes) and one exploration.
//! Nothing about the household is stored; no vault is needed.

use avenir_api::core::InvalidInput;
use tauri::State;

use crate::commands::Reply;
use crate::dto_explorer::{ExplorationDto, ExplorerSetupDto, HouseholdDto};
use crate::state::AppState;

#[tauri::command]
pub fn explorer_setup(state: State<'_, AppState>) -> ExplorerSetupDto {
    ExplorerSetupDto::new(state.library(), state.today())
}

/// What may apply to `household` under the rules in force on `date` (`YYYY-MM-DD`).
#[tauri::command]
pub fn explore(
    state: State<'_, AppState>,
    date: String,
    household: HouseholdDto,
) -> Reply<ExplorationDto> {
    let date =
        chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| InvalidInput("date"))?;
    let found = avenir_api::explore(state.library(), date, household.into_domain()?)?;
    Ok(found.into())
}
