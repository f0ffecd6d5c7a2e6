import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import {
  count,
  failure,
  locked,
  NONE,
  PROFILE_A,
  PROFILE_B,
  renderApp,
  text,
  unlocked,
} from './backend';
import { message } from './fixtures';

describe('the first screen follows vault_status', () => {
  it("'none': the welcome screen offers to create a vault", async () => {
    const calls = await renderApp(NONE, 'welcome-screen');
    expect(count(calls, 'vault_status')).toBe(1);
    expect(screen.getByTestId('vault-panel').textContent).toContain(message('en', 'vault-welcome-intro'));
    expect(text('create-vault-start')).toBe(message('en', 'vault-create-start'));
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    expect(screen.queryByTestId('vault-home')).toBeNull();
    await waitFor(() => expect(count(calls, 'frontend_ready')).toBe(1));
  });

  it("'locked': the lock screen, with the language switcher", async () => {
    await renderApp(locked(PROFILE_A), 'lock-screen');
    expect(screen.getByTestId('unlock-form')).toBeTruthy();
    expect(screen.getByTestId('language-switcher')).toBeTruthy();
    expect(screen.queryByTestId('welcome-screen')).toBeNull();
    expect(screen.queryByTestId('vault-home')).toBeNull();
  });

  it("'unlocked': the vault home with the profile label", async () => {
    await renderApp(unlocked(PROFILE_B, 7, [PROFILE_A]), 'vault-home');
    expect(text('home-profile')).toContain('Counsellor B');
    expect(text('home-idle-note')).toBe(message('en', 'vault-home-idle-note', { minutes: 7 }));
    expect(text('lock-shortcuts')).toBe(message('en', 'vault-lock-shortcuts'));
    expect(screen.queryByTestId('lock-screen')).toBeNull();
  });

  it('the create button opens the creation flow, and Cancel comes back', async () => {
    const calls = await renderApp(NONE, 'welcome-screen');
    await fireEvent.click(screen.getByTestId('create-vault-start'));
    expect(await screen.findByTestId('create-step-1')).toBeTruthy();
    expect(screen.getByTestId('language-switcher')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('create-cancel'));
    await screen.findByTestId('welcome-screen');
    // Nothing was begun, so there is nothing to cancel on the back end.
    expect(count(calls, 'cancel_vault_creation')).toBe(0);
  });

  it('"Add another counsellor profile" opens the flow from the lock screen and returns there', async () => {
    await renderApp(locked(PROFILE_A), 'lock-screen');
    await fireEvent.click(screen.getByTestId('add-profile'));
    expect(await screen.findByTestId('create-step-1')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('create-cancel'));
    await screen.findByTestId('lock-screen');
  });

  it('a failing vault_status shows its translated error', async () => {
    const calls = await renderApp(NONE, 'app-error', { vault_status: () => failure('error-vault-io') });
    expect(text('app-error')).toBe(message('en', 'error-vault-io'));
    expect(screen.queryByTestId('welcome-screen')).toBeNull();
    await waitFor(() => expect(count(calls, 'frontend_ready')).toBe(1));
  });
});
