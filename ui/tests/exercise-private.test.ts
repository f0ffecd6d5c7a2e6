// The counsellor's own sheet (visibility counsellor_only, the shipped session preparation) open
// in a session: a note that the person never sees it, no second screen ever, and nothing of it
// in presentation-safe mode.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { Exercise } from '../src/ipc/worksheet-types';
import { presentation } from '../src/lib/presentation.svelte';
import ExerciseView from '../src/screens/worksheets/ExerciseView.svelte';
import { count, type Call } from './backend';
import { message } from './fixtures';
import { emitted, exercise, slidesSent, wallBackend } from './projector-fixtures';
import { contentCatalogueOf, record, saves, worksheetHandlers } from './worksheets-fixtures';

const OWN: Exercise = exercise('session-preparation');

const EARLIER = [
  record(5, '2025-03-01T10:00', 'remember', { kind: 'text', value: 'PRIVATE: she prefers the morning' }, OWN.id),
  record(5, '2025-03-01T10:00', 'aim', { kind: 'text', value: 'PRIVATE aim' }, OWN.id),
];

async function openOwn(options: { projectorOpen?: boolean } = {}): Promise<Call[]> {
  applyCatalogue(contentCatalogueOf('en'));
  const { calls } = wallBackend(worksheetHandlers(EARLIER), { projectorOpen: options.projectorOpen ?? false });
  render(ExerciseView, {
    props: { exercise: OWN, clientId: 1, sessionId: 30, personLocale: 'fr', onclose: () => undefined },
  });
  await screen.findByTestId('field-remember');
  return calls;
}

const field = (id: string) => within(screen.getByTestId(`field-${id}`)).getByRole('textbox') as HTMLInputElement;

/** Every text of the sheet, in each complete language: its title, intro and questions. */
function sheetTexts(): string[] {
  const ids = [OWN.titleId, OWN.introId, ...OWN.fields.map((f) => f.labelId)];
  return (['en', 'fr'] as const).flatMap((locale) => ids.map((id) => message(locale, id)));
}

describe('the counsellor’s own sheet', () => {
  it('says it is never shown to the person, offers no second screen, and opens in the counsellor’s language', async () => {
    await openOwn();
    expect(screen.getByTestId('exercise-private-note').textContent?.trim()).toBe(message('en', 'worksheet-private-note'));
    expect(screen.queryByTestId('exercise-show-on-projector')).toBeNull();
    // The person's language is French; the sheet is the counsellor's, in English like the interface.
    await waitFor(() => expect(screen.getByTestId('exercise-title').textContent).toBe(message('en', OWN.titleId)));
    expect(field('remember').value).toBe('PRIVATE: she prefers the morning');
  });

  it('sends nothing to a second screen that is already showing something, whatever is done in it', async () => {
    const calls = await openOwn({ projectorOpen: true });
    await fireEvent.input(field('remember'), { target: { value: 'PRIVATE: typed now' } });
    await fireEvent.change(screen.getByTestId('exercise-language'), { target: { value: 'fr' } });
    await waitFor(() => expect(screen.getByTestId('exercise-title').textContent).toBe(message('fr', OWN.titleId)));
    presentation.set(true);
    await tick();
    presentation.set(false);
    await tick();
    await waitFor(() => expect(saves(calls).at(-1)?.answer).toEqual({ kind: 'text', value: 'PRIVATE: typed now' }));
    expect(slidesSent(calls)).toEqual([]);
    expect(emitted(calls)).toEqual([]);
    expect(count(calls, 'open_projector')).toBe(0);
    expect(count(calls, 'projector_status')).toBe(0);
  });

  it('in presentation-safe mode shows only a notice: no title, question or answer', async () => {
    const calls = await openOwn();
    await fireEvent.input(field('aim'), { target: { value: 'PRIVATE aim, typed today' } });
    presentation.set(true);
    await tick();
    const view = screen.getByTestId('exercise-view');
    expect(screen.getByTestId('exercise-private-hidden').textContent?.trim()).toBe(message('en', 'worksheet-private-hidden'));
    for (const id of ['exercise-title', 'exercise-intro', 'exercise-private-note', 'exercise-guide', 'field-remember', 'exercise-language']) {
      expect(screen.queryByTestId(id), id).toBeNull();
    }
    const shown = document.body.textContent ?? '';
    for (const text of sheetTexts()) expect(shown, text).not.toContain(text);
    expect(shown).not.toContain('PRIVATE');
    expect(view.querySelectorAll('input, textarea, select').length).toBe(0);

    // Off again: the sheet is back as it was left, with what was typed.
    presentation.set(false);
    await tick();
    expect(screen.queryByTestId('exercise-private-hidden')).toBeNull();
    expect(field('aim').value).toBe('PRIVATE aim, typed today');
    expect(field('remember').value).toBe('PRIVATE: she prefers the morning');
    await waitFor(() => expect(saves(calls).at(-1)).toMatchObject({ exercise: OWN.id, field: 'aim', sessionId: 30 }));
  });

  it('other exercises still go to the second screen (the reintegration plan, for one)', async () => {
    applyCatalogue(contentCatalogueOf('en'));
    const { calls } = wallBackend(worksheetHandlers([]), { projectorOpen: true });
    render(ExerciseView, {
      props: { exercise: exercise('reintegration-plan'), clientId: 1, sessionId: 30, personLocale: 'en', onclose: () => undefined },
    });
    await screen.findByTestId('field-domains');
    expect(screen.queryByTestId('exercise-private-note')).toBeNull();
    expect(screen.getByTestId('exercise-after-return-chosen').textContent).toBe(
      message('en', 'worksheet-visibility-after-return-chosen'),
    );
    await fireEvent.click(screen.getByTestId('exercise-show-on-projector'));
    await waitFor(() => expect(slidesSent(calls).map((s) => s.id)).toEqual(['exercise-reintegration-plan-title']));
  });
});
