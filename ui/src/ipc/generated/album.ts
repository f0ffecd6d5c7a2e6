// Generated from the Rust types by `make gen`; do not edit.

export type Category = 'people' | 'places' | 'work' | 'learning' | 'skills' | 'moments';

/** A photo stored (re-encoded, without metadata) in a client's album. */
export type PhotoDto = {
  id: number;
  width: number;
  height: number;
  thumbWidth: number;
  thumbHeight: number;
  /** Local time, `YYYY-MM-DDTHH:MM`. */
  importedAt: string;
};

/** "A message from": written or dictated by the person who gave it. */
export type MessageDto = { from: string; text: string };

export type PageInputDto = {
  category: Category;
  /** In the person's language; may be right-to-left. */
  caption: string;
  message: MessageDto | null;
  /** Photo ids in display order; empty for a text-only page. */
  photos: Array<number>;
};

export type PageDto = {
  id: number;
  /** 0-based position in the album. */
  position: number;
  category: Category;
  caption: string;
  message: MessageDto | null;
  photos: Array<number>;
};

export type AlbumDto = {
  clientId: number;
  pages: Array<PageDto>;
  /** Every photo of the album, including any on no page. */
  photos: Array<PhotoDto>;
};

/** The booklet's paper size (`save_booklet_pdf`'s `paper`). */
export type Paper = 'a4' | 'a5';

/** Where a PDF was written; null when the counsellor cancelled the chooser. */
export type SavedFileDto = { path: string | null };
