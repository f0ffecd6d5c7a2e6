// The album screen: pages and thumbnails, importing photos one file at a time,
// editing, moving and erasing pages and photos, presentation-safe mode.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { presentation } from '../src/lib/presentation.svelte';
import type { Handler } from './backend';
import { argsOf, count, failure, text } from './backend';
import {
  ARABIC_CAPTION,
  albumCommands,
  albumHandlers,
  albumModel,
  CLIENT,
  deferred,
  imageFile,
  page,
  photo,
  renderAlbum,
  sampleAlbum,
  sources,
} from './album-fixtures';
import { message } from './fixtures';

const byTest = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId(id) as T;
const pageIds = () => Array.from(document.querySelectorAll('li[data-testid^="album-page-"]'), (li) => li.getAttribute('data-testid'));
const fileInput = () => byTest<HTMLInputElement>('album-file-input');

async function choose(files: File[]): Promise<void> {
  await fireEvent.change(fileInput(), { target: { files } });
}

/** import_photo held until the test lets each call go. */
function heldImports(model: ReturnType<typeof albumModel>, fail: number[] = []) {
  const base = albumHandlers(model);
  const gates = [deferred<void>(), deferred<void>(), deferred<void>()];
  let n = 0;
  const handler: Handler = async (cmd, args) => {
    const mine = n++;
    await gates[mine]?.promise;
    if (fail.includes(mine)) failure('error-vault-io');
    return base.import_photo?.(cmd, args);
  };
  return { gates, handler };
}

describe('the album', () => {
  it('shows the pages in order with their kind, thumbnails, caption and message', async () => {
    const { calls } = await renderAlbum({ personLocale: 'ar' });
    expect(argsOf(calls, 'album')).toEqual([{ clientId: CLIENT }]);
    expect(pageIds()).toEqual(['album-page-7', 'album-page-8', 'album-page-9']);

    const friends = byTest('album-page-7');
    expect(within(friends).getByTestId('album-page-category').textContent?.trim()).toBe(message('en', 'album-category-people'));
    const thumbs = Array.from(friends.querySelectorAll('img'));
    expect(thumbs.map((img) => img.getAttribute('src'))).toEqual(['avenir-media://localhost/thumb/1', 'avenir-media://localhost/thumb/2']);
    // Width and height of the small picture: no layout shift while it loads.
    expect([thumbs[0]?.getAttribute('width'), thumbs[0]?.getAttribute('height')]).toEqual(['360', '270']);
    expect([thumbs[1]?.getAttribute('width'), thumbs[1]?.getAttribute('height')]).toEqual(['270', '360']);
    expect(thumbs[0]?.getAttribute('alt')).toBe('My friends from the Dutch class');
    const caption = within(friends).getByTestId('album-page-caption');
    expect(caption.textContent).toBe('My friends from the Dutch class');
    expect(caption.getAttribute('dir')).toBe('auto');
    expect(caption.getAttribute('lang')).toBe('ar');
    const note = within(friends).getByTestId('album-page-message');
    expect(note.textContent).toContain(message('en', 'album-message-from', { from: 'Amina' }));
    expect(note.querySelector('[dir="auto"]')?.textContent).toBe('You taught us to cook injera. We will miss you.');

    const garden = byTest('album-page-8');
    expect(within(garden).getByTestId('album-page-caption').textContent).toBe(ARABIC_CAPTION);
    expect(within(garden).getByTestId('album-page-category').textContent?.trim()).toBe(message('en', 'album-category-places'));
    expect(byTest('album-page-9').querySelector('img')).toBeNull();
    expect(byTest('album-page-9').textContent).toContain('Certificate: forklift driving');

    // The photo on no page is offered to be put on a page or erased.
    expect(within(byTest('album-loose')).getByRole('img').getAttribute('src')).toBe('avenir-media://localhost/thumb/4');

    // Photos only through the app's own protocol: never data: or blob: addresses.
    const all = sources();
    expect(all.length).toBe(4);
    for (const src of all) expect(src).toMatch(/^avenir-media:\/\/localhost\/thumb\/\d+$/);
    expect(document.body.innerHTML).not.toMatch(/data:|blob:/);
  });

  it('gives photos of a page without caption a translated “photo n of the page”', async () => {
    const model = albumModel({ clientId: CLIENT, photos: [photo(1), photo(2)], pages: [page(5, 0, { photos: [1, 2] })] });
    await renderAlbum({ model });
    const alts = Array.from(byTest('album-page-5').querySelectorAll('img'), (img) => img.getAttribute('alt'));
    expect(alts).toEqual([message('en', 'album-photo-alt', { n: 1, count: 2 }), message('en', 'album-photo-alt', { n: 2, count: 2 })]);
    expect(within(byTest('album-page-5')).getByTestId('album-page-category').textContent?.trim()).toBe(
      message('en', 'album-category-moments'),
    );
  });

  it('says when the album is empty', async () => {
    await renderAlbum({ model: albumModel({ clientId: CLIENT, pages: [], photos: [] }) });
    expect(text('album-empty')).toBe(message('en', 'album-empty'));
    expect(screen.queryByTestId('album-loose')).toBeNull();
  });

  it('keeps the file chooser in the DOM, visually hidden but not display:none, for photos only', async () => {
    await renderAlbum();
    const input = fileInput();
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('image/jpeg,image/png,image/webp,image/heic,.heic');
    expect(input.hidden).toBe(false);
    expect(input.closest('[hidden]')).toBeNull();
    expect(input.className).toContain('visually-hidden');
  });
});

describe('importing photos', () => {
  it('imports 3 files one after the other, each its own page, showing “n of N”', async () => {
    const model = albumModel();
    const held = heldImports(model);
    const { calls } = await renderAlbum({ model, extra: { import_photo: held.handler } });
    await choose([imageFile([1, 2, 3]), imageFile([4, 5], 'second.png', 'image/png'), imageFile([6], 'third.heic', '')]);

    await waitFor(() => expect(text('album-import-progress')).toBe(message('en', 'album-import-progress', { n: 1, total: 3 })));
    expect(byTest('album-import-progress').getAttribute('role')).toBe('status');
    // Sequential: the second file waits for the first.
    expect(count(calls, 'import_photo')).toBe(1);
    held.gates[0]?.resolve();
    await waitFor(() => expect(text('album-import-progress')).toBe(message('en', 'album-import-progress', { n: 2, total: 3 })));
    expect(albumCommands(calls)).toEqual(['import_photo', 'add_album_page', 'import_photo']);
    held.gates[1]?.resolve();
    await waitFor(() => expect(text('album-import-progress')).toBe(message('en', 'album-import-progress', { n: 3, total: 3 })));
    held.gates[2]?.resolve();
    await waitFor(() => expect(screen.queryByTestId('album-import-progress')).toBeNull());

    expect(albumCommands(calls)).toEqual(['import_photo', 'add_album_page', 'import_photo', 'add_album_page', 'import_photo', 'add_album_page']);
    // The raw bytes of each file, as the body of the command.
    expect(model.imported.map((bytes) => Array.from(bytes))).toEqual([[1, 2, 3], [4, 5], [6]]);
    expect(model.imported.every((bytes) => bytes instanceof Uint8Array)).toBe(true);
    // Each photo a new page: a moment, no caption, no message.
    expect(argsOf(calls, 'add_album_page')).toEqual([
      { clientId: CLIENT, page: { category: 'moments', caption: '', message: null, photos: [100] } },
      { clientId: CLIENT, page: { category: 'moments', caption: '', message: null, photos: [102] } },
      { clientId: CLIENT, page: { category: 'moments', caption: '', message: null, photos: [104] } },
    ]);
    expect(pageIds()).toEqual(['album-page-7', 'album-page-8', 'album-page-9', 'album-page-101', 'album-page-103', 'album-page-105']);
    expect(byTest('album-page-101').querySelector('img')?.getAttribute('src')).toBe('avenir-media://localhost/thumb/100');
    expect(text('album-import-summary')).toBe(message('en', 'album-import-done', { count: 3 }));
    // The file names are never shown nor kept.
    expect(document.body.textContent).not.toMatch(/IMG_|Amina-at-home|second\.png|third\.heic/);
    expect(document.body.innerHTML).not.toMatch(/IMG_|data:|blob:/);
    expect(fileInput().value).toBe('');
  });

  it('Cancel stops before the next file; the photos already imported stay', async () => {
    const model = albumModel();
    const held = heldImports(model);
    const { calls } = await renderAlbum({ model, extra: { import_photo: held.handler } });
    await choose([imageFile([1]), imageFile([2]), imageFile([3])]);
    await waitFor(() => expect(text('album-import-progress')).toBe(message('en', 'album-import-progress', { n: 1, total: 3 })));
    await fireEvent.click(byTest('album-import-cancel'));
    held.gates[0]?.resolve();
    await waitFor(() => expect(screen.queryByTestId('album-import-progress')).toBeNull());
    expect(albumCommands(calls)).toEqual(['import_photo', 'add_album_page']);
    expect(pageIds()).toContain('album-page-101');
    expect(text('album-import-summary')).toBe(message('en', 'album-import-stopped', { count: 1, total: 3 }));
  });

  it('lists a failing file with its translated error and goes on with the others', async () => {
    const model = albumModel();
    const held = heldImports(model, [1]);
    for (const gate of held.gates) gate.resolve();
    const { calls } = await renderAlbum({ model, extra: { import_photo: held.handler } });
    await choose([imageFile([1]), imageFile([2]), imageFile([3]), imageFile([4], 'notes.txt', 'text/plain')]);
    await waitFor(() => expect(screen.queryByTestId('album-import-progress')).toBeNull());

    expect(count(calls, 'import_photo')).toBe(3);
    expect(count(calls, 'add_album_page')).toBe(2);
    const errors = byTest('album-import-errors');
    expect(errors.getAttribute('role')).toBe('alert');
    expect(text('album-import-error-2')).toBe(
      message('en', 'album-import-error', { n: 2, total: 4, error: message('en', 'error-vault-io') }),
    );
    // Not a photo: refused before its bytes are read or sent.
    expect(text('album-import-error-4')).toBe(
      message('en', 'album-import-error', { n: 4, total: 4, error: message('en', 'album-import-not-photo') }),
    );
    expect(errors.querySelectorAll('li')).toHaveLength(2);
    expect(errors.textContent).not.toContain('notes.txt');
    expect(text('album-import-summary')).toBe(message('en', 'album-import-done', { count: 2 }));
  });

  it('imports photos dropped on the album, with a drop zone while dragging', async () => {
    const { calls } = await renderAlbum();
    const view = byTest('album-view');
    await fireEvent.dragOver(view, { dataTransfer: { types: ['Files'], files: [] } });
    expect(text('album-drop-zone')).toBe(message('en', 'album-drop-here'));
    await fireEvent.drop(view, { dataTransfer: { types: ['Files'], files: [imageFile([9, 9]), imageFile([8])] } });
    expect(screen.queryByTestId('album-drop-zone')).toBeNull();
    await waitFor(() => expect(count(calls, 'add_album_page')).toBe(2));
    expect(albumCommands(calls)).toEqual(['import_photo', 'add_album_page', 'import_photo', 'add_album_page']);
  });

  it('keeps files dropped elsewhere in the window from being opened in place of the app', async () => {
    const { calls } = await renderAlbum();
    const outside = document.createElement('div');
    document.body.append(outside);
    const files = { types: ['Files'], files: [imageFile([1])] };
    expect(await fireEvent.dragOver(outside, { dataTransfer: files })).toBe(false);
    expect(await fireEvent.drop(outside, { dataTransfer: files })).toBe(false);
    expect(count(calls, 'import_photo')).toBe(0);
    outside.remove();
  });

  it('puts photos chosen while a page is edited on that page (at most 6), saved with the page', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-page-edit-8'));
    await fireEvent.click(byTest('album-editor-add-photos'));
    const files = [1, 2, 3, 4, 5, 6].map((n) => imageFile([n]));
    await choose(files);
    await waitFor(() => expect(screen.queryByTestId('album-import-progress')).toBeNull());
    // Page 8 had one photo: room for five; the sixth file is left out and said so.
    expect(count(calls, 'import_photo')).toBe(5);
    expect(count(calls, 'add_album_page')).toBe(0);
    expect(text('album-import-left-out')).toBe(message('en', 'album-import-left-out', { count: 1, max: 6 }));
    expect(Array.from(byTest('album-page-editor').querySelectorAll('[data-testid^="album-editor-photo-"]'), (li) => li.getAttribute('data-testid'))).toEqual([
      'album-editor-photo-3',
      'album-editor-photo-100',
      'album-editor-photo-101',
      'album-editor-photo-102',
      'album-editor-photo-103',
      'album-editor-photo-104',
    ]);
    expect(byTest('album-page-editor').textContent).toContain(message('en', 'album-editor-full', { max: 6 }));
    await fireEvent.click(byTest('album-page-save'));
    await waitFor(() => expect(count(calls, 'update_album_page')).toBe(1));
    expect(argsOf(calls, 'update_album_page')[0]).toEqual({
      pageId: 8,
      page: { category: 'places', caption: ARABIC_CAPTION, message: null, photos: [3, 100, 101, 102, 103, 104] },
    });
  });
});

describe('editing pages', () => {
  it('saves the kind, caption, message and photo order with update_album_page', async () => {
    const { calls } = await renderAlbum({ personLocale: 'fr' });
    await fireEvent.click(byTest('album-page-edit-7'));
    const editor = byTest('album-page-editor');
    expect(editor.closest('li')?.getAttribute('data-testid')).toBe('album-page-7');
    const caption = byTest<HTMLTextAreaElement>('album-caption-input');
    expect(caption.value).toBe('My friends from the Dutch class');
    for (const id of ['album-caption-input', 'album-message-from-input', 'album-message-text-input']) {
      expect(byTest(id).getAttribute('dir'), id).toBe('auto');
      expect(byTest(id).getAttribute('lang'), id).toBe('fr');
    }
    const select = byTest<HTMLSelectElement>('album-category-select');
    expect(select.value).toBe('people');
    expect(Array.from(select.options, (o) => o.value)).toEqual(['people', 'places', 'work', 'learning', 'skills', 'moments']);
    expect(Array.from(select.options, (o) => o.textContent?.trim())).toContain(message('en', 'album-category-learning'));

    await fireEvent.change(select, { target: { value: 'work' } });
    await fireEvent.input(caption, { target: { value: '  Mes amis du cours  ' } });
    await fireEvent.input(byTest('album-message-from-input'), { target: { value: 'Yonas' } });
    await fireEvent.input(byTest('album-message-text-input'), { target: { value: 'Bonne route, mon frère.' } });
    await fireEvent.click(byTest('album-photo-earlier-2'));
    expect(document.activeElement).toBe(byTest('album-photo-later-2'));
    await fireEvent.click(byTest('album-page-save'));

    await waitFor(() => expect(screen.queryByTestId('album-page-editor')).toBeNull());
    expect(argsOf(calls, 'update_album_page')).toEqual([
      {
        pageId: 7,
        page: { category: 'work', caption: 'Mes amis du cours', message: { from: 'Yonas', text: 'Bonne route, mon frère.' }, photos: [2, 1] },
      },
    ]);
    const shown = byTest('album-page-7');
    expect(within(shown).getByTestId('album-page-caption').textContent).toBe('Mes amis du cours');
    expect(within(shown).getByTestId('album-page-category').textContent?.trim()).toBe(message('en', 'album-category-work'));
    expect(Array.from(shown.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual([
      'avenir-media://localhost/thumb/2',
      'avenir-media://localhost/thumb/1',
    ]);
    expect(document.activeElement).toBe(byTest('album-page-edit-7'));
  });

  it('takes a photo off a page and drops an emptied message', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-page-edit-7'));
    await fireEvent.click(byTest('album-photo-remove-1'));
    await fireEvent.input(byTest('album-message-from-input'), { target: { value: ' ' } });
    await fireEvent.input(byTest('album-message-text-input'), { target: { value: '' } });
    await fireEvent.click(byTest('album-page-save'));
    await waitFor(() => expect(count(calls, 'update_album_page')).toBe(1));
    expect(argsOf(calls, 'update_album_page')[0]).toEqual({
      pageId: 7,
      page: { category: 'people', caption: 'My friends from the Dutch class', message: null, photos: [2] },
    });
    // Photo 1 is now on no page: it is offered there.
    expect(screen.getByTestId('album-loose-1')).toBeTruthy();
  });

  it('cancels an edit without saving', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-page-edit-8'));
    await fireEvent.input(byTest('album-caption-input'), { target: { value: 'Changed' } });
    await fireEvent.click(byTest('album-page-cancel'));
    expect(screen.queryByTestId('album-page-editor')).toBeNull();
    expect(within(byTest('album-page-8')).getByTestId('album-page-caption').textContent).toBe(ARABIC_CAPTION);
    expect(count(calls, 'update_album_page')).toBe(0);
  });

  it('adds a page without photos', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-add-text-page'));
    await fireEvent.input(byTest('album-caption-input'), { target: { value: 'شهادة في الطبخ' } });
    await fireEvent.click(byTest('album-page-save'));
    await waitFor(() => expect(count(calls, 'add_album_page')).toBe(1));
    expect(argsOf(calls, 'add_album_page')[0]).toEqual({
      clientId: CLIENT,
      page: { category: 'skills', caption: 'شهادة في الطبخ', message: null, photos: [] },
    });
    await waitFor(() => expect(pageIds()).toEqual(['album-page-7', 'album-page-8', 'album-page-9', 'album-page-100']));
    expect(within(byTest('album-page-100')).getByTestId('album-page-caption').getAttribute('dir')).toBe('auto');
  });

  it('shows a save error translated and keeps the draft', async () => {
    await renderAlbum({ extra: { update_album_page: () => failure('error-vault-io') } });
    await fireEvent.click(byTest('album-page-edit-9'));
    await fireEvent.input(byTest('album-caption-input'), { target: { value: 'Kept' } });
    await fireEvent.click(byTest('album-page-save'));
    await waitFor(() => expect(text('album-page-error')).toBe(message('en', 'error-vault-io')));
    expect(byTest<HTMLTextAreaElement>('album-caption-input').value).toBe('Kept');
  });

  it('moves pages up and down with move_album_page, keeping the keyboard on the page', async () => {
    const { calls } = await renderAlbum();
    expect(byTest<HTMLButtonElement>('album-page-up-7').disabled).toBe(true);
    expect(byTest<HTMLButtonElement>('album-page-down-9').disabled).toBe(true);
    expect(byTest('album-page-up-8').getAttribute('aria-label')).toBe(message('en', 'album-page-up'));

    await fireEvent.click(byTest('album-page-down-7'));
    await waitFor(() => expect(pageIds()).toEqual(['album-page-8', 'album-page-7', 'album-page-9']));
    expect(argsOf(calls, 'move_album_page')).toEqual([{ pageId: 7, position: 1 }]);
    expect(document.activeElement).toBe(byTest('album-page-down-7'));

    await fireEvent.click(byTest('album-page-up-9'));
    await waitFor(() => expect(pageIds()).toEqual(['album-page-8', 'album-page-9', 'album-page-7']));
    expect(argsOf(calls, 'move_album_page').at(-1)).toEqual({ pageId: 9, position: 1 });

    await fireEvent.click(byTest('album-page-up-9'));
    await waitFor(() => expect(pageIds()).toEqual(['album-page-9', 'album-page-8', 'album-page-7']));
    // At the top the up arrow is disabled: the keyboard goes to the down arrow.
    expect(document.activeElement).toBe(byTest('album-page-down-9'));
  });
});

describe('erasing', () => {
  it('deletes a page only after a confirmation saying it is erased from the vault', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-page-delete-8'));
    const dialog = byTest('album-delete-dialog');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain(message('en', 'album-erase-page-warning'));
    expect(document.activeElement).toBe(byTest('album-delete-cancel'));
    await fireEvent.click(byTest('album-delete-cancel'));
    expect(screen.queryByTestId('album-delete-dialog')).toBeNull();
    expect(count(calls, 'delete_album_page')).toBe(0);

    await fireEvent.click(byTest('album-page-delete-8'));
    await fireEvent.keyDown(byTest('album-delete-dialog'), { key: 'Escape' });
    expect(screen.queryByTestId('album-delete-dialog')).toBeNull();

    await fireEvent.click(byTest('album-page-delete-8'));
    await fireEvent.click(byTest('album-delete-confirm'));
    await waitFor(() => expect(pageIds()).toEqual(['album-page-7', 'album-page-9']));
    expect(argsOf(calls, 'delete_album_page')).toEqual([{ pageId: 8 }]);
    // The album is read again: photo 3 (on no other page) went with it.
    expect(count(calls, 'album')).toBe(2);
    expect(sources()).not.toContain('avenir-media://localhost/thumb/3');
  });

  it('erases a photo from the vault after a confirmation', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-photo-delete-4'));
    expect(byTest('album-delete-dialog').textContent).toContain(message('en', 'album-erase-photo-warning'));
    expect(count(calls, 'delete_photo')).toBe(0);
    await fireEvent.click(byTest('album-delete-confirm'));
    await waitFor(() => expect(screen.queryByTestId('album-loose')).toBeNull());
    expect(argsOf(calls, 'delete_photo')).toEqual([{ photoId: 4 }]);
  });

  it('erases a photo from the page being edited', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-page-edit-7'));
    await fireEvent.click(byTest('album-photo-delete-2'));
    await fireEvent.click(byTest('album-delete-confirm'));
    await waitFor(() => expect(argsOf(calls, 'delete_photo')).toEqual([{ photoId: 2 }]));
    await waitFor(() => expect(screen.queryByTestId('album-editor-photo-2')).toBeNull());
    expect(screen.getByTestId('album-editor-photo-1')).toBeTruthy();
  });

  it('makes a page of a photo on no page', async () => {
    const { calls } = await renderAlbum();
    await fireEvent.click(byTest('album-loose-page-4'));
    await waitFor(() => expect(argsOf(calls, 'add_album_page')).toEqual([
      { clientId: CLIENT, page: { category: 'moments', caption: '', message: null, photos: [4] } },
    ]));
    await waitFor(() => expect(screen.queryByTestId('album-loose')).toBeNull());
  });
});

describe('presentation-safe mode', () => {
  it('shows the album without any control that edits, erases or imports', async () => {
    presentation.set(true);
    await renderAlbum();
    expect(pageIds()).toEqual(['album-page-7', 'album-page-8', 'album-page-9']);
    // Photos of people at risk are never painted while presenting: placeholders instead.
    expect(byTest('album-page-7').querySelectorAll('img')).toHaveLength(0);
    expect(byTest('album-page-7').querySelectorAll('[data-testid$="-hidden"]')).toHaveLength(2);
    expect(document.body.innerHTML).not.toContain('avenir-media:');
    for (const gone of [
      'album-add-photos',
      'album-add-text-page',
      'album-page-edit-7',
      'album-page-up-8',
      'album-page-down-8',
      'album-page-delete-8',
      'album-photo-delete-4',
      'album-loose',
    ]) {
      expect(screen.queryByTestId(gone), gone).toBeNull();
    }
    expect(fileInput().disabled).toBe(true);
    // Dropping files does nothing.
    await fireEvent.drop(byTest('album-view'), { dataTransfer: { types: ['Files'], files: [imageFile([1])] } });
    expect(screen.queryByTestId('album-import-progress')).toBeNull();
  });

  it('keeps a draft while presenting, and gives it back afterwards', async () => {
    const model = albumModel(sampleAlbum());
    await renderAlbum({ model });
    await fireEvent.click(byTest('album-page-edit-9'));
    await fireEvent.input(byTest('album-caption-input'), { target: { value: 'Half typed' } });
    presentation.set(true);
    flushSync();
    expect(screen.queryByTestId('album-page-editor')).toBeNull();
    expect(within(byTest('album-page-9')).getByTestId('album-page-caption').textContent).toBe('Certificate: forklift driving');
    presentation.set(false);
    flushSync();
    expect(byTest<HTMLTextAreaElement>('album-caption-input').value).toBe('Half typed');
  });
});
