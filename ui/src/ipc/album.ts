// Commands of the photo album and the booklet. All need an unlocked vault.
import { call } from './call';
import type { Album, AlbumPage, AlbumPageInput, PaperSize, Photo, SavedFile } from './album-types';

/** The client's album: pages in order and every photo. */
export function album(clientId: number): Promise<Album> {
  return call<Album>('album', { clientId });
}

/**
 * Imports one image file's bytes into the client's album (decoded with limits, turned upright,
 * re-encoded without any metadata; the original bytes and file name are not kept). The bytes
 * travel as the raw body of the command; the client id as a header.
 */
export function importPhoto(clientId: number, bytes: Uint8Array): Promise<Photo> {
  return call<Photo>('import_photo', bytes, { headers: { 'avenir-client': String(clientId) } });
}

export function addAlbumPage(clientId: number, page: AlbumPageInput): Promise<AlbumPage> {
  return call<AlbumPage>('add_album_page', { clientId, page });
}

export function updateAlbumPage(pageId: number, page: AlbumPageInput): Promise<AlbumPage> {
  return call<AlbumPage>('update_album_page', { pageId, page });
}

/** Moves a page to `position` (0-based); the others shift. Returns the album. */
export function moveAlbumPage(pageId: number, position: number): Promise<Album> {
  return call<Album>('move_album_page', { pageId, position });
}

/** Removes the page; its photos that are on no other page are erased too. */
export function deleteAlbumPage(pageId: number): Promise<void> {
  return call<void>('delete_album_page', { pageId });
}

/** Erases the photo from the vault and from every page. */
export function deletePhoto(photoId: number): Promise<void> {
  return call<void>('delete_photo', { photoId });
}

/**
 * Prints the booklet currently shown in the window (the `.print-sheet` element, laid out for
 * `paper`) to a PDF file without a dialog, and returns where. The file is NOT encrypted: the UI
 * must have warned the counsellor and had them confirm before calling this.
 */
export function saveBookletPdf(paper: PaperSize, fileName: string): Promise<SavedFile> {
  return call<SavedFile>('save_booklet_pdf', { paper, fileName });
}
