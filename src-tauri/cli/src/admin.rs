//! Vault administration over the same use cases the app runs.

use std::path::{Path, PathBuf};
use std::time::Duration;

use avenir_api::{
    BackupManifest, BatchReport, ClientSummary, Env, KdfParams, OpenVault, Rekeyed, Secret, Stats,
    VerifyReport,
};
use zeroize::Zeroizing;

use crate::CliError;

/// Opens the vault with the passphrase or the recovery key (after which a new passphrase is owed).
fn open(dir: &Path, secret: Secret<'_>) -> Result<OpenVault, CliError> {
    Ok(OpenVault::open(dir, secret, Env::system())?)
}

/// Creates a vault in `dir` with key derivation calibrated to about `target` here (never below
/// the floor); returns the recovery key to show once and the parameters chosen.
pub fn init(
    dir: &Path,
    label: &str,
    passphrase: &str,
    target: Duration,
) -> Result<(Zeroizing<String>, KdfParams), CliError> {
    let params = avenir_api::calibrate(target)?;
    let (vault, recovery) = OpenVault::create(dir, label, passphrase, params, Env::system())?;
    Ok((recovery, vault.params()))
}

/// Checks the vault read-only (no migration, nothing written).
pub fn verify(dir: &Path, secret: Secret<'_>) -> Result<VerifyReport, CliError> {
    Ok(OpenVault::verify(dir, secret)?)
}

/// `current` is the passphrase or the recovery key.
pub fn change_passphrase(dir: &Path, current: Secret<'_>, next: &str) -> Result<(), CliError> {
    Ok(open(dir, current)?.change_passphrase(current, next)?)
}

/// A new recovery key (answered once); the old one stops opening the vault.
pub fn rotate_recovery(dir: &Path, secret: Secret<'_>) -> Result<Zeroizing<String>, CliError> {
    Ok(open(dir, secret)?.rotate_recovery(secret)?)
}

/// A new data key and recovery key; the vault then opens with `new_passphrase`, or the current
/// passphrase when `None`. `progress` gets the fraction done.
pub fn rekey(
    dir: &Path,
    secret: Secret<'_>,
    new_passphrase: Option<&str>,
    progress: &(dyn Fn(f64) + Sync),
) -> Result<Rekeyed, CliError> {
    Ok(open(dir, secret)?.rekey(secret, new_passphrase, progress)?)
}

pub fn stats(dir: &Path, secret: Secret<'_>) -> Result<Stats, CliError> {
    Ok(open(dir, secret)?.stats()?)
}

pub fn clients(dir: &Path, secret: Secret<'_>) -> Result<Vec<ClientSummary>, CliError> {
    Ok(open(dir, secret)?.client_summaries()?)
}

/// Adds the fictional demo files (`files`) and `clients` generated clients with `sessions`
/// sessions each.
pub fn seed_demo(
    dir: &Path,
    secret: Secret<'_>,
    clients: u32,
    sessions: u32,
    files: bool,
) -> Result<Stats, CliError> {
    Ok(open(dir, secret)?.seed_demo(clients, sessions, files)?)
}

/// Writes a backup of the vault to `out` and test-restores it.
pub fn backup(
    dir: &Path,
    secret: Secret<'_>,
    out: &Path,
) -> Result<(BackupManifest, u64), CliError> {
    Ok(open(dir, secret)?.backup_to_file(out)?)
}

/// Checks a backup file with the passphrase or the recovery key (decrypted and checked in a
/// temporary folder).
pub fn backup_verify(file: &Path, secret: Secret<'_>) -> Result<BackupManifest, CliError> {
    let work = work_dir(file);
    Ok(avenir_api::verify_backup_file(file, secret, &work)?)
}

/// Restores a backup file as a new vault in `dir`.
pub fn restore(
    file: &Path,
    secret: Secret<'_>,
    dir: &Path,
    label: Option<&str>,
) -> Result<BackupManifest, CliError> {
    Ok(avenir_api::restore_backup_to(file, secret, dir, label)?)
}

/// Where a check decrypts to: beside the file (the decrypted copy is a SQLCipher database,
/// encrypted like the vault, and removed at once).
fn work_dir(file: &Path) -> PathBuf {
    match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Imports each file as a photo on a page of its own in the album of the client with `code`.
pub fn album_import(
    dir: &Path,
    secret: Secret<'_>,
    code: &str,
    files: &[PathBuf],
) -> Result<BatchReport, CliError> {
    let vault = open(dir, secret)?;
    let client = vault.client_by_code(code)?;
    Ok(vault.import_photo_files(client.id, files)?)
}
