// Printing an exercise from a session: the choices (blank or with answers, first language, a
// second side by side, paper), the sheet's columns with their own lang and dir, printing and the
// PDF after the warning — and what is never on the sheet: the client's code, notes, the session,
// the guide, the counsellor's own sheet.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { AnswerRecord } from '../src/ipc/worksheet-types';
import { todayIso } from '../src/lib/dates';
import { presentation } from '../src/lib/presentation.svelte';
import WorksheetPrint from '../src/screens/print/WorksheetPrint.svelte';
import { argsOf, button, count, PROFILE_A, renderApp, unlocked, type Handler } from './backend';
import { clientsBackend, seeded } from './clients';
import { message } from './fixtures';
import { exercise as shipped } from './projector-fixtures';
import { ALL_KINDS, contentCatalogueOf, library, record, renderView, worksheetHandlers } from './worksheets-fixtures';

afterEach(() => {
  document.body.classList.remove('presentation');
  vi.restoreAllMocks();
});

const byTest = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId(id) as T;
const sheet = () => byTest('print-sheet');
const select = (id: string) => byTest<HTMLSelectElement>(id);
const choose = (id: string, value: string) => fireEvent.change(select(id), { target: { value } });

const RECORDS: AnswerRecord[] = [
  record(11, '2025-02-03T09:30', 'story', { kind: 'text', value: 'Story told in February' }),
  record(11, '2025-02-03T09:30', 'mood', { kind: 'scale', value: 3 }),
  record(11, '2025-02-03T09:30', 'needs', { kind: 'checklist', value: ['people'] }),
];

/** Never on a printed sheet: the client's code, notes, the sessions' texts and dates, the guide. */
const NEVER = [
  'B3-SOL',
  'Client note: prefers mornings',
  'Newest summary',
  'Newest private notes',
  'Older private notes',
  'Call the lawyer together',
  'Sudan',
  '2025',
  'Aim of the test exercise.',
  'Introduce it gently.',
  'Not in a crisis.',
];

/** The whole app: client 1 (code, notes, sessions), whose language is Arabic, in session 12, exercise open. */
async function openPrint(extra: Record<string, Handler> = {}) {
  const model = seeded();
  const client = model.clients.get(1);
  if (client) client.preferredLanguage = 'ar';
  const backend = clientsBackend(model, {
    content_library: () => library([ALL_KINDS]),
    exercise_activity: () => [],
    ...worksheetHandlers(RECORDS),
    save_booklet_pdf: (_cmd, args) => ({ path: `/media/counsellor/USB/${(args as { fileName: string }).fileName}` }),
    ...extra,
  });
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await fireEvent.click(await screen.findByTestId('session-open-12'));
  await fireEvent.click(await screen.findByTestId('exercise-open-test-all'));
  await screen.findByTestId('field-album');
  await fireEvent.click(button('exercise-print-open'));
  await screen.findByTestId('print-sheet');
  return calls;
}

describe('printing an exercise', () => {
  it('opens from the exercise’s toolbar: blank, in the person’s language, one column, A4 — and nothing private', async () => {
    await openPrint();
    const panel = byTest('print-panel');
    expect(byTest('exercise-print-open').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 3 }));
    expect(document.activeElement?.textContent).toBe(message('en', 'print-worksheet-heading'));
    // The counsellor's controls in her language.
    expect(panel.getAttribute('lang')).toBe('en');
    expect(select('print-language-1').value).toBe('ar');
    expect(select('print-language-2').value).toBe('');
    expect(byTest<HTMLInputElement>('print-blank').checked).toBe(true);
    expect(byTest<HTMLInputElement>('print-answered').checked).toBe(false);
    // The sheet: Arabic, right to left, one column, A4, printed alone.
    expect(sheet().classList.contains('print-sheet')).toBe(true);
    expect(sheet().classList.contains('paper-a4')).toBe(true);
    expect(sheet().dataset.columns).toBe('1');
    expect([sheet().getAttribute('lang'), sheet().getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(sheet().querySelector('h1')?.textContent).toBe('كل شيء معًا');
    expect(byTest('print-sheet-block-story').querySelector('h2')?.textContent).toBe('ما هي قصتك؟');
    expect(byTest('print-sheet-block-story').querySelectorAll('.line')).toHaveLength(5);
    // Blank: not even the answers the exercise shows.
    const printed = sheet().textContent ?? '';
    expect(printed).not.toContain('Story told in February');
    for (const secret of NEVER) expect(printed, secret).not.toContain(secret);
    expect(sheet().innerHTML).not.toContain('B3-SOL');
  });

  it('puts a second language side by side, each column with its own lang and dir', async () => {
    await openPrint();
    const second = Array.from(select('print-language-2').options, (o) => o.value);
    // None first, then the counsellor's own language; never the first language again.
    expect(second.slice(0, 2)).toEqual(['', 'en']);
    expect(second).not.toContain('ar');
    await choose('print-language-2', 'fr');
    await waitFor(() => expect(sheet().dataset.columns).toBe('2'));
    // The sheet runs right to left (its first language): Arabic on the start side.
    expect(sheet().getAttribute('dir')).toBe('rtl');
    const cells = (n: number) => Array.from(sheet().querySelectorAll<HTMLElement>(`[data-column="${n}"]`));
    expect(cells(1).length).toBe(ALL_KINDS.fields.length + 1);
    expect(cells(2).length).toBe(ALL_KINDS.fields.length + 1);
    for (const cell of cells(1)) expect([cell.getAttribute('lang'), cell.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    for (const cell of cells(2)) expect([cell.getAttribute('lang'), cell.getAttribute('dir')]).toEqual(['fr', 'ltr']);
    const story = byTest('print-sheet-block-story');
    expect(Array.from(story.querySelectorAll('h2'), (h) => h.textContent)).toEqual(['ما هي قصتك؟', 'Quelle est votre histoire ?']);
    expect(byTest('print-sheet-head-2').querySelector('h1')?.textContent).toBe('Tout à la fois');
    for (const secret of NEVER) expect(sheet().textContent, secret).not.toContain(secret);

    // The first language becomes the second: one language is enough.
    await choose('print-language-1', 'fr');
    await waitFor(() => expect(sheet().dataset.columns).toBe('1'));
    expect(select('print-language-2').value).toBe('');
    expect(sheet().getAttribute('lang')).toBe('fr');
  });

  it('prints the person’s answers only when asked, as the exercise shows them', async () => {
    await openPrint();
    await fireEvent.click(byTest('print-answered'));
    await waitFor(() => expect(sheet().textContent).toContain('Story told in February'));
    const answer = byTest('print-sheet-block-story').querySelector('.answer');
    expect([answer?.getAttribute('lang'), answer?.getAttribute('dir')]).toEqual(['ar', 'auto']);
    const ticked = (id: string) => Array.from(byTest(`print-sheet-block-${id}`).querySelectorAll('[data-checked="true"]'), (li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(ticked('mood')).toEqual(['× 3']);
    expect(ticked('needs')).toEqual(['× People']);
    // An answer typed now is on the sheet the next time it opens.
    await fireEvent.click(byTest('print-close'));
    expect(screen.queryByTestId('print-panel')).toBeNull();
    expect(document.activeElement).toBe(byTest('exercise-print-open'));
    const place = within(byTest('field-place')).getByRole('textbox');
    await fireEvent.input(place, { target: { value: 'Antwerpen, near the station' } });
    await fireEvent.click(button('exercise-print-open'));
    await fireEvent.click(await screen.findByTestId('print-answered'));
    await waitFor(() => expect(byTest('print-sheet-block-place').textContent).toContain('Antwerpen, near the station'));
    for (const secret of NEVER) expect(sheet().textContent, secret).not.toContain(secret);
    await fireEvent.click(byTest('print-blank'));
    expect(sheet().textContent).not.toContain('Story told in February');
  });

  it('chooses the paper, prints with the system dialog, and saves a PDF only after the warning', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const calls = await openPrint();
    await fireEvent.click(byTest('print-paper-a5'));
    expect(sheet().classList.contains('paper-a5')).toBe(true);
    expect(document.head.querySelector('link[data-print-paper]')?.getAttribute('href')).toMatch(/booklet-a5\.css/);
    await fireEvent.click(byTest('print-print'));
    expect(print).toHaveBeenCalledTimes(1);

    await fireEvent.click(byTest('print-save-pdf'));
    const warning = byTest('print-pdf-warning');
    expect(warning.textContent).toContain(message('en', 'print-pdf-warning'));
    expect(warning.textContent).toContain(message('en', 'print-pdf-where'));
    expect(count(calls, 'save_booklet_pdf')).toBe(0);
    await fireEvent.click(byTest('print-pdf-confirm'));
    await screen.findByTestId('print-pdf-saved');
    const fileName = `avenir-worksheet-${todayIso()}.pdf`;
    expect(argsOf(calls, 'save_booklet_pdf')).toEqual([{ paper: 'a5', fileName }]);
    expect(byTest('print-pdf-path').textContent).toBe(`/media/counsellor/USB/${fileName}`);
  });

  it('is gone in presentation-safe mode, the Print button with it', async () => {
    await openPrint();
    presentation.set(true);
    await tick();
    expect(screen.queryByTestId('print-panel')).toBeNull();
    expect(screen.queryByTestId('print-sheet')).toBeNull();
    expect(screen.queryByTestId('exercise-print-open')).toBeNull();
    presentation.set(false);
    await tick();
    expect(screen.queryByTestId('exercise-print-open')).not.toBeNull();
  });
});

describe('what a printed exercise never is', () => {
  it('the counsellor’s own sheet: no Print button, and refused if asked', async () => {
    const own = shipped('session-preparation');
    renderView({ exercise: own, records: [record(5, '2025-03-01T10:00', 'remember', { kind: 'text', value: 'PRIVATE' }, own.id)] });
    await screen.findByTestId(`field-${own.fields[0]?.id}`);
    expect(screen.queryByTestId('exercise-print-open')).toBeNull();
    document.body.innerHTML = '';

    applyCatalogue(contentCatalogueOf('en'));
    render(WorksheetPrint, { props: { exercise: own, clientId: 1, answers: new Map(), onclose: () => undefined } });
    expect(byTest('print-refused').textContent).toBe(message('en', 'print-refused'));
    expect(screen.queryByTestId('print-sheet')).toBeNull();
    expect(screen.queryByTestId('print-print')).toBeNull();
    expect(screen.queryByTestId('print-save-pdf')).toBeNull();
  });

  it('warns, without blocking, when answers that can endanger the person are printed', async () => {
    const migration = shipped('migration-project');
    renderView({
      exercise: migration,
      personLocale: 'fr',
      records: [record(5, '2025-03-01T10:00', 'why-left', { kind: 'text', value: 'The war' }, migration.id)],
    });
    await screen.findByTestId('field-why-left');
    await fireEvent.click(button('exercise-print-open'));
    await screen.findByTestId('print-sheet');
    expect(screen.queryByTestId('print-sensitive-warning')).toBeNull();
    await fireEvent.click(byTest('print-answered'));
    expect(byTest('print-sensitive-warning').textContent).toBe(message('en', 'print-sensitive-warning'));
    expect(sheet().textContent).toContain('The war');
  });
});
