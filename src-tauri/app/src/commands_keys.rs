//! Commands of the vault's keys: postponing the new passphrase owed after an unlock with the
//! recovery key (changing it is `change_passphrase`), a new recovery key, and a new key for the
//! whole vault. Secrets arrive as `Zeroizing<String>` and the spent stack is wiped, as for
//! unlocking.

use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use zeroize::Zeroizing;

use crate::commands::{Reply, wipe_spent_stack};
use crate::dto::{UnlockMethod, VaultStatusDto};
use crate::dto_keys::{NewRecoveryKeyDto, RekeyedDto};
use crate::state::AppState;

/// Postpones, once, choosing the new passphrase owed after an unlock with the recovery key.
#[tauri::command]
pub fn postpone_passphrase_reset(state: State<'_, AppState>) -> Reply<VaultStatusDto> {
    Ok(state.postpone_passphrase_reset()?.into())
}

/// A new recovery key after checking `current` (the passphrase, or the recovery key with
/// `method` `recovery`); the old recovery key stops opening the vault.
#[tauri::command]
pub async fn rotate_recovery(
    state: State<'_, AppState>,
    current: Zeroizing<String>,
    method: UnlockMethod,
) -> Reply<NewRecoveryKeyDto> {
    let rotated = state.rotate_recovery(method.secret(&current));
    wipe_spent_stack();
    Ok(rotated?.into())
}

/// A new key for the whole vault after checking `current`; it then opens with `new_passphrase`,
/// or the current passphrase when that is null. `progress` gets the fraction done (0–1).
///
/// A re-key that fails after its point of no return leaves the vault closed (the next unlock
/// finishes it): the windows are then told and reloaded, as for any lock.
#[tauri::command]
pub async fn rekey(
    app: AppHandle,
    state: State<'_, AppState>,
    current: Zeroizing<String>,
    method: UnlockMethod,
    new_passphrase: Option<Zeroizing<String>>,
    progress: Channel<f64>,
) -> Reply<RekeyedDto> {
    let report = |fraction: f64| {
        // A window that went away cannot be told; the re-key goes on.
        let _ = progress.send(fraction);
    };
    let next = new_passphrase.as_ref().map(|p| p.as_str());
    let rekeyed = state.rekey(method.secret(&current), next, &report);
    wipe_spent_stack();
    match rekeyed {
        Ok(done) => Ok(done.into()),
        Err(e) => {
            if state.require_open().is_err()
                && let Err(lock) = crate::locking::lock_now(&app, &state)
            {
                log::warn!("could not lock after a failed re-key: {lock}");
            }
            Err(e.into())
        }
    }
}
