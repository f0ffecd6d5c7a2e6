import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { JournalInput } from '../src/ipc/worksheet-types';
import JournalEditor from '../src/screens/journal/JournalEditor.svelte';
import { argsOf, button, count, failure, text, type Handler } from './backend';
import { catalogue, message } from './fixtures';
import { ARABIC_WHY, journalBackend } from './journal-fixtures';

beforeEach(() => {
  applyCatalogue(catalogue('en'));
});

afterEach(() => {
  vi.useRealTimers();
});

type Saved = { sessionId: number; entry: JournalInput };

async function editor(sessionId: number, extra: Record<string, Handler> = {}) {
  const { calls } = journalBackend(extra);
  render(JournalEditor, { props: { sessionId, clientId: 1 } });
  await screen.findByTestId('journal-why-legalise');
  return { calls, saves: () => argsOf(calls, 'save_journal_entry') as Saved[] };
}

const checked = (testId: string) => button(testId).getAttribute('aria-checked');
const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('journal editor', () => {
  it('loads the journal of the client and says these are the person’s own placements', async () => {
    const { calls } = await editor(14);
    expect(argsOf(calls, 'decision_journal')).toEqual([{ clientId: 1 }]);
    const root = screen.getByTestId('journal-editor');
    expect(root.textContent).toContain(message('en', 'journal-editor-intro'));
    expect(root.textContent).toContain(message('en', 'journal-possible-question'));
    expect(root.textContent).toContain(message('en', 'journal-wanted-question'));
    expect(text('journal-status')).toBe(message('en', 'journal-status-idle'));
    for (const pathway of ['legalise', 'onward', 'return', 'undocumented']) {
      for (let n = 0; n <= 10; n++) {
        expect(checked(`journal-possible-${pathway}-${n}`)).toBe('false');
        expect(checked(`journal-wanted-${pathway}-${n}`)).toBe('false');
      }
      expect(field(`journal-why-${pathway}`).getAttribute('dir')).toBe('auto');
    }
    const group = button('journal-possible-return-0').closest('[role="radiogroup"]');
    expect(group?.querySelectorAll('[role="radio"]')).toHaveLength(11);
    expect(count(calls, 'save_journal_entry')).toBe(0);
  });

  it('shows, greyed, what the person said last time', async () => {
    await editor(14);
    // The newest earlier entry of each pathway: legalise and return from session 13, onward from 12.
    const legalise = text('journal-last-legalise') ?? '';
    expect(legalise).toContain(message('en', 'journal-last-possible', { value: '3' }));
    expect(legalise).toContain(message('en', 'journal-last-wanted', { value: '8' }));
    expect(legalise).toContain(message('en', 'journal-last-time', { date: 'Apr 7, 2025' }));
    const onward = screen.getByTestId('journal-last-onward');
    expect(onward.textContent).toContain(message('en', 'journal-last-possible', { value: '2' }));
    expect(onward.querySelector('bdi')?.textContent).toBe(ARABIC_WHY);
    expect(onward.querySelector('bdi')?.getAttribute('dir')).toBe('auto');
    expect(text('journal-last-undocumented')).toBe(message('en', 'journal-last-none'));
    // The earlier value is marked on the scale, not chosen.
    expect(button('journal-possible-legalise-3').classList.contains('was')).toBe(true);
    expect(checked('journal-possible-legalise-3')).toBe('false');
  });

  it('shows this session’s own entries, and last time from the session before', async () => {
    await editor(13);
    expect(checked('journal-possible-legalise-3')).toBe('true');
    expect(checked('journal-wanted-legalise-8')).toBe('true');
    expect(checked('journal-possible-return-6')).toBe('true');
    expect(text('journal-last-legalise')).toContain(message('en', 'journal-last-possible', { value: '4' }));
    expect(text('journal-last-legalise')).toContain(
      message('en', 'journal-last-wanted', { value: message('en', 'journal-not-said') }),
    );
  });

  it('saves a scale at once with save_journal_entry, and can leave it open again', async () => {
    const { saves } = await editor(14);
    await fireEvent.click(button('journal-possible-return-7'));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({ sessionId: 14, entry: { pathway: 'return', possible: 7, wanted: null, why: '' } });
    expect(checked('journal-possible-return-7')).toBe('true');
    await fireEvent.click(button('journal-wanted-return-2'));
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]?.entry).toEqual({ pathway: 'return', possible: 7, wanted: 2, why: '' });
    await waitFor(() => expect(text('journal-status')).toBe(message('en', 'journal-status-saved')));
    await fireEvent.click(button('journal-clear-possible-return'));
    await waitFor(() => expect(saves()).toHaveLength(3));
    expect(saves()[2]?.entry).toEqual({ pathway: 'return', possible: null, wanted: 2, why: '' });
    expect(checked('journal-possible-return-7')).toBe('false');
  });

  it('moves along a scale with the arrow keys', async () => {
    const { saves } = await editor(14);
    const first = button('journal-wanted-onward-0');
    expect(first.tabIndex).toBe(0);
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(checked('journal-wanted-onward-0')).toBe('true');
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(checked('journal-wanted-onward-1')).toBe('true');
    expect(document.activeElement).toBe(button('journal-wanted-onward-1'));
    await fireEvent.keyDown(button('journal-wanted-onward-1'), { key: 'End' });
    expect(checked('journal-wanted-onward-10')).toBe('true');
    await waitFor(() => expect(saves().at(-1)?.entry).toEqual({ pathway: 'onward', possible: null, wanted: 10, why: '' }));
  });

  it('saves the word of why at most once a second while typing, and at once on leaving the field', async () => {
    const { saves } = await editor(14);
    vi.useFakeTimers();
    const why = field('journal-why-undocumented');
    let typed = '';
    for (let ms = 0; ms < 2500; ms += 100) {
      typed += 'a';
      await fireEvent.input(why, { target: { value: typed } });
      await vi.advanceTimersByTimeAsync(100);
    }
    const whileTyping = saves().length;
    expect(whileTyping).toBeGreaterThanOrEqual(2);
    expect(whileTyping).toBeLessThanOrEqual(4);
    await fireEvent.input(why, { target: { value: `${typed} — b` } });
    await fireEvent.blur(why);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves().at(-1)).toEqual({
      sessionId: 14,
      entry: { pathway: 'undocumented', possible: null, wanted: null, why: `${typed} — b` },
    });
    const after = saves().length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves()).toHaveLength(after);
  });

  it('a scale saved after typing carries the newest words', async () => {
    const { saves } = await editor(14);
    await fireEvent.input(field('journal-why-legalise'), { target: { value: 'Papers first' } });
    await fireEvent.click(button('journal-possible-legalise-5'));
    await waitFor(() => expect(saves().at(-1)?.entry).toEqual({ pathway: 'legalise', possible: 5, wanted: null, why: 'Papers first' }));
  });

  it('keeps what was typed when saving fails, says why, and saves it on retry', async () => {
    let broken = true;
    const { saves } = await editor(14, {
      save_journal_entry: (_cmd, args) => {
        if (broken) failure('error-locked');
        return { ...((args as { entry: JournalInput }).entry), sessionId: 14, startedAt: '', savedAt: '' };
      },
    });
    const why = field('journal-why-return');
    await fireEvent.input(why, { target: { value: 'Mother is ill' } });
    await fireEvent.blur(why);
    await waitFor(() => expect(screen.getByTestId('journal-status').getAttribute('data-state')).toBe('failed'));
    expect(text('journal-status')).toContain(message('en', 'journal-status-failed'));
    expect(text('journal-status')).toContain(message('en', 'error-locked'));
    expect(why.value).toBe('Mother is ill');
    await fireEvent.click(button('journal-possible-return-4'));
    await waitFor(() => expect(saves().length).toBeGreaterThanOrEqual(2));
    expect(checked('journal-possible-return-4')).toBe('true');
    expect(why.value).toBe('Mother is ill');

    broken = false;
    await fireEvent.click(button('journal-retry'));
    await waitFor(() => expect(screen.getByTestId('journal-status').getAttribute('data-state')).toBe('saved'));
    expect(saves().at(-1)).toEqual({ sessionId: 14, entry: { pathway: 'return', possible: 4, wanted: null, why: 'Mother is ill' } });
    expect(screen.queryByTestId('journal-retry')).toBeNull();
  });

  it('does not offer the scales when the journal cannot be loaded, and can try again', async () => {
    let broken = true;
    journalBackend({
      decision_journal: () => (broken ? failure('error-locked') : []),
    });
    render(JournalEditor, { props: { sessionId: 14, clientId: 1 } });
    expect((await screen.findByTestId('journal-load-error')).textContent?.trim()).toBe(message('en', 'error-locked'));
    expect(screen.queryByTestId('journal-possible-legalise-0')).toBeNull();
    broken = false;
    await fireEvent.click(button('journal-load-retry'));
    await screen.findByTestId('journal-possible-legalise-0');
  });
});
