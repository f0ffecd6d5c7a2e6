//! Commands of the display settings on this device (text size, high contrast): read at start,
//! before any vault is unlocked, and saved when the counsellor changes them.

use avenir_api::DisplaySettings;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::commands::Reply;
use crate::state::AppState;

/// How the interface is drawn on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DisplayDto {
    /// The text size in percent of the normal size: 100, 125, 150, 175 or 200.
    pub text_size: u16,
    /// The high-contrast palette instead of the calm one.
    pub high_contrast: bool,
}

impl From<DisplaySettings> for DisplayDto {
    fn from(d: DisplaySettings) -> Self {
        DisplayDto {
            text_size: d.text_size.percent(),
            high_contrast: d.high_contrast,
        }
    }
}

/// The saved display settings (the defaults when none are saved).
#[tauri::command]
pub fn get_display(state: State<'_, AppState>) -> DisplayDto {
    state.display().into()
}

/// Saves the display settings; a text size other than 100, 125, … 200 is refused.
#[tauri::command]
pub fn set_display(
    state: State<'_, AppState>,
    text_size: u16,
    high_contrast: bool,
) -> Reply<DisplayDto> {
    Ok(state.set_display(text_size, high_contrast)?.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use avenir_api::TextSize;

    #[test]
    fn the_settings_serialise_in_the_shape_the_ui_expects() {
        let dto = DisplayDto::from(DisplaySettings {
            text_size: TextSize::new(175).unwrap(),
            high_contrast: true,
        });
        assert_eq!(
            serde_json::to_value(dto).unwrap(),
            serde_json::json!({ "textSize": 175, "highContrast": true })
        );
    }
}
