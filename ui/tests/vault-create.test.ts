import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { RecoveryCheck } from '../src/ipc/types';
import {
  argsOf,
  button,
  count,
  failure,
  input,
  locked,
  NONE,
  PROFILE_A,
  RECOVERY_KEY,
  renderApp,
  SUGGESTED,
  text,
  type Handler,
} from './backend';
import { message } from './fixtures';

const GROUPS = RECOVERY_KEY.split('-');
const STRONG = 'river candle orbit maple stone';

async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(input(testId), { target: { value } });
}

async function startCreation(overrides: Record<string, Handler> = {}) {
  const calls = await renderApp(NONE, 'welcome-screen', overrides);
  await fireEvent.click(screen.getByTestId('create-vault-start'));
  // The creation screens load as their own chunk.
  await screen.findByTestId('create-step-1');
  return calls;
}

async function toStep2(label = 'Counsellor A') {
  await type('profile-label-input', label);
  await fireEvent.click(screen.getByTestId('create-next-1'));
  await screen.findByTestId('create-step-2');
  // The step opens with Avenir's suggestion filled in.
  await waitFor(() => expect(input('passphrase-input').value).toBe(SUGGESTED));
}

async function toStep3(passphrase = STRONG) {
  await type('passphrase-input', passphrase);
  await type('passphrase-repeat-input', passphrase);
  await waitFor(() => expect(button('create-next-2').disabled).toBe(false));
  await fireEvent.click(button('create-next-2'));
  await screen.findByTestId('recovery-key');
}

/** The 0-based group indices the check inputs ask for, read from their labels. */
function askedIndices(): [number, number] {
  return [0, 1].map((i) => {
    const label = document.querySelector(`label[for="${input(`recovery-check-input-${i}`).id}"]`);
    const number = Number(label?.textContent?.match(/\d+/)?.[0]);
    expect(label?.textContent?.trim()).toBe(message('en', 'vault-recovery-check-label', { number }));
    return number - 1;
  }) as [number, number];
}

describe('create a vault: step 1', () => {
  it('warns before anything else and explains the label', async () => {
    await startCreation();
    const step = screen.getByTestId('create-step-1');
    expect(text('create-warning')).toBe(message('en', 'vault-create-warning'));
    expect(step.textContent).toContain(message('en', 'vault-label-hint'));
    // The warning comes before the label field.
    const warning = screen.getByTestId('create-warning');
    expect(warning.compareDocumentPosition(input('profile-label-input')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByLabelText(message('en', 'vault-label-label'))).toBe(input('profile-label-input'));
  });

  it('refuses an empty label and a label already used on this computer', async () => {
    await renderApp(locked(PROFILE_A), 'lock-screen');
    await fireEvent.click(screen.getByTestId('add-profile'));
    await fireEvent.click(await screen.findByTestId('create-next-1'));
    expect(text('profile-label-problem')).toBe(message('en', 'error-label-invalid'));
    await type('profile-label-input', '  counsellor a ');
    await fireEvent.click(screen.getByTestId('create-next-1'));
    expect(text('profile-label-problem')).toBe(message('en', 'error-label-taken'));
    expect(screen.queryByTestId('create-step-2')).toBeNull();
    await type('profile-label-input', 'Counsellor C');
    await fireEvent.click(screen.getByTestId('create-next-1'));
    await screen.findByTestId('create-step-2');
  });
});

describe('create a vault: step 2', () => {
  it('opens with the suggestion and the rule; replaced, Next waits until the passphrase is strong enough and repeated', async () => {
    const calls = await startCreation();
    await toStep2();
    expect(input('passphrase-repeat-input').value).toBe(SUGGESTED);
    expect(text('passphrase-rule')).toBe(message('en', 'vault-passphrase-rule'));
    const next = button('create-next-2');
    await waitFor(() => expect(next.disabled).toBe(false));

    // The counsellor may replace it.
    await type('passphrase-input', '');
    await type('passphrase-repeat-input', '');
    expect(next.disabled).toBe(true);
    expect(text('passphrase-problems')).toBe(message('en', 'vault-problem-empty'));

    await type('passphrase-input', 'two words');
    await waitFor(() => expect(screen.getByTestId('passphrase-strength').dataset.score).toBe('2'));
    expect(argsOf(calls, 'passphrase_strength').at(-1)).toEqual({ passphrase: 'two words' });
    expect(text('passphrase-strength-level')).toBe(message('en', 'strength-level-2'));
    expect(screen.getByTestId('passphrase-strength').textContent).toContain(message('en', 'strength-feedback-add-words'));
    expect(next.disabled).toBe(true);
    expect(screen.getByTestId('passphrase-problems').textContent).toContain(message('en', 'vault-problem-weak'));

    await type('passphrase-input', STRONG);
    await waitFor(() => expect(screen.getByTestId('passphrase-strength').dataset.score).toBe('4'));
    expect(next.disabled).toBe(true);
    expect(text('passphrase-problems')).toBe(message('en', 'vault-problem-mismatch'));

    await type('passphrase-repeat-input', `${STRONG}x`);
    expect(next.disabled).toBe(true);
    await type('passphrase-repeat-input', STRONG);
    expect(next.disabled).toBe(false);
    expect(screen.queryByTestId('passphrase-problems')).toBeNull();
  });

  it('checks the strength debounced, not on every keystroke', async () => {
    const calls = await startCreation();
    await toStep2();
    // The suggestion's own check first.
    await waitFor(() => expect(count(calls, 'passphrase_strength')).toBe(1));
    calls.splice(0);
    for (const value of ['r', 'ri', 'riv', 'rive', 'river']) await type('passphrase-input', value);
    await waitFor(() => expect(count(calls, 'passphrase_strength')).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(argsOf(calls, 'passphrase_strength')).toEqual([{ passphrase: 'river' }]);
  });

  it('never counts a stale "acceptable" after the passphrase changed', async () => {
    await startCreation();
    await toStep2();
    await type('passphrase-input', STRONG);
    await type('passphrase-repeat-input', STRONG);
    await waitFor(() => expect(button('create-next-2').disabled).toBe(false));
    await type('passphrase-input', 'one');
    await type('passphrase-repeat-input', 'one');
    expect(button('create-next-2').disabled).toBe(true);
  });

  it('the suggestion fills both fields in clear; "Suggest a passphrase" makes it again after a change', async () => {
    const calls = await startCreation();
    await toStep2();
    expect(count(calls, 'generate_passphrase')).toBe(1);
    expect(input('passphrase-repeat-input').value).toBe(SUGGESTED);
    expect(input('passphrase-input').type).toBe('text');
    expect(input('passphrase-repeat-input').type).toBe('text');
    expect(text('passphrase-generated')).toBe(message('en', 'vault-passphrase-generated'));
    await waitFor(() => expect(button('create-next-2').disabled).toBe(false));
    await fireEvent.click(screen.getByTestId('passphrase-show'));
    expect(input('passphrase-input').type).toBe('password');

    await type('passphrase-input', 'my own words');
    await fireEvent.click(screen.getByTestId('passphrase-generate'));
    await waitFor(() => expect(input('passphrase-input').value).toBe(SUGGESTED));
    expect(count(calls, 'generate_passphrase')).toBe(2);
    expect(input('passphrase-input').type).toBe('text');
  });

  it('a passphrase typed before the suggestion arrives is kept', async () => {
    let answer: (value: unknown) => void = () => undefined;
    await startCreation({ generate_passphrase: () => new Promise((resolve) => (answer = resolve)) });
    await type('profile-label-input', 'Counsellor A');
    await fireEvent.click(screen.getByTestId('create-next-1'));
    await screen.findByTestId('create-step-2');
    await type('passphrase-input', STRONG);
    answer({ passphrase: SUGGESTED });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(input('passphrase-input').value).toBe(STRONG);
    expect(input('passphrase-repeat-input').value).toBe('');
    expect(screen.queryByTestId('passphrase-generated')).toBeNull();
  });

  it('the show/hide toggle switches both fields', async () => {
    await startCreation();
    await toStep2();
    // The suggestion is shown in clear.
    const toggle = screen.getByTestId('passphrase-show');
    expect(toggle.textContent?.trim()).toBe(message('en', 'vault-hide-passphrase'));
    await fireEvent.click(toggle);
    expect(input('passphrase-input').type).toBe('password');
    expect(input('passphrase-repeat-input').type).toBe('password');
    expect(toggle.textContent?.trim()).toBe(message('en', 'vault-show-passphrase'));
    await fireEvent.click(toggle);
    expect(input('passphrase-input').type).toBe('text');
    expect(input('passphrase-repeat-input').type).toBe('text');
  });
});

describe('create a vault: step 3', () => {
  it('shows the key once, in its groups, and sends the typed groups with their 0-based indices', async () => {
    const calls = await startCreation();
    await toStep2('  Counsellor A ');
    await toStep3();
    expect(count(calls, 'begin_vault_creation')).toBe(1);
    GROUPS.forEach((group, i) => expect(text(`recovery-group-${i}`)).toBe(group));
    // Groups read left to right in every language.
    expect(screen.getByTestId('recovery-key').classList.contains('ltr')).toBe(true);

    const [a, b] = askedIndices();
    expect(a).toBeLessThan(b);
    expect(button('create-vault-finish').disabled).toBe(true);
    // Case and spaces do not matter.
    const typed = (group: string) => ` ${group.slice(0, 2).toLowerCase()} ${group.slice(2)} `;
    await type('recovery-check-input-0', typed(GROUPS[a] ?? ''));
    await type('recovery-check-input-1', typed(GROUPS[b] ?? ''));
    await fireEvent.click(button('create-vault-finish'));

    await screen.findByTestId('vault-home');
    const [args] = argsOf(calls, 'finish_vault_creation') as { label: string; passphrase: string; recoveryCheck: RecoveryCheck[] }[];
    expect(args).toEqual({
      label: 'Counsellor A',
      passphrase: STRONG,
      recoveryCheck: [
        { index: a, text: GROUPS[a] },
        { index: b, text: GROUPS[b] },
      ],
    });
    expect(text('home-profile')).toContain('Counsellor A');
    expect(count(calls, 'cancel_vault_creation')).toBe(0);
  });

  it('asks for the groups the random draw chose', async () => {
    await startCreation();
    await toStep2();
    await type('passphrase-input', STRONG);
    await type('passphrase-repeat-input', STRONG);
    await waitFor(() => expect(button('create-next-2').disabled).toBe(false));
    // Draws 5 then 1: group index 5, then (5 + 1 + 1) % 8 = 7.
    const draws = [5, 1];
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      (array as unknown as Uint32Array)[0] = draws.shift() ?? 0;
      return array;
    });
    await fireEvent.click(button('create-next-2'));
    await screen.findByTestId('recovery-key');
    expect(askedIndices()).toEqual([5, 7]);
  });

  it('shows recovery_check_failed and lets the user try again', async () => {
    let attempts = 0;
    const calls = await startCreation({
      finish_vault_creation: (_cmd, args) => {
        attempts += 1;
        if (attempts === 1) failure('error-recovery-check-failed', 'recovery_check_failed');
        return { state: 'unlocked', profiles: [PROFILE_A], open: { ...PROFILE_A, idleMinutes: 5, passphraseReset: null, label: (args as { label: string }).label } };
      },
    });
    await toStep2();
    await toStep3();
    await type('recovery-check-input-0', 'XXXX');
    await type('recovery-check-input-1', 'YYYY');
    await fireEvent.click(button('create-vault-finish'));
    expect((await screen.findByTestId('create-error')).textContent).toBe(message('en', 'error-recovery-check-failed'));
    expect(screen.getByTestId('create-error').getAttribute('role')).toBe('alert');
    expect(button('create-vault-finish').disabled).toBe(false);
    expect(count(calls, 'cancel_vault_creation')).toBe(0);

    const [a, b] = askedIndices();
    await type('recovery-check-input-0', GROUPS[a] ?? '');
    await type('recovery-check-input-1', GROUPS[b] ?? '');
    await fireEvent.click(button('create-vault-finish'));
    await screen.findByTestId('vault-home');
    expect(count(calls, 'begin_vault_creation')).toBe(1);
  });

  it('shows a busy state while the vault is being created', async () => {
    let answer: (value: unknown) => void = () => undefined;
    await startCreation({ finish_vault_creation: () => new Promise((resolve) => (answer = resolve)) });
    await toStep2();
    await toStep3();
    await type('recovery-check-input-0', 'AAAA');
    await type('recovery-check-input-1', 'BBBB');
    await fireEvent.click(button('create-vault-finish'));
    expect(text('create-busy')).toBe(message('en', 'vault-create-busy'));
    expect(button('create-vault-finish').disabled).toBe(true);
    expect(button('create-cancel').disabled).toBe(true);
    expect(button('create-back-3').disabled).toBe(true);
    answer({ state: 'unlocked', profiles: [PROFILE_A], open: { ...PROFILE_A, idleMinutes: 5, passphraseReset: null } });
    await screen.findByTestId('vault-home');
  });

  it('Cancel at step 3 calls cancel_vault_creation and returns to the first screen', async () => {
    const calls = await startCreation();
    await toStep2();
    await toStep3();
    await fireEvent.click(screen.getByTestId('create-cancel'));
    await screen.findByTestId('welcome-screen');
    expect(count(calls, 'cancel_vault_creation')).toBe(1);
    expect(count(calls, 'finish_vault_creation')).toBe(0);
  });

  it('Back at step 3 cancels the creation; coming back makes a new key and says so', async () => {
    const calls = await startCreation();
    await toStep2();
    await toStep3();
    expect(screen.queryByTestId('recovery-renewed')).toBeNull();
    await fireEvent.click(screen.getByTestId('create-back-3'));
    await screen.findByTestId('create-step-2');
    expect(count(calls, 'cancel_vault_creation')).toBe(1);
    expect(input('passphrase-input').value).toBe(STRONG);
    await waitFor(() => expect(button('create-next-2').disabled).toBe(false));
    await fireEvent.click(button('create-next-2'));
    await screen.findByTestId('recovery-key');
    expect(count(calls, 'begin_vault_creation')).toBe(2);
    expect(text('recovery-renewed')).toBe(message('en', 'vault-recovery-renewed'));
  });

  it('Print warns that print queues may keep a copy, then opens the print dialog with a sheet holding the label and the key', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await startCreation();
    await toStep2('Counsellor A');
    await toStep3();
    await fireEvent.click(screen.getByTestId('recovery-print'));
    expect(text('recovery-print-warning')).toContain(message('en', 'recovery-print-warning'));
    expect(print).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('recovery-print-cancel'));
    expect(screen.queryByTestId('recovery-print-warning')).toBeNull();
    expect(print).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('recovery-print'));
    await fireEvent.click(screen.getByTestId('recovery-print-confirm'));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(screen.queryByTestId('recovery-print-warning')).toBeNull();
    const sheet = screen.getByTestId('recovery-sheet');
    expect(sheet.classList.contains('print-sheet')).toBe(true);
    expect(sheet.textContent).toContain('Counsellor A');
    expect(Array.from(sheet.querySelectorAll('.key span'), (span) => span.textContent)).toEqual(GROUPS);
    expect(sheet.textContent).toContain(message('en', 'vault-sheet-title'));
    expect(sheet.textContent).toContain(message('en', 'vault-sheet-date'));
    expect(sheet.textContent).toContain(message('en', 'vault-sheet-warning'));
  });
});
