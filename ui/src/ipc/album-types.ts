// Types of the photo album and the booklet, generated from the Rust types (./generated/album.ts,
// `make gen`) and named here as the UI uses them.
// Photos are shown only through the app's own protocol, never as data: or blob: URLs:
//   avenir-media://localhost/thumb/<photoId>   (longest side ≤ 360 px)
//   avenir-media://localhost/photo/<photoId>   (longest side ≤ 2048 px)
// The protocol answers from memory with Cache-Control: no-store, only to the counsellor window,
// and only while the vault is open.
import type { Category, Paper } from './generated/album';

export type {
  AlbumDto as Album,
  Category as AlbumCategory,
  MessageDto as PageMessage,
  PageDto as AlbumPage,
  PageInputDto as AlbumPageInput,
  Paper as PaperSize,
  PhotoDto as Photo,
  SavedFileDto as SavedFile,
} from './generated/album';

export const ALBUM_CATEGORIES: readonly Category[] = ['people', 'places', 'work', 'learning', 'skills', 'moments'];

/** What a booklet contains: only what the person chose. Never the counsellor's notes. */
export interface BookletChoice {
  title: string;
  /** The language the booklet is printed in (the person's). */
  locale: string;
  paper: Paper;
  /** Page ids in album order; all pages when the person chose all. */
  pages: number[];
  /** Exercises whose latest answers are included, e.g. ['lifeline']. */
  exercises: string[];
}
