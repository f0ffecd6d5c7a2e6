// The new passphrase owed after an unlock with the recovery key: asked before the vault home,
// postponable once, never skipped; the secret typed at the unlock is the current secret.
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Strength } from '../src/ipc/types';
import { givenSecret, resetOffer, resetProblems } from '../src/lib/keys';
import {
  argsOf,
  button,
  count,
  failure,
  input,
  loadHomeChunk,
  locked,
  owing,
  PROFILE_A,
  RECOVERY_KEY,
  renderApp,
  SUGGESTED,
  text,
  type Handler,
} from './backend';
import { message } from './fixtures';

beforeAll(async () => {
  await loadHomeChunk();
  await import('../src/screens/home/PassphraseReset.svelte');
}, 30_000);

const STRONG = 'amber willow socket tundra fig';

async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(input(testId), { target: { value } });
}

/** The lock screen, unlocked with the recovery key (typed as people do) or a passphrase. */
async function unlockWith(secret: 'recovery' | string, overrides: Record<string, Handler>) {
  const calls = await renderApp(locked(PROFILE_A), 'lock-screen', overrides);
  if (secret === 'recovery') {
    await fireEvent.click(screen.getByTestId('unlock-use-recovery'));
    await type('unlock-secret-input', RECOVERY_KEY.toLowerCase().replace(/-/g, ' '));
  } else {
    await type('unlock-secret-input', secret);
  }
  await fireEvent.click(button('unlock-submit'));
  await screen.findByTestId('reset-screen');
  return calls;
}

describe('the reset rules', () => {
  it('offers "Later" only while it may be postponed, and says so after', () => {
    expect(resetOffer({ mayPostpone: true })).toEqual({ postpone: true, last: null });
    expect(resetOffer({ mayPostpone: false })).toEqual({ postpone: false, last: 'vault-reset-last' });
  });

  it('asks for the current secret only when the unlock left none', () => {
    const strong: Strength = { score: 4, acceptable: true, feedback: [] };
    const known = givenSecret('7k3m q9xa', true);
    expect(known).toEqual({ secret: '7K3M-Q9XA', method: 'recovery' });
    expect(resetProblems(known, '', true, STRONG, STRONG, strong)).toEqual([]);
    expect(resetProblems(null, '', true, STRONG, STRONG, strong)).toEqual(['vault-problem-current-recovery']);
    expect(resetProblems(null, '', false, STRONG, STRONG, strong)).toEqual(['vault-problem-current']);
    expect(resetProblems(known, '', true, STRONG, `${STRONG} x`, strong)).toEqual(['vault-problem-mismatch']);
    expect(resetProblems(known, '', true, STRONG, STRONG, null)).toEqual(['vault-problem-checking']);
  });
});

describe('after an unlock with the recovery key', () => {
  it('asks for a new passphrase before the home; "Later (once)" postpones and opens the home', async () => {
    const calls = await unlockWith('recovery', { unlock: () => owing(PROFILE_A, true) });
    expect(screen.queryByTestId('vault-home')).toBeNull();
    expect(text('reset-due')).toBe(message('en', 'vault-reset-due'));
    expect(screen.queryByTestId('reset-last')).toBeNull();
    expect(text('reset-rule')).toBe(message('en', 'vault-passphrase-rule'));
    // The recovery key just typed is the current secret: nothing to type again.
    expect(screen.queryByTestId('reset-current-input')).toBeNull();
    expect(text('reset-postpone')).toBe(message('en', 'vault-reset-postpone'));
    await fireEvent.click(button('reset-postpone'));
    await screen.findByTestId('vault-home');
    expect(count(calls, 'postpone_passphrase_reset')).toBe(1);
    expect(count(calls, 'change_passphrase')).toBe(0);
  });

  it('once postponed, offers no "Later"; Save waits for an acceptable, repeated passphrase and sends the recovery key', async () => {
    const calls = await unlockWith('recovery', { unlock: () => owing(PROFILE_A, false) });
    expect(text('reset-last')).toBe(message('en', 'vault-reset-last'));
    expect(screen.queryByTestId('reset-postpone')).toBeNull();
    const save = button('reset-submit');
    // Avenir's suggestion is filled in; the counsellor types their own instead.
    await waitFor(() => expect(input('reset-next-input').value).toBe(SUGGESTED));
    await type('reset-next-input', '');
    await type('reset-repeat-input', '');
    expect(save.disabled).toBe(true);
    expect(text('reset-problems')).toBe(message('en', 'vault-problem-empty'));
    await type('reset-next-input', 'two words');
    await type('reset-repeat-input', 'two words');
    await waitFor(() => expect(text('reset-problems')).toBe(message('en', 'vault-problem-weak')));
    expect(save.disabled).toBe(true);
    await type('reset-next-input', STRONG);
    await waitFor(() => expect(text('reset-problems')).toBe(message('en', 'vault-problem-mismatch')));
    expect(save.disabled).toBe(true);
    await type('reset-repeat-input', STRONG);
    await waitFor(() => expect(save.disabled).toBe(false));
    await fireEvent.click(save);
    await screen.findByTestId('vault-home');
    expect(argsOf(calls, 'change_passphrase')).toEqual([{ current: RECOVERY_KEY, method: 'recovery', next: STRONG }]);
    expect(count(calls, 'postpone_passphrase_reset')).toBe(0);
  });

  it('unlocked with the passphrase while one is owed, that passphrase is the current secret', async () => {
    const calls = await unlockWith('remembered words', { unlock: () => owing(PROFILE_A, false) });
    await waitFor(() => expect(button('reset-submit').disabled).toBe(false));
    await fireEvent.click(button('reset-submit'));
    await screen.findByTestId('vault-home');
    expect(argsOf(calls, 'change_passphrase')).toEqual([{ current: 'remembered words', method: 'passphrase', next: SUGGESTED }]);
  });

  it('a refused postponement keeps the screen, with the reason', async () => {
    await unlockWith('recovery', {
      unlock: () => owing(PROFILE_A, true),
      postpone_passphrase_reset: () => failure('error-reset-not-postponable', 'reset_not_postponable'),
    });
    await fireEvent.click(button('reset-postpone'));
    expect((await screen.findByTestId('reset-error')).textContent).toBe(message('en', 'error-reset-not-postponable'));
    expect(screen.getByTestId('reset-screen')).toBeTruthy();
    expect(screen.queryByTestId('vault-home')).toBeNull();
  });

  it('a status answered in the home after the postponement keeps the home', async () => {
    await unlockWith('recovery', {
      unlock: () => owing(PROFILE_A, true),
      set_idle_minutes: () => owing(PROFILE_A, false),
    });
    await fireEvent.click(button('reset-postpone'));
    await screen.findByTestId('vault-home');
    await type('idle-minutes-input', '12');
    await fireEvent.click(button('idle-minutes-save'));
    await screen.findByTestId('idle-minutes-done');
    expect(screen.getByTestId('vault-home')).toBeTruthy();
    expect(screen.queryByTestId('reset-screen')).toBeNull();
  });

  it('Ctrl+Shift+L locks from the reset screen too, and forgets it', async () => {
    const calls = await unlockWith('recovery', { unlock: () => owing(PROFILE_A, true) });
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true }),
    );
    expect(screen.queryByTestId('reset-screen')).toBeNull();
    await waitFor(() => expect(count(calls, 'lock')).toBe(1));
  });
});

describe('a page loaded with the vault open and a passphrase owed', () => {
  it('shows the reset screen, not the home, and asks for the current secret too', async () => {
    const calls = await renderApp(owing(PROFILE_A, true), 'reset-screen');
    expect(screen.queryByTestId('vault-home')).toBeNull();
    await waitFor(() => expect(input('reset-next-input').value).toBe(SUGGESTED));
    await waitFor(() => expect(text('reset-problems')).toBe(message('en', 'vault-problem-current-recovery')));
    expect(button('reset-submit').disabled).toBe(true);
    await type('reset-current-input', RECOVERY_KEY.toLowerCase());
    await waitFor(() => expect(button('reset-submit').disabled).toBe(false));
    await fireEvent.click(button('reset-submit'));
    await screen.findByTestId('vault-home');
    expect(argsOf(calls, 'change_passphrase')).toEqual([{ current: RECOVERY_KEY, method: 'recovery', next: SUGGESTED }]);
  });
});
