// What the wall shows, built from the SAME definitions and texts as the rest of the app (exercises,
// pathway cards, plan topics): no second copy of content. Pure: no Svelte, no DOM, no commands.
//
// A slide is already translated, in one language or two side by side (one column per language,
// in the order chosen). It holds only content and anonymous group answers — never a client's
// code, answers, notes or photos: nothing here takes any of them as input.
import type { Block, Pictogram, Slide, SlideColumn, SlideKind, SlideLine } from '../ipc/projector-types';
import type { Pathway } from '../ipc/types';
import type { Exercise, Field, PathwayCard } from '../ipc/worksheet-types';
import type { ContentTranslator, Translate } from './content-language';
import { formatDate } from './dates';
import { everShared } from './visibility';

/** The languages on the wall: one translator, or two shown side by side. */
export type WallLanguages = readonly ContentTranslator[];

/** A pathway card's open overview (for someone undecided) or its details (for someone decided). */
export type CardTrack = 'overview' | 'details';

export const PATHWAYS: readonly Pathway[] = ['legalise', 'onward', 'return', 'undocumented'];

/** The most languages side by side on the wall. */
export const MAX_WALL_LANGUAGES = 2;

/** The content a running order refers to. */
export interface SlideLibrary {
  exercises: readonly Exercise[];
  cards: readonly PathwayCard[];
}

export interface ColumnText {
  title: string;
  subtitle: string | null;
  lines: SlideLine[];
}

export type ColumnBuilder = (t: Translate, locale: string, dir: 'ltr' | 'rtl') => ColumnText;

const TRACK_IDS: Record<CardTrack, string> = {
  overview: 'pathcard-track-overview',
  details: 'pathcard-track-details',
};

export function line(text: string, label: string | null = null, pictogram: Pictogram = null): SlideLine {
  return { text, label, pictogram };
}

/** The pathway pictogram of an item whose id is a pathway (an option, a row, a column…). */
export function pathwayPictogram(id: string): Pictogram {
  return (PATHWAYS as readonly string[]).includes(id) ? (id as Pathway) : null;
}

/** A text's paragraphs (separated by an empty line), trimmed, without empty ones. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function checkWall(wall: WallLanguages): WallLanguages {
  if (wall.length === 0) throw new RangeError('a slide needs at least one language');
  return wall.slice(0, MAX_WALL_LANGUAGES);
}

/** A slide with one column per wall language, each built by `build` in its language. */
export function make(id: string, kind: SlideKind, pictogram: Pictogram, wall: WallLanguages, build: ColumnBuilder): Slide {
  const columns: SlideColumn[] = checkWall(wall).map((tr) => ({
    locale: tr.locale,
    dir: tr.dir,
    ...build(tr.t, tr.locale, tr.dir),
  }));
  return { id, kind, pictogram, columns };
}

/** Joins the parts that are there, one per line; null when none is. */
function joinLines(...parts: (string | null)[]): string | null {
  const present = parts.filter((p): p is string => p !== null && p.trim() !== '');
  return present.length === 0 ? null : present.join('\n');
}

// ---- Exercises --------------------------------------------------------------

/** One field as a slide: the question as title, the help as subtitle, and what there is to choose. */
function fieldText(field: Field, t: Translate): ColumnText {
  const help = field.helpId ? t(field.helpId) : null;
  const title = t(field.labelId);
  switch (field.kind) {
    case 'choice':
    case 'checklist':
      return {
        title,
        subtitle: help,
        lines: field.options.map((o) => line(t(o.labelId), null, pathwayPictogram(o.id))),
      };
    case 'scale':
      return { title, subtitle: help, lines: [line(t(field.lowId), '0'), line(t(field.highId), '10')] };
    case 'matrix': {
      const rows = field.rows.map((r) => line(t(r.labelId), null, pathwayPictogram(r.id)));
      const ends =
        field.cells === 'scale' && field.lowId !== null && field.highId !== null
          ? [line(t(field.lowId), '0'), line(t(field.highId), '10')]
          : [];
      const columns = field.columns.map((c) => t(c.labelId)).join(' · ');
      return { title, subtitle: joinLines(help, columns), lines: [...rows, ...ends] };
    }
    case 'timeline':
      return { title, subtitle: help, lines: field.tags.map((tag) => line(t(tag.labelId))) };
    case 'short_text':
    case 'long_text':
    case 'list':
    case 'photos':
      return { title, subtitle: help, lines: [] };
  }
}

export const exerciseTitleSlideId = (exercise: Exercise) => `exercise-${exercise.id}-title`;
export const fieldSlideId = (exercise: Exercise, field: Field) => `exercise-${exercise.id}-field-${field.id}`;

/**
 * The exercise's title slide (title and intro), then one slide per question. Never answers; and
 * nothing of the counsellor's own sheets (visibility counsellor_only): a blank slide.
 */
export function exerciseSlides(exercise: Exercise, wall: WallLanguages): Slide[] {
  if (!everShared(exercise.visibility)) return [blankSlide()];
  return [
    make(exerciseTitleSlideId(exercise), 'title', 'exercise', wall, (t) => ({
      title: t(exercise.titleId),
      subtitle: null,
      lines: paragraphs(t(exercise.introId)).map((p) => line(p)),
    })),
    ...exercise.fields.map((field) => make(fieldSlideId(exercise, field), 'exercise', 'exercise', wall, (t) => fieldText(field, t))),
  ];
}

// ---- Pathway cards ------------------------------------------------------------

/** The date the facts were checked and the sources, on one line (with the out-of-date notice). */
function factsLine(card: PathwayCard, t: Translate, locale: string, dir: 'ltr' | 'rtl'): SlideLine {
  const separator = dir === 'rtl' ? '؛ ' : '; ';
  const sources = card.sources
    .map((s) => t('pathcard-source', { source: t(s.labelId), year: String(s.year) }))
    .join(separator);
  const parts = [
    card.outdated ? t('pathcard-outdated-label') : null,
    t('pathcard-checked', { date: formatDate(card.checkedOn, locale) }),
    `${t('pathcard-sources')} ${sources}`,
  ];
  return line(parts.filter((p) => p !== null).join(' '));
}

/**
 * One track of a card: a title slide (title, track, summary), then one slide per section (its
 * heading as title, its paragraphs as lines). The last slide ends with the advice to confirm with
 * a legal adviser or a return partner, and then the date the facts were checked and the sources.
 */
export function cardSlides(card: PathwayCard, track: CardTrack, wall: WallLanguages): Slide[] {
  const sections = track === 'overview' ? card.overview : card.details;
  const base = `card-${card.id}-${track}`;
  const closing = (t: Translate, locale: string, dir: 'ltr' | 'rtl'): SlideLine[] => [
    line(t('pathcard-confirm')),
    factsLine(card, t, locale, dir),
  ];
  const slides: Slide[] = [
    make(`${base}-title`, 'title', card.pathway, wall, (t, locale, dir) => ({
      title: t(card.titleId),
      subtitle: t(TRACK_IDS[track]),
      lines: [line(t(card.summaryId)), ...(sections.length === 0 ? closing(t, locale, dir) : [])],
    })),
  ];
  sections.forEach((section, n) => {
    const last = n === sections.length - 1;
    slides.push(
      make(`${base}-${section.id}`, 'card', card.pathway, wall, (t, locale, dir) => ({
        title: t(section.headingId),
        subtitle: null,
        lines: [...paragraphs(t(section.bodyId)).map((p) => line(p)), ...(last ? closing(t, locale, dir) : [])],
      })),
    );
  });
  return slides;
}

// ---- Topics, breaks, the four pathways, group answers ---------------------------

export const topicTitleId = (topic: string) => `plan-topic-${topic}`;
export const topicPromptId = (topic: string) => `plan-topic-${topic}-prompt`;

/** A plan topic: its title and its prompt (texts `plan-topic-<t>` and `plan-topic-<t>-prompt`). */
export function topicSlide(topic: string, wall: WallLanguages, pictogram: 'information' | 'discussion' = 'discussion'): Slide {
  return make(`topic-${topic}`, 'topic', pictogram, wall, (t) => ({
    title: t(topicTitleId(topic)),
    subtitle: null,
    lines: paragraphs(t(topicPromptId(topic))).map((p) => line(p)),
  }));
}

/** "15 minutes" in `locale`, with the language's own plural (no message needed). */
export function minutesText(minutes: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  }
}

/** The wall's word for each pause. */
const PAUSE_IDS = {
  break: 'projector-wall-break',
  lunch: 'projector-wall-lunch',
  interpreting: 'projector-wall-interpreting',
} as const;

/** A break, lunch or interpreting time: the break pictogram, the word for it, how long it lasts. */
export function breakSlide(minutes: number, wall: WallLanguages, kind: keyof typeof PAUSE_IDS = 'break'): Slide {
  const id = kind === 'break' ? `break-${minutes}` : `${kind}-${minutes}`;
  return make(id, 'break', 'break', wall, (t, locale) => ({
    title: t(PAUSE_IDS[kind]),
    subtitle: null,
    lines: [line(minutesText(minutes, locale))],
  }));
}

/** A guest: who speaks, and what about. */
export function guestSlide(guest: string, wall: WallLanguages): Slide {
  return make(`guest-${guest}`, 'topic', 'discussion', wall, (t) => ({
    title: t(`plan-guest-${guest}`),
    subtitle: t('projector-wall-guest'),
    lines: paragraphs(t(`plan-guest-${guest}-prompt`)).map((p) => line(p)),
  }));
}

/**
 * Individual work on paper: only that it is time on one's own, and the exercise's name — never its
 * questions (the sheet is on paper; nobody shares what they write).
 */
export function individualSlide(exercise: Exercise, minutes: number, wall: WallLanguages): Slide {
  if (!everShared(exercise.visibility)) return blankSlide();
  return make(`individual-${exercise.id}`, 'topic', 'exercise', wall, (t, locale) => ({
    title: t(exercise.titleId),
    subtitle: t('projector-wall-individual'),
    lines: [line(minutesText(minutes, locale))],
  }));
}

/** The four pathways side by side, for the group: each with its pictogram, its name and a line about it. */
export function pathwaysSlide(wall: WallLanguages): Slide {
  return make('pathways', 'exercise', 'group', wall, (t) => ({
    title: t('clients-pathways-heading'),
    subtitle: t('clients-pathways-intro'),
    lines: PATHWAYS.map((p) => line(t(`clients-pathway-${p}-about`), t(`clients-pathway-${p}`), p)),
  }));
}

/** The lines a facilitator typed, trimmed, without empty ones. */
export function groupLines(texts: readonly string[]): string[] {
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

/** A short, stable fingerprint of some texts (for ids; not a security measure). */
function fingerprint(texts: readonly string[]): string {
  let hash = 5381;
  for (const char of texts.join('\u0000')) {
    hash = ((hash * 33) ^ (char.codePointAt(0) ?? 0)) >>> 0;
  }
  return hash.toString(36);
}

/**
 * What the group says, typed by the facilitator: anonymous lines shown as typed, in every column,
 * under the group's heading and, when given, the question being discussed (`questionId`).
 */
export function groupSlide(texts: readonly string[], wall: WallLanguages, questionId: string | null = null): Slide {
  const lines = groupLines(texts);
  return make(`group-${lines.length}-${fingerprint(lines)}`, 'group', 'group', wall, (t) => ({
    title: t('projector-wall-group'),
    subtitle: questionId === null ? null : t(questionId),
    lines: lines.map((text) => line(text)),
  }));
}

/** Nothing on the wall but the quiet waiting screen. */
export function blankSlide(): Slide {
  return { id: 'blank', kind: 'blank', pictogram: null, columns: [] };
}

// ---- Blocks of a course ---------------------------------------------------------

/** The exercise `id` of the library, unless it is the counsellor's own (never on the wall). */
const wallExercise = (library: SlideLibrary, id: string | undefined): Exercise | undefined =>
  library.exercises.find((e) => e.id === id && everShared(e.visibility));

/** The slides of one block; a block whose content is not in the library gives one blank slide. */
export function blockSlides(block: Block, library: SlideLibrary, wall: WallLanguages, track: CardTrack = 'overview'): Slide[] {
  switch (block.kind) {
    case 'exercise': {
      const exercise = wallExercise(library, block.exercise);
      return exercise ? exerciseSlides(exercise, wall) : [blankSlide()];
    }
    case 'information': {
      if (block.card !== undefined) {
        const card = library.cards.find((c) => c.id === block.card);
        return card ? cardSlides(card, track, wall) : [blankSlide()];
      }
      return block.topic ? [topicSlide(block.topic, wall, 'information')] : [blankSlide()];
    }
    case 'discussion':
      return block.topic ? [topicSlide(block.topic, wall, 'discussion')] : [blankSlide()];
    case 'individual': {
      const exercise = wallExercise(library, block.exercise);
      return exercise ? [individualSlide(exercise, block.minutes, wall)] : [blankSlide()];
    }
    case 'guest':
      return block.topic ? [guestSlide(block.topic, wall)] : [blankSlide()];
    case 'break':
    case 'lunch':
    case 'interpreting':
      return [breakSlide(block.minutes, wall, block.kind)];
  }
}

/** Whether the block's exercise or card is in the library (topics and breaks always are). */
export function blockAvailable(block: Block, library: SlideLibrary): boolean {
  if (block.kind === 'exercise' || block.kind === 'individual') return wallExercise(library, block.exercise) !== undefined;
  if (block.kind === 'information' && block.card !== undefined) return library.cards.some((c) => c.id === block.card);
  if (block.kind === 'break' || block.kind === 'lunch' || block.kind === 'interpreting') return true;
  return typeof block.topic === 'string' && block.topic !== '';
}

/** One slide of a course's running order, with where it comes from (0-based day and block). */
export interface SequenceEntry {
  slide: Slide;
  day: number;
  block: number;
  /** The message id of what the slide asks or is about (for a group-answers slide), or null. */
  questionId: string | null;
}

/** The message ids of what each slide of a block asks or is about, in the order of its slides. */
function blockQuestionIds(block: Block, library: SlideLibrary, track: CardTrack): (string | null)[] {
  if (block.kind === 'exercise') {
    const exercise = wallExercise(library, block.exercise);
    return exercise ? [exercise.titleId, ...exercise.fields.map((f) => f.labelId)] : [];
  }
  if (block.kind === 'information' && block.card !== undefined) {
    const card = library.cards.find((c) => c.id === block.card);
    return card ? [card.titleId, ...(track === 'overview' ? card.overview : card.details).map((s) => s.headingId)] : [];
  }
  // Work on paper and pauses collect nothing from the group.
  if (block.kind === 'individual' || block.kind === 'break' || block.kind === 'lunch' || block.kind === 'interpreting') return [];
  if (block.kind === 'guest') return block.topic ? [`plan-guest-${block.topic}`] : [];
  return block.topic ? [topicTitleId(block.topic)] : [];
}

export const blockKey = (day: number, block: number) => `${day}-${block}`;

/**
 * Every slide of a course, day by day and block by block. Ids are prefixed with the block's place
 * (`d<day>-b<block>-…`, 0-based), so the same content twice in a course stays two slides.
 * `tracks` chooses the track of a card block by its key (overview by default).
 */
export function courseSequence(
  days: readonly { blocks: readonly Block[] }[],
  library: SlideLibrary,
  wall: WallLanguages,
  tracks: Readonly<Record<string, CardTrack>> = {},
): SequenceEntry[] {
  const entries: SequenceEntry[] = [];
  days.forEach((day, d) => {
    day.blocks.forEach((block, b) => {
      const track = tracks[blockKey(d, b)] ?? 'overview';
      const questions = blockQuestionIds(block, library, track);
      blockSlides(block, library, wall, track).forEach((slide, n) => {
        entries.push({ slide: { ...slide, id: `d${d}-b${b}-${slide.id}` }, day: d, block: b, questionId: questions[n] ?? null });
      });
    });
  });
  return entries;
}

// ---- Reading what arrives on the projector side -------------------------------------

const KINDS: readonly SlideKind[] = ['title', 'topic', 'exercise', 'card', 'group', 'break', 'blank'];
const PICTOGRAMS: readonly string[] = [...PATHWAYS, 'information', 'exercise', 'discussion', 'break', 'group'];

const isText = (v: unknown): v is string => typeof v === 'string';
const pictogramOf = (v: unknown): Pictogram => (isText(v) && PICTOGRAMS.includes(v) ? (v as Pictogram) : null);

/**
 * A slide as the projector window received it, checked: anything that is not a slide gives null,
 * and only the known fields are kept (texts stay plain text: the view never renders HTML).
 */
export function readSlide(raw: unknown): Slide | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Record<string, unknown>;
  if (!isText(s.id) || !isText(s.kind) || !(KINDS as readonly string[]).includes(s.kind) || !Array.isArray(s.columns)) {
    return null;
  }
  const columns: SlideColumn[] = [];
  for (const rawColumn of s.columns.slice(0, MAX_WALL_LANGUAGES) as unknown[]) {
    if (typeof rawColumn !== 'object' || rawColumn === null) return null;
    const c = rawColumn as Record<string, unknown>;
    if (!isText(c.locale) || !isText(c.title) || !Array.isArray(c.lines)) return null;
    const lines: SlideLine[] = [];
    for (const rawLine of c.lines as unknown[]) {
      if (typeof rawLine !== 'object' || rawLine === null) return null;
      const l = rawLine as Record<string, unknown>;
      if (!isText(l.text)) return null;
      lines.push({ text: l.text, label: isText(l.label) ? l.label : null, pictogram: pictogramOf(l.pictogram) });
    }
    columns.push({
      locale: c.locale,
      dir: c.dir === 'rtl' ? 'rtl' : 'ltr',
      title: c.title,
      subtitle: isText(c.subtitle) ? c.subtitle : null,
      lines,
    });
  }
  return { id: s.id, kind: s.kind as SlideKind, pictogram: pictogramOf(s.pictogram), columns };
}
