// The photo album for component tests: a small in-memory model of the album
// commands, a sample album (photos, pages in several languages, a message, a
// photo on no page), image files, and rendering AlbumView on its own.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { expect } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { applyCatalogue } from '../src/i18n/i18n.svelte';
import type { Album, AlbumPage, AlbumPageInput, Photo } from '../src/ipc/album-types';
import AlbumView from '../src/screens/album/AlbumView.svelte';
import { backend, failure, type Call, type Handler } from './backend';
import { catalogue, type TestLocale } from './fixtures';

export const CLIENT = 1;

export function photo(id: number, width = 1600, height = 1200): Photo {
  const scale = 360 / Math.max(width, height);
  return {
    id,
    width,
    height,
    thumbWidth: Math.round(width * scale),
    thumbHeight: Math.round(height * scale),
    importedAt: '2025-03-03T10:00',
  };
}

export function page(id: number, position: number, input: Partial<AlbumPageInput> = {}): AlbumPage {
  return { id, position, category: 'moments', caption: '', message: null, photos: [], ...input };
}

export const ARABIC_CAPTION = 'حديقة المدرسة حيث تعلمت الزراعة';

/**
 * Three pages: friends (two photos, a caption and a message), a garden (one
 * photo, an Arabic caption), a certificate (words only); and photo 4 on no page.
 */
export function sampleAlbum(): Album {
  return {
    clientId: CLIENT,
    photos: [photo(1), photo(2, 900, 1200), photo(3), photo(4, 1200, 1200)],
    pages: [
      page(7, 0, {
        category: 'people',
        caption: 'My friends from the Dutch class',
        message: { from: 'Amina', text: 'You taught us to cook injera. We will miss you.' },
        photos: [1, 2],
      }),
      page(8, 1, { category: 'places', caption: ARABIC_CAPTION, photos: [3] }),
      page(9, 2, { category: 'skills', caption: 'Certificate: forklift driving' }),
    ],
  };
}

export interface AlbumModel {
  album: Album;
  nextId: number;
  /** What each import_photo call received (the raw bytes). */
  imported: Uint8Array[];
}

export function albumModel(album: Album = sampleAlbum()): AlbumModel {
  return { album, nextId: 100, imported: [] };
}

type A = Record<string, unknown>;

function renumber(pages: AlbumPage[]): AlbumPage[] {
  return pages.map((p, position) => ({ ...p, position }));
}

/** Handlers for the album commands, working on `model`. */
export function albumHandlers(model: AlbumModel): Record<string, Handler> {
  const handlers: Record<string, (args: unknown) => unknown> = {
    album: (args) => {
      if ((args as A).clientId !== model.album.clientId) failure('error-client-missing');
      return structuredClone(model.album);
    },
    import_photo: (args) => {
      if (!(args instanceof Uint8Array)) failure('error-internal');
      model.imported.push(args as Uint8Array);
      const added = photo(model.nextId++);
      model.album.photos.push(added);
      return added;
    },
    add_album_page: (args) => {
      const input = (args as A).page as AlbumPageInput;
      const added = page(model.nextId++, model.album.pages.length, structuredClone(input));
      model.album.pages.push(added);
      return added;
    },
    update_album_page: (args) => {
      const { pageId, page: input } = args as { pageId: number; page: AlbumPageInput };
      const old = model.album.pages.find((p) => p.id === pageId);
      if (!old) failure('error-internal');
      const updated = { ...(old as AlbumPage), ...structuredClone(input) };
      model.album.pages = model.album.pages.map((p) => (p.id === pageId ? updated : p));
      return updated;
    },
    move_album_page: (args) => {
      const { pageId, position } = args as { pageId: number; position: number };
      const moving = model.album.pages.find((p) => p.id === pageId) as AlbumPage;
      const others = model.album.pages.filter((p) => p.id !== pageId);
      others.splice(position, 0, moving);
      model.album.pages = renumber(others);
      return structuredClone(model.album);
    },
    delete_album_page: (args) => {
      const { pageId } = args as { pageId: number };
      const gone = model.album.pages.find((p) => p.id === pageId);
      model.album.pages = renumber(model.album.pages.filter((p) => p.id !== pageId));
      const still = new Set(model.album.pages.flatMap((p) => p.photos));
      const erased = new Set((gone?.photos ?? []).filter((id) => !still.has(id)));
      model.album.photos = model.album.photos.filter((p) => !erased.has(p.id));
      return null;
    },
    delete_photo: (args) => {
      const { photoId } = args as { photoId: number };
      model.album.photos = model.album.photos.filter((p) => p.id !== photoId);
      model.album.pages = model.album.pages.map((p) => ({ ...p, photos: p.photos.filter((id) => id !== photoId) }));
      return null;
    },
    save_booklet_pdf: (args) => ({ path: `/media/counsellor/USB/${(args as A).fileName as string}` }),
  };
  const overrides: Record<string, Handler> = {};
  for (const [cmd, handler] of Object.entries(handlers)) {
    overrides[cmd] = (_cmd: string, args: InvokeArgs | undefined) => handler(args ?? {});
  }
  return overrides;
}

/** An image file as the file chooser or a drop gives it; its name must never reach the screen. */
export function imageFile(bytes: number[], name = 'IMG_20250301_Amina-at-home.jpg', type = 'image/jpeg'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

export interface AlbumOptions {
  model?: AlbumModel;
  personLocale?: string | null;
  uiLocale?: TestLocale;
  extra?: Record<string, Handler>;
}

/** Renders AlbumView alone on a mocked back end and waits until the album is shown. */
export async function renderAlbum(options: AlbumOptions = {}) {
  applyCatalogue(catalogue(options.uiLocale ?? 'en'));
  const model = options.model ?? albumModel();
  const calls: Call[] = backend({ ...albumHandlers(model), ...options.extra });
  let closed = 0;
  const result = render(AlbumView, {
    props: {
      clientId: CLIENT,
      personLocale: options.personLocale ?? null,
      onclose: () => {
        closed++;
      },
    },
  });
  await waitFor(() => expect(screen.queryByTestId('album-loading')).toBeNull());
  return { calls, model, result, closed: () => closed };
}

/** The commands of the album, in the order they were sent. */
export const albumCommands = (calls: Call[]) =>
  calls
    .map((c) => c.cmd)
    .filter((cmd) => ['import_photo', 'add_album_page', 'update_album_page', 'move_album_page', 'delete_album_page', 'delete_photo'].includes(cmd));

/** Every src attribute of the images under `root`. */
export const sources = (root: ParentNode = document) => Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src') ?? '');

/** A promise with its resolve function, to hold a command until the test lets it go. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
