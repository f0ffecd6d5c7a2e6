// The keys area of the vault home: a new recovery key, and a new key for the whole vault (with
// its progress, the new recovery key once, the word about older backups and "Back up now").
import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  argsOf,
  button,
  count,
  failure,
  input,
  loadHomeChunk,
  NEW_RECOVERY_KEY,
  NO_BACKUP,
  PROFILE_A,
  RECOVERY_KEY,
  renderApp,
  SUGGESTED,
  text,
  unlocked,
} from './backend';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

const NEW_GROUPS = NEW_RECOVERY_KEY.split('-');
const WITH_FOLDER = { ...NO_BACKUP, folder: '/media/stick', lastVerifiedAt: '2026-12-01T10:00', lastVerifiedFile: 'a.avenir-backup' };

async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(input(testId), { target: { value } });
}

function groupsOf(testid: string): string[] {
  return NEW_GROUPS.map((_, i) => text(`${testid}-group-${i}`) ?? '');
}

/** Args without the progress channel (checked on its own). */
function withoutChannel(args: InvokeArgs | undefined): Record<string, unknown> {
  const { progress: _progress, ...rest } = args as Record<string, unknown>;
  return rest;
}

describe('a new recovery key', () => {
  it('asks for the current passphrase, then shows the new key once, says the old one is dead, and forgets it', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home');
    await fireEvent.click(button('keys-recovery-start'));
    // One thing at a time: the re-key waits.
    expect(button('keys-rekey-start').disabled).toBe(true);
    expect(button('rotate-submit').disabled).toBe(true);
    await type('rotate-current-input', 'my pass words');
    await fireEvent.click(button('rotate-submit'));
    await screen.findByTestId('rotate-result');
    expect(argsOf(calls, 'rotate_recovery')).toEqual([{ current: 'my pass words', method: 'passphrase' }]);
    expect(groupsOf('rotate-key')).toEqual(NEW_GROUPS);
    expect(text('rotate-done')).toBe(message('en', 'vault-keys-recovery-done'));
    // The printed sheet holds the new key and the profile.
    const sheet = screen.getByTestId('recovery-sheet');
    expect(Array.from(sheet.querySelectorAll('.key span'), (span) => span.textContent)).toEqual(NEW_GROUPS);
    expect(sheet.textContent).toContain('Counsellor A');

    await fireEvent.click(button('rotate-close'));
    expect(screen.queryByTestId('rotate-key')).toBeNull();
    expect(screen.queryByTestId('recovery-sheet')).toBeNull();
    expect(button('keys-recovery-start').disabled).toBe(false);
  });

  it('accepts the recovery key as the current secret and shows a refusal in words', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', {
      rotate_recovery: () => failure('error-wrong-secret', 'wrong_secret'),
    });
    await fireEvent.click(button('keys-recovery-start'));
    await fireEvent.click(screen.getByTestId('rotate-current-use-recovery'));
    await type('rotate-current-input', RECOVERY_KEY.toLowerCase());
    await fireEvent.click(button('rotate-submit'));
    expect((await screen.findByTestId('rotate-error')).textContent).toBe(message('en', 'error-wrong-secret'));
    expect(argsOf(calls, 'rotate_recovery')).toEqual([{ current: RECOVERY_KEY, method: 'recovery' }]);
    expect(screen.queryByTestId('rotate-key')).toBeNull();
  });
});

describe('a new key for the vault', () => {
  it('with the passphrase: keeps it, shows the progress, the new key, the word on old backups, and backs up on request', async () => {
    let reportTo: ((fraction: number) => void) | undefined;
    let answer: (value: unknown) => void = () => undefined;
    const AFTER = { ...WITH_FOLDER, lastVerifiedAt: '2026-12-03T09:30', lastVerifiedFile: 'b.avenir-backup' };
    let backedUp = false;
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', {
      backup_status: () => (backedUp ? AFTER : WITH_FOLDER),
      backup_now: () => {
        backedUp = true;
        return AFTER;
      },
      rekey: (_cmd, args) => {
        const channel = (args as { progress: { onmessage: (f: number) => void } }).progress;
        reportTo = (f) => channel.onmessage(f);
        return new Promise((resolve) => (answer = resolve));
      },
    });
    await fireEvent.click(button('keys-rekey-start'));
    expect(screen.queryByTestId('rekey-next-input')).toBeNull();
    await type('rekey-current-input', 'my pass words');
    await fireEvent.click(button('rekey-submit'));

    // While it runs: a dialog with the share done, as the back end reports it.
    await screen.findByTestId('rekey-running');
    reportTo?.(0.4);
    await waitFor(() => expect(screen.getByTestId('rekey-progress').dataset.percent).toBe('40'));
    expect(screen.getByTestId('rekey-running').textContent).toContain(message('en', 'vault-keys-rekey-progress', { percent: 40 }));
    reportTo?.(0.9);
    answer({ recoveryKey: NEW_RECOVERY_KEY, offerBackup: true, notice: 'vault-rekey-old-backups' });
    await screen.findByTestId('rekey-result');
    reportTo?.(1);
    expect(screen.queryByTestId('rekey-running')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('rekey-progress').dataset.percent).toBe('100'));
    expect(withoutChannel(argsOf(calls, 'rekey')[0])).toEqual({ current: 'my pass words', method: 'passphrase', newPassphrase: null });

    expect(groupsOf('rekey-key')).toEqual(NEW_GROUPS);
    expect(text('rekey-done')).toBe(message('en', 'vault-keys-rekey-done'));
    expect(text('rekey-notice')).toBe(message('en', 'vault-rekey-old-backups'));
    const before = (await screen.findByTestId('backup-last-verified')).textContent;
    await fireEvent.click(await screen.findByTestId('rekey-backup-now'));
    await screen.findByTestId('rekey-backup-done');
    expect(count(calls, 'backup_now')).toBe(1);
    // The backups card shows the backup just made, not the one before the new key.
    await waitFor(() => expect(screen.getByTestId('backup-last-verified').textContent).not.toBe(before));

    await fireEvent.click(button('rekey-close'));
    expect(screen.queryByTestId('rekey-key')).toBeNull();
  });

  it('with the recovery key: a new passphrase is required (Avenir suggests one); no backup folder: says where to choose one', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home');
    await fireEvent.click(button('keys-rekey-start'));
    await fireEvent.click(screen.getByTestId('rekey-current-use-recovery'));
    expect(text('rekey-needs-passphrase')).toBe(message('en', 'vault-keys-rekey-needs-passphrase'));
    expect(text('rekey-rule')).toBe(message('en', 'vault-passphrase-rule'));
    await waitFor(() => expect(input('rekey-next-input').value).toBe(SUGGESTED));
    await type('rekey-repeat-input', 'not the same');
    await type('rekey-current-input', RECOVERY_KEY);
    await waitFor(() => expect(text('rekey-problems')).toBe(message('en', 'vault-problem-mismatch')));
    expect(button('rekey-submit').disabled).toBe(true);
    await type('rekey-repeat-input', SUGGESTED);
    await waitFor(() => expect(button('rekey-submit').disabled).toBe(false));
    await fireEvent.click(button('rekey-submit'));
    await screen.findByTestId('rekey-result');
    expect(withoutChannel(argsOf(calls, 'rekey')[0])).toEqual({ current: RECOVERY_KEY, method: 'recovery', newPassphrase: SUGGESTED });
    expect(text('rekey-notice')).toBe(message('en', 'vault-rekey-old-backups'));
    expect(await screen.findByTestId('rekey-backup-no-folder')).toBeTruthy();
    expect(screen.queryByTestId('rekey-backup-now')).toBeNull();
  });

  it('a refusal leaves the vault as it was and says why', async () => {
    await renderApp(unlocked(PROFILE_A), 'vault-home', {
      rekey: () => failure('error-passphrase-needed', 'passphrase_needed'),
    });
    await fireEvent.click(button('keys-rekey-start'));
    await type('rekey-current-input', 'my pass words');
    await fireEvent.click(button('rekey-submit'));
    expect((await screen.findByTestId('rekey-error')).textContent).toBe(message('en', 'error-passphrase-needed'));
    expect(screen.queryByTestId('rekey-running')).toBeNull();
    expect(screen.queryByTestId('rekey-key')).toBeNull();
  });
});
