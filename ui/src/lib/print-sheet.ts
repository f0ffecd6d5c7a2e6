// A printed worksheet or pathway card, as blocks ready to draw on paper: built from the SAME
// definitions and texts as the screen (no second copy of content), in one language per column.
// Pure: no Svelte, no DOM, no commands.
//
// What can be on the sheet: the exercise's title, intro and questions (with their help, options,
// scale ends, rows and columns), boxes and lines to write on, and — only when asked for — the
// person's latest answers. What never is: the client's code or name, a session date, notes, the
// counsellor's guide or session preparation. Nothing here takes any of them as input, and the
// counsellor's own sheets (visibility counsellor_only) are refused.
import type { Answer, Exercise, Field, PathwayCard } from '../ipc/worksheet-types';
import { answerFits, cellValue, isBlankEvent, isEmpty } from './answers';
import type { ContentTranslator, Translate } from './content-language';
import { formatDate, todayIso } from './dates';
import { paragraphs, type CardTrack } from './slides';
import { everShared } from './visibility';

/** Lines to write on, boxes to tick, a frame to stick a photo in: how much room a blank sheet gives. */
export const ROOM = {
  shortText: 1,
  longText: 5,
  /** List and timeline lines, at most (a list allowing fewer gets fewer). */
  listLines: 5,
  timelineRows: 6,
  photoFrames: 2,
} as const;

export interface PrintOption {
  id: string;
  label: string;
  checked: boolean;
}

export interface PrintRow {
  label: string;
  /** One per column: the answer in the cell, or null for a cell to fill in. */
  cells: (string | null)[];
}

export interface PrintEvent {
  when: string;
  text: string;
  tag: string | null;
}

/** What is drawn under a question (or a card's section heading). */
export type PrintBody =
  /** Empty lines to write on. */
  | { kind: 'lines'; count: number }
  /** The person's own words. */
  | { kind: 'text'; text: string }
  /** Options, each with a box (ticked when chosen); `multiple`: more than one may be ticked. */
  | { kind: 'options'; multiple: boolean; options: PrintOption[] }
  /** Eleven boxes from 0 to 10 under the two ends; `value` ticked when answered. */
  | { kind: 'scale'; low: string; high: string; value: number | null }
  /** The person's items, then `empty` numbered (ordered) or plain lines to write on. */
  | { kind: 'list'; ordered: boolean; items: string[]; empty: number }
  /** A table: the columns' labels, one row per row label; `scale`: cells hold 0–10. */
  | { kind: 'matrix'; columns: string[]; rows: PrintRow[]; scale: { low: string; high: string } | null }
  /** A table of events (when, what, kind), then `empty` rows to fill in; `tags` offered as boxes. */
  | {
      kind: 'timeline';
      when: string;
      what: string;
      /** The kind column's heading, when the field has kinds. */
      tag: string | null;
      tags: string[];
      events: PrintEvent[];
      empty: number;
    }
  /** The person's chosen photos (album photo ids, each with its text alternative), then `frames` empty frames. */
  | { kind: 'photos'; photos: { id: number; alt: string }[]; frames: number }
  /** A card's text. */
  | { kind: 'paragraphs'; paragraphs: string[] };

export interface PrintBlock {
  /** The field's or section's id (the same in every column). */
  id: string;
  /** The question or section heading; null for a block without one (a card's facts). */
  heading: string | null;
  help: string | null;
  body: PrintBody;
}

/** The whole sheet in one language. */
export interface PrintColumn {
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  subtitle: string | null;
  intro: string[];
  blocks: PrintBlock[];
}

/** Whether an exercise may ever be printed: never the counsellor's own sheets. */
export function printable(exercise: Exercise): boolean {
  return everShared(exercise.visibility);
}

function labelOf(items: readonly { id: string; labelId: string }[], id: string | null, t: Translate): string | null {
  if (id === null) return null;
  const item = items.find((candidate) => candidate.id === id);
  return item ? t(item.labelId) : null;
}

/** A field's body: blank room to write, or its answer (`answer` undefined: blank). */
export function fieldBody(field: Field, t: Translate, answer?: Answer): PrintBody {
  const given = answer && answerFits(field, answer) && !isEmpty(answer) ? answer : undefined;
  switch (field.kind) {
    case 'short_text':
    case 'long_text':
      return given?.kind === 'text'
        ? { kind: 'text', text: given.value.trim() }
        : { kind: 'lines', count: field.kind === 'short_text' ? ROOM.shortText : ROOM.longText };
    case 'choice':
    case 'checklist': {
      const chosen = given?.kind === 'choice' ? [given.value] : given?.kind === 'checklist' ? given.value : [];
      return {
        kind: 'options',
        multiple: field.kind === 'checklist',
        options: field.options.map((o) => ({ id: o.id, label: t(o.labelId), checked: chosen.includes(o.id) })),
      };
    }
    case 'scale':
      return { kind: 'scale', low: t(field.lowId), high: t(field.highId), value: given?.kind === 'scale' ? given.value : null };
    case 'list': {
      const items = given?.kind === 'list' ? given.value.map((item) => item.trim()).filter((item) => item !== '') : [];
      return { kind: 'list', ordered: field.ordered, items, empty: items.length > 0 ? 0 : Math.min(field.maxItems, ROOM.listLines) };
    }
    case 'matrix': {
      const cells = given?.kind === 'matrix' ? given.value : [];
      const scale = field.cells === 'scale' && field.lowId !== null && field.highId !== null ? { low: t(field.lowId), high: t(field.highId) } : null;
      return {
        kind: 'matrix',
        columns: field.columns.map((c) => t(c.labelId)),
        scale,
        rows: field.rows.map((r) => ({
          label: t(r.labelId),
          cells: field.columns.map((c) => {
            const value = cellValue(cells, r.id, c.id);
            return value === null || String(value).trim() === '' ? null : String(value);
          }),
        })),
      };
    }
    case 'timeline': {
      const events =
        given?.kind === 'timeline'
          ? given.value
              .filter((event) => !isBlankEvent(event))
              .map((event) => ({ when: event.when.trim(), text: event.text.trim(), tag: labelOf(field.tags, event.tag, t) }))
          : [];
      return {
        kind: 'timeline',
        when: t('worksheet-timeline-when'),
        what: t('worksheet-timeline-what'),
        tag: field.tags.length > 0 ? t('worksheet-timeline-tag') : null,
        tags: field.tags.map((tag) => t(tag.labelId)),
        events,
        empty: events.length > 0 ? 0 : Math.min(field.maxItems, ROOM.timelineRows),
      };
    }
    case 'photos': {
      const ids = given?.kind === 'photos' ? given.value : [];
      const photos = ids.map((id, i) => ({ id, alt: t('worksheet-photos-photo', { n: i + 1 }) }));
      return { kind: 'photos', photos, frames: photos.length > 0 ? 0 : Math.min(field.maxItems, ROOM.photoFrames) };
    }
  }
}

/**
 * The exercise in one language: its title, intro and one block per question, blank or (with
 * `answers`) with the person's answers; an unanswered question stays blank. The counsellor's own
 * sheets are refused: they never reach paper.
 */
export function worksheetColumn(exercise: Exercise, content: ContentTranslator, answers: ReadonlyMap<string, Answer> | null = null): PrintColumn {
  if (!printable(exercise)) throw new RangeError('the counsellor’s own sheet is never printed');
  const { t } = content;
  return {
    locale: content.locale,
    dir: content.dir,
    title: t(exercise.titleId),
    subtitle: null,
    intro: paragraphs(t(exercise.introId)),
    blocks: exercise.fields.map((field) => ({
      id: field.id,
      heading: t(field.labelId),
      help: field.helpId ? t(field.helpId) : null,
      body: fieldBody(field, t, answers?.get(field.id)),
    })),
  };
}

const TRACK_IDS: Record<CardTrack, string> = {
  overview: 'pathcard-track-overview',
  details: 'pathcard-track-details',
};

/**
 * One track of a pathway card in one language: its title, the track, the summary, one block per
 * section, then the facts — the out-of-date notice when due, the date they were checked, the
 * sources and the advice to confirm with a legal adviser or a return partner.
 */
export function cardColumn(card: PathwayCard, track: CardTrack, content: ContentTranslator): PrintColumn {
  const { t, locale } = content;
  const sections = track === 'overview' ? card.overview : card.details;
  const facts = [
    ...(card.outdated ? [`${t('pathcard-outdated-label')} ${t('pathcard-outdated')}`] : []),
    t('pathcard-checked', { date: formatDate(card.checkedOn, locale) }),
    t('pathcard-sources'),
    ...card.sources.map((s) => t('pathcard-source', { source: t(s.labelId), year: String(s.year) })),
    t('pathcard-confirm'),
  ];
  return {
    locale,
    dir: content.dir,
    title: t(card.titleId),
    subtitle: t(TRACK_IDS[track]),
    intro: paragraphs(t(card.summaryId)),
    blocks: [
      ...sections.map((section) => ({
        id: section.id,
        heading: t(section.headingId),
        help: null,
        body: { kind: 'paragraphs', paragraphs: paragraphs(t(section.bodyId)) } as PrintBody,
      })),
      { id: 'facts', heading: null, help: null, body: { kind: 'paragraphs', paragraphs: facts } },
    ],
  };
}

/** The name the save chooser suggests: `avenir-worksheet-2026-03-01.pdf`, `avenir-card-….pdf`. */
export function printFileName(what: 'worksheet' | 'card', now: Date = new Date()): string {
  return `avenir-${what}-${todayIso(now)}.pdf`;
}
