// The Lock button lets a running backup finish; the panic keys and the automatic lock never wait.
import { emit } from '@tauri-apps/api/event';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupStatusDto } from '../src/ipc/generated/backup';
import { button, count, failure, loadHomeChunk, NO_BACKUP, PROFILE_A, renderApp, text, unlocked, type Call } from './backend';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

const FOLDER = '/media/counsellor/AVENIR-STICK';

/** The vault home; `backup.running` says whether a backup is running; lock never answers (the page would reload). */
async function home(backup: { running: boolean; fails?: boolean }): Promise<{ calls: Call[]; blankAtLock: boolean[] }> {
  const blankAtLock: boolean[] = [];
  const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', {
    backup_status: (): BackupStatusDto => {
      if (backup.fails) return failure('error-vault-locked', 'vault_locked');
      return { ...NO_BACKUP, folder: FOLDER, running: backup.running };
    },
    lock: () => {
      blankAtLock.push(document.querySelector('[data-testid="panic-blank"]') !== null);
      return new Promise(() => undefined);
    },
  });
  return { calls, blankAtLock };
}

function press(init: KeyboardEventInit): void {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Lock button and a running backup', () => {
  it('waits with a dialog while the backup runs, asking every second, and locks when it is done', async () => {
    const backup = { running: true };
    const { calls, blankAtLock } = await home(backup);
    await fireEvent.click(button('lock-button'));
    const dialog = await screen.findByTestId('backup-lock-waiting');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain(message('en', 'backup-lock-waiting-title'));
    expect(dialog.textContent).toContain(message('en', 'backup-lock-waiting-body'));
    // An indeterminate progress bar: no value.
    const progress = dialog.querySelector('progress');
    expect(progress?.hasAttribute('value')).toBe(false);
    expect(text('backup-lock-now')).toBe(message('en', 'backup-lock-now'));
    expect(document.activeElement).toBe(button('backup-lock-now'));
    expect(screen.queryByTestId('panic-blank')).toBeNull();
    expect(screen.getByTestId('vault-home')).toBeTruthy();

    const asked = count(calls, 'backup_status');
    await waitFor(() => expect(count(calls, 'backup_status')).toBeGreaterThan(asked), { timeout: 1500 });
    expect(count(calls, 'lock')).toBe(0);
    expect(screen.getByTestId('backup-lock-waiting')).toBeTruthy();

    backup.running = false;
    await waitFor(() => expect(count(calls, 'lock')).toBe(1), { timeout: 1500 });
    expect(blankAtLock).toEqual([true]);
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
    expect(screen.queryByTestId('vault-home')).toBeNull();
    await pause(1200);
    expect(count(calls, 'lock')).toBe(1);
  }, 10_000);

  it('"Lock now" locks at once, without waiting for the backup', async () => {
    const { calls, blankAtLock } = await home({ running: true });
    await fireEvent.click(button('lock-button'));
    await screen.findByTestId('backup-lock-waiting');
    await fireEvent.click(button('backup-lock-now'));
    expect(screen.getByTestId('panic-blank')).toBeTruthy();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expect(blankAtLock).toEqual([true]);
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
    // The watch ended with the dialog: nothing more is asked, nothing locks twice.
    const asked = count(calls, 'backup_status');
    await pause(1200);
    expect(count(calls, 'backup_status')).toBe(asked);
    expect(count(calls, 'lock')).toBe(1);
  });

  it('locks at once when no backup is running', async () => {
    const { calls } = await home({ running: false });
    await fireEvent.click(button('lock-button'));
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
    expect(screen.getByTestId('panic-blank')).toBeTruthy();
  });

  it('locks at once when the backup status cannot be had', async () => {
    const { calls } = await home({ running: false, fails: true });
    await fireEvent.click(button('lock-button'));
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
  });

  it('locks anyway when the backup status does not answer within 2 s', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', {
      backup_status: () => new Promise(() => undefined),
      lock: () => new Promise(() => undefined),
    });
    await fireEvent.click(button('lock-button'));
    await pause(1500);
    expect(count(calls, 'lock')).toBe(0);
    await waitFor(() => expect(count(calls, 'lock')).toBe(1), { timeout: 1500 });
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
  }, 10_000);

  it('Ctrl+Shift+L never waits for a backup: black at once, then lock', async () => {
    const { calls, blankAtLock } = await home({ running: true });
    press({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true });
    expect(screen.getByTestId('panic-blank')).toBeTruthy();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expect(blankAtLock).toEqual([true]);
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
  });

  it('Escape twice never waits either, even with the waiting dialog open', async () => {
    const { calls } = await home({ running: true });
    await fireEvent.click(button('lock-button'));
    await screen.findByTestId('backup-lock-waiting');
    press({ key: 'Escape', code: 'Escape' });
    press({ key: 'Escape', code: 'Escape' });
    expect(screen.getByTestId('panic-blank')).toBeTruthy();
    expect(screen.queryByTestId('backup-lock-waiting')).toBeNull();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    await pause(1200);
    expect(count(calls, 'lock')).toBe(1);
  });

  it('the automatic lock never waits: the lock screen at once', async () => {
    await home({ running: true });
    await emit('vault-locked');
    expect(screen.queryByTestId('vault-home')).toBeNull();
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
  });
});
