// Commands of backups and restore. The status and the backup commands need an open vault;
// choosing a backup file and restoring work while locked.
import { call } from './call';
import type { BackupStatusDto, ChosenFileDto } from './generated/backup';
import type { UnlockMethod, VaultStatus } from './types';

/** The backup folder, the last tested backup, and whether one is being made now. */
export function backupStatus(): Promise<BackupStatusDto> {
  return call<BackupStatusDto>('backup_status');
}

/**
 * Opens the native folder chooser. A chosen folder is remembered and a backup is written there
 * and test-restored before this answers (seconds); cancelling answers the unchanged status.
 */
export function chooseBackupFolder(): Promise<BackupStatusDto> {
  return call<BackupStatusDto>('choose_backup_folder');
}

/** Backs up now into the chosen folder and tests the backup. */
export function backupNow(): Promise<BackupStatusDto> {
  return call<BackupStatusDto>('backup_now');
}

/** Opens the native file chooser for a backup to restore; `path` is null when cancelled. */
export function chooseBackupFile(): Promise<ChosenFileDto> {
  return call<ChosenFileDto>('choose_backup_file');
}

/**
 * Restores `file` as a new profile named `label`, opened with the vault's passphrase or recovery
 * key. The answer lists the new profile; the vault stays locked.
 */
export function restoreBackup(file: string, secret: string, method: UnlockMethod, label: string): Promise<VaultStatus> {
  return call<VaultStatus>('restore_backup', { file, secret, method, label });
}
