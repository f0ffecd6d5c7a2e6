// Backups in the UI without markup: following a backup while it is made, and finding the
// profile a restore created.
import type { BackupStatusDto } from '../ipc/generated/backup';
import type { ProfileInfo } from '../ipc/types';

/** How often the status is asked for while a backup is being made. */
export const BACKUP_POLL_MS = 1000;

/**
 * Asks `fetch` for the status every `intervalMs` (the first time after one interval) until no
 * backup is running. Each answer goes to `onstatus`; a failure goes to `onerror` and ends the
 * watch. Returns the function that stops it; nothing is reported after that.
 */
export function watchBackup(
  fetch: () => Promise<BackupStatusDto>,
  onstatus: (status: BackupStatusDto) => void,
  onerror: (error: unknown) => void,
  intervalMs: number = BACKUP_POLL_MS,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function ask(): Promise<void> {
    let status: BackupStatusDto;
    try {
      status = await fetch();
    } catch (error) {
      if (stopped) return;
      stopped = true;
      onerror(error);
      return;
    }
    if (stopped) return;
    if (!status.running) stopped = true;
    onstatus(status);
    if (!stopped) timer = setTimeout(() => void ask(), intervalMs);
  }

  timer = setTimeout(() => void ask(), intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** How long the Lock button waits for the backup status before it locks anyway. */
export const LOCK_CHECK_TIMEOUT_MS = 2000;

/**
 * Whether `fetch` says a backup is running. No answer within `timeoutMs`, or a failure (the vault
 * locked already), counts as "not running": the Lock button must never hang on it.
 */
export function backupRunning(
  fetch: () => Promise<BackupStatusDto>,
  timeoutMs: number = LOCK_CHECK_TIMEOUT_MS,
): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    fetch().then(
      (status) => {
        clearTimeout(timer);
        resolve(status.running);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/**
 * The profile a restore added: the one in `after` that was not in `before` (the one named
 * `label` if several are new), else the one named `label`; null if none fits.
 */
export function restoredProfile(
  before: readonly ProfileInfo[],
  after: readonly ProfileInfo[],
  label: string,
): ProfileInfo | null {
  const known = new Set(before.map((profile) => profile.id));
  const fresh = after.filter((profile) => !known.has(profile.id));
  return fresh.find((profile) => profile.label === label) ?? fresh[0] ?? after.find((profile) => profile.label === label) ?? null;
}
