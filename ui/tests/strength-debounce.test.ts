// The passphrase strength is checked once typing pauses, not on every keystroke: each check
// sends the passphrase through the IPC layer, whose copies Avenir cannot wipe.
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRENGTH_DEBOUNCE_MS } from '../src/lib/timing';
import { argsOf, count, input, NONE, renderApp } from './backend';

afterEach(() => {
  vi.useRealTimers();
});

async function toPassphraseStep() {
  const calls = await renderApp(NONE, 'welcome-screen');
  await fireEvent.click(screen.getByTestId('create-vault-start'));
  await screen.findByTestId('create-step-1');
  await fireEvent.input(input('profile-label-input'), { target: { value: 'Counsellor A' } });
  await fireEvent.click(screen.getByTestId('create-next-1'));
  await screen.findByTestId('create-step-2');
  // The step opens with Avenir's suggestion, checked once: count from there.
  await waitFor(() => expect(count(calls, 'passphrase_strength')).toBe(1));
  calls.splice(0);
  return calls;
}

describe('the passphrase strength check', () => {
  it('waits 300 ms after the last keystroke and then checks once, with the whole passphrase', async () => {
    expect(STRENGTH_DEBOUNCE_MS).toBe(300);
    const calls = await toPassphraseStep();
    vi.useFakeTimers();
    const typed = 'river candle orbit';
    // One keystroke every 100 ms: faster than the debounce, so no check in between.
    for (let i = 1; i <= typed.length; i++) {
      await fireEvent.input(input('passphrase-input'), { target: { value: typed.slice(0, i) } });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(count(calls, 'passphrase_strength')).toBe(0);
    await vi.advanceTimersByTimeAsync(STRENGTH_DEBOUNCE_MS - 100 - 1);
    expect(count(calls, 'passphrase_strength')).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(count(calls, 'passphrase_strength')).toBe(1);
    expect(argsOf(calls, 'passphrase_strength')).toEqual([{ passphrase: typed }]);
  });

  it('checks again after the next pause only', async () => {
    const calls = await toPassphraseStep();
    vi.useFakeTimers();
    await fireEvent.input(input('passphrase-input'), { target: { value: 'river' } });
    await vi.advanceTimersByTimeAsync(STRENGTH_DEBOUNCE_MS);
    await fireEvent.input(input('passphrase-input'), { target: { value: 'river candle' } });
    await vi.advanceTimersByTimeAsync(STRENGTH_DEBOUNCE_MS - 1);
    expect(argsOf(calls, 'passphrase_strength')).toEqual([{ passphrase: 'river' }]);
    await vi.advanceTimersByTimeAsync(1);
    expect(argsOf(calls, 'passphrase_strength')).toEqual([{ passphrase: 'river' }, { passphrase: 'river candle' }]);
  });
});
