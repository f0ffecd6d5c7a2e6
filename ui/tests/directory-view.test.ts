// The referral directory of the vault home: opened beside the courses, searched with every
// filter sent to the back end, each place shown with its kind, town, languages, pathways, the
// "no name needed" badge and the "outdated" flag, too many results and none, deleting only after
// asking, and what presentation-safe mode leaves.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../src/lib/dates';
import { presentation } from '../src/lib/presentation.svelte';
import { argsOf, button, count, input, loadHomeChunk, text } from './backend';
import { CLINIC, DESK, listed, openDirectory, RETURN, type } from './directory-fixtures';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

const entry = (name: string) =>
  screen.getAllByTestId('directory-entry').find((row) => row.querySelector('h4')?.textContent === name) as HTMLElement;

/** The last search sent. */
const lastFilter = (calls: Parameters<typeof argsOf>[0]) => (argsOf(calls, 'directory_search').at(-1) as { filter: unknown }).filter;

describe('the referral directory', () => {
  it('opens from the vault home beside the courses, and closes back to the client files', async () => {
    await openDirectory();
    expect(screen.getByTestId('home-directory').querySelector('h2')?.textContent).toBe(message('en', 'directory-heading'));
    expect(screen.getByTestId('home-workspace').hidden).toBe(true);
    await waitFor(() => expect(listed()).toEqual([DESK.name, RETURN.name, CLINIC.name]));
    expect(document.activeElement).toBe(button('directory-close'));
    await fireEvent.click(button('directory-close'));
    expect(screen.queryByTestId('home-directory')).toBeNull();
    expect(screen.getByTestId('home-workspace').hidden).toBe(false);
    expect(document.activeElement).toBe(button('directory-open'));
    expect(text('directory-open')).toBe(message('en', 'directory-open'));
  });

  it('sends every filter of the search, and lists what the back end found', async () => {
    const { calls } = await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    expect(lastFilter(calls)).toEqual({ text: '', pathway: null, kind: null, language: null, town: null, anonymousOnly: false });

    await type('directory-search', ' desk ');
    await waitFor(() => expect(listed()).toEqual([DESK.name, RETURN.name]));
    await fireEvent.change(screen.getByTestId('directory-filter-pathway'), { target: { value: 'legalise' } });
    await fireEvent.change(screen.getByTestId('directory-filter-kind'), { target: { value: 'legal_aid' } });
    await type('directory-filter-language', 'ar');
    await type('directory-filter-town', 'gent');
    await fireEvent.click(screen.getByTestId('directory-filter-anonymous'));
    await waitFor(() =>
      expect(lastFilter(calls)).toEqual({
        text: 'desk',
        pathway: 'legalise',
        kind: 'legal_aid',
        language: 'ar',
        town: 'gent',
        anonymousOnly: true,
      }),
    );
    await waitFor(() => expect(listed()).toEqual([DESK.name]));

    await type('directory-filter-language', 'ti');
    await waitFor(() => expect(screen.getByTestId('directory-empty').textContent?.trim()).toBe(message('en', 'directory-empty-search')));
    expect(listed()).toEqual([]);
  });

  it('waits for a pause in typing before it searches', async () => {
    const { calls } = await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    const before = count(calls, 'directory_search');
    for (const typed of ['c', 'cl', 'cli', 'clin']) await type('directory-search', typed);
    await waitFor(() => expect(listed()).toEqual([CLINIC.name]));
    expect(count(calls, 'directory_search')).toBe(before + 1);
  });

  it('shows each place with its kind, town, languages and pathways, the badge and the outdated flag', async () => {
    await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    const desk = entry(DESK.name);
    expect(desk.textContent).toContain(message('en', 'directory-kind-legal-aid'));
    expect(desk.textContent).toContain('Gent');
    expect(within(desk).getByTestId('directory-entry-languages').textContent).toBe('Dutch, Arabic');
    expect(within(desk).getByTestId('directory-entry-pathways').textContent).toBe(
      `${message('en', 'clients-pathway-legalise')}, ${message('en', 'clients-pathway-undocumented')}`,
    );
    expect(within(desk).getByTestId('directory-anonymous-badge').textContent).toBe(message('en', 'directory-anonymous-badge'));
    expect(within(desk).queryByTestId('directory-outdated')).toBeNull();
    // The counsellor's note is for her, not for the list.
    expect(desk.textContent).not.toContain(DESK.note);

    const clinic = entry(CLINIC.name);
    expect(clinic.textContent).toContain(message('en', 'directory-kind-medical'));
    expect(within(clinic).queryByTestId('directory-anonymous-badge')).toBeNull();
    expect(within(clinic).getByTestId('directory-outdated').textContent?.trim()).toBe(message('en', 'directory-outdated-never'));
    expect(within(entry(RETURN.name)).getByTestId('directory-outdated').textContent?.trim()).toBe(
      message('en', 'directory-outdated', { date: formatDate('2023-01-10', 'en') }),
    );
  });

  it('asks to narrow the search when there are more places than shown', async () => {
    const { model } = await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    expect(screen.queryByTestId('directory-more')).toBeNull();
    model.more = true;
    await type('directory-search', 'e');
    await waitFor(() => expect(text('directory-more')).toBe(message('en', 'directory-more')));
  });

  it('says when the directory is empty', async () => {
    await openDirectory([]);
    expect((await screen.findByTestId('directory-empty')).textContent?.trim()).toBe(message('en', 'directory-empty-none'));
  });

  it('deletes a place only after asking', async () => {
    const { calls } = await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    await fireEvent.click(within(entry(CLINIC.name)).getByTestId('directory-delete'));
    const dialog = screen.getByTestId('directory-delete-confirm');
    expect(dialog.textContent).toContain(CLINIC.name);
    expect(dialog.textContent).toContain(message('en', 'directory-delete-warning'));
    await fireEvent.click(button('directory-delete-no'));
    expect(screen.queryByTestId('directory-delete-confirm')).toBeNull();
    expect(count(calls, 'delete_directory_entry')).toBe(0);

    await fireEvent.click(within(entry(CLINIC.name)).getByTestId('directory-delete'));
    await fireEvent.click(button('directory-delete-yes'));
    await waitFor(() => expect(listed()).toEqual([DESK.name, RETURN.name]));
    expect(argsOf(calls, 'delete_directory_entry')).toEqual([{ id: CLINIC.id }]);
  });

  it('in presentation-safe mode keeps the places and their slips, not the tools', async () => {
    await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    expect(screen.getByTestId('directory-add')).toBeTruthy();
    presentation.set(true);
    await waitFor(() => expect(screen.queryByTestId('directory-add')).toBeNull());
    expect(screen.queryByTestId('directory-import')).toBeNull();
    expect(screen.queryByTestId('directory-export-csv')).toBeNull();
    expect(screen.queryAllByTestId('directory-edit')).toHaveLength(0);
    expect(screen.queryAllByTestId('directory-delete')).toHaveLength(0);
    expect(screen.getAllByTestId('directory-slip')).toHaveLength(3);
    expect(input('directory-search')).toBeTruthy();
  });
});
