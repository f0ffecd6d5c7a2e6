// One to one: an exercise shown on a second screen turned towards the person — its questions only,
// in the person's language, one at a time; never answers, the code, notes or photos.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import ExerciseView from '../src/screens/worksheets/ExerciseView.svelte';
import { argsOf, count, text } from './backend';
import { message } from './fixtures';
import { emitted, lastSlide, slidesSent, wallBackend } from './projector-fixtures';
import { ALL_KINDS, contentCatalogueOf, record, worksheetHandlers } from './worksheets-fixtures';

const button = (id: string) => screen.getByTestId(id) as HTMLButtonElement;

const ANSWERS = [
  record(5, '2025-03-01T10:00', 'story', { kind: 'text', value: 'SECRET story of the person' }),
  record(5, '2025-03-01T10:00', 'place', { kind: 'text', value: 'SECRET street 12' }),
  record(5, '2025-03-01T10:00', 'pick', { kind: 'choice', value: 'later' }),
  record(5, '2025-03-01T10:00', 'steps', { kind: 'list', value: ['SECRET step one'] }),
  record(5, '2025-03-01T10:00', 'life', { kind: 'timeline', value: [{ when: '2010', text: 'SECRET event', tag: 'hard' }] }),
  record(5, '2025-03-01T10:00', 'album', { kind: 'photos', value: [41, 42] }),
];

async function openExercise(options: { projectorOpen?: boolean; personLocale?: string | null } = {}) {
  applyCatalogue(contentCatalogueOf('en'));
  const backend = wallBackend(worksheetHandlers(ANSWERS), { projectorOpen: options.projectorOpen ?? false });
  render(ExerciseView, {
    props: {
      exercise: ALL_KINDS,
      clientId: 1,
      sessionId: 30,
      personLocale: options.personLocale === undefined ? 'fr' : options.personLocale,
      onclose: () => undefined,
    },
  });
  await screen.findByTestId('field-album');
  return backend;
}

describe('an exercise on the second screen', () => {
  it('opens the projector window when needed and shows the title slide, in the person’s language, in one column', async () => {
    const { calls } = await openExercise();
    expect(text('exercise-show-on-projector')).toBe(message('en', 'presenter-show-on-second-screen'));
    expect(screen.queryByTestId('exercise-projector-next')).toBeNull();
    await fireEvent.click(button('exercise-show-on-projector'));
    await waitFor(() => expect(argsOf(calls, 'open_projector')).toEqual([{ monitor: null }]));
    await waitFor(() => expect(lastSlide(calls)?.id).toBe('exercise-test-all-title'));
    const slide = lastSlide(calls);
    expect(slide?.columns).toHaveLength(1);
    expect(slide?.columns[0]).toMatchObject({ locale: 'fr', dir: 'ltr', title: 'Tout à la fois' });
    expect(emitted(calls).at(-1)?.target).toEqual({ kind: 'AnyLabel', label: 'projector' });
  });

  it('does not open the window again when it is open', async () => {
    const { calls } = await openExercise({ projectorOpen: true });
    await fireEvent.click(button('exercise-show-on-projector'));
    await waitFor(() => expect(slidesSent(calls)).toHaveLength(1));
    expect(count(calls, 'open_projector')).toBe(0);
  });

  it('goes through the questions with Next and Previous, and never shows an answer', async () => {
    const { calls } = await openExercise();
    await fireEvent.click(button('exercise-show-on-projector'));
    await screen.findByTestId('exercise-projector-next');
    expect(button('exercise-projector-prev').disabled).toBe(true);
    for (let n = 0; n < ALL_KINDS.fields.length; n++) await fireEvent.click(button('exercise-projector-next'));
    expect(button('exercise-projector-next').disabled).toBe(true);
    await fireEvent.click(button('exercise-projector-prev'));

    const ids = slidesSent(calls).map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['exercise-test-all-title', 'exercise-test-all-field-story', 'exercise-test-all-field-place']);
    expect(ids.at(-1)).toBe('exercise-test-all-field-life');
    expect(new Set(ids)).toEqual(new Set(['exercise-test-all-title', ...ALL_KINDS.fields.map((f) => `exercise-test-all-field-${f.id}`)]));
    const story = slidesSent(calls).find((s) => s.id === 'exercise-test-all-field-story');
    expect(story?.columns[0]?.title).toBe('Quelle est votre histoire ?');

    // Only questions: no answer, no code, no photo ever reaches the wall.
    const everything = JSON.stringify(emitted(calls));
    expect(everything).not.toContain('SECRET');
    expect(everything).not.toMatch(/"(41|42)"|avenir-media/);
    expect(text('exercise-projector-position')).toBe(
      message('en', 'presenter-position', { n: ALL_KINDS.fields.length, total: ALL_KINDS.fields.length + 1 }),
    );
  });

  it('follows the exercise’s language at once', async () => {
    const { calls } = await openExercise({ personLocale: 'ar' });
    await fireEvent.click(button('exercise-show-on-projector'));
    await fireEvent.click(await screen.findByTestId('exercise-projector-next'));
    expect(lastSlide(calls)?.columns[0]).toMatchObject({ locale: 'ar', dir: 'rtl', title: 'ما هي قصتك؟' });
    await fireEvent.change(screen.getByTestId('exercise-language'), { target: { value: 'fr' } });
    await waitFor(() => expect(lastSlide(calls)?.columns[0]?.locale).toBe('fr'));
    expect(lastSlide(calls)?.id).toBe('exercise-test-all-field-story');
    expect(lastSlide(calls)?.columns[0]).toMatchObject({ dir: 'ltr', title: 'Quelle est votre histoire ?' });
  });

  it('Stop showing leaves the second screen quiet', async () => {
    const { calls } = await openExercise();
    await fireEvent.click(button('exercise-show-on-projector'));
    await fireEvent.click(await screen.findByTestId('exercise-projector-stop'));
    expect(lastSlide(calls)).toEqual({ id: 'blank', kind: 'blank', pictogram: null, columns: [] });
    expect(screen.queryByTestId('exercise-projector-next')).toBeNull();
  });

  it('says so when the projector window cannot be opened', async () => {
    applyCatalogue(contentCatalogueOf('en'));
    wallBackend({
      ...worksheetHandlers(ANSWERS),
      open_projector: () => {
        throw { code: 'no_display', messageId: 'error-projector-no-display', args: {} };
      },
    });
    render(ExerciseView, {
      props: { exercise: ALL_KINDS, clientId: 1, sessionId: 30, personLocale: 'fr', onclose: () => undefined },
    });
    await screen.findByTestId('field-album');
    await fireEvent.click(button('exercise-show-on-projector'));
    expect((await screen.findByTestId('exercise-projector-error')).textContent?.trim()).toBe(
      message('en', 'error-projector-no-display'),
    );
  });
});
