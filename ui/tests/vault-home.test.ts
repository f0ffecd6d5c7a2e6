import { emit } from '@tauri-apps/api/event';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  argsOf,
  button,
  count,
  failure,
  input,
  loadHomeChunk,
  PROFILE_A,
  RECOVERY_KEY,
  renderApp,
  text,
  unlocked,
  type Call,
} from './backend';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

afterEach(() => {
  vi.useRealTimers();
});

function press(init: KeyboardEventInit, target: EventTarget = document.body): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

const CTRL_SHIFT_L = { key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true };
const ESCAPE = { key: 'Escape', code: 'Escape' };

/** Home with a lock that never answers (the page would reload), recording what was on screen at the call. */
async function home(): Promise<{ calls: Call[]; blankAtLock: boolean[] }> {
  const blankAtLock: boolean[] = [];
  const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', {
    lock: () => {
      blankAtLock.push(document.querySelector('[data-testid="panic-blank"]') !== null);
      return new Promise(() => undefined);
    },
  });
  return { calls, blankAtLock };
}

function expectBlanked(): void {
  const blank = screen.getByTestId('panic-blank');
  expect(blank.parentElement).toBe(screen.getByTestId('app-root'));
  expect(blank.classList.contains('panic-blank')).toBe(true);
  // The open vault is gone from the page already, not only hidden.
  expect(screen.queryByTestId('vault-home')).toBeNull();
  expect(screen.queryByTestId('home-settings')).toBeNull();
}

describe('panic lock', () => {
  it('Ctrl+Shift+L blanks the window synchronously, then calls lock', async () => {
    const { calls, blankAtLock } = await home();
    press(CTRL_SHIFT_L, input('idle-minutes-input'));
    // No await: the black layer is there as soon as the key handler returns.
    expectBlanked();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expect(blankAtLock).toEqual([true]);
  });

  it('Escape twice within 800 ms blanks and locks', async () => {
    const { calls, blankAtLock } = await home();
    press(ESCAPE);
    expect(screen.queryByTestId('panic-blank')).toBeNull();
    press(ESCAPE);
    expectBlanked();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expect(blankAtLock).toEqual([true]);
  });

  it('a single Escape, or two more than 800 ms apart, does nothing', async () => {
    const { calls } = await home();
    vi.useFakeTimers();
    press(ESCAPE);
    await vi.advanceTimersByTimeAsync(801);
    press(ESCAPE);
    await vi.advanceTimersByTimeAsync(2000);
    expect(screen.queryByTestId('panic-blank')).toBeNull();
    expect(screen.getByTestId('vault-home')).toBeTruthy();
    expect(count(calls, 'lock')).toBe(0);
  });

  it('the Lock button asks whether a backup is running, then blanks before locking too', async () => {
    const { calls, blankAtLock } = await home();
    expect(text('lock-button')).toBe(message('en', 'vault-lock-button'));
    const before = count(calls, 'backup_status');
    button('lock-button').click();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    expectBlanked();
    expect(count(calls, 'backup_status')).toBe(before + 1);
    expect(blankAtLock).toEqual([true]);
  });

  it('once locked, a key lifts the black layer onto the lock screen', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home');
    press(CTRL_SHIFT_L);
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId('panic-blank')).toBeTruthy();
    press({ key: 'a', code: 'KeyA' });
    await waitFor(() => expect(screen.queryByTestId('panic-blank')).toBeNull());
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
  });

  it('unlocked again before the lock answered, nothing stays black and Lock works at once', async () => {
    // The page the back end will reload is still there: a quick hand unlocks in it.
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', {
      lock: () => new Promise(() => undefined),
      unlock: () => unlocked(PROFILE_A),
    });
    button('lock-button').click();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
    await fireEvent.input(input('unlock-secret-input'), { target: { value: 'orange kettle meadow violin' } });
    await fireEvent.click(button('unlock-submit'));
    await screen.findByTestId('vault-home');
    expect(screen.queryByTestId('panic-blank')).toBeNull();
    button('lock-button').click();
    await waitFor(() => expect(count(calls, 'lock')).toBe(2));
    expectBlanked();
  });

  it('the shortcuts do nothing on the lock screen', async () => {
    const calls = await renderApp({ state: 'locked', profiles: [PROFILE_A], open: null }, 'lock-screen');
    press(CTRL_SHIFT_L);
    press(ESCAPE);
    press(ESCAPE);
    expect(screen.queryByTestId('panic-blank')).toBeNull();
    expect(count(calls, 'lock')).toBe(0);
  });
});

describe('locked by the back end', () => {
  it('the vault-locked event clears the home screen and shows the lock screen', async () => {
    await renderApp(unlocked(PROFILE_A), 'vault-home');
    await fireEvent.input(input('change-current-input'), { target: { value: 'typed secret' } });
    await emit('vault-locked');
    expect(screen.queryByTestId('vault-home')).toBeNull();
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
    expect(document.querySelector('input[type="password"]')?.getAttribute('data-testid')).toBe('unlock-secret-input');
    expect((input('unlock-secret-input')).value).toBe('');
  });
});

describe('activity heartbeat', () => {
  it('sends touch on activity at most once per 20 s, only while unlocked', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home');
    vi.useFakeTimers();
    expect(count(calls, 'touch')).toBe(0);
    press({ key: 'a', code: 'KeyA' });
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    press({ key: 'b', code: 'KeyB' });
    expect(count(calls, 'touch')).toBe(1);
    await vi.advanceTimersByTimeAsync(19_000);
    press({ key: 'c', code: 'KeyC' });
    expect(count(calls, 'touch')).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(count(calls, 'touch')).toBe(2);
    vi.useRealTimers();

    await emit('vault-locked');
    await vi.waitFor(() => expect(screen.getByTestId('lock-screen')).toBeTruthy());
    press({ key: 'd', code: 'KeyD' });
    await new Promise((resolve) => setTimeout(resolve, 25));
    expect(count(calls, 'touch')).toBe(2);
  });
});

describe('settings', () => {
  it('saves the automatic lock time', async () => {
    const calls = await renderApp(unlocked(PROFILE_A, 5), 'vault-home');
    expect(input('idle-minutes-input').value).toBe('5');
    await fireEvent.input(input('idle-minutes-input'), { target: { value: '12' } });
    await fireEvent.click(button('idle-minutes-save'));
    await screen.findByTestId('idle-minutes-done');
    expect(argsOf(calls, 'set_idle_minutes')).toEqual([{ minutes: 12 }]);
    expect(text('idle-minutes-done')).toBe(message('en', 'vault-idle-saved', { minutes: 12 }));
    expect(text('home-idle-note')).toBe(message('en', 'vault-home-idle-note', { minutes: 12 }));
  });

  it('refuses a time outside 1–60 without asking the back end', async () => {
    const calls = await renderApp(unlocked(PROFILE_A, 5), 'vault-home');
    await fireEvent.input(input('idle-minutes-input'), { target: { value: '61' } });
    await fireEvent.click(button('idle-minutes-save'));
    expect(text('idle-minutes-error')).toBe(message('en', 'error-idle-minutes', { min: 1, max: 60 }));
    expect(count(calls, 'set_idle_minutes')).toBe(0);
  });

  it('changes the passphrase once the new one is strong and repeated', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home');
    const submit = button('change-submit');
    expect(submit.disabled).toBe(true);
    await fireEvent.input(input('change-current-input'), { target: { value: 'old words here' } });
    await fireEvent.input(input('change-next-input'), { target: { value: 'two words' } });
    await waitFor(() => expect(screen.getByTestId('passphrase-strength').dataset.score).toBe('2'));
    await fireEvent.input(input('change-repeat-input'), { target: { value: 'two words' } });
    expect(submit.disabled).toBe(true);
    expect(text('change-problems')).toBe(message('en', 'vault-problem-weak'));
    const next = 'amber willow socket tundra fig';
    await fireEvent.input(input('change-next-input'), { target: { value: next } });
    await fireEvent.input(input('change-repeat-input'), { target: { value: next } });
    await waitFor(() => expect(submit.disabled).toBe(false));
    await fireEvent.click(submit);
    await screen.findByTestId('change-done');
    expect(argsOf(calls, 'change_passphrase')).toEqual([{ current: 'old words here', method: 'passphrase', next }]);
    expect(text('change-done')).toBe(message('en', 'vault-change-done'));
    expect(input('change-current-input').value).toBe('');
    expect(input('change-next-input').value).toBe('');
  });

  it('accepts the recovery key as the current secret, sent in the form Avenir shows it', async () => {
    const calls = await renderApp(unlocked(PROFILE_A), 'vault-home');
    expect(text('change-rule')).toBe(message('en', 'vault-passphrase-rule'));
    await fireEvent.input(input('change-current-input'), { target: { value: 'typed, then switched' } });
    await fireEvent.click(screen.getByTestId('change-current-use-recovery'));
    // Switching clears what was typed, and asks for the key in words.
    expect(input('change-current-input').value).toBe('');
    expect(screen.getByLabelText(message('en', 'vault-unlock-recovery-label'))).toBe(input('change-current-input'));
    const next = 'amber willow socket tundra fig';
    await fireEvent.input(input('change-next-input'), { target: { value: next } });
    await fireEvent.input(input('change-repeat-input'), { target: { value: next } });
    await waitFor(() => expect(text('change-problems')).toBe(message('en', 'vault-problem-current-recovery')));
    expect(button('change-submit').disabled).toBe(true);
    await fireEvent.input(input('change-current-input'), { target: { value: ' 7k3m q9xa-b2cd ef34 gh56 jk78 mn9p qr2s ' } });
    await waitFor(() => expect(button('change-submit').disabled).toBe(false));
    await fireEvent.click(button('change-submit'));
    await screen.findByTestId('change-done');
    expect(argsOf(calls, 'change_passphrase')).toEqual([{ current: RECOVERY_KEY, method: 'recovery', next }]);
  });

  it('shows the error when the current passphrase is wrong', async () => {
    await renderApp(unlocked(PROFILE_A), 'vault-home', {
      change_passphrase: () => failure('error-wrong-secret', 'wrong_secret'),
    });
    const next = 'amber willow socket tundra fig';
    await fireEvent.input(input('change-current-input'), { target: { value: 'not it' } });
    await fireEvent.input(input('change-next-input'), { target: { value: next } });
    await fireEvent.input(input('change-repeat-input'), { target: { value: next } });
    await waitFor(() => expect(button('change-submit').disabled).toBe(false));
    await fireEvent.click(button('change-submit'));
    expect((await screen.findByTestId('change-error')).textContent).toBe(message('en', 'error-wrong-secret'));
    expect(screen.queryByTestId('change-done')).toBeNull();
  });

  it('holds the client files in the workspace, without fake content', async () => {
    await renderApp(unlocked(PROFILE_A), 'vault-home');
    const area = screen.getByTestId('home-workspace');
    expect(area.querySelector('h2')?.textContent).toBe(message('en', 'vault-home-workspace-heading'));
    const list = await screen.findByTestId('client-list');
    expect(area.contains(list)).toBe(true);
    expect((await screen.findByTestId('client-list-empty')).textContent?.trim()).toBe(message('en', 'clients-list-empty'));
  });
});
