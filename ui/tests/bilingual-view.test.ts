// The bilingual view of an interpreted session: each text of the exercise in the person's language
// with a second language beneath it, smaller, in its own lang and dir; on the second screen the
// two side by side.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import ExerciseView from '../src/screens/worksheets/ExerciseView.svelte';
import { message } from './fixtures';
import { lastSlide, wallBackend } from './projector-fixtures';
import { contentCatalogueOf, ALL_KINDS, renderView, worksheetHandlers } from './worksheets-fixtures';

const byTest = (id: string) => screen.getByTestId(id);
const select = () => byTest('exercise-second-language') as HTMLSelectElement;
const choose = (value: string) => fireEvent.change(select(), { target: { value } });
const seconds = () => Array.from(document.querySelectorAll<HTMLElement>('[data-second]'));

async function opened(personLocale = 'fr') {
  const view = renderView({ personLocale });
  await screen.findByTestId('field-album');
  await waitFor(() => expect(byTest('exercise-title').textContent).toBe('Tout à la fois'));
  return view;
}

describe('the bilingual view', () => {
  it('offers no second language by default, the counsellor’s own first, never the exercise’s', async () => {
    await opened();
    expect(select().value).toBe('');
    const options = Array.from(select().options, (o) => o.value);
    expect(options.slice(0, 2)).toEqual(['', 'en']);
    expect(options).not.toContain('fr');
    expect(select().options[0]?.textContent).toBe(message('en', 'bilingual-none'));
    expect(screen.getByLabelText(message('en', 'bilingual-second-label'))).toBe(select());
    expect(seconds()).toEqual([]);
  });

  it('shows the title, intro, each question and its help beneath, smaller, in the second language', async () => {
    await opened();
    await choose('en');
    await waitFor(() => expect(byTest('exercise-title-second').textContent).toBe('Everything at once'));
    expect(byTest('exercise-intro-second').textContent).toBe('You can answer any question, or none.');
    const story = byTest('field-story');
    expect(within(story).getByTestId('field-story-second').textContent).toBe('What is your story?');
    expect(within(story).getByTestId('field-story-help-second').textContent).toBe('A few words are enough.');
    expect(byTest('field-mood-second').textContent).toBe('How hopeful do you feel?');
    // One line beneath every question, and nothing for a help a question does not have.
    expect(seconds().filter((el) => /^field-[a-z]+-second$/.test(el.dataset.testid ?? ''))).toHaveLength(ALL_KINDS.fields.length);
    expect(screen.queryByTestId('field-place-help-second')).toBeNull();
    for (const el of seconds()) expect([el.getAttribute('lang'), el.getAttribute('dir')]).toEqual(['en', 'ltr']);
    // Beneath, not instead: the question (and so each control's name) stays in the person's language.
    expect(within(story).getByRole('heading', { level: 3 }).textContent).toBe('Quelle est votre histoire ?');
    expect(screen.getByRole('textbox', { name: 'Quelle est votre histoire ?' })).toBeTruthy();
    // Beneath: the question, its second line, the help, the help's second line, in that order.
    const order = [
      within(story).getByRole('heading', { level: 3 }),
      byTest('field-story-second'),
      within(story).getByText('Quelques mots suffisent.'),
      byTest('field-story-help-second'),
    ];
    for (let n = 1; n < order.length; n++) {
      expect(order[n - 1]?.compareDocumentPosition(order[n] as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    }
  });

  it('sets Arabic right to left beneath French, and goes back to one language', async () => {
    await opened();
    await choose('ar');
    await waitFor(() => expect(byTest('exercise-title-second').textContent).toBe('كل شيء معًا'));
    expect(byTest('field-story-second').textContent).toBe('ما هي قصتك؟');
    for (const el of seconds()) expect([el.getAttribute('lang'), el.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(byTest('exercise-view').getAttribute('dir')).toBe('ltr');
    await choose('');
    await waitFor(() => expect(seconds()).toEqual([]));
  });

  it('drops the second language when the exercise moves to it', async () => {
    await opened();
    await choose('ar');
    await screen.findByTestId('exercise-title-second');
    await fireEvent.change(byTest('exercise-language'), { target: { value: 'ar' } });
    await waitFor(() => expect(byTest('exercise-title').textContent).toBe('كل شيء معًا'));
    await waitFor(() => expect(select().value).toBe(''));
    expect(seconds()).toEqual([]);
    expect(Array.from(select().options, (o) => o.value)).not.toContain('ar');
  });
});

describe('the bilingual view on the second screen', () => {
  it('shows the two languages side by side, and follows the choice at once', async () => {
    applyCatalogue(contentCatalogueOf('en'));
    const { calls } = wallBackend(worksheetHandlers([]), { projectorOpen: true });
    render(ExerciseView, { props: { exercise: ALL_KINDS, clientId: 1, sessionId: 30, personLocale: 'fr', onclose: () => undefined } });
    await screen.findByTestId('field-album');
    await choose('ar');
    await screen.findByTestId('exercise-title-second');
    await fireEvent.click(byTest('exercise-show-on-projector'));
    await waitFor(() => expect(lastSlide(calls)?.columns).toHaveLength(2));
    expect(lastSlide(calls)?.columns.map((c) => [c.locale, c.dir, c.title])).toEqual([
      ['fr', 'ltr', 'Tout à la fois'],
      ['ar', 'rtl', 'كل شيء معًا'],
    ]);
    await fireEvent.click(byTest('exercise-projector-next'));
    await waitFor(() => expect(lastSlide(calls)?.columns.map((c) => c.title)).toEqual(['Quelle est votre histoire ?', 'ما هي قصتك؟']));
    await choose('');
    await waitFor(() => expect(lastSlide(calls)?.columns).toHaveLength(1));
    expect(lastSlide(calls)?.columns[0]?.title).toBe('Quelle est votre histoire ?');
  });
});
