import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupStatusDto } from '../src/ipc/generated/backup';
import { formatDateTime } from '../src/lib/dates';
import { button, count, failure, loadHomeChunk, NO_BACKUP, PROFILE_A, renderApp, text, unlocked, type Handler } from './backend';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

const FOLDER = '/media/counsellor/AVENIR-STICK';
const WHEN = '2025-03-04T14:05';

const VERIFIED: BackupStatusDto = {
  ...NO_BACKUP,
  folder: FOLDER,
  lastVerifiedAt: WHEN,
  lastVerifiedFile: 'avenir-2025-03-04.avb',
};

const verifiedLine = (when = WHEN) => message('en', 'backup-last-verified', { when: formatDateTime(when, 'en'), folder: FOLDER });

/** The vault home with `backup_status` answering `status` (or what the handler says). */
async function card(status: BackupStatusDto | Handler, overrides: Record<string, Handler> = {}) {
  const handler: Handler = typeof status === 'function' ? status : () => status;
  const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', { backup_status: handler, ...overrides });
  const box = await screen.findByTestId('backup-card');
  await waitFor(() => expect(count(calls, 'backup_status')).toBeGreaterThan(0));
  return { calls, box };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the backup card', () => {
  it('without a folder: says so, offers to choose one, and has no backup to show', async () => {
    const { box } = await card(NO_BACKUP);
    expect(screen.getByTestId('home-settings').contains(box)).toBe(true);
    expect(box.querySelector('h3')?.textContent).toBe(message('en', 'backup-heading'));
    expect(box.textContent).toContain(message('en', 'backup-intro'));
    expect(box.textContent).toContain(message('en', 'backup-keeps-the-past'));
    await waitFor(() => expect(text('backup-never')).toBe(message('en', 'backup-never')));
    expect(text('backup-folder')).toBe(message('en', 'backup-folder-none'));
    expect(text('backup-choose-folder')).toBe(message('en', 'backup-choose-folder'));
    expect(button('backup-choose-folder').disabled).toBe(false);
    for (const absent of ['backup-now', 'backup-last-verified', 'backup-warning-stale', 'backup-warning-missing', 'backup-error', 'backup-running']) {
      expect(screen.queryByTestId(absent), absent).toBeNull();
    }
  });

  it('with a folder and a tested backup: the folder, when (formatted) and where, and Back up now', async () => {
    await card(VERIFIED);
    await waitFor(() => expect(text('backup-last-verified')).toBe(verifiedLine()));
    expect(text('backup-last-verified')).not.toContain(WHEN);
    expect(text('backup-folder')).toBe(FOLDER);
    expect(text('backup-choose-folder')).toBe(message('en', 'backup-change-folder'));
    expect(text('backup-now')).toBe(message('en', 'backup-now'));
    expect(screen.queryByTestId('backup-never')).toBeNull();
    expect(screen.queryByTestId('backup-warning-stale')).toBeNull();
  });

  it('warns when the last tested backup is stale, without blocking anything', async () => {
    await card({ ...VERIFIED, stale: true });
    expect((await screen.findByTestId('backup-warning-stale')).textContent).toBe(message('en', 'backup-warning-stale'));
    expect(button('backup-now').disabled).toBe(false);
    expect(button('lock-button').disabled).toBe(false);
  });

  it('does not warn about staleness while no folder is chosen', async () => {
    await card({ ...NO_BACKUP, stale: true });
    await screen.findByTestId('backup-never');
    expect(screen.queryByTestId('backup-warning-stale')).toBeNull();
  });

  it('warns when the folder is not there', async () => {
    await card({ ...VERIFIED, folderMissing: true });
    expect((await screen.findByTestId('backup-warning-missing')).textContent).toBe(message('en', 'backup-warning-missing'));
    expect(button('backup-now').disabled).toBe(false);
  });

  it('shows why the last automatic backup failed, translated', async () => {
    const lastError = { code: 'backup_disk_full', messageId: 'error-backup-disk-full', args: { folder: FOLDER } };
    await card({ ...VERIFIED, lastError });
    const error = await screen.findByTestId('backup-error');
    expect(error.textContent).toContain(message('en', 'backup-failed'));
    expect(error.textContent).toContain(message('en', 'error-backup-disk-full', { folder: FOLDER }));
    expect(error.getAttribute('role')).toBe('alert');
  });

  it('while a backup runs: says so, disables the buttons, asks every second and shows the result', async () => {
    let running = true;
    const { calls } = await card(() => (running ? { ...VERIFIED, running: true } : { ...VERIFIED, lastVerifiedAt: '2025-03-05T09:30' }));
    await waitFor(() => expect(text('backup-running')).toBe(message('en', 'backup-running')));
    expect(button('backup-now').disabled).toBe(true);
    expect(button('backup-choose-folder').disabled).toBe(true);
    // The watch started with the card, on real timers: follow it in real time.
    const start = count(calls, 'backup_status');
    await waitFor(() => expect(count(calls, 'backup_status')).toBe(start + 1), { timeout: 1500 });
    expect(screen.getByTestId('backup-running')).toBeTruthy();
    running = false;
    await waitFor(() => expect(screen.queryByTestId('backup-running')).toBeNull(), { timeout: 1500 });
    expect(text('backup-last-verified')).toBe(verifiedLine('2025-03-05T09:30'));
    expect(button('backup-now').disabled).toBe(false);
    // Done: no more asking.
    const done = count(calls, 'backup_status');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(count(calls, 'backup_status')).toBe(done);
  }, 10_000);

  it('choosing a folder runs the command, shows it working, then the tested backup', async () => {
    const answer = deferred<BackupStatusDto>();
    const { calls } = await card(NO_BACKUP, { choose_backup_folder: () => answer.promise });
    await screen.findByTestId('backup-never');
    await fireEvent.click(button('backup-choose-folder'));
    expect(count(calls, 'choose_backup_folder')).toBe(1);
    expect(await screen.findByTestId('backup-running')).toBeTruthy();
    expect(button('backup-choose-folder').disabled).toBe(true);
    await fireEvent.click(button('backup-choose-folder'));
    expect(count(calls, 'choose_backup_folder')).toBe(1);
    answer.resolve(VERIFIED);
    await waitFor(() => expect(text('backup-last-verified')).toBe(verifiedLine()));
    expect(text('backup-folder')).toBe(FOLDER);
    expect(text('backup-choose-folder')).toBe(message('en', 'backup-change-folder'));
    expect(screen.queryByTestId('backup-running')).toBeNull();
    expect(screen.queryByTestId('backup-never')).toBeNull();
  });

  it('cancelling the folder chooser changes nothing', async () => {
    await card(NO_BACKUP, { choose_backup_folder: () => NO_BACKUP });
    await screen.findByTestId('backup-never');
    await fireEvent.click(button('backup-choose-folder'));
    await waitFor(() => expect(button('backup-choose-folder').disabled).toBe(false));
    expect(text('backup-folder')).toBe(message('en', 'backup-folder-none'));
    expect(screen.queryByTestId('backup-error')).toBeNull();
  });

  it('Back up now: a failure is shown translated, and the card shows the status after it', async () => {
    let missing = false;
    const { calls } = await card(() => ({ ...VERIFIED, folderMissing: missing }), {
      backup_now: () => {
        missing = true;
        return failure('error-backup-folder-missing', 'backup_folder_missing', { folder: FOLDER });
      },
    });
    await screen.findByTestId('backup-last-verified');
    await fireEvent.click(button('backup-now'));
    const error = await screen.findByTestId('backup-error');
    expect(error.textContent).toContain(message('en', 'backup-failed'));
    expect(error.textContent).toContain(message('en', 'error-backup-folder-missing', { folder: FOLDER }));
    expect(await screen.findByTestId('backup-warning-missing')).toBeTruthy();
    expect(count(calls, 'backup_now')).toBe(1);
    expect(button('backup-now').disabled).toBe(false);
  });

  it('Back up now that succeeds clears the error of the last try', async () => {
    let fail = true;
    await card(VERIFIED, {
      backup_now: () => {
        if (fail) return failure('error-backup-check-failed', 'backup_check_failed');
        return { ...VERIFIED, lastVerifiedAt: '2025-03-06T08:00' };
      },
    });
    await screen.findByTestId('backup-last-verified');
    await fireEvent.click(button('backup-now'));
    await screen.findByTestId('backup-error');
    await waitFor(() => expect(button('backup-now').disabled).toBe(false));
    fail = false;
    await fireEvent.click(button('backup-now'));
    await waitFor(() => expect(text('backup-last-verified')).toBe(verifiedLine('2025-03-06T08:00')));
    expect(screen.queryByTestId('backup-error')).toBeNull();
  });

  it('is not shown in presentation-safe mode, like the other settings', async () => {
    await card(VERIFIED);
    await fireEvent.click(screen.getByTestId('presentation-toggle'));
    expect(screen.queryByTestId('backup-card')).toBeNull();
  });
});
