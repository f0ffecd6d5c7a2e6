// Adding and editing a place of the directory: what the form sends, that the list shows the place
// afterwards, the date of the last check ("today"), and a refused value explained with the
// field's own label (the typed text kept).
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../src/lib/dates';
import { argsOf, button, count, dateValue, enterDate, failure, input, loadHomeChunk, text } from './backend';
import { CLINIC, DESK, listed, openDirectory, RETURN, type } from './directory-fixtures';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

async function openForm(extra = {}) {
  const opened = await openDirectory(undefined, extra);
  await waitFor(() => expect(listed()).toHaveLength(3));
  await fireEvent.click(button('directory-add'));
  await screen.findByTestId('directory-form');
  return opened;
}

describe('the directory form', () => {
  it('adds a place with everything typed, then lists it', async () => {
    const { calls } = await openForm();
    expect(text('directory-form-hint')).toBe(message('en', 'directory-form-hint'));
    await type('directory-name', '  Fictional clinic Al-Amal ');
    await fireEvent.change(screen.getByTestId('directory-kind'), { target: { value: 'medical' } });
    await fireEvent.click(screen.getByTestId('directory-pathway-undocumented'));
    await fireEvent.click(screen.getByTestId('directory-pathway-onward'));
    await type('directory-languages', 'ru, ar  ar');
    await type('directory-town', 'Liège');
    await type('directory-address', 'Example street 7\nLiège');
    await type('directory-hours', 'Mon 9:00-12:00');
    await type('directory-phone', '04 111 11 11');
    await fireEvent.click(screen.getByTestId('directory-anonymous'));
    await type('directory-bring', 'Nothing');
    await type('directory-note', 'Ask at the side door');
    await fireEvent.click(button('directory-checked-today'));
    expect(dateValue('directory-checked-on')).toBe(todayIso());
    await fireEvent.click(button('directory-save'));

    await waitFor(() => expect(screen.queryByTestId('directory-form')).toBeNull());
    expect(argsOf(calls, 'add_directory_entry')).toEqual([
      {
        entry: {
          name: 'Fictional clinic Al-Amal',
          kind: 'medical',
          pathways: ['undocumented', 'onward'],
          languages: ['ru', 'ar'],
          town: 'Liège',
          address: 'Example street 7\nLiège',
          hours: 'Mon 9:00-12:00',
          phone: '04 111 11 11',
          anonymous: true,
          bring: 'Nothing',
          note: 'Ask at the side door',
          checkedOn: todayIso(),
        },
      },
    ]);
    await waitFor(() => expect(listed()).toContain('Fictional clinic Al-Amal'));
  });

  it('edits a place, starting from what it holds', async () => {
    const { calls } = await openDirectory();
    await waitFor(() => expect(listed()).toHaveLength(3));
    const desk = screen.getAllByTestId('directory-entry').find((row) => row.textContent?.includes(DESK.name)) as HTMLElement;
    await fireEvent.click(within(desk).getByTestId('directory-edit'));
    await screen.findByTestId('directory-form');
    expect(input('directory-name').value).toBe(DESK.name);
    expect((screen.getByTestId('directory-kind') as HTMLSelectElement).value).toBe('legal_aid');
    expect(input('directory-pathway-legalise').checked).toBe(true);
    expect(input('directory-pathway-return').checked).toBe(false);
    expect(input('directory-languages').value).toBe('nl ar');
    expect((screen.getByTestId('directory-address') as HTMLTextAreaElement).value).toBe(DESK.address);
    expect(input('directory-anonymous').checked).toBe(true);
    expect(dateValue('directory-checked-on')).toBe('2025-02-01');

    await type('directory-hours', 'Tuesday and Thursday 9:00–12:00');
    await enterDate('directory-checked-on', '');
    await fireEvent.click(button('directory-save'));
    await waitFor(() => expect(screen.queryByTestId('directory-form')).toBeNull());
    const [args] = argsOf(calls, 'update_directory_entry') as [{ id: number; entry: Record<string, unknown> }];
    expect(args.id).toBe(DESK.id);
    expect(args.entry).toMatchObject({ name: DESK.name, hours: 'Tuesday and Thursday 9:00–12:00', checkedOn: null, languages: ['nl', 'ar'] });
    expect(count(calls, 'add_directory_entry')).toBe(0);
  });

  it('names a refused field by its label, marks it, and keeps what was typed', async () => {
    const { calls } = await openForm({
      add_directory_entry: () => failure('error-field-invalid', 'field_invalid', { field: 'languages' }),
    });
    await type('directory-name', 'Somewhere');
    await type('directory-languages', 'not a tag!');
    await fireEvent.click(button('directory-save'));
    const error = await screen.findByTestId('directory-error');
    expect(error.textContent).toBe(message('en', 'error-field-invalid', { field: message('en', 'directory-field-languages') }));
    expect(error.textContent).not.toContain('(languages)');
    expect(input('directory-languages').getAttribute('aria-invalid')).toBe('true');
    expect(input('directory-name').getAttribute('aria-invalid')).toBe('false');
    expect(input('directory-languages').value).toBe('not a tag!');
    expect(screen.getByTestId('directory-form')).toBeTruthy();
    expect(count(calls, 'add_directory_entry')).toBe(1);
  });

  it('says when the place is already in the directory, in the language of the app', async () => {
    await openForm({ add_directory_entry: () => failure('error-directory-taken') });
    await type('directory-name', CLINIC.name);
    await fireEvent.click(button('directory-save'));
    expect((await screen.findByTestId('directory-error')).textContent).toBe(message('en', 'error-directory-taken'));
    expect(input('directory-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('cancel closes the form without saving anything', async () => {
    const { calls } = await openForm();
    await type('directory-name', RETURN.name);
    await fireEvent.click(button('directory-form-cancel'));
    expect(screen.queryByTestId('directory-form')).toBeNull();
    expect(count(calls, 'add_directory_entry')).toBe(0);
    expect(listed()).toHaveLength(3);
    expect(document.activeElement).toBe(button('directory-add'));
  });
});
