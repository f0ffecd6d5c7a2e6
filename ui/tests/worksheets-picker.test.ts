// Choosing an exercise: the list in order, what was done before, content problems, and who may
// meet each exercise (the reintegration plan once return is chosen; the counsellor's own sheets
// apart, never in presentation-safe mode).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { presentation } from '../src/lib/presentation.svelte';
import type { ErrorPayload } from '../src/ipc/types';
import type { ContentLibrary, Exercise, ExerciseActivity } from '../src/ipc/worksheet-types';
import ExercisePicker from '../src/screens/worksheets/ExercisePicker.svelte';
import { message } from './fixtures';
import { ALL_KINDS, contentCatalogueOf, hasShippedTexts, library, SHIPPED } from './worksheets-fixtures';

function show(lib: ContentLibrary, activity: ExerciseActivity[] = [], locale: 'en' | 'nl' | 'fr' = 'en', returnChosen = false) {
  applyCatalogue(contentCatalogueOf(locale));
  const onopen = vi.fn<(exercise: Exercise) => void>();
  render(ExercisePicker, { props: { library: lib, activity, onopen, returnChosen } });
  return onopen;
}

/** The open buttons' test ids in `root`, in order. */
const opens = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('[data-testid^="exercise-open-"]'), (b) => b.getAttribute('data-testid'));

/** The open buttons of the exercises for the person (outside "For you only"), in order. */
const forPerson = () =>
  Array.from(screen.getByTestId('exercise-picker').querySelectorAll('[data-testid^="exercise-open-"]'))
    .filter((b) => b.closest('[data-testid="exercise-picker-private"]') === null)
    .map((b) => b.getAttribute('data-testid'));

const shippedOf = (visibility: Exercise['visibility']) => SHIPPED.filter((e) => e.visibility === visibility);
/** The shipped exercises offered to one person before any decision: always and when raised. */
const OFFERED = SHIPPED.filter((e) => e.visibility === 'always' || e.visibility === 'when_raised');

const PROBLEM: ErrorPayload = {
  code: 'content_missing',
  messageId: 'error-content-missing',
  args: { file: 'exercises/broken.toml', field: 'fields[2]', property: 'kind', detail: '' },
};

/** The error as the UI shows it (the id itself while the message does not exist yet). */
function shown(locale: 'en' | 'fr', payload: ErrorPayload): string {
  try {
    return message(locale, payload.messageId, payload.args);
  } catch {
    return payload.messageId;
  }
}

describe('the exercise picker', () => {
  it('lists the exercises in their order, whatever order they come in, with title and summary', () => {
    show(library([...SHIPPED].reverse().concat(ALL_KINDS)), [], 'en', true);
    // For the person, in order; the counsellor's own sheet apart, after them.
    expect(forPerson()).toEqual([
      'exercise-open-test-all',
      ...SHIPPED.filter((e) => e.visibility !== 'counsellor_only').map((e) => `exercise-open-${e.id}`),
    ]);
    expect(opens(screen.getByTestId('exercise-picker-private'))).toEqual(shippedOf('counsellor_only').map((e) => `exercise-open-${e.id}`));
    const first = screen.getByTestId('exercise-item-test-all');
    expect(within(first).getByRole('heading').textContent).toBe('Everything at once');
    expect(first.textContent).toContain('A field of every kind.');
    if (hasShippedTexts('en')) {
      for (const exercise of SHIPPED) {
        expect(screen.getByTestId(`exercise-item-${exercise.id}`).textContent).toContain(message('en', exercise.titleId));
      }
    }
    expect(screen.queryByTestId('content-problems')).toBeNull();
  });

  it('says in how many sessions an exercise was worked on, and when last; any one can be opened', async () => {
    const onopen = show(library([ALL_KINDS, ...SHIPPED]), [
      { exercise: 'test-all', sessions: 3, lastStartedAt: '2025-03-03T10:00:00Z' },
      { exercise: SHIPPED[0]?.id ?? '', sessions: 1, lastStartedAt: '2025-02-03T09:30:00Z' },
    ]);
    expect(screen.getByTestId('exercise-activity-test-all').textContent?.trim()).toBe(
      message('en', 'worksheet-activity', { sessions: 3, date: 'Mar 3, 2025' }),
    );
    expect(screen.getByTestId(`exercise-activity-${SHIPPED[0]?.id}`).textContent?.trim()).toBe(
      message('en', 'worksheet-activity', { sessions: 1, date: 'Feb 3, 2025' }),
    );
    const last = OFFERED.at(-1) as Exercise;
    expect(screen.getByTestId(`exercise-activity-${last.id}`).textContent?.trim()).toBe(message('en', 'worksheet-activity-none'));
    const resume = screen.getByTestId('exercise-open-test-all');
    expect(resume.textContent?.trim()).toBe(message('en', 'worksheet-continue'));
    // The button's name says which exercise it opens.
    expect(screen.getByRole('button', { name: `${message('en', 'worksheet-continue')} Everything at once` })).toBe(resume);
    expect(screen.getByTestId(`exercise-open-${last.id}`).textContent?.trim()).toBe(message('en', 'worksheet-start'));
    // No forced order: the last one opens as well as the first.
    await fireEvent.click(screen.getByTestId(`exercise-open-${last.id}`));
    expect(onopen).toHaveBeenCalledWith(last);
  });

  it('shows each content problem, translated', () => {
    const other = { ...PROBLEM, args: { ...PROBLEM.args, file: 'cards/other.toml' } };
    show(library([ALL_KINDS], [PROBLEM, other]), [], 'fr');
    const notice = screen.getByTestId('content-problems');
    expect(notice.textContent).toContain(message('fr', 'worksheet-problems-heading'));
    const items = Array.from(notice.querySelectorAll('li'), (li) => li.textContent);
    expect(items).toEqual([shown('fr', PROBLEM), shown('fr', other)]);
    // The list still works.
    expect(screen.getByTestId('exercise-open-test-all')).toBeTruthy();
  });

  it('says when there is no exercise', () => {
    show(library([]));
    expect(screen.getByTestId('exercise-picker').textContent).toContain(message('en', 'worksheet-picker-empty'));
  });
});

describe('who the picker offers an exercise to', () => {
  const PLAN = 'reintegration-plan';
  const OWN = 'session-preparation';

  it('the shipped library has one exercise for after return is chosen and one for the counsellor alone', () => {
    expect(shippedOf('after_return_chosen').map((e) => e.id)).toEqual([PLAN]);
    expect(shippedOf('counsellor_only').map((e) => e.id)).toEqual([OWN]);
  });

  it('offers the reintegration plan only once the person chose return; otherwise it is not listed at all', async () => {
    show(library(SHIPPED));
    expect(screen.queryByTestId(`exercise-item-${PLAN}`)).toBeNull();
    expect(screen.queryByTestId(`exercise-open-${PLAN}`)).toBeNull();
    expect(forPerson()).toEqual(OFFERED.map((e) => `exercise-open-${e.id}`));
    cleanup();

    const onopen = show(library(SHIPPED), [], 'en', true);
    const item = screen.getByTestId(`exercise-item-${PLAN}`);
    expect(item.textContent).toContain(message('en', 'ex-reintegration-plan-title'));
    expect(item.closest('[data-testid="exercise-picker-private"]')).toBeNull();
    await fireEvent.click(screen.getByTestId(`exercise-open-${PLAN}`));
    expect(onopen).toHaveBeenCalledWith(SHIPPED.find((e) => e.id === PLAN));
  });

  it('lists the counsellor’s own sheet apart, under “For you only”, with what was done before', async () => {
    const onopen = show(library(SHIPPED), [{ exercise: OWN, sessions: 2, lastStartedAt: '2025-03-03T10:00:00Z' }]);
    const mine = screen.getByTestId('exercise-picker-private');
    expect(within(mine).getByRole('heading', { level: 5 }).textContent).toBe(message('en', 'worksheet-private-heading'));
    expect(mine.textContent).toContain(message('en', 'worksheet-private-hint'));
    expect(opens(mine)).toEqual([`exercise-open-${OWN}`]);
    expect(within(mine).getByTestId(`exercise-item-${OWN}`).textContent).toContain(message('en', 'ex-session-preparation-title'));
    expect(within(mine).getByTestId(`exercise-activity-${OWN}`).textContent?.trim()).toBe(
      message('en', 'worksheet-activity', { sessions: 2, date: 'Mar 3, 2025' }),
    );
    expect(forPerson()).not.toContain(`exercise-open-${OWN}`);
    await fireEvent.click(within(mine).getByTestId(`exercise-open-${OWN}`));
    expect(onopen).toHaveBeenCalledWith(SHIPPED.find((e) => e.id === OWN));
  });

  it('shows nothing of the counsellor’s own sheet, nor what was done with it, in presentation-safe mode', async () => {
    show(library(SHIPPED), [{ exercise: OWN, sessions: 2, lastStartedAt: '2025-03-03T10:00:00Z' }], 'en', true);
    expect(screen.getByTestId(`exercise-item-${OWN}`)).toBeTruthy();
    presentation.set(true);
    await tick();
    expect(screen.queryByTestId('exercise-picker-private')).toBeNull();
    expect(screen.queryByTestId(`exercise-item-${OWN}`)).toBeNull();
    expect(screen.getByTestId('exercise-picker').textContent).not.toContain(message('en', 'ex-session-preparation-title'));
    // What the person may see stays.
    expect(screen.getByTestId(`exercise-item-${PLAN}`)).toBeTruthy();
    presentation.set(false);
    await tick();
    expect(screen.getByTestId(`exercise-item-${OWN}`)).toBeTruthy();
  });

  it('says there is nothing to offer when only the counsellor’s own sheet is left in presentation-safe mode', async () => {
    presentation.set(true);
    show(library(shippedOf('counsellor_only')));
    expect(screen.getByTestId('exercise-picker-empty')).toBeTruthy();
    expect(screen.queryByTestId(`exercise-item-${OWN}`)).toBeNull();
  });
});
