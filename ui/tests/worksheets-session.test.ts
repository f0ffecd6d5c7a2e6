// Exercises inside a session: the picker in the session form, opening an
// exercise in place of the form and coming back, and presentation-safe mode.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerRecord, ExerciseActivity } from '../src/ipc/worksheet-types';
import { argsOf, button, count, PROFILE_A, renderApp, type Handler } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';
import { ALL_KINDS, library, record, saves, worksheetHandlers } from './worksheets-fixtures';

afterEach(() => {
  document.body.classList.remove('presentation');
});

const OLDER: AnswerRecord[] = [
  record(11, '2025-02-03T09:30:00Z', 'story', { kind: 'text', value: 'Story told in February' }),
  record(11, '2025-02-03T09:30:00Z', 'mood', { kind: 'scale', value: 3 }),
];

async function session(open = 'session-open-12', extra: Record<string, Handler> = {}) {
  const activity: ExerciseActivity[] = [{ exercise: 'test-all', sessions: 1, lastStartedAt: '2025-02-03T09:30:00Z' }];
  const backend = clientsBackend(undefined, {
    content_library: () => library([ALL_KINDS]),
    exercise_activity: () => activity.map((entry) => ({ ...entry })),
    ...worksheetHandlers(OLDER),
    ...extra,
  });
  const calls = await renderApp({ state: 'unlocked', profiles: [PROFILE_A], open: { ...PROFILE_A, idleMinutes: 5, passphraseReset: null } }, 'client-list', backend.overrides);
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await fireEvent.click(await screen.findByTestId(open));
  await screen.findByTestId('exercise-open-test-all');
  return { calls, model: backend.model, activity };
}

/** What a person looking at the screen can see (hidden parts left out, typed values in). */
function visibleText(): string {
  const root = document.body.cloneNode(true) as HTMLElement;
  for (const hidden of Array.from(root.querySelectorAll('[hidden]'))) hidden.remove();
  const typed = Array.from(document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'))
    .filter((field) => field.closest('[hidden]') === null)
    .map((field) => field.value);
  return [root.textContent ?? '', ...typed].join('\n');
}

describe('exercises in a session', () => {
  it('the session form lists the exercises, with what the client did before', async () => {
    const { calls } = await session();
    // (The overview may ask for the library and answers too: pathway cards, the journal.)
    expect(argsOf(calls, 'exercise_activity')).toContainEqual({ clientId: 1 });
    expect(count(calls, 'content_library')).toBeGreaterThanOrEqual(1);
    const section = screen.getByTestId('session-exercises');
    expect(section.closest('[data-testid="session-editor"]')).not.toBeNull();
    expect(within(section).getByRole('heading', { level: 4 }).textContent).toBe(message('en', 'worksheet-section-heading'));
    expect(screen.getByTestId('exercise-activity-test-all').textContent?.trim()).toBe(
      message('en', 'worksheet-activity', { sessions: 1, date: 'Feb 3, 2025' }),
    );
  });

  it('opens an exercise in place of the session, in the client’s language, saves in this session, and comes back', async () => {
    const { calls, activity } = await session();
    const summary = screen.getByTestId('session-summary-input') as HTMLTextAreaElement;
    await fireEvent.input(summary, { target: { value: 'Newest summary, then an exercise' } });
    await fireEvent.click(button('exercise-open-test-all'));
    const view = await screen.findByTestId('exercise-view');
    // What was typed in the session was saved first; the form is kept, hidden.
    expect(argsOf(calls, 'save_session_text').at(-1)).toEqual({
      sessionId: 12,
      field: 'summary',
      text: 'Newest summary, then an exercise',
    });
    expect(screen.getByTestId('session-editor').closest('[hidden]')).not.toBeNull();
    expect(view.closest('[hidden]')).toBeNull();
    // The client's file says French.
    await waitFor(() => expect(screen.getByTestId('exercise-title').textContent).toBe('Tout à la fois'));
    expect(view.getAttribute('lang')).toBe('fr');
    expect((screen.getByTestId('exercise-language') as HTMLSelectElement).value).toBe('fr');
    expect(argsOf(calls, 'exercise_answers')).toContainEqual({ clientId: 1, exercise: 'test-all' });
    // Resumes from the earlier session.
    const story = within(screen.getByTestId('field-story')).getByRole('textbox') as HTMLTextAreaElement;
    expect(story.value).toBe('Story told in February');
    await fireEvent.click(screen.getByTestId('scale-mood-8'));
    await waitFor(() =>
      expect(saves(calls).at(-1)).toEqual({ sessionId: 12, exercise: 'test-all', field: 'mood', answer: { kind: 'scale', value: 8 } }),
    );

    activity[0] = { exercise: 'test-all', sessions: 2, lastStartedAt: '2025-03-03T10:00:00Z' };
    await fireEvent.click(button('exercise-close'));
    await waitFor(() => expect(screen.queryByTestId('exercise-view')).toBeNull());
    expect(screen.getByTestId('session-editor').closest('[hidden]')).toBeNull();
    expect(summary.value).toBe('Newest summary, then an exercise');
    await waitFor(() => expect(document.activeElement).toBe(button('exercise-open-test-all')));
    await waitFor(() =>
      expect(screen.getByTestId('exercise-activity-test-all').textContent?.trim()).toBe(
        message('en', 'worksheet-activity', { sessions: 2, date: 'Mar 3, 2025' }),
      ),
    );
    await fireEvent.click(button('session-close'));
    await screen.findByTestId('client-overview');
  });

  it('a new session is created once, and exercises save in it', async () => {
    const { calls } = await session('session-new');
    await fireEvent.click(button('exercise-open-test-all'));
    await screen.findByTestId('field-mood');
    await fireEvent.click(screen.getByTestId('choice-pick-yes'));
    await waitFor(() => expect(saves(calls).at(-1)?.sessionId).toBe(100));
    await fireEvent.click(button('exercise-close'));
    await waitFor(() => expect(screen.queryByTestId('exercise-view')).toBeNull());
    expect(count(calls, 'create_session')).toBe(1);
    expect(screen.getByTestId('session-editor').dataset.sessionId).toBe('100');
  });

  it('in presentation-safe mode the exercise stays on screen alone: no code, no notes, no guide, no past answers', async () => {
    const { calls } = await session();
    await fireEvent.click(button('exercise-open-test-all'));
    await screen.findByTestId('field-mood');
    const story = within(screen.getByTestId('field-story')).getByRole('textbox') as HTMLTextAreaElement;
    await fireEvent.input(story, { target: { value: 'Typed with the person' } });
    expect(screen.getByTestId('exercise-guide')).toBeTruthy();
    expect(screen.getAllByTestId('exercise-history-toggle').length).toBeGreaterThan(0);

    await fireEvent.click(button('presentation-toggle'));
    await waitFor(() => expect(document.body.classList.contains('presentation')).toBe(true));
    const view = screen.getByTestId('exercise-view');
    expect(view.closest('[hidden]')).toBeNull();
    expect(screen.getByTestId('exercise-title').textContent).toBe('Tout à la fois');
    expect(story.value).toBe('Typed with the person');
    expect(screen.queryByTestId('exercise-guide')).toBeNull();
    expect(screen.queryByTestId('exercise-history-toggle')).toBeNull();
    expect(screen.queryByTestId('overview-code')).toBeNull();
    const shown = visibleText();
    for (const secret of ['B3-SOL', 'Newest summary', 'Newest private notes', 'Z8-LUNE', 'Aim of the test exercise.']) {
      expect(shown, secret).not.toContain(secret);
    }
    // Still working: answers save.
    await fireEvent.click(screen.getByTestId('scale-mood-9'));
    await waitFor(() => expect(saves(calls).at(-1)?.answer).toEqual({ kind: 'scale', value: 9 }));

    await fireEvent.click(button('presentation-toggle'));
    await waitFor(() => expect(screen.getByTestId('exercise-guide')).toBeTruthy());
    // Closing in presentation mode would go back to the hidden session: off first, here.
    await fireEvent.click(button('exercise-close'));
    await waitFor(() => expect(screen.getByTestId('session-editor').closest('[hidden]')).toBeNull());
  });

  it('shows content problems in the session', async () => {
    await session('session-open-12', {
      content_library: () =>
        library([ALL_KINDS], [{ code: 'content_missing', messageId: 'error-content-missing', args: { file: 'x.toml', field: 'f', property: 'kind' } }]),
    });
    expect(screen.getByTestId('content-problems')).toBeTruthy();
  });

  it('says when the exercises cannot be loaded, and tries again', async () => {
    let fail = true;
    const backend = clientsBackend(undefined, {
      content_library: () => {
        if (fail) throw { code: 'internal', messageId: 'error-internal', args: {} };
        return library([ALL_KINDS]);
      },
      exercise_activity: () => [],
    });
    await renderApp({ state: 'unlocked', profiles: [PROFILE_A], open: { ...PROFILE_A, idleMinutes: 5, passphraseReset: null } }, 'client-list', backend.overrides);
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    await fireEvent.click(await screen.findByTestId('session-open-12'));
    const error = await screen.findByTestId('exercises-error');
    expect(error.textContent).toContain(message('en', 'error-internal'));
    fail = false;
    await fireEvent.click(within(error).getByRole('button'));
    await screen.findByTestId('exercise-open-test-all');
  });
});
