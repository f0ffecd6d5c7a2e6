//! Vault administration over the same code the app uses.

use std::path::Path;
use std::time::Duration;

use avenir_vault::{
    ClientSummary, KdfParams, RecoveryKey, Secret, Stats, Vault, VaultError, VerifyReport,
};
use zeroize::Zeroizing;

use crate::CliError;

/// Creates a vault in `dir` with key derivation calibrated to about `target` here (never below
/// the floor); returns the recovery key to show once.
pub fn init(
    dir: &Path,
    label: &str,
    passphrase: &str,
    target: Duration,
) -> Result<(Zeroizing<String>, KdfParams), VaultError> {
    let params = avenir_vault::calibrate(target)?;
    let recovery = RecoveryKey::generate()?;
    let vault = Vault::create_at(dir, label, passphrase, &recovery, params)?;
    Ok((recovery.display(), vault.params()))
}

pub fn verify(dir: &Path, passphrase: &str) -> Result<VerifyReport, VaultError> {
    Vault::verify(dir, Secret::Passphrase(passphrase))
}

pub fn change_passphrase(dir: &Path, current: &str, next: &str) -> Result<(), VaultError> {
    let mut vault = Vault::open(dir, Secret::Passphrase(current))?;
    vault.change_passphrase(current, next)
}

pub fn stats(dir: &Path, passphrase: &str) -> Result<Stats, VaultError> {
    Vault::open(dir, Secret::Passphrase(passphrase))?.stats()
}

pub fn clients(dir: &Path, passphrase: &str) -> Result<Vec<ClientSummary>, VaultError> {
    Vault::open(dir, Secret::Passphrase(passphrase))?.list_clients()
}

pub fn seed_demo(
    dir: &Path,
    passphrase: &str,
    clients: u32,
    sessions: u32,
    files: bool,
) -> Result<Stats, CliError> {
    let vault = Vault::open(dir, Secret::Passphrase(passphrase))?;
    if files {
        crate::seed::demo_files(&vault, chrono::Local::now().date_naive())?;
    }
    crate::seed::seed(&vault, clients, sessions)?;
    Ok(vault.stats()?)
}
