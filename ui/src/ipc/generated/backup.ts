// Generated from the Rust types by `make gen`; do not edit.

import type { CommandError } from './app';

/** What the vault home shows about backups. */
export type BackupStatusDto = {
  /** The chosen backup folder, if any. */
  folder: string | null;
  /** When the last backup that passed its test restore was made (local `YYYY-MM-DDTHH:MM`). */
  lastVerifiedAt: string | null;
  lastVerifiedFile: string | null;
  running: boolean;
  /** No verified backup in the last week. */
  stale: boolean;
  /** The folder is set but not there (a stick pulled out, a share not connected). */
  folderMissing: boolean;
  /** Why the last automatic backup failed. */
  lastError: CommandError | null;
};

/** A file the counsellor chose (`None`: she cancelled). */
export type ChosenFileDto = { path: string | null };
