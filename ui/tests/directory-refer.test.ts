// Referring a client from an open session: a place picked from the directory becomes the
// session's next step "Referred to … on …", and its slip opens in the client's preferred
// language without the client's code or notes. And each pathway card lists the directory's
// places for its pathway.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import { formatDate, todayIso } from '../src/lib/dates';
import PathwayCardView from '../src/screens/journal/PathwayCardView.svelte';
import { argsOf, backend, button, count, loadHomeChunk, PROFILE_A, renderApp, unlocked } from './backend';
import { clientsBackend } from './clients';
import { CLINIC, DESK, directoryBackend, RETURN, type } from './directory-fixtures';
import { catalogue, message } from './fixtures';
import { card } from './journal-fixtures';

beforeAll(loadHomeChunk, 30_000);

/** A new session of client 1 (B3-SOL, who prefers French), with the directory's places. */
async function session() {
  const clients = clientsBackend();
  const directory = directoryBackend();
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', { ...clients.overrides, ...directory.overrides });
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await fireEvent.click(await screen.findByTestId('session-new'));
  await screen.findByTestId('session-summary-input');
  return { calls, clients: clients.model };
}

const picks = () => screen.queryAllByTestId('refer-pick').map((pick) => pick.querySelector('strong')?.textContent);

describe('referring from a session', () => {
  it('adds the next step "Referred to … on …" with the place picked, and shows it', async () => {
    const { calls, clients } = await session();
    const editor = screen.getByTestId('session-editor');
    const sessionId = Number(editor.dataset.sessionId);
    await fireEvent.click(button('session-refer'));
    await waitFor(() => expect(picks()).toEqual([DESK.name, RETURN.name, CLINIC.name]));

    await type('refer-search', 'clinic');
    // What was found for the earlier text is gone at once: a click cannot pick it.
    expect(picks()).toEqual([]);
    await waitFor(() => expect(picks()).toEqual([CLINIC.name]));
    expect(argsOf(calls, 'directory_search').at(-1)).toEqual({
      filter: { text: 'clinic', pathway: null, kind: null, language: null, town: null, anonymousOnly: false },
    });
    await fireEvent.click(screen.getByTestId('refer-pick'));

    const step = `Referred to ${CLINIC.name} on ${formatDate(todayIso(), 'en')}`;
    await waitFor(() => expect(argsOf(calls, 'add_next_step')).toEqual([{ sessionId, text: step }]));
    await waitFor(() => expect(within(editor).getByText(step)).toBeTruthy());
    expect([...clients.steps.values()].some((s) => s.sessionId === sessionId && s.text === step)).toBe(true);
    expect(screen.queryByTestId('refer-picker')).toBeNull();
    expect(screen.getByTestId('refer-done').textContent).toBe(message('en', 'directory-refer-done'));
  });

  it('offers the slip, in the client’s preferred language, without the client’s code or notes', async () => {
    await session();
    await fireEvent.click(button('session-refer'));
    await waitFor(() => expect(picks()).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId('refer-pick')[0] as HTMLElement);
    await fireEvent.click(await screen.findByTestId('refer-open-slip'));
    const slip = await screen.findByTestId('referral-slip');
    const sheet = await within(slip).findByTestId('slip-sheet');
    expect((screen.getByTestId('slip-language') as HTMLSelectElement).value).toBe('fr');
    await waitFor(() => expect(within(sheet).getByTestId('slip-title').textContent).toBe(message('fr', 'slip-title')));
    expect(sheet.textContent).toContain(DESK.name);
    expect(within(sheet).getByTestId('slip-anonymous').textContent).toBe(message('fr', 'slip-anonymous'));
    for (const secret of ['B3-SOL', 'Client note', 'private notes', DESK.note]) expect(slip.textContent).not.toContain(secret);
  });

  it('cancel adds nothing', async () => {
    const { calls } = await session();
    await fireEvent.click(button('session-refer'));
    await waitFor(() => expect(picks()).toHaveLength(3));
    await fireEvent.click(button('refer-cancel'));
    expect(screen.queryByTestId('refer-picker')).toBeNull();
    expect(count(calls, 'add_next_step')).toBe(0);
    expect(document.activeElement).toBe(button('session-refer'));
  });
});

describe('a pathway card', () => {
  beforeEach(() => {
    applyCatalogue(catalogue('en'));
  });

  it('lists the directory’s places for its pathway, with town and phone', async () => {
    const calls = backend(directoryBackend().overrides);
    render(PathwayCardView, { props: { card: card('undocumented', 40) } });
    const list = await screen.findByTestId('pathcard-directory');
    expect(argsOf(calls, 'directory_search')).toEqual([
      { filter: { text: '', pathway: 'undocumented', kind: null, language: null, town: null, anonymousOnly: false } },
    ]);
    expect(list.querySelector('h6')?.textContent).toBe(message('en', 'directory-pathcard-heading'));
    const rows = within(list).getAllByTestId('pathcard-directory-entry');
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual([DESK.name, CLINIC.name]);
    expect(rows[0]?.textContent).toContain('Gent');
    expect(rows[0]?.textContent).toContain(DESK.phone);
    expect(list.textContent).not.toContain(RETURN.name);
    expect(list.textContent).not.toContain(DESK.note);
  });

  it('shows nothing of the directory when it has no place for the pathway', async () => {
    const calls = backend(directoryBackend([DESK]).overrides);
    render(PathwayCardView, { props: { card: card('return', 30) } });
    await waitFor(() => expect(count(calls, 'directory_search')).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('pathcard-directory')).toBeNull();
    expect(screen.getByTestId('pathway-card-view')).toBeTruthy();
  });
});
