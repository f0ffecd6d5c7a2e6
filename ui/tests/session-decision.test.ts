// The person's own decision, recorded in a session, and what follows from it in the whole app:
// the reintegration plan is offered in a session where the latest decision up to it is return;
// the counsellor's own sheet is listed apart and is never on screen in presentation-safe mode.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Decision } from '../src/ipc/types';
import { argsOf, button, count, enterDate, failure, type Handler, PROFILE_A, renderApp, unlocked } from './backend';
import { clientsBackend, seeded, type Model } from './clients';
import { message } from './fixtures';
import { library, record, SHIPPED, worksheetHandlers } from './worksheets-fixtures';

afterEach(() => {
  document.body.classList.remove('presentation');
});

const PLAN = 'reintegration-plan';
const OWN = 'session-preparation';

/** The seeded client 1 (sessions 11 in February and 12 in March), with `decisions` recorded. */
function model(decisions: Record<number, Decision | null> = {}): Model {
  const m = seeded();
  for (const [id, decision] of Object.entries(decisions)) {
    const session = m.sessions.get(Number(id));
    if (session) m.sessions.set(session.id, { ...session, decision });
  }
  return m;
}

async function openClient(m: Model = model(), extra: Record<string, Handler> = {}) {
  const backend = clientsBackend(m, {
    content_library: () => library(SHIPPED),
    exercise_activity: () => [],
    ...worksheetHandlers([record(11, '2025-02-03T09:30', 'remember', { kind: 'text', value: 'PRIVATE reminder' }, OWN)]),
    ...extra,
  });
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await screen.findByTestId('session-timeline');
  return { calls, model: backend.model };
}

/** Opens session `id` (or a new one) and waits for its exercises. */
async function openSession(id: number | 'new') {
  await fireEvent.click(await screen.findByTestId(id === 'new' ? 'session-new' : `session-open-${id}`));
  await screen.findByTestId(`exercise-item-${OWN}`);
}

const select = () => screen.getByTestId('session-decision') as HTMLSelectElement;
const planOffered = () => screen.queryByTestId(`exercise-item-${PLAN}`) !== null;
const mark = (decision: Decision) =>
  message('en', 'clients-decision-mark', { decision: message('en', decision === 'open' ? 'clients-decision-open' : `clients-pathway-${decision}`) });

/** What a person looking at the screen can see (hidden parts left out). */
function visibleText(): string {
  const root = document.body.cloneNode(true) as HTMLElement;
  for (const hidden of Array.from(root.querySelectorAll('[hidden]'))) hidden.remove();
  return root.textContent ?? '';
}

describe('recording the person’s own decision', () => {
  it('offers “not said”, the four pathways and “weighing again”, with the pathways’ own names', async () => {
    await openClient();
    await openSession(12);
    const field = select();
    expect(field.value).toBe('');
    expect(Array.from(field.options, (o) => [o.value, o.textContent?.trim()])).toEqual([
      ['', message('en', 'clients-decision-none')],
      ['legalise', message('en', 'clients-pathway-legalise')],
      ['onward', message('en', 'clients-pathway-onward')],
      ['return', message('en', 'clients-pathway-return')],
      ['undocumented', message('en', 'clients-pathway-undocumented')],
      ['open', message('en', 'clients-decision-open')],
    ]);
    expect(screen.getByLabelText(message('en', 'clients-decision-label'))).toBe(field);
  });

  it('saves return at once with set_session_decision, and the picker offers the reintegration plan', async () => {
    const { calls, model: m } = await openClient();
    await openSession(12);
    expect(planOffered()).toBe(false);
    await fireEvent.change(select(), { target: { value: 'return' } });
    await waitFor(() => expect(argsOf(calls, 'set_session_decision')).toEqual([{ sessionId: 12, decision: 'return' }]));
    await waitFor(() => expect(planOffered()).toBe(true));
    expect(m.sessions.get(12)?.decision).toBe('return');
    expect(count(calls, 'update_session')).toBe(0);

    // Not said after all: cleared, and the plan goes again.
    await fireEvent.change(select(), { target: { value: '' } });
    await waitFor(() => expect(argsOf(calls, 'set_session_decision').at(-1)).toEqual({ sessionId: 12, decision: null }));
    await waitFor(() => expect(planOffered()).toBe(false));
  });

  it('shows the decision on the session in the timeline', async () => {
    await openClient(model({ 11: 'legalise' }));
    expect(within(screen.getByTestId('session-item-11')).getByTestId('session-decision-mark').textContent?.trim()).toBe(mark('legalise'));
    expect(within(screen.getByTestId('session-item-12')).queryByTestId('session-decision-mark')).toBeNull();

    await openSession(12);
    await fireEvent.change(select(), { target: { value: 'open' } });
    await waitFor(() => expect(select().value).toBe('open'));
    await fireEvent.click(button('session-close'));
    await screen.findByTestId('client-overview');
    await waitFor(() =>
      expect(within(screen.getByTestId('session-item-12')).getByTestId('session-decision-mark').textContent?.trim()).toBe(mark('open')),
    );
  });

  it('says so when the decision cannot be saved, and the picker stays as it was', async () => {
    await openClient(model(), { set_session_decision: () => failure('error-vault-io') });
    await openSession(12);
    await fireEvent.change(select(), { target: { value: 'return' } });
    const error = await screen.findByTestId('session-decision-error');
    expect(error.textContent).toBe(message('en', 'error-vault-io'));
    await waitFor(() => expect(select().value).toBe(''));
    expect(planOffered()).toBe(false);
  });
});

describe('the reintegration plan follows the decision that holds in the session', () => {
  it('is offered in a later session once an earlier one recorded return', async () => {
    await openClient(model({ 11: 'return' }));
    await openSession(12);
    expect(select().value).toBe('');
    expect(planOffered()).toBe(true);
  });

  it('is offered in a new session once an earlier one recorded return', async () => {
    const { calls } = await openClient(model({ 11: 'return' }));
    await openSession('new');
    expect(count(calls, 'create_session')).toBe(1);
    expect(planOffered()).toBe(true);
  });

  it('is not offered after a later “weighing again”, but still in the session that recorded return', async () => {
    await openClient(model({ 11: 'return', 12: 'open' }));
    await openSession(12);
    expect(select().value).toBe('open');
    expect(planOffered()).toBe(false);
    await fireEvent.click(button('session-close'));
    await openSession(11);
    expect(select().value).toBe('return');
    expect(planOffered()).toBe(true);
  });

  it('is not offered in a session before the one that recorded return', async () => {
    await openClient(model({ 12: 'return' }));
    await openSession(11);
    expect(planOffered()).toBe(false);
  });

  it('follows the session’s date: moved before the session that recorded return, it is not offered', async () => {
    await openClient(model({ 11: 'return' }));
    await openSession(12);
    expect(planOffered()).toBe(true);
    await enterDate('session-started-input', '2025-01-20T10:00');
    await waitFor(() => expect(planOffered()).toBe(false));
  });

  it('is not offered when the person chose another pathway', async () => {
    const { calls } = await openClient(model({ 11: 'return' }));
    await openSession(12);
    await fireEvent.change(select(), { target: { value: 'legalise' } });
    await waitFor(() => expect(argsOf(calls, 'set_session_decision')).toEqual([{ sessionId: 12, decision: 'legalise' }]));
    await waitFor(() => expect(planOffered()).toBe(false));
  });
});

describe('presentation-safe mode', () => {
  it('hides the decision: no select in the session, no mark on the overview', async () => {
    await openClient(model({ 11: 'return' }));
    expect(screen.getByTestId('session-decision-mark')).toBeTruthy();
    await openSession(12);
    expect(select()).toBeTruthy();
    await fireEvent.click(button('presentation-toggle'));
    await waitFor(() => expect(document.body.classList.contains('presentation')).toBe(true));
    expect(screen.queryByTestId('session-decision')).toBeNull();
    expect(screen.queryByTestId('session-decision-mark')).toBeNull();
    const shown = visibleText();
    expect(shown).not.toContain(message('en', 'clients-decision-label'));
    expect(shown).not.toContain(mark('return'));
    await fireEvent.click(button('presentation-toggle'));
    await screen.findByTestId('session-decision');
  });

  it('the counsellor’s own sheet is listed under “For you only”, and nothing of it shows once open in presentation-safe mode', async () => {
    const { calls } = await openClient();
    await openSession(12);
    const mine = screen.getByTestId('exercise-picker-private');
    expect(mine.textContent).toContain(message('en', 'worksheet-private-heading'));
    await fireEvent.click(within(mine).getByTestId(`exercise-open-${OWN}`));
    await screen.findByTestId('field-remember');
    expect(screen.getByTestId('exercise-private-note')).toBeTruthy();
    expect(screen.queryByTestId('exercise-show-on-projector')).toBeNull();

    await fireEvent.click(button('presentation-toggle'));
    await screen.findByTestId('exercise-private-hidden');
    const shown = visibleText();
    for (const secret of ['PRIVATE reminder', message('fr', 'ex-session-preparation-title'), message('en', 'ex-session-preparation-title'), 'B3-SOL']) {
      expect(shown, secret).not.toContain(secret);
    }
    expect(calls.some((c) => c.cmd === 'plugin:event|emit_to')).toBe(false);
  });
});
