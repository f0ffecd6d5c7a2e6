// Restoring a backup as a new profile, from the welcome screen and from the lock screen.
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProfileInfo, VaultStatus } from '../src/ipc/types';
import {
  argsOf,
  button,
  count,
  failure,
  input,
  loadHomeChunk,
  locked,
  NONE,
  PROFILE_A,
  RECOVERY_KEY,
  renderApp,
  text,
  unlocked,
  type Handler,
} from './backend';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

const FILE = '/media/counsellor/AVENIR-STICK/avenir-2025-03-04.avb';
const RESTORED: ProfileInfo = { id: 'p-r', label: 'Counsellor A (restored)' };

async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(input(testId), { target: { value } });
}

/** The app on `status`, the restore form open; `restore` answers restore_backup. */
async function openForm(status: VaultStatus, screenId: string, overrides: Record<string, Handler> = {}) {
  const calls = await renderApp(status, screenId, {
    choose_backup_file: () => ({ path: FILE }),
    restore_backup: () => ({ state: 'locked', profiles: [...status.profiles, RESTORED], open: null }),
    ...overrides,
  });
  expect(text('restore-open')).toBe(message('en', 'restore-open'));
  await fireEvent.click(button('restore-open'));
  const form = await screen.findByTestId('restore-form');
  return { calls, form };
}

async function fillIn(secret = 'old words of the vault', label = RESTORED.label): Promise<void> {
  await fireEvent.click(button('restore-choose-file'));
  await screen.findByTestId('restore-file');
  await type('restore-secret', secret);
  await type('restore-label', label);
}

describe('restore from a backup', () => {
  it('the form explains itself and submits only with a file, a secret and a name', async () => {
    const { calls, form } = await openForm(NONE, 'welcome-screen');
    expect(form.textContent).toContain(message('en', 'restore-title'));
    expect(form.textContent).toContain(message('en', 'restore-intro'));
    expect(screen.getByLabelText(message('en', 'restore-secret-passphrase'))).toBe(input('restore-secret'));
    expect(screen.getByLabelText(message('en', 'restore-label-label'))).toBe(input('restore-label'));
    expect(input('restore-secret').type).toBe('password');
    expect(input('restore-method-passphrase').checked).toBe(true);
    expect(input('restore-method-recovery').checked).toBe(false);
    expect(screen.queryByTestId('restore-file')).toBeNull();
    const submit = button('restore-submit');
    expect(submit.textContent?.trim()).toBe(message('en', 'restore-submit'));
    expect(submit.disabled).toBe(true);

    await type('restore-secret', 'old words');
    await type('restore-label', 'Counsellor A (restored)');
    expect(submit.disabled).toBe(true);
    await fireEvent.click(button('restore-choose-file'));
    expect(await screen.findByTestId('restore-file')).toBeTruthy();
    expect(text('restore-file')).toBe(FILE);
    expect(form.textContent).toContain(message('en', 'restore-file-label'));
    expect(submit.disabled).toBe(false);
    await type('restore-label', '   ');
    expect(submit.disabled).toBe(true);
    await type('restore-label', 'B');
    await type('restore-secret', '');
    expect(submit.disabled).toBe(true);
    // Enter in a field does not get around it.
    await fireEvent.submit(screen.getByTestId('restore-form'));
    expect(count(calls, 'restore_backup')).toBe(0);
  });

  it('a cancelled file chooser leaves no file', async () => {
    await openForm(NONE, 'welcome-screen', { choose_backup_file: () => ({ path: null }) });
    await fireEvent.click(button('restore-choose-file'));
    await waitFor(() => expect(button('restore-choose-file').disabled).toBe(false));
    expect(screen.queryByTestId('restore-file')).toBeNull();
  });

  it('a wrong secret is shown translated, and the secret is cleared', async () => {
    const { calls } = await openForm(NONE, 'welcome-screen', {
      restore_backup: () => failure('error-wrong-secret', 'wrong_secret'),
    });
    await fillIn('wrong words');
    await fireEvent.click(button('restore-submit'));
    expect((await screen.findByTestId('restore-error')).textContent).toBe(message('en', 'error-wrong-secret'));
    expect(input('restore-secret').value).toBe('');
    expect(input('restore-label').value).toBe(RESTORED.label);
    expect(text('restore-file')).toBe(FILE);
    expect(button('restore-submit').disabled).toBe(true);
    expect(screen.getByTestId('welcome-screen')).toBeTruthy();
    expect(argsOf(calls, 'restore_backup')).toEqual([
      { file: FILE, secret: 'wrong words', method: 'passphrase', label: RESTORED.label },
    ]);
  });

  it('other errors are translated too', async () => {
    await openForm(NONE, 'welcome-screen', { restore_backup: () => failure('error-backup-damaged', 'backup_damaged') });
    await fillIn();
    await fireEvent.click(button('restore-submit'));
    expect((await screen.findByTestId('restore-error')).textContent).toBe(message('en', 'error-backup-damaged'));
  });

  it('shows that it is working and cannot be sent twice', async () => {
    let answer: (status: VaultStatus) => void = () => undefined;
    const { calls } = await openForm(NONE, 'welcome-screen', {
      restore_backup: () => new Promise<VaultStatus>((resolve) => (answer = resolve)),
    });
    await fillIn();
    await fireEvent.click(button('restore-submit'));
    expect(button('restore-submit').textContent?.trim()).toBe(message('en', 'restore-working'));
    expect(button('restore-submit').disabled).toBe(true);
    expect(button('restore-cancel').disabled).toBe(true);
    // The secret has left the input already.
    expect(input('restore-secret').value).toBe('');
    await fireEvent.submit(screen.getByTestId('restore-form'));
    expect(count(calls, 'restore_backup')).toBe(1);
    answer(locked(RESTORED));
    await screen.findByTestId('unlock-form');
  });

  it('from the welcome screen: on success, the lock screen with the restored profile and a word that it is there', async () => {
    const { calls } = await openForm(NONE, 'welcome-screen', {
      restore_backup: () => locked(RESTORED),
      unlock: () => unlocked(RESTORED),
      lock: () => locked(RESTORED),
    });
    await fillIn('  old words  ', `  ${RESTORED.label} `);
    await fireEvent.click(button('restore-submit'));
    await screen.findByTestId('unlock-form');
    expect(screen.queryByTestId('welcome-screen')).toBeNull();
    expect(text('unlock-profile')).toContain(RESTORED.label);
    expect(text('restore-done')).toBe(message('en', 'restore-done', { label: RESTORED.label }));
    expect(screen.queryByTestId('restore-form')).toBeNull();
    expect(argsOf(calls, 'restore_backup')).toEqual([
      { file: FILE, secret: '  old words  ', method: 'passphrase', label: RESTORED.label },
    ]);
    // The secret is nowhere in the page.
    for (const field of Array.from(document.querySelectorAll('input'))) expect(field.value).not.toContain('old words');
    // Unlocking goes on as ever; locked again later, the word about the restore is gone.
    await type('unlock-secret-input', 'old words');
    await fireEvent.click(button('unlock-submit'));
    await screen.findByTestId('vault-home');
    expect(argsOf(calls, 'unlock')).toEqual([{ profileId: RESTORED.id, secret: 'old words', method: 'passphrase' }]);
    await fireEvent.click(button('lock-button'));
    await screen.findByTestId('unlock-form');
    expect(screen.queryByTestId('restore-done')).toBeNull();
  });

  it('from the lock screen, with the recovery key: the restored profile is added and chosen', async () => {
    const { calls } = await openForm(locked(PROFILE_A), 'lock-screen');
    await fireEvent.click(input('restore-method-recovery'));
    expect(input('restore-method-recovery').checked).toBe(true);
    expect(screen.getByLabelText(message('en', 'restore-secret-recovery'))).toBe(input('restore-secret'));
    await fillIn(RECOVERY_KEY.toLowerCase().replace(/-/g, ' '));
    await fireEvent.click(button('restore-submit'));
    await screen.findByTestId('restore-done');
    expect(argsOf(calls, 'restore_backup')).toEqual([
      { file: FILE, secret: RECOVERY_KEY, method: 'recovery', label: RESTORED.label },
    ]);
    expect(text('restore-done')).toBe(message('en', 'restore-done', { label: RESTORED.label }));
    expect(input(`unlock-profile-${RESTORED.id}`).checked).toBe(true);
    expect(input(`unlock-profile-${PROFILE_A.id}`).checked).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(input('unlock-secret-input')));
  });

  it('Cancel and Escape close the form and forget what was typed', async () => {
    const { calls } = await openForm(locked(PROFILE_A), 'lock-screen');
    await fillIn('secret words');
    await fireEvent.click(button('restore-cancel'));
    expect(screen.queryByTestId('restore-form')).toBeNull();
    expect(document.activeElement).toBe(button('restore-open'));
    await fireEvent.click(button('restore-open'));
    await screen.findByTestId('restore-form');
    expect(input('restore-secret').value).toBe('');
    expect(input('restore-label').value).toBe('');
    expect(screen.queryByTestId('restore-file')).toBeNull();
    await fireEvent.keyDown(screen.getByTestId('restore-secret'), { key: 'Escape' });
    expect(screen.queryByTestId('restore-form')).toBeNull();
    expect(count(calls, 'restore_backup')).toBe(0);
  });

  it('is translated', async () => {
    await renderApp(NONE, 'welcome-screen', { get_catalogue: () => import('./fixtures').then((f) => f.catalogue('nl')) });
    expect(text('restore-open')).toBe(message('nl', 'restore-open'));
    await fireEvent.click(button('restore-open'));
    expect((await screen.findByTestId('restore-form')).textContent).toContain(message('nl', 'restore-intro'));
    expect(text('restore-choose-file')).toBe(message('nl', 'restore-choose-file'));
  });
});
