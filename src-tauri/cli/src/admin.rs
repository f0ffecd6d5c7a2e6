//! Vault administration over the same use cases the app runs.

use std::path::{Path, PathBuf};
use std::time::Duration;

use avenir_api::{
    BackupManifest, BatchReport, ClientSummary, Env, KdfParams, OpenVault, Secret, Stats,
    VerifyReport,
};
use zeroize::Zeroizing;

use crate::CliError;

fn open(dir: &Path, passphrase: &str) -> Result<OpenVault, CliError> {
    Ok(OpenVault::open(
        dir,
        Secret::Passphrase(passphrase),
        Env::system(),
    )?)
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

pub fn verify(dir: &Path, passphrase: &str) -> Result<VerifyReport, CliError> {
    Ok(OpenVault::verify(dir, Secret::Passphrase(passphrase))?)
}

pub fn change_passphrase(dir: &Path, current: &str, next: &str) -> Result<(), CliError> {
    Ok(open(dir, current)?.change_passphrase(current, next)?)
}

pub fn stats(dir: &Path, passphrase: &str) -> Result<Stats, CliError> {
    Ok(open(dir, passphrase)?.stats()?)
}

pub fn clients(dir: &Path, passphrase: &str) -> Result<Vec<ClientSummary>, CliError> {
    Ok(open(dir, passphrase)?.client_summaries()?)
}

/// Adds the fictional demo files (`files`) and `clients` generated clients with `sessions`
/// sessions each.
pub fn seed_demo(
    dir: &Path,
    passphrase: &str,
    clients: u32,
    sessions: u32,
    files: bool,
) -> Result<Stats, CliError> {
    Ok(open(dir, passphrase)?.seed_demo(clients, sessions, files)?)
}

/// Writes a backup of the vault to `out` and test-restores it.
pub fn backup(dir: &Path, passphrase: &str, out: &Path) -> Result<(BackupManifest, u64), CliError> {
    Ok(open(dir, passphrase)?.backup_to_file(out)?)
}

/// Checks a backup file with the passphrase (decrypted and checked in a temporary folder).
pub fn backup_verify(file: &Path, passphrase: &str) -> Result<BackupManifest, CliError> {
    let work = work_dir(file);
    Ok(avenir_api::verify_backup_file(
        file,
        Secret::Passphrase(passphrase),
        &work,
    )?)
}

/// Restores a backup file as a new vault in `dir`.
pub fn restore(
    file: &Path,
    passphrase: &str,
    dir: &Path,
    label: Option<&str>,
) -> Result<BackupManifest, CliError> {
    Ok(avenir_api::restore_backup_to(
        file,
        Secret::Passphrase(passphrase),
        dir,
        label,
    )?)
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
    passphrase: &str,
    code: &str,
    files: &[PathBuf],
) -> Result<BatchReport, CliError> {
    let vault = open(dir, passphrase)?;
    let client = vault.client_by_code(code)?;
    Ok(vault.import_photo_files(client.id, files)?)
}
