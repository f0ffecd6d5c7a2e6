// A mocked back end for component tests: real catalogues, a small vault
// model, and per-command overrides. Records every command with its arguments.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, screen } from '@testing-library/svelte';
import type { BackupStatusDto } from '../src/ipc/generated/backup';
import type { ProfileInfo, Strength, VaultStatus } from '../src/ipc/types';
import { catalogue, type TestLocale } from './fixtures';

export type Call = { cmd: string; args: InvokeArgs | undefined };
export type Handler = (cmd: string, args: InvokeArgs | undefined) => unknown;

export const RECOVERY_KEY = '7K3M-Q9XA-B2CD-EF34-GH56-JK78-MN9P-QR2S';
export const SUGGESTED = 'harbour lantern pepper violin meadow';
/** The recovery key a rotation or a re-key answers. */
export const NEW_RECOVERY_KEY = 'ZZ22-YY33-XX44-WW55-VV66-UU77-TT88-SS99';

export const PROFILE_A: ProfileInfo = { id: 'p-a', label: 'Counsellor A' };
export const PROFILE_B: ProfileInfo = { id: 'p-b', label: 'Counsellor B' };

export const NONE: VaultStatus = { state: 'none', profiles: [], open: null };

export function locked(...profiles: ProfileInfo[]): VaultStatus {
  return { state: 'locked', profiles, open: null };
}

export function unlocked(profile: ProfileInfo = PROFILE_A, idleMinutes = 5, others: ProfileInfo[] = []): VaultStatus {
  return { state: 'unlocked', profiles: [profile, ...others], open: { ...profile, idleMinutes, passphraseReset: null } };
}

/** Open, with a new passphrase owed (unlocked with the recovery key); `mayPostpone` while not postponed yet. */
export function owing(profile: ProfileInfo = PROFILE_A, mayPostpone = true): VaultStatus {
  const status = unlocked(profile);
  return { ...status, open: status.open && { ...status.open, passphraseReset: { mayPostpone } } };
}

/** No backup folder chosen, nothing running. */
export const NO_BACKUP: BackupStatusDto = {
  folder: null,
  lastVerifiedAt: null,
  lastVerifiedFile: null,
  running: false,
  stale: false,
  folderMissing: false,
  lastError: null,
};

/** A stand-in for the real estimator: the more words, the stronger. */
export function fakeStrength(passphrase: string): Strength {
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  const score = Math.min(words, 4) as Strength['score'];
  const feedback = score < 3 ? ['strength-feedback-add-words'] : [];
  return { score, acceptable: score >= 3, feedback };
}

export const failure = (messageId: string, code = messageId.replace(/^error-/, '').replace(/-/g, '_'), args = {}) => {
  throw { code, messageId, args };
};

/** Mocks the back end; events (`vault-locked`) are mocked too. */
export function backend(overrides: Record<string, Handler> = {}): Call[] {
  const calls: Call[] = [];
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args });
      const override = overrides[cmd];
      if (override) return override(cmd, args);
      switch (cmd) {
        case 'get_catalogue':
          return catalogue('en');
        case 'set_language':
          return catalogue((args as { locale: TestLocale }).locale);
        // The display settings of this device: the defaults, and what is set is what is saved.
        case 'get_display':
          return { textSize: 100, highContrast: false };
        case 'set_display':
          return { ...(args as { textSize: number; highContrast: boolean }) };
        case 'frontend_ready':
        case 'touch':
        case 'cancel_vault_creation':
          return null;
        // The vault's keys: a new passphrase owes nothing any more; a postponement is spent.
        case 'change_passphrase':
          return unlocked(PROFILE_A);
        case 'postpone_passphrase_reset':
          return owing(PROFILE_A, false);
        case 'rotate_recovery':
          return { recoveryKey: NEW_RECOVERY_KEY };
        case 'rekey': {
          const progress = (args as { progress: { onmessage: (fraction: number) => void } }).progress;
          progress.onmessage(0.5);
          progress.onmessage(1);
          return { recoveryKey: NEW_RECOVERY_KEY, offerBackup: true, notice: 'vault-rekey-old-backups' };
        }
        case 'vault_status':
          return NONE;
        case 'passphrase_strength':
          return fakeStrength((args as { passphrase: string }).passphrase);
        case 'generate_passphrase':
          return { passphrase: SUGGESTED };
        case 'begin_vault_creation':
          return { recoveryKey: RECOVERY_KEY, groups: 8 };
        case 'finish_vault_creation':
          return unlocked({ id: 'p-new', label: (args as { label: string }).label });
        case 'unlock':
          return unlocked(PROFILE_A);
        case 'lock':
          return locked(PROFILE_A);
        case 'set_idle_minutes':
          return unlocked(PROFILE_A, (args as { minutes: number }).minutes);
        // Backups: no folder chosen yet (tests/backup.test.ts has the other states).
        case 'backup_status':
          return NO_BACKUP;
        // Handover: no colleagues, no escrow (tests/handover-*.test.ts have the rest).
        case 'handover_book':
          return { contacts: [], escrow: null };
        // Client files: an empty vault (tests/clients.ts has a fuller model).
        case 'list_clients':
        case 'search':
          return [];
        case 'suggest_code':
          return { code: 'K7-MIRA' };
        case 'check_identifiers':
          return { kinds: [] };
        // Exercises and the journal: no content, nothing answered yet.
        case 'content_library':
          return { exercises: [], plans: [], cards: [], problems: [] };
        case 'exercise_activity':
        case 'exercise_answers':
        case 'decision_journal':
          return [];
        // The referral directory: empty, nothing offered (tests/directory-fixtures.ts has a model).
        case 'directory_search':
          return { entries: [], more: false };
        case 'directory_offer':
          return { file: null };
        // The photo album: empty (tests/album-fixtures.ts has a fuller model).
        case 'album':
          return { clientId: (args as { clientId: number }).clientId, pages: [], photos: [] };
        default:
          throw { code: 'internal', messageId: 'error-internal', args: {} };
      }
    },
    { shouldMockEvents: true },
  );
  return calls;
}

export const count = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).length;
export const argsOf = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
export const text = (testId: string) => screen.getByTestId(testId).textContent?.trim();
export const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
export const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;

/** What a date entry holds: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, '' when empty. */
export const dateValue = (testId: string): string => screen.getByTestId(testId).dataset['value'] ?? '';

/** Fills a date entry with `iso` as if pasted into its first field ('' clears every field). */
export async function enterDate(testId: string, iso: string): Promise<void> {
  const fields = [...screen.getByTestId(testId).querySelectorAll('input')];
  if (iso === '') {
    for (const field of fields) await fireEvent.input(field, { target: { value: '' } });
    return;
  }
  const first = fields[0];
  if (!first) throw new Error(`${testId} has no fields`);
  await fireEvent.input(first, { target: { value: iso } });
}

/**
 * Loads the vault home's chunk once (transforming it takes seconds the first time in a test file):
 * call it in `beforeAll`, so that the first test does not spend its time budget on it.
 */
export async function loadHomeChunk(): Promise<void> {
  const { loadVaultHome } = await import('../src/lib/lazy-screens');
  await loadVaultHome();
}

/** Renders the app with the back end answering `status`, and waits for `screenId`. */
export async function renderApp(
  status: VaultStatus,
  screenId: string,
  overrides: Record<string, Handler> = {},
): Promise<Call[]> {
  const { render } = await import('@testing-library/svelte');
  const App = (await import('../src/App.svelte')).default;
  // Transform the vault home's chunk before the clock of the first lookup starts: on a busy
  // machine the first test of a file otherwise spent its 5 s on it (a fresh-clone run failed so).
  await loadHomeChunk();
  const calls = backend({ vault_status: () => status, ...overrides });
  render(App);
  await screen.findByTestId(screenId);
  return calls;
}
