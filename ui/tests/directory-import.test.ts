// Sharing the directory: an import shows what it will do first and writes only when confirmed
// (bad rows by line, with the field's label or the line they repeat), cancelling writes nothing;
// an export names the file it saved; the organisation's starting directory is offered once.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryImportDto } from '../src/ipc/generated/directory';
import { argsOf, button, count, failure, loadHomeChunk, text } from './backend';
import { DESK, listed, openDirectory, service } from './directory-fixtures';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

const FILE = '/media/stick/colleague-directory.csv';

const PREVIEW: DirectoryImportDto = {
  added: ['Night shelter Antwerp', 'Language café'],
  changed: [DESK.name],
  unchanged: 4,
  keptNewer: [{ line: 7, name: 'Street clinic Liège' }],
  bad: [
    { line: 3, field: 'kind', duplicateOf: null },
    { line: 9, field: null, duplicateOf: 5 },
    { line: 12, field: 'checked_on', duplicateOf: null },
  ],
  ignoredColumns: ['email', 'website'],
  applied: false,
};

const NEW_PLACE = service(50, 'Night shelter Antwerp', { kind: 'shelter', town: 'Antwerpen' });

/** The directory with an import that previews PREVIEW and, on confirm, adds NEW_PLACE. */
async function withImport(overrides: Record<string, () => unknown> = {}) {
  let opened: Awaited<ReturnType<typeof openDirectory>> | null = null;
  opened = await openDirectory(undefined, {
    choose_directory_file: () => ({ path: FILE }),
    preview_directory_import: () => PREVIEW,
    import_directory: () => {
      opened?.model.entries.push(NEW_PLACE);
      return { ...PREVIEW, applied: true };
    },
    ...overrides,
  });
  await waitFor(() => expect(listed()).toHaveLength(3));
  return opened;
}

const writes = (calls: Parameters<typeof count>[0]) => count(calls, 'import_directory') + count(calls, 'answer_directory_offer');

describe('importing a directory file', () => {
  it('shows what the file will do before anything is written, bad rows by line and why', async () => {
    const { calls } = await withImport();
    await fireEvent.click(button('directory-import'));
    const preview = await screen.findByTestId('directory-import-preview');
    expect(argsOf(calls, 'preview_directory_import')).toEqual([{ file: FILE }]);
    expect(writes(calls)).toBe(0);

    expect(preview.querySelector('h4')?.textContent).toBe(message('en', 'directory-import-preview-heading', { file: 'colleague-directory.csv' }));
    const added = within(preview).getByTestId('directory-import-added');
    expect(added.querySelector('h5')?.textContent).toBe(message('en', 'directory-import-preview-add', { count: 2 }));
    expect(Array.from(added.querySelectorAll('li'), (li) => li.textContent)).toEqual(PREVIEW.added);
    expect(within(preview).getByTestId('directory-import-changed').textContent).toContain(DESK.name);
    expect(text('directory-import-unchanged')).toBe(message('en', 'directory-import-same', { count: 4 }));
    expect(within(preview).getByTestId('directory-import-kept').textContent).toContain(
      message('en', 'directory-import-kept-line', { line: 7, name: 'Street clinic Liège' }),
    );
    expect(screen.getAllByTestId('directory-import-bad-row').map((row) => row.textContent)).toEqual([
      message('en', 'directory-import-bad-field', { line: 3, field: message('en', 'directory-field-kind') }),
      message('en', 'directory-import-bad-duplicate', { line: 9, first: 5 }),
      message('en', 'directory-import-bad-field', { line: 12, field: message('en', 'directory-field-checked-on') }),
    ]);
    expect(text('directory-import-ignored')).toBe(message('en', 'directory-import-ignored', { columns: 'email, website' }));
    // Nothing new in the list yet.
    expect(listed()).not.toContain(NEW_PLACE.name);
  });

  it('cancelling writes nothing', async () => {
    const { calls } = await withImport();
    await fireEvent.click(button('directory-import'));
    await screen.findByTestId('directory-import-preview');
    await fireEvent.click(button('directory-import-cancel'));
    expect(screen.queryByTestId('directory-import-preview')).toBeNull();
    expect(writes(calls)).toBe(0);
    expect(document.activeElement).toBe(button('directory-import'));
  });

  it('imports on confirm, then reports what it did and lists the new places', async () => {
    const { calls } = await withImport();
    await fireEvent.click(button('directory-import'));
    await screen.findByTestId('directory-import-preview');
    await fireEvent.click(button('directory-import-confirm'));
    const done = await screen.findByTestId('directory-import-done');
    expect(argsOf(calls, 'import_directory')).toEqual([{ file: FILE }]);
    expect(done.textContent).toContain(message('en', 'directory-import-done-add', { count: 2 }));
    expect(done.textContent).toContain(message('en', 'directory-import-bad-duplicate', { line: 9, first: 5 }));
    await waitFor(() => expect(listed()).toContain(NEW_PLACE.name));
    await fireEvent.click(button('directory-import-close'));
    expect(screen.queryByTestId('directory-import-done')).toBeNull();
  });

  it('a cancelled chooser reads nothing', async () => {
    const { calls } = await withImport({ choose_directory_file: () => ({ path: null }) });
    await fireEvent.click(button('directory-import'));
    await waitFor(() => expect(count(calls, 'choose_directory_file')).toBe(1));
    expect(count(calls, 'preview_directory_import')).toBe(0);
    expect(screen.queryByTestId('directory-import-preview')).toBeNull();
  });

  it('a file that cannot be imported is explained, and nothing is written', async () => {
    const { calls } = await withImport({
      preview_directory_import: () => failure('error-directory-file-missing-column', 'directory_file_missing_column', { column: 'name' }),
    });
    await fireEvent.click(button('directory-import'));
    const error = await screen.findByTestId('directory-error');
    expect(error.textContent).toBe(message('en', 'error-directory-file-missing-column', { column: 'name' }));
    expect(screen.queryByTestId('directory-import-preview')).toBeNull();
    expect(writes(calls)).toBe(0);
  });
});

describe('exporting the directory', () => {
  it('saves as CSV or TOML and names the file, which holds no client data', async () => {
    const { calls } = await withImport({ export_directory: () => ({ path: '/media/stick/avenir-directory.toml' }) });
    await fireEvent.click(button('directory-export-toml'));
    const saved = await screen.findByTestId('directory-exported');
    expect(argsOf(calls, 'export_directory')).toEqual([{ format: 'toml' }]);
    expect(saved.textContent).toContain(message('en', 'directory-exported', { file: 'avenir-directory.toml' }));
    expect(saved.textContent).toContain(message('en', 'directory-export-no-clients'));
    await fireEvent.click(button('directory-export-csv'));
    await waitFor(() => expect(argsOf(calls, 'export_directory')).toEqual([{ format: 'toml' }, { format: 'csv' }]));
  });

  it('says nothing when the chooser was cancelled', async () => {
    const { calls } = await withImport({ export_directory: () => ({ path: null }) });
    await fireEvent.click(button('directory-export-csv'));
    await waitFor(() => expect(count(calls, 'export_directory')).toBe(1));
    expect(screen.queryByTestId('directory-exported')).toBeNull();
    expect(screen.queryByTestId('directory-error')).toBeNull();
  });
});

describe('the starting directory of the organisation', () => {
  const offered = { directory_offer: () => ({ file: '/home/avenir/content/directory.csv' }) };

  it('is not offered when the back end has none', async () => {
    const { calls } = await openDirectory([]);
    await waitFor(() => expect(count(calls, 'directory_offer')).toBe(1));
    expect(screen.queryByTestId('directory-offer')).toBeNull();
  });

  it('is imported when the counsellor says yes, with a report', async () => {
    const { calls } = await openDirectory([], {
      ...offered,
      answer_directory_offer: () => ({ ...PREVIEW, bad: [], keptNewer: [], applied: true }),
    });
    const offer = await screen.findByTestId('directory-offer');
    expect(offer.textContent).toContain(message('en', 'directory-offer-text', { file: 'directory.csv' }));
    expect(writes(calls)).toBe(0);
    await fireEvent.click(button('directory-offer-import'));
    const done = await screen.findByTestId('directory-import-done');
    expect(argsOf(calls, 'answer_directory_offer')).toEqual([{ apply: true }]);
    expect(done.textContent).toContain('Night shelter Antwerp');
    expect(screen.queryByTestId('directory-offer')).toBeNull();
  });

  it('is declined, and goes', async () => {
    const { calls } = await openDirectory([], { ...offered, answer_directory_offer: () => null });
    await fireEvent.click(await screen.findByTestId('directory-offer-decline'));
    await waitFor(() => expect(screen.queryByTestId('directory-offer')).toBeNull());
    expect(argsOf(calls, 'answer_directory_offer')).toEqual([{ apply: false }]);
    expect(screen.queryByTestId('directory-import-done')).toBeNull();
  });
});
