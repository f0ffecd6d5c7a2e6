//! Commands of handing a client over to a colleague. The case file's place comes from the native
//! chooser (the `e2e` seam in end-to-end builds); everything else is one call into the
//! application layer.

use std::path::PathBuf;

use avenir_api::CASE_EXTENSION;
use tauri::{State, WebviewWindow};

use crate::chooser::{self, Pick, Texts};
use crate::commands::Reply;
use crate::dto_backup::ChosenFileDto;
use crate::dto_handover::{
    CasePreviewDto, CaseReceivedDto, CaseSentDto, HandoverBookDto, HandoverIdentityDto,
    HandoverModeDto,
};
use crate::state::AppState;

#[tauri::command]
pub fn handover_identity(state: State<'_, AppState>) -> Reply<HandoverIdentityDto> {
    Ok(state.handover_identity()?.into())
}

#[tauri::command]
pub fn handover_book(state: State<'_, AppState>) -> Reply<HandoverBookDto> {
    Ok(state.handover_book()?.into())
}

#[tauri::command]
pub fn add_handover_contact(
    state: State<'_, AppState>,
    name: String,
    id: String,
    fingerprint: String,
) -> Reply<HandoverBookDto> {
    Ok(state.add_contact(&name, &id, &fingerprint)?.into())
}

#[tauri::command]
pub fn remove_handover_contact(state: State<'_, AppState>, name: String) -> Reply<HandoverBookDto> {
    Ok(state.remove_contact(&name)?.into())
}

#[tauri::command]
pub fn set_handover_escrow(
    state: State<'_, AppState>,
    id: String,
    fingerprint: String,
) -> Reply<HandoverBookDto> {
    Ok(state.set_escrow(&id, &fingerprint)?.into())
}

#[tauri::command]
pub fn clear_handover_escrow(state: State<'_, AppState>) -> Reply<HandoverBookDto> {
    Ok(state.clear_escrow()?.into())
}

/// Asks where to save the case file (a removable drive if one is mounted), then writes it and
/// marks the client. Cancelling writes and marks nothing.
#[tauri::command]
pub async fn hand_over_client(
    window: WebviewWindow,
    state: State<'_, AppState>,
    client_id: i64,
    to: String,
    mode: HandoverModeDto,
) -> Reply<CaseSentDto> {
    state.require_open()?;
    let pick = Pick::Save {
        extension: CASE_EXTENSION,
        name: state.case_file_name(),
        folder: crate::booklet::default_folder(&window)?,
    };
    let texts = Texts::from_messages(
        &state.localizer(),
        "handover-choose-save-title",
        "handover-choose-save-accept",
    );
    let Some(chosen) = chooser::choose(&window, pick, texts)? else {
        return Ok(CaseSentDto { path: None });
    };
    let path = with_extension(chosen);
    state.export_case(client_id, &to, mode.into(), &path)?;
    Ok(CaseSentDto {
        path: Some(path.display().to_string()),
    })
}

/// The chosen path, ending with `.avenir-case` (added when the counsellor typed a bare name).
fn with_extension(chosen: PathBuf) -> PathBuf {
    if chosen.extension().is_some_and(|e| e == CASE_EXTENSION) {
        return chosen;
    }
    let mut name = chosen.into_os_string();
    name.push(".");
    name.push(CASE_EXTENSION);
    PathBuf::from(name)
}

/// Asks for a case file to receive.
#[tauri::command]
pub async fn choose_case_file(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Reply<ChosenFileDto> {
    state.require_open()?;
    let texts = Texts::from_messages(
        &state.localizer(),
        "handover-choose-file-title",
        "chooser-accept",
    );
    let pick = Pick::File {
        extensions: &[CASE_EXTENSION],
    };
    let path = chooser::choose(&window, pick, texts)?;
    Ok(ChosenFileDto {
        path: path.map(|p| p.display().to_string()),
    })
}

/// What the case file holds; adds nothing.
#[tauri::command]
pub async fn preview_case(state: State<'_, AppState>, file: String) -> Reply<CasePreviewDto> {
    Ok(state.preview_case(&chooser::chosen_file(&file)?)?.into())
}

/// Imports the case file whole after the same checks as the preview.
#[tauri::command]
pub async fn import_case(state: State<'_, AppState>, file: String) -> Reply<CaseReceivedDto> {
    let (received, client_id) = state.import_case(&chooser::chosen_file(&file)?)?;
    Ok(CaseReceivedDto {
        client_id,
        code: received.code,
        receipt: received.receipt,
    })
}

#[tauri::command]
pub fn confirm_case_transfer(
    state: State<'_, AppState>,
    client_id: i64,
    receipt: String,
) -> Reply<()> {
    Ok(state.confirm_transfer(client_id, &receipt)?)
}

#[tauri::command]
pub fn cancel_case_transfer(state: State<'_, AppState>, client_id: i64) -> Reply<()> {
    Ok(state.cancel_transfer(client_id)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_name_gets_the_case_extension() {
        assert_eq!(
            with_extension(PathBuf::from("/media/u/STICK/for-bea")),
            PathBuf::from("/media/u/STICK/for-bea.avenir-case")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/a.avenir-case")),
            PathBuf::from("/tmp/a.avenir-case")
        );
    }
}
