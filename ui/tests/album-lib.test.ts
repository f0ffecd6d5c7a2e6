// The album's pure helpers and its commands as sent to the back end.
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import {
  addAlbumPage,
  album,
  deleteAlbumPage,
  deletePhoto,
  importPhoto,
  moveAlbumPage,
  saveBookletPdf,
  updateAlbumPage,
} from '../src/ipc';
import {
  bookletFields,
  bookletFileName,
  captionOf,
  cleanPageInput,
  loosePhotos,
  looksLikePhoto,
  pageInput,
  photosInOrder,
  photoUrl,
  thumbUrl,
  withPage,
} from '../src/lib/album';
import { page, sampleAlbum } from './album-fixtures';
import { ALL_KINDS, record } from './worksheets-fixtures';

describe('album helpers', () => {
  it('addresses photos only through avenir-media:', () => {
    expect(thumbUrl(12)).toBe('avenir-media://localhost/thumb/12');
    expect(photoUrl(12)).toBe('avenir-media://localhost/photo/12');
  });

  it('tells photos from other files, HEIC by its extension when it has no type', () => {
    expect(looksLikePhoto({ type: 'image/jpeg', name: 'a' })).toBe(true);
    expect(looksLikePhoto({ type: 'image/png', name: 'a' })).toBe(true);
    expect(looksLikePhoto({ type: 'image/webp', name: 'a' })).toBe(true);
    expect(looksLikePhoto({ type: 'image/heic', name: 'a' })).toBe(true);
    expect(looksLikePhoto({ type: '', name: 'IMG_1.HEIC' })).toBe(true);
    expect(looksLikePhoto({ type: 'text/plain', name: 'a.jpg' })).toBe(false);
    expect(looksLikePhoto({ type: 'image/svg+xml', name: 'a.svg' })).toBe(false);
    expect(looksLikePhoto({ type: '', name: 'notes' })).toBe(false);
  });

  it('cleans a draft: texts trimmed, an empty message is none, at most 6 photos', () => {
    expect(
      cleanPageInput({ category: 'work', caption: '  Hi ', message: { from: ' ', text: '' }, photos: [1, 2, 3, 4, 5, 6, 7] }),
    ).toEqual({ category: 'work', caption: 'Hi', message: null, photos: [1, 2, 3, 4, 5, 6] });
    expect(cleanPageInput({ category: 'people', caption: '', message: { from: '', text: ' Bravo ' }, photos: [] })).toEqual({
      category: 'people',
      caption: '',
      message: { from: '', text: 'Bravo' },
      photos: [],
    });
  });

  it('copies a page for editing without touching it', () => {
    const original = sampleAlbum().pages[0];
    if (!original) throw new Error('no page');
    const copy = pageInput(original);
    copy.photos.push(9);
    if (copy.message) copy.message.text = 'changed';
    expect(original.photos).toEqual([1, 2]);
    expect(original.message?.text).toBe('You taught us to cook injera. We will miss you.');
    expect(copy).not.toHaveProperty('id');
  });

  it('knows the photos on no page, the reading order and a photo’s caption', () => {
    const a = sampleAlbum();
    expect(loosePhotos(a).map((p) => p.id)).toEqual([4]);
    expect(photosInOrder({ ...a, photos: [...a.photos].reverse() }).map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(captionOf(a, 3)).toBe(a.pages[1]?.caption);
    expect(captionOf(a, 4)).toBe('');
  });

  it('adds or replaces a page in position order', () => {
    const a = sampleAlbum();
    expect(withPage(a, page(50, 3)).pages.map((p) => p.id)).toEqual([7, 8, 9, 50]);
    expect(withPage(a, page(8, 1, { caption: 'new' })).pages.map((p) => [p.id, p.caption])).toEqual([
      [7, 'My friends from the Dutch class'],
      [8, 'new'],
      [9, 'Certificate: forklift driving'],
    ]);
  });

  it('names the PDF by date only', () => {
    expect(bookletFileName(new Date(2025, 2, 9))).toBe('avenir-booklet-2025-03-09.pdf');
  });

  it('prints the latest non-empty answer of each field, scales as “n out of 10”, photos still in the album', () => {
    const t = (id: string, args?: Record<string, string | number>) => (args ? `${id}(${JSON.stringify(args)})` : `<${id}>`);
    const fields = bookletFields(
      ALL_KINDS,
      [
        record(1, '2025-01-01T10:00', 'story', { kind: 'text', value: 'old' }),
        record(2, '2025-02-01T10:00', 'story', { kind: 'text', value: 'new' }),
        record(2, '2025-02-01T10:00', 'place', { kind: 'text', value: '  ' }),
        record(2, '2025-02-01T10:00', 'mood', { kind: 'scale', value: 0 }),
        record(2, '2025-02-01T10:00', 'pick', { kind: 'choice', value: 'later' }),
        record(2, '2025-02-01T10:00', 'album', { kind: 'photos', value: [5, 1] }),
        // An answer that no longer fits its field is left out.
        record(2, '2025-02-01T10:00', 'steps', { kind: 'text', value: 'wrong kind' }),
        // Another exercise's answer is not this one's.
        record(2, '2025-02-01T10:00', 'story', { kind: 'text', value: 'elsewhere' }, 'other'),
      ],
      t,
      new Set([1, 2]),
    );
    expect(fields.map((f) => f.field.id)).toEqual(['story', 'pick', 'mood', 'album']);
    expect(fields[0]?.lines).toEqual([{ label: null, text: 'new' }]);
    expect(fields[1]?.lines).toEqual([{ label: null, text: '<ex-test-all-pick-later>' }]);
    expect(fields[2]?.lines).toEqual([{ label: null, text: 'booklet-scale-value({"value":0})' }]);
    expect(fields[3]).toMatchObject({ lines: [], photos: [1] });
  });
});

describe('album commands', () => {
  it('send the arguments of the contract', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      return cmd === 'save_booklet_pdf' ? { path: '/tmp/x.pdf' } : null;
    });
    const input = { category: 'people' as const, caption: 'c', message: null, photos: [1] };
    await album(3);
    await addAlbumPage(3, input);
    await updateAlbumPage(8, input);
    await moveAlbumPage(8, 0);
    await deleteAlbumPage(8);
    await deletePhoto(4);
    await expect(saveBookletPdf('a5', 'avenir-booklet-2025-03-09.pdf')).resolves.toEqual({ path: '/tmp/x.pdf' });
    expect(calls).toEqual([
      { cmd: 'album', args: { clientId: 3 } },
      { cmd: 'add_album_page', args: { clientId: 3, page: input } },
      { cmd: 'update_album_page', args: { pageId: 8, page: input } },
      { cmd: 'move_album_page', args: { pageId: 8, position: 0 } },
      { cmd: 'delete_album_page', args: { pageId: 8 } },
      { cmd: 'delete_photo', args: { photoId: 4 } },
      { cmd: 'save_booklet_pdf', args: { paper: 'a5', fileName: 'avenir-booklet-2025-03-09.pdf' } },
    ]);
  });

  it('import_photo sends the bytes as the raw body and the client id as a header', async () => {
    mockIPC(() => null);
    const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (...a: unknown[]) => Promise<unknown> } }).__TAURI_INTERNALS__;
    const seen: unknown[][] = [];
    internals.invoke = async (...args: unknown[]) => {
      seen.push(args);
      return { id: 1, width: 1, height: 1, thumbWidth: 1, thumbHeight: 1, importedAt: '2025-03-09T10:00' };
    };
    const bytes = new Uint8Array([0xff, 0xd8, 0xff]);
    await importPhoto(7, bytes);
    expect(seen).toHaveLength(1);
    const [cmd, body, options] = seen[0] ?? [];
    expect(cmd).toBe('import_photo');
    expect(body).toBe(bytes);
    expect(options).toEqual({ headers: { 'avenir-client': '7' } });
  });
});
