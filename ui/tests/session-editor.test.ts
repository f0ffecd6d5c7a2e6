import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { argsOf, button, count, dateValue, enterDate, failure, type Handler, input, PROFILE_A, renderApp, text, unlocked } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

async function newSession(extra: Record<string, Handler> = {}) {
  const backend = clientsBackend(undefined, extra);
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await fireEvent.click(await screen.findByTestId('session-new'));
  await screen.findByTestId('session-summary-input');
  return { calls, model: backend.model };
}

const area = (testId: string) => screen.getByTestId(testId) as HTMLTextAreaElement;
const textCalls = (calls: Parameters<typeof argsOf>[0]) =>
  argsOf(calls, 'save_session_text') as { sessionId: number; field: string; text: string }[];

describe('session editor', () => {
  it('creates the session as soon as it opens, before anything is typed', async () => {
    const { calls, model } = await newSession();
    expect(count(calls, 'create_session')).toBe(1);
    const [args] = argsOf(calls, 'create_session') as [{ clientId: number; session: Record<string, unknown> }];
    expect(args.clientId).toBe(1);
    expect(args.session).toMatchObject({
      durationMinutes: null,
      kind: 'individual',
      pathways: [],
      summary: '',
      privateNotes: '',
      followUp: null,
    });
    expect(args.session.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(dateValue('session-started-input')).toBe(args.session.startedAt);
    expect(model.sessions.size).toBe(3);
    expect(text('autosave-status')).toBe(message('en', 'clients-autosave-saved'));
  });

  it('autosaves while typing at most once a second, the last call with the final text', async () => {
    const { calls } = await newSession();
    vi.useFakeTimers();
    const summary = area('session-summary-input');
    let typed = '';
    // About 12 keys a second for 3 seconds.
    for (let ms = 0; ms < 3000; ms += 80) {
      typed += 'x';
      await fireEvent.input(summary, { target: { value: typed } });
      // Between two saves, the newest keys are waiting.
      if (ms === 400) expect(text('autosave-status')).toBe(message('en', 'clients-autosave-saving'));
      await vi.advanceTimersByTimeAsync(80);
    }
    await vi.advanceTimersByTimeAsync(1000);
    const saves = textCalls(calls);
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(saves.length).toBeLessThanOrEqual(4);
    expect(saves.every((s) => s.sessionId === 100 && s.field === 'summary')).toBe(true);
    expect(saves.at(-1)?.text).toBe(typed);
    expect(text('autosave-status')).toBe(message('en', 'clients-autosave-saved'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(textCalls(calls)).toHaveLength(saves.length);
  });

  it('saves at once when the field loses the focus', async () => {
    const { calls, model } = await newSession();
    vi.useFakeTimers();
    const notes = area('session-notes-input');
    await fireEvent.input(notes, { target: { value: 'a' } });
    await fireEvent.input(notes, { target: { value: 'ab' } });
    await vi.advanceTimersByTimeAsync(10);
    expect(textCalls(calls).map((s) => s.text)).toEqual(['a']);
    await fireEvent.blur(notes);
    await vi.advanceTimersByTimeAsync(0);
    expect(textCalls(calls)).toEqual([
      { sessionId: 100, field: 'privateNotes', text: 'a' },
      { sessionId: 100, field: 'privateNotes', text: 'ab' },
    ]);
    expect(model.sessions.get(100)?.privateNotes).toBe('ab');
  });

  it('Undo puts back the text before the last autosaved change, and saves it', async () => {
    const { calls, model } = await newSession();
    const summary = area('session-summary-input');
    expect(button('session-undo').disabled).toBe(true);
    await fireEvent.input(summary, { target: { value: 'First idea' } });
    await fireEvent.blur(summary);
    await waitFor(() => expect(model.sessions.get(100)?.summary).toBe('First idea'));
    await fireEvent.input(summary, { target: { value: 'First idea, then a regrettable sentence' } });
    await fireEvent.blur(summary);
    await waitFor(() => expect(model.sessions.get(100)?.summary).toBe('First idea, then a regrettable sentence'));
    expect(button('session-undo').disabled).toBe(false);
    await fireEvent.click(button('session-undo'));
    await waitFor(() => expect(summary.value).toBe('First idea'));
    await waitFor(() => expect(textCalls(calls).at(-1)).toEqual({ sessionId: 100, field: 'summary', text: 'First idea' }));
    expect(model.sessions.get(100)?.summary).toBe('First idea');
  });

  it('saves the other fields with update_session, keeping the texts typed', async () => {
    const { calls } = await newSession();
    await fireEvent.input(area('session-notes-input'), { target: { value: 'kept notes' } });
    await fireEvent.change(screen.getByTestId('session-kind'), { target: { value: 'phone' } });
    await waitFor(() => expect(count(calls, 'update_session')).toBe(1));
    expect((argsOf(calls, 'update_session')[0] as { session: { kind: string } }).session.kind).toBe('phone');
    await fireEvent.click(input('session-pathway-onward'));
    await fireEvent.click(input('session-pathway-legalise'));
    await fireEvent.input(input('session-duration-input'), { target: { value: '45' } });
    await fireEvent.change(input('session-duration-input'));
    await enterDate('session-followup-input', '2025-04-01');
    await waitFor(() => expect(count(calls, 'update_session')).toBe(5));
    const last = argsOf(calls, 'update_session').at(-1) as { sessionId: number; session: Record<string, unknown> };
    expect(last.sessionId).toBe(100);
    expect(last.session).toMatchObject({
      kind: 'phone',
      pathways: ['legalise', 'onward'],
      durationMinutes: 45,
      followUp: '2025-04-01',
      summary: '',
      privateNotes: 'kept notes',
    });
  });

  it('adds next steps', async () => {
    const { calls } = await newSession();
    expect(button('next-step-add').disabled).toBe(true);
    await fireEvent.input(input('next-step-input'), { target: { value: 'Ask about Dutch classes' } });
    await fireEvent.click(button('next-step-add'));
    expect((await screen.findByTestId('next-step-101')).textContent?.trim()).toBe('Ask about Dutch classes');
    expect(argsOf(calls, 'add_next_step')).toEqual([{ sessionId: 100, text: 'Ask about Dutch classes' }]);
    expect(input('next-step-input').value).toBe('');
    await fireEvent.input(input('next-step-input'), { target: { value: 'Bring the letter' } });
    await fireEvent.keyDown(input('next-step-input'), { key: 'Enter' });
    await screen.findByTestId('next-step-102');
  });

  it('keeps dir=auto on Arabic notes and copes with a 1 MB note', async () => {
    const { calls, model } = await newSession();
    const notes = area('session-notes-input');
    const summary = area('session-summary-input');
    expect(notes.getAttribute('dir')).toBe('auto');
    expect(summary.getAttribute('dir')).toBe('auto');
    const arabic = 'تحدثنا عن المستقبل. Next: العودة?';
    await fireEvent.input(notes, { target: { value: arabic } });
    await fireEvent.blur(notes);
    await waitFor(() => expect(model.sessions.get(100)?.privateNotes).toBe(arabic));
    expect(notes.getAttribute('dir')).toBe('auto');

    const big = 'ملاحظة طويلة '.repeat(80_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    for (let i = 0; i < 50; i++) await fireEvent.input(notes, { target: { value: big + 'x'.repeat(i) } });
    await fireEvent.blur(notes);
    await waitFor(() => expect(model.sessions.get(100)?.privateNotes).toBe(big + 'x'.repeat(49)));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(textCalls(calls).length).toBeLessThanOrEqual(4);
  });

  it('shows when a save failed, and saves again on the next change', async () => {
    let fail = true;
    const { calls, model } = await newSession({
      save_session_text: (_cmd, args) => {
        if (fail) failure('error-locked');
        const a = args as { sessionId: number; field: 'summary'; text: string };
        const s = model.sessions.get(a.sessionId);
        if (s) model.sessions.set(a.sessionId, { ...s, summary: a.text });
        return null;
      },
    });
    const summary = area('session-summary-input');
    await fireEvent.input(summary, { target: { value: 'lost?' } });
    await waitFor(() => expect(screen.getByTestId('autosave-status').dataset.state).toBe('failed'));
    expect(text('autosave-status')).toContain(message('en', 'error-locked'));
    fail = false;
    await fireEvent.blur(summary);
    await waitFor(() => expect(screen.getByTestId('autosave-status').dataset.state).toBe('saved'));
    expect(model.sessions.get(100)?.summary).toBe('lost?');
    expect(count(calls, 'save_session_text')).toBe(2);
  });

  it('opens an existing session with its texts and goes back to the overview', async () => {
    const backend = clientsBackend();
    const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    await fireEvent.click(await screen.findByTestId('session-open-11'));
    await screen.findByTestId('session-editor');
    expect(count(calls, 'create_session')).toBe(0);
    expect(area('session-summary-input').value).toBe('Older summary');
    expect(area('session-notes-input').value).toBe('Older private notes');
    expect(input('session-pathway-legalise').checked).toBe(true);
    expect((screen.getByTestId('session-kind') as HTMLSelectElement).value).toBe('interpreter');
    expect(screen.getByTestId('next-step-22').textContent).toContain('Find a Dutch class');
    await fireEvent.input(area('session-summary-input'), { target: { value: 'Older summary, revised' } });
    await fireEvent.click(button('session-close'));
    await screen.findByTestId('client-overview');
    expect(backend.model.sessions.get(11)?.summary).toBe('Older summary, revised');
    await waitFor(() => expect(screen.getByTestId('session-item-11').textContent).toContain('Older summary, revised'));
  });
  it('warns once when a note looks like it holds a phone number, and still saves it', async () => {
    const { calls } = await newSession();
    const notes = area('session-notes-input');
    await fireEvent.input(notes, { target: { value: 'No number here' } });
    await fireEvent.blur(notes);
    await waitFor(() => expect(count(calls, 'check_identifiers')).toBe(1));
    expect(screen.queryByTestId('identifier-warning')).toBeNull();
    await fireEvent.input(notes, { target: { value: 'Call her on 0470 12 34 56' } });
    await fireEvent.blur(notes);
    await screen.findByTestId('identifier-warning');
    await waitFor(() => expect(textCalls(calls).at(-1)?.text).toBe('Call her on 0470 12 34 56'));
    await fireEvent.click(screen.getByTestId('identifier-warning-dismiss'));
    await fireEvent.input(notes, { target: { value: 'Call her on 0470 12 34 56 or 0470 00 00 00' } });
    await fireEvent.blur(notes);
    expect(screen.queryByTestId('identifier-warning')).toBeNull();
    expect(count(calls, 'check_identifiers')).toBe(2);
  });
});
