import { fireEvent, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  argsOf,
  button,
  count,
  failure,
  input,
  locked,
  PROFILE_A,
  PROFILE_B,
  RECOVERY_KEY,
  renderApp,
  text,
} from './backend';
import { message } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(input(testId), { target: { value } });
}

describe('lock screen', () => {
  it('with one profile, shows it and unlocks it with the passphrase', async () => {
    const calls = await renderApp(locked(PROFILE_A), 'lock-screen');
    expect(text('unlock-profile')).toContain('Counsellor A');
    expect(screen.queryByTestId('unlock-profile-p-a')).toBeNull();
    expect(screen.getByLabelText(message('en', 'vault-unlock-passphrase-label'))).toBe(input('unlock-secret-input'));
    expect(input('unlock-secret-input').type).toBe('password');
    expect(button('unlock-submit').disabled).toBe(true);
    await type('unlock-secret-input', ' my passphrase ');
    await fireEvent.click(button('unlock-submit'));
    await screen.findByTestId('vault-home');
    // The passphrase is sent exactly as typed.
    expect(argsOf(calls, 'unlock')).toEqual([{ profileId: 'p-a', secret: ' my passphrase ', method: 'passphrase' }]);
  });

  it('with several profiles, offers radio buttons with the first preselected', async () => {
    const calls = await renderApp(locked(PROFILE_A, PROFILE_B), 'lock-screen');
    const a = input('unlock-profile-p-a');
    const b = input('unlock-profile-p-b');
    expect(a.type).toBe('radio');
    expect(a.checked).toBe(true);
    expect(b.checked).toBe(false);
    expect(screen.getByRole('group', { name: message('en', 'vault-unlock-profile-legend') })).toBeTruthy();
    await fireEvent.click(b);
    await type('unlock-secret-input', 'words');
    await fireEvent.click(button('unlock-submit'));
    await screen.findByTestId('vault-home');
    expect(argsOf(calls, 'unlock')).toEqual([{ profileId: 'p-b', secret: 'words', method: 'passphrase' }]);
  });

  it('the recovery toggle changes the label and sends method "recovery" with the key as Avenir shows it', async () => {
    const calls = await renderApp(locked(PROFILE_A), 'lock-screen');
    await type('unlock-secret-input', 'half typed');
    await fireEvent.click(screen.getByTestId('unlock-use-recovery'));
    expect(input('unlock-secret-input').value).toBe('');
    expect(screen.getByLabelText(message('en', 'vault-unlock-recovery-label'))).toBe(input('unlock-secret-input'));
    await type('unlock-secret-input', RECOVERY_KEY.toLowerCase().replace(/-/g, ' '));
    await fireEvent.click(button('unlock-submit'));
    await screen.findByTestId('vault-home');
    expect(argsOf(calls, 'unlock')).toEqual([{ profileId: 'p-a', secret: RECOVERY_KEY, method: 'recovery' }]);
  });

  it('after a wrong secret: the generic error, then waits that grow 1, 2, 4 s with a live countdown', async () => {
    const calls = await renderApp(locked(PROFILE_A), 'lock-screen', {
      unlock: () => failure('error-wrong-secret', 'wrong_secret'),
    });
    vi.useFakeTimers();
    await type('unlock-secret-input', 'wrong words');
    const submit = button('unlock-submit');

    await fireEvent.click(submit);
    await vi.advanceTimersByTimeAsync(0);
    expect(text('unlock-error')).toBe(message('en', 'error-wrong-secret'));
    expect(submit.disabled).toBe(true);
    expect(text('unlock-wait')).toBe(message('en', 'vault-unlock-wait', { seconds: 1 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.queryByTestId('unlock-wait')).toBeNull();
    expect(submit.disabled).toBe(false);

    await fireEvent.click(submit);
    await vi.advanceTimersByTimeAsync(0);
    expect(text('unlock-wait')).toBe(message('en', 'vault-unlock-wait', { seconds: 2 }));
    expect(submit.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(text('unlock-wait')).toBe(message('en', 'vault-unlock-wait', { seconds: 1 }));
    expect(submit.disabled).toBe(true);
    // Enter in the field does not get around the wait.
    await fireEvent.submit(screen.getByTestId('unlock-form'));
    await vi.advanceTimersByTimeAsync(0);
    expect(count(calls, 'unlock')).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(submit.disabled).toBe(false);

    await fireEvent.click(submit);
    await vi.advanceTimersByTimeAsync(0);
    expect(text('unlock-wait')).toBe(message('en', 'vault-unlock-wait', { seconds: 4 }));
    await vi.advanceTimersByTimeAsync(3999);
    expect(submit.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(submit.disabled).toBe(false);
    expect(count(calls, 'unlock')).toBe(3);
    // Still the same generic text: nothing hints at what was wrong.
    expect(text('unlock-error')).toBe(message('en', 'error-wrong-secret'));
  });

  it('other errors are shown without a wait', async () => {
    await renderApp(locked(PROFILE_A), 'lock-screen', { unlock: () => failure('error-vault-in-use') });
    await type('unlock-secret-input', 'words');
    await fireEvent.click(button('unlock-submit'));
    expect((await screen.findByTestId('unlock-error')).textContent).toBe(message('en', 'error-vault-in-use'));
    expect(screen.queryByTestId('unlock-wait')).toBeNull();
    expect(button('unlock-submit').disabled).toBe(false);
  });

  it('is translated, with the language switcher', async () => {
    await renderApp(locked(PROFILE_A), 'lock-screen');
    await fireEvent.click(screen.getByTestId('language-option-fr'));
    await screen.findByText(message('fr', 'vault-lock-title'));
    expect(text('unlock-submit')).toBe(message('fr', 'vault-unlock-submit'));
    expect(text('add-profile')).toBe(message('fr', 'vault-add-profile'));
  });
});
