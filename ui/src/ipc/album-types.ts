// Types of the photo album and the booklet, shared with the Rust back end (src-tauri/app).
// Photos are shown only through the app's own protocol, never as data: or blob: URLs:
//   avenir-media://localhost/thumb/<photoId>   (longest side ≤ 360 px)
//   avenir-media://localhost/photo/<photoId>   (longest side ≤ 2048 px)
// The protocol answers from memory with Cache-Control: no-store, only to the counsellor window,
// and only while the vault is open.

export type AlbumCategory = 'people' | 'places' | 'work' | 'learning' | 'skills' | 'moments';

export const ALBUM_CATEGORIES: readonly AlbumCategory[] = ['people', 'places', 'work', 'learning', 'skills', 'moments'];

/** A photo stored (re-encoded, without metadata) in the client's album. */
export interface Photo {
  id: number;
  width: number;
  height: number;
  thumbWidth: number;
  thumbHeight: number;
  /** When it was imported, local time `YYYY-MM-DDTHH:MM`. */
  importedAt: string;
}

/** "A message from": written or dictated by the person who gave it. */
export interface PageMessage {
  from: string;
  text: string;
}

export interface AlbumPageInput {
  category: AlbumCategory;
  /** In the person's language; may be right-to-left. */
  caption: string;
  message: PageMessage | null;
  /** Photo ids in display order; empty for a text-only page (a skill learned, a certificate). At most 6. */
  photos: number[];
}

export interface AlbumPage extends AlbumPageInput {
  id: number;
  /** 0-based position in the album. */
  position: number;
}

export interface Album {
  clientId: number;
  pages: AlbumPage[];
  /** Every photo of the album, including any not (or no longer) on a page. */
  photos: Photo[];
}

export type PaperSize = 'a4' | 'a5';

/** What a booklet contains: only what the person chose. Never the counsellor's notes. */
export interface BookletChoice {
  title: string;
  /** The language the booklet is printed in (the person's). */
  locale: string;
  paper: PaperSize;
  /** Page ids in album order; all pages when the person chose all. */
  pages: number[];
  /** Exercises whose latest answers are included, e.g. ['lifeline']. */
  exercises: string[];
}

/** Where a PDF was written. */
export interface SavedFile {
  path: string;
}
