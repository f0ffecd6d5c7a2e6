// The photo album and its booklet: addresses of the photos, page drafts,
// file checks and what a booklet holds. Pure: no Svelte, no DOM.
import type { Album, AlbumCategory, AlbumPage, AlbumPageInput, Photo } from '../ipc/album-types';
import { MAX_PHOTOS_PER_PAGE } from '../ipc/generated/limits';
import type { AnswerRecord, Exercise, Field } from '../ipc/worksheet-types';
import { answerFits, answerLines, latestAnswers, type AnswerLine } from './answers';
import type { Translate } from './content-language';
import { todayIso } from './dates';

/** A page holds at most this many photos (the back end refuses more). */
export { MAX_PHOTOS_PER_PAGE };

/** The category a photo's page gets when it is imported. */
export const IMPORT_CATEGORY: AlbumCategory = 'moments';

/** The category of a new page without photos (a skill learned, a certificate). */
export const TEXT_PAGE_CATEGORY: AlbumCategory = 'skills';

/** The message id of each category's label (literal, so tests/catalogue-usage.test.ts sees them). */
export const CATEGORY_LABEL_IDS: Record<AlbumCategory, string> = {
  people: 'album-category-people',
  places: 'album-category-places',
  work: 'album-category-work',
  learning: 'album-category-learning',
  skills: 'album-category-skills',
  moments: 'album-category-moments',
};

/** The small picture of a photo (longest side ≤ 360 px), served by the app from memory. */
export function thumbUrl(photoId: number): string {
  return `avenir-media://localhost/thumb/${photoId}`;
}

/** The photo itself (longest side ≤ 2048 px), for the booklet. */
export function photoUrl(photoId: number): string {
  return `avenir-media://localhost/photo/${photoId}`;
}

/** The file types the file chooser offers (HEIC often has no MIME type: its extension too). */
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp,image/heic,.heic';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']);
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|heic|heif)$/i;

/** Whether a file looks like a photo Avenir can read (the back end decides for good). */
export function looksLikePhoto(file: { type: string; name: string }): boolean {
  return IMAGE_TYPES.has(file.type.toLowerCase()) || (file.type === '' && IMAGE_EXTENSIONS.test(file.name));
}

/** Where the photos of one import go, decided when it begins. */
export interface ImportDestination {
  /** How many photos there is room for (the other files are left out); null: no limit. */
  room: number | null;
  /** Puts one imported photo in the album: on the page being edited, or on a new page of its own. */
  place: (photo: Photo) => Promise<void>;
}

/** What is erased from the album after a confirmation: a page, or a photo. */
export type AlbumErasing = { kind: 'page'; pageId: number } | { kind: 'photo'; photoId: number };

/** A page's editable part, copied (editing it leaves the page untouched). */
export function pageInput(page: AlbumPageInput): AlbumPageInput {
  return {
    category: page.category,
    caption: page.caption,
    message: page.message ? { from: page.message.from, text: page.message.text } : null,
    photos: [...page.photos],
  };
}

/** A new page around one imported photo. */
export function photoPage(photoId: number): AlbumPageInput {
  return { category: IMPORT_CATEGORY, caption: '', message: null, photos: [photoId] };
}

/** A new page without photos. */
export function textPage(): AlbumPageInput {
  return { category: TEXT_PAGE_CATEGORY, caption: '', message: null, photos: [] };
}

/** What is saved of a draft: texts trimmed; a message with neither sender nor text is no message. */
export function cleanPageInput(draft: AlbumPageInput): AlbumPageInput {
  const from = draft.message?.from.trim() ?? '';
  const text = draft.message?.text.trim() ?? '';
  return {
    category: draft.category,
    caption: draft.caption.trim(),
    message: from === '' && text === '' ? null : { from, text },
    photos: draft.photos.slice(0, MAX_PHOTOS_PER_PAGE),
  };
}

/** The album with one page added at its end (or replaced, when it is there already). */
export function withPage(album: Album, page: AlbumPage): Album {
  const others = album.pages.filter((p) => p.id !== page.id);
  const pages = [...others, page].sort((a, b) => a.position - b.position || a.id - b.id);
  return { ...album, pages };
}

/** The album with one photo added to its photos. */
export function withPhoto(album: Album, photo: Photo): Album {
  return album.photos.some((p) => p.id === photo.id) ? album : { ...album, photos: [...album.photos, photo] };
}

/** The photos of the album that are on no page, in import order. */
export function loosePhotos(album: Album): Photo[] {
  const used = new Set(album.pages.flatMap((page) => page.photos));
  return album.photos.filter((photo) => !used.has(photo.id));
}

/** Every photo by id. */
export function photosById(album: Album): Map<number, Photo> {
  return new Map(album.photos.map((photo) => [photo.id, photo]));
}

/** The photos of the album in the order a reader meets them: page by page, then those on no page. */
export function photosInOrder(album: Album): Photo[] {
  const byId = photosById(album);
  const seen = new Set<number>();
  const ordered: Photo[] = [];
  for (const page of album.pages) {
    for (const id of page.photos) {
      const photo = byId.get(id);
      if (photo && !seen.has(id)) {
        seen.add(id);
        ordered.push(photo);
      }
    }
  }
  return [...ordered, ...album.photos.filter((photo) => !seen.has(photo.id))];
}

/** The caption of the first page a photo is on ('' when none). */
export function captionOf(album: Album, photoId: number): string {
  return album.pages.find((page) => page.photos.includes(photoId))?.caption.trim() ?? '';
}

/** The name of a booklet's PDF: a date, never a code or a name. */
export function bookletFileName(now: Date = new Date()): string {
  return `avenir-booklet-${todayIso(now)}.pdf`;
}

// ---- Exercises in the booklet ----------------------------------------------

export interface BookletField {
  field: Field;
  lines: AnswerLine[];
  /** Photo ids, for a photos field. */
  photos: number[];
}

/**
 * The latest answer of each field of `exercise` that says something, in the
 * definition's order, ready to print with `t` (the booklet's language).
 * Scale answers read "7 out of 10"; photos keep only those still in the album.
 */
export function bookletFields(
  exercise: Exercise,
  records: readonly AnswerRecord[],
  t: Translate,
  photoIds: ReadonlySet<number>,
): BookletField[] {
  const latest = latestAnswers(records.filter((record) => record.exercise === exercise.id));
  const result: BookletField[] = [];
  for (const field of exercise.fields) {
    const answer = latest.get(field.id)?.answer;
    if (!answer || !answerFits(field, answer)) continue;
    if (answer.kind === 'photos') {
      const photos = answer.value.filter((id) => photoIds.has(id));
      if (photos.length > 0) result.push({ field, lines: [], photos });
      continue;
    }
    const lines =
      answer.kind === 'scale' && answer.value !== null
        ? [{ label: null, text: t('booklet-scale-value', { value: answer.value }) }]
        : answerLines(field, answer, t);
    if (lines.length > 0) result.push({ field, lines, photos: [] });
  }
  return result;
}
