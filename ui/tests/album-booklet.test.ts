// The booklet: what the person chooses goes in, nothing else; its language,
// paper, printing, and the warning before an unencrypted PDF is written.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { AnswerRecord } from '../src/ipc/worksheet-types';
import { todayIso } from '../src/lib/dates';
import { presentation } from '../src/lib/presentation.svelte';
import Booklet from '../src/screens/album/Booklet.svelte';
import BookletSheet from '../src/screens/album/BookletSheet.svelte';
import { createTranslator } from '../src/lib/content-language';
import { SENSITIVE_FIELDS } from '../src/screens/album/BookletChoices.svelte';
import { albumHandlers, albumModel, ARABIC_CAPTION, CLIENT, sampleAlbum } from './album-fixtures';
import { argsOf, backend, count, failure, PROFILE_A, renderApp, text, unlocked, type Handler } from './backend';
import { clientsBackend } from './clients';
import { message } from './fixtures';
import { ALL_KINDS, contentCatalogueOf, library, record, SHIPPED, worksheetHandlers } from './worksheets-fixtures';

afterEach(() => {
  document.body.classList.remove('presentation');
});

const byTest = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId(id) as T;
const sheet = () => byTest('booklet-sheet');
const sheetPages = () =>
  Array.from(sheet().querySelectorAll('[data-testid^="booklet-sheet-"]'), (el) => el.getAttribute('data-testid'));

const RECORDS: AnswerRecord[] = [
  record(11, '2025-02-03T09:30', 'story', { kind: 'text', value: 'Old story, told first' }),
  record(12, '2025-03-03T10:00', 'story', { kind: 'text', value: 'I learnt to cook for forty people.' }),
  record(12, '2025-03-03T10:00', 'mood', { kind: 'scale', value: 7 }),
  record(12, '2025-03-03T10:00', 'needs', { kind: 'checklist', value: ['safety', 'people'] }),
  record(12, '2025-03-03T10:00', 'album', { kind: 'photos', value: [3, 999] }),
];

/** What must never be printed: the client code, notes, summaries, next steps, other clients, dates. */
const NEVER = [
  'B3-SOL',
  'Client note: prefers mornings',
  'Newest summary',
  'Older summary',
  'Newest private notes',
  'Older private notes',
  'Call the lawyer together',
  'Find a Dutch class',
  'Sudan',
  'Z8-LUNE',
  'Old story, told first',
  '2025',
];

/** The whole app: client 1 (with notes, sessions, next steps), its album, two exercises answered. */
async function openBooklet(extra: Record<string, Handler> = {}) {
  const clients = clientsBackend();
  const model = albumModel();
  // A shipped exercise the booklet offers (not the counsellor's own sheet, which comes first).
  const second = SHIPPED.find((exercise) => exercise.visibility === 'always') ?? ALL_KINDS;
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', {
    ...clients.overrides,
    ...albumHandlers(model),
    ...worksheetHandlers(RECORDS),
    get_catalogue: () => contentCatalogueOf('en'),
    content_library: () => library([ALL_KINDS, second]),
    ...extra,
  });
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await fireEvent.click(await screen.findByTestId('album-open'));
  await screen.findByTestId('album-page-7');
  const before = calls.length;
  await fireEvent.click(byTest('album-booklet-open'));
  await screen.findByTestId('booklet-sheet');
  await screen.findByTestId('booklet-exercise-test-all');
  // The commands the booklet sent (the overview sent its own before).
  const sent = () => calls.slice(before);
  return { calls, sent, model, second };
}

describe('the booklet', () => {
  it('is reached from the client overview and the album, in the person’s language, with every page', async () => {
    const { sent } = await openBooklet();
    // The client's language (French) is the booklet's by default.
    expect(argsOf(sent(), 'content_catalogue')).toEqual([{ locale: 'fr' }]);
    expect(byTest<HTMLSelectElement>('booklet-language').value).toBe('fr');
    expect(sheet().getAttribute('lang')).toBe('fr');
    expect(sheet().getAttribute('dir')).toBe('ltr');
    expect(sheet().classList.contains('print-sheet')).toBe(true);
    expect(sheet().classList.contains('paper-a4')).toBe(true);
    // Every page by default, in album order; no exercise.
    for (const id of [7, 8, 9]) expect(byTest<HTMLInputElement>(`booklet-page-${id}`).checked).toBe(true);
    expect(byTest<HTMLInputElement>('booklet-exercise-test-all').checked).toBe(false);
    expect(sheetPages()).toEqual(['booklet-sheet-page-7', 'booklet-sheet-page-8', 'booklet-sheet-page-9']);
    expect(count(sent(), 'exercise_answers')).toBe(0);

    const friends = byTest('booklet-sheet-page-7');
    expect(friends.textContent).toContain(message('fr', 'album-category-people'));
    expect(friends.textContent).toContain('My friends from the Dutch class');
    expect(friends.textContent).toContain(message('fr', 'album-message-from', { from: 'Amina' }));
    expect(friends.textContent).toContain('You taught us to cook injera. We will miss you.');
    const photos = Array.from(friends.querySelectorAll('img'));
    expect(photos.map((img) => img.getAttribute('src'))).toEqual(['avenir-media://localhost/photo/1', 'avenir-media://localhost/photo/2']);
    expect([photos[0]?.getAttribute('width'), photos[0]?.getAttribute('height')]).toEqual(['1600', '1200']);
    const garden = byTest('booklet-sheet-page-8').querySelector('.caption');
    expect(garden?.textContent).toBe(ARABIC_CAPTION);
    expect(garden?.getAttribute('dir')).toBe('auto');
    for (const img of Array.from(sheet().querySelectorAll('img'))) expect(img.getAttribute('src')).toMatch(/^avenir-media:\/\/localhost\/photo\/\d+$/);
    expect(sheet().innerHTML).not.toMatch(/data:|blob:/);
  });

  it('holds the chosen title, only the checked pages and only the chosen exercises’ latest answers — never the client code, notes or dates', async () => {
    const { sent, second } = await openBooklet();
    await fireEvent.input(byTest('booklet-title-input'), { target: { value: 'Mon temps en Belgique' } });
    expect(text('booklet-cover-title')).toBe('Mon temps en Belgique');
    expect(byTest('booklet-title-input').getAttribute('dir')).toBe('auto');

    await fireEvent.click(byTest('booklet-page-8'));
    expect(sheetPages()).toEqual(['booklet-sheet-page-7', 'booklet-sheet-page-9']);
    expect(sheet().textContent).not.toContain(ARABIC_CAPTION);

    await fireEvent.click(byTest('booklet-exercise-test-all'));
    await waitFor(() => expect(screen.queryByTestId('booklet-sheet-exercise-test-all')).not.toBeNull());
    expect(argsOf(sent(), 'exercise_answers')).toEqual([{ clientId: CLIENT, exercise: 'test-all' }]);
    expect(screen.queryByTestId(`booklet-sheet-exercise-${second.id}`)).toBeNull();

    const answers = byTest('booklet-sheet-exercise-test-all');
    // Questions in the person's language, each with its latest answer as readable text.
    expect(answers.querySelector('h2')?.textContent).toBe('Tout à la fois');
    const questions = Array.from(answers.querySelectorAll('h3'), (h) => h.textContent);
    // In the definition's order.
    expect(questions).toEqual(['Quelle est votre histoire ?', 'Quels besoins comptent ?', 'Quel espoir ressentez-vous ?', 'Des photos qui comptent']);
    expect(answers.textContent).toContain('I learnt to cook for forty people.');
    expect(answers.textContent).toContain(message('fr', 'booklet-scale-value', { value: 7 }));
    expect(answers.textContent).toContain('La sécurité');
    expect(answers.textContent).toContain('Les proches');
    // Photos chosen in an exercise: those still in the album.
    expect(Array.from(answers.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['avenir-media://localhost/photo/3']);

    const printed = sheet().textContent ?? '';
    for (const secret of NEVER) expect(printed, secret).not.toContain(secret);
    // Not even on the booklet screen around it.
    expect(byTest('booklet').textContent).not.toContain('B3-SOL');

    // Unchecking takes the answers out again.
    await fireEvent.click(byTest('booklet-exercise-test-all'));
    expect(screen.queryByTestId('booklet-sheet-exercise-test-all')).toBeNull();
    expect(sheetPages()).toEqual(['booklet-sheet-page-7', 'booklet-sheet-page-9']);
  });

  it('leaves out an exercise without answers, and says so', async () => {
    const { second } = await openBooklet();
    await fireEvent.click(byTest(`booklet-exercise-${second.id}`));
    await waitFor(() => expect(byTest('booklet').textContent).toContain(message('en', 'booklet-exercise-empty')));
    expect(screen.queryByTestId(`booklet-sheet-exercise-${second.id}`)).toBeNull();
  });

  it('switches to A5 with a class on the sheet and the paper size of the print', async () => {
    await openBooklet();
    const link = () => document.head.querySelector<HTMLLinkElement>('link[data-booklet-paper]');
    expect(link()?.getAttribute('href')).toMatch(/booklet-a4\.css/);
    await fireEvent.click(byTest('booklet-paper-a5'));
    expect(sheet().classList.contains('paper-a5')).toBe(true);
    expect(sheet().classList.contains('paper-a4')).toBe(false);
    expect(link()?.getAttribute('href')).toMatch(/booklet-a5\.css/);
    await fireEvent.click(byTest('booklet-paper-a4'));
    expect(sheet().classList.contains('paper-a4')).toBe(true);
    // The paper size comes from a same-origin file, not an inline style element (the CSP refuses those).
    expect(Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? '').filter((css) => css.includes('@page'))).toEqual([]);
  });

  it('prints with the system dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { calls } = await openBooklet();
    await fireEvent.click(byTest('booklet-print'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(count(calls, 'save_booklet_pdf')).toBe(0);
  });

  it('warns that the PDF is not encrypted, and saves it only after confirmation', async () => {
    const { calls } = await openBooklet();
    await fireEvent.click(byTest('booklet-save-pdf'));
    const warning = byTest('booklet-pdf-warning');
    expect(warning.getAttribute('role')).toBe('alertdialog');
    expect(warning.textContent).toContain(message('en', 'booklet-pdf-warning-title'));
    expect(warning.textContent).toContain(message('en', 'booklet-pdf-warning'));
    expect(warning.textContent).toContain(message('en', 'booklet-pdf-where'));
    expect(count(calls, 'save_booklet_pdf')).toBe(0);
    await fireEvent.click(byTest('booklet-pdf-cancel'));
    expect(screen.queryByTestId('booklet-pdf-warning')).toBeNull();
    expect(document.activeElement).toBe(byTest('booklet-save-pdf'));
    expect(count(calls, 'save_booklet_pdf')).toBe(0);

    await fireEvent.click(byTest('booklet-paper-a5'));
    await fireEvent.click(byTest('booklet-save-pdf'));
    await fireEvent.click(byTest('booklet-pdf-confirm'));
    await screen.findByTestId('booklet-pdf-saved');
    const fileName = `avenir-booklet-${todayIso()}.pdf`;
    expect(argsOf(calls, 'save_booklet_pdf')).toEqual([{ paper: 'a5', fileName }]);
    expect(fileName).not.toContain('B3-SOL');
    expect(text('booklet-pdf-path')).toBe(`/media/counsellor/USB/${fileName}`);
    expect(byTest('booklet-pdf-saved').textContent).toContain(message('en', 'booklet-pdf-saved-reminder'));
    expect(screen.queryByTestId('booklet-pdf-warning')).toBeNull();
  });

  it('says nothing when the counsellor cancels the chooser', async () => {
    const { calls } = await openBooklet({ save_booklet_pdf: () => ({ path: null }) });
    await fireEvent.click(byTest('booklet-save-pdf'));
    await fireEvent.click(byTest('booklet-pdf-confirm'));
    await waitFor(() => expect(count(calls, 'save_booklet_pdf')).toBe(1));
    await waitFor(() => expect(screen.queryByTestId('booklet-pdf-saving')).toBeNull());
    expect(screen.queryByTestId('booklet-pdf-saved')).toBeNull();
    expect(screen.queryByTestId('booklet-pdf-error')).toBeNull();
  });

  it('shows a failed PDF’s error translated', async () => {
    await openBooklet({ save_booklet_pdf: () => failure('error-vault-io') });
    await fireEvent.click(byTest('booklet-save-pdf'));
    await fireEvent.click(byTest('booklet-pdf-confirm'));
    await waitFor(() => expect(text('booklet-pdf-error')).toBe(message('en', 'error-vault-io')));
    expect(screen.queryByTestId('booklet-pdf-saved')).toBeNull();
  });

  it('goes back to the album', async () => {
    await openBooklet();
    await fireEvent.click(byTest('booklet-close'));
    expect(screen.queryByTestId('booklet')).toBeNull();
    expect(document.activeElement).toBe(byTest('album-booklet-open'));
  });
});

describe('the booklet in Arabic, alone', () => {
  function renderBooklet(options: { personLocale?: string | null } = {}) {
    applyCatalogue(contentCatalogueOf('en'));
    const model = albumModel(sampleAlbum());
    const calls = backend({
      ...albumHandlers(model),
      ...worksheetHandlers(RECORDS),
      content_library: () => library([ALL_KINDS]),
    });
    render(Booklet, {
      props: {
        clientId: CLIENT,
        album: sampleAlbum(),
        personLocale: options.personLocale ?? null,
        onclose: () => undefined,
      },
    });
    return calls;
  }

  it('sets dir="rtl" and lang="ar" on the sheet, and back to ltr in English', async () => {
    const calls = renderBooklet({ personLocale: 'ar' });
    await screen.findByTestId('booklet-sheet');
    expect(argsOf(calls, 'content_catalogue')).toEqual([{ locale: 'ar' }]);
    expect(sheet().getAttribute('dir')).toBe('rtl');
    expect(sheet().getAttribute('lang')).toBe('ar');
    const select = byTest<HTMLSelectElement>('booklet-language');
    expect(Array.from(select.options, (o) => o.value)).toEqual(['en', 'nl', 'fr', 'ar', 'es', 'hy', 'pt-BR', 'ru', 'uk']);
    await fireEvent.change(select, { target: { value: 'en' } });
    await waitFor(() => expect(sheet().getAttribute('lang')).toBe('en'));
    expect(sheet().getAttribute('dir')).toBe('ltr');
    expect(byTest('booklet-sheet-page-7').textContent).toContain(message('en', 'album-category-people'));
  });

  it('offers every language, the counsellors’ first, and says which are draft translations', async () => {
    renderBooklet({ personLocale: null });
    await screen.findByTestId('booklet-sheet');
    const options = Array.from(byTest<HTMLSelectElement>('booklet-language').options);
    expect(options.map((o) => o.value)).toEqual(['en', 'nl', 'fr', 'ar', 'es', 'hy', 'pt-BR', 'ru', 'uk']);
    expect(options.find((o) => o.value === 'ru')?.textContent?.trim()).toBe(message('en', 'translation-draft-option', { name: 'Русский' }));
    expect(sheet().getAttribute('lang')).toBe('en');
    expect(screen.queryByTestId('booklet-language-draft')).toBeNull();
  });

  it('hides printing and saving in presentation-safe mode, keeping the choices and the preview', async () => {
    presentation.set(true);
    renderBooklet();
    await screen.findByTestId('booklet-sheet');
    expect(screen.queryByTestId('booklet-print')).toBeNull();
    expect(screen.queryByTestId('booklet-save-pdf')).toBeNull();
    expect(screen.getByTestId('booklet-title-input')).toBeTruthy();
    expect(within(sheet()).getByTestId('booklet-cover')).toBeTruthy();
  });
});

describe('the album in the client workspace', () => {
  it('opens from the overview, and in presentation-safe mode stays without the code or any editing control', async () => {
    const clients = clientsBackend();
    await renderApp(unlocked(PROFILE_A), 'client-list', { ...clients.overrides, ...albumHandlers(albumModel()) });
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    expect((await screen.findByTestId('album-open')).textContent?.trim()).toBe(message('en', 'album-open'));
    await fireEvent.click(byTest('album-open'));
    await screen.findByTestId('album-page-7');
    expect(screen.queryByTestId('client-overview')).toBeNull();
    // The person's words in their language (the client file's: French).
    expect(within(byTest('album-page-7')).getByTestId('album-page-caption').getAttribute('lang')).toBe('fr');

    await fireEvent.click(byTest('presentation-toggle'));
    expect(document.body.classList.contains('presentation')).toBe(true);
    expect(screen.getByTestId('album-view')).toBeTruthy();
    expect(screen.getByTestId('album-page-7')).toBeTruthy();
    expect(screen.queryByTestId('overview-code')).toBeNull();
    expect(document.body.textContent).not.toContain('B3-SOL');
    expect(screen.queryByTestId('album-page-edit-7')).toBeNull();
    expect(screen.queryByTestId('album-add-photos')).toBeNull();

    await fireEvent.click(byTest('presentation-toggle'));
    await fireEvent.click(byTest('album-back'));
    await screen.findByTestId('client-overview');
    expect(text('overview-code')).toBe('B3-SOL');
  });
});

describe('the warning before answers that can put the person in danger go into the booklet', () => {
  const shipped = (id: string) => {
    const found = SHIPPED.find((exercise) => exercise.id === id);
    if (!found) throw new Error(`no shipped exercise ${id}`);
    return found;
  };
  const warning = () => screen.queryByTestId('booklet-sensitive-warning');

  async function renderWith(records: AnswerRecord[]) {
    applyCatalogue(contentCatalogueOf('en'));
    backend({
      ...albumHandlers(albumModel(sampleAlbum())),
      ...worksheetHandlers(records),
      content_library: () => library(SHIPPED),
    });
    render(Booklet, {
      props: { clientId: CLIENT, album: sampleAlbum(), personLocale: 'en', onclose: () => undefined },
    });
    await screen.findByTestId('booklet-sheet');
    await screen.findByTestId('booklet-exercise-migration-project');
  }

  it('names only fields of the shipped exercises', () => {
    for (const { exercise, field } of SENSITIVE_FIELDS) {
      expect(shipped(exercise).fields.map((f) => f.id), `${exercise} ${field}`).toContain(field);
    }
  });

  it('appears while an answer about why the person left is included, and never blocks printing', async () => {
    await renderWith([
      record(12, '2025-03-03T10:00', 'why-left', { kind: 'text', value: 'There was a war in my town.' }, 'migration-project'),
      record(12, '2025-03-03T10:00', 'hoped-for', { kind: 'text', value: 'A quiet life.' }, 'migration-project'),
    ]);
    expect(warning()).toBeNull();
    await fireEvent.click(byTest('booklet-exercise-migration-project'));
    await waitFor(() => expect(warning()).not.toBeNull());
    expect(warning()?.textContent).toBe(message('en', 'booklet-sensitive-warning'));
    expect(warning()?.getAttribute('role')).toBe('alert');
    // Advice only: the answers are in the preview and the booklet can be printed.
    expect(byTest('booklet-sheet-exercise-migration-project').textContent).toContain('There was a war in my town.');
    expect(byTest<HTMLButtonElement>('booklet-print').disabled).toBe(false);
    // Taking the exercise out takes the warning away.
    await fireEvent.click(byTest('booklet-exercise-migration-project'));
    expect(warning()).toBeNull();
  });

  it('appears for the person’s fears about going back', async () => {
    await renderWith([record(12, '2025-03-03T10:00', 'fears', { kind: 'text', value: 'The police at the airport.' }, 'return-to')]);
    await fireEvent.click(byTest('booklet-exercise-return-to'));
    await waitFor(() => expect(warning()).not.toBeNull());
  });

  it('appears for the needs behind leaving, ticked in a checklist', async () => {
    await renderWith([
      record(12, '2025-03-03T10:00', 'needs-behind', { kind: 'checklist', value: ['safety'] }, 'migration-project'),
    ]);
    await fireEvent.click(byTest('booklet-exercise-migration-project'));
    await waitFor(() => expect(warning()).not.toBeNull());
  });

  it('stays away when the answers included are not about leaving or fears', async () => {
    await renderWith([
      record(12, '2025-03-03T10:00', 'hoped-for', { kind: 'text', value: 'A quiet life.' }, 'migration-project'),
      record(12, '2025-03-03T10:00', 'hopes', { kind: 'text', value: 'To see my sister again.' }, 'return-to'),
      record(12, '2025-03-03T10:00', 'why-left', { kind: 'text', value: '' }, 'migration-project'),
    ]);
    await fireEvent.click(byTest('booklet-exercise-migration-project'));
    await fireEvent.click(byTest('booklet-exercise-return-to'));
    await waitFor(() => expect(byTest('booklet-sheet-exercise-return-to').textContent).toContain('To see my sister again.'));
    expect(byTest('booklet-sheet-exercise-migration-project').textContent).toContain('A quiet life.');
    expect(warning()).toBeNull();
  });

  it('stays away while the exercise with such an answer is not chosen', async () => {
    await renderWith([
      record(12, '2025-03-03T10:00', 'why-left', { kind: 'text', value: 'There was a war in my town.' }, 'migration-project'),
      record(12, '2025-03-03T10:00', 'hopes', { kind: 'text', value: 'To see my sister again.' }, 'return-to'),
    ]);
    await fireEvent.click(byTest('booklet-exercise-return-to'));
    await screen.findByTestId('booklet-sheet-exercise-return-to');
    expect(warning()).toBeNull();
  });
});

describe('the counsellor’s own sheets', () => {
  const PREPARED: AnswerRecord[] = [
    record(12, '2025-03-03T10:00', 'remember', { kind: 'text', value: 'PRIVATE reminder: ask about the letter' }, 'session-preparation'),
    record(12, '2025-03-03T10:00', 'aim', { kind: 'text', value: 'PRIVATE aim of the session' }, 'session-preparation'),
    record(12, '2025-03-03T10:00', 'hoped-for', { kind: 'text', value: 'A quiet life.' }, 'migration-project'),
  ];

  it('are never offered for the booklet, and nothing of them is printed', async () => {
    applyCatalogue(contentCatalogueOf('en'));
    const calls = backend({
      ...albumHandlers(albumModel(sampleAlbum())),
      ...worksheetHandlers(PREPARED),
      content_library: () => library(SHIPPED),
    });
    render(Booklet, { props: { clientId: CLIENT, album: sampleAlbum(), personLocale: 'en', onclose: () => undefined } });
    await screen.findByTestId('booklet-exercise-migration-project');
    expect(screen.queryByTestId('booklet-exercise-session-preparation')).toBeNull();
    // Every other shipped exercise is offered (the reintegration plan too: its answers are the person's).
    for (const exercise of SHIPPED.filter((e) => e.visibility !== 'counsellor_only')) {
      expect(screen.getByTestId(`booklet-exercise-${exercise.id}`), exercise.id).toBeTruthy();
    }
    await fireEvent.click(byTest('booklet-exercise-migration-project'));
    await waitFor(() => expect(byTest('booklet-sheet-exercise-migration-project').textContent).toContain('A quiet life.'));
    const shown = byTest('booklet').textContent ?? '';
    expect(shown).not.toContain('PRIVATE');
    expect(shown).not.toContain(message('en', 'ex-session-preparation-title'));
    expect(argsOf(calls, 'exercise_answers')).not.toContainEqual({ clientId: CLIENT, exercise: 'session-preparation' });
  });

  it('stay off the sheet even when a choice names them', () => {
    const content = createTranslator(contentCatalogueOf('en'), () => undefined);
    applyCatalogue(contentCatalogueOf('en'));
    render(BookletSheet, {
      props: {
        choice: { title: 'Mine', locale: 'en', paper: 'a4', pages: [], exercises: ['session-preparation', 'migration-project'] },
        album: sampleAlbum(),
        exercises: SHIPPED,
        answers: new Map([
          ['session-preparation', PREPARED.filter((r) => r.exercise === 'session-preparation')],
          ['migration-project', PREPARED.filter((r) => r.exercise === 'migration-project')],
        ]),
        content,
      },
    });
    expect(screen.getByTestId('booklet-sheet-exercise-migration-project').textContent).toContain('A quiet life.');
    expect(screen.queryByTestId('booklet-sheet-exercise-session-preparation')).toBeNull();
    expect(sheet().textContent).not.toContain('PRIVATE');
  });
});
