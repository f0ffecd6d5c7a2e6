// Choosing an exercise: the list in order, what was done before, content problems.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { ErrorPayload } from '../src/ipc/types';
import type { ContentLibrary, Exercise, ExerciseActivity } from '../src/ipc/worksheet-types';
import ExercisePicker from '../src/screens/worksheets/ExercisePicker.svelte';
import { message } from './fixtures';
import { ALL_KINDS, contentCatalogueOf, hasShippedTexts, library, SHIPPED } from './worksheets-fixtures';

function show(lib: ContentLibrary, activity: ExerciseActivity[] = [], locale: 'en' | 'nl' | 'fr' = 'en') {
  applyCatalogue(contentCatalogueOf(locale));
  const onopen = vi.fn<(exercise: Exercise) => void>();
  render(ExercisePicker, { props: { library: lib, activity, onopen } });
  return onopen;
}

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
    show(library([...SHIPPED].reverse().concat(ALL_KINDS)));
    const picker = screen.getByTestId('exercise-picker');
    const buttons = Array.from(picker.querySelectorAll('[data-testid^="exercise-open-"]'), (b) => b.getAttribute('data-testid'));
    expect(buttons).toEqual(['exercise-open-test-all', ...SHIPPED.map((e) => `exercise-open-${e.id}`)]);
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
    const last = SHIPPED.at(-1) as Exercise;
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
