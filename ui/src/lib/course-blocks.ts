// Courses and their running order: pure helpers for the course editor and the presenter.
// A course holds only anonymous facts (title, date, place label, number of participants,
// languages) and its days of blocks — never a name.
import { GUESTS, MAX_TITLE_CHARS } from '../ipc/generated/limits';
import type { Block, BlockKind, Course, CourseInput, CoursePlan, Day, Pictogram } from '../ipc/projector-types';
import type { ContentLibrary, Exercise } from '../ipc/worksheet-types';
import type { Translate } from './content-language';
import { topicTitleId } from './slides';
import { inCourse } from './visibility';

// The back end's limits (avenir-core course.rs, generated), checked here first to explain early.
export {
  MAX_BLOCK_MINUTES,
  MAX_BLOCKS_PER_DAY,
  MAX_DAYS,
  MAX_LANGUAGES,
  MAX_NOTE_CHARS,
  MAX_PARTICIPANTS,
  MAX_PLACE_CHARS,
  MAX_TITLE_CHARS,
} from '../ipc/generated/limits';

export { GUESTS } from '../ipc/generated/limits';

export const BLOCK_KINDS: readonly BlockKind[] = [
  'information',
  'exercise',
  'discussion',
  'individual',
  'guest',
  'break',
  'lunch',
  'interpreting',
];

export const KIND_IDS: Record<BlockKind, string> = {
  information: 'courses-kind-information',
  exercise: 'courses-kind-exercise',
  discussion: 'courses-kind-discussion',
  individual: 'courses-kind-individual',
  guest: 'courses-kind-guest',
  break: 'courses-kind-break',
  lunch: 'courses-kind-lunch',
  interpreting: 'courses-kind-interpreting',
};

export const KIND_PICTOGRAMS: Record<BlockKind, Exclude<Pictogram, null>> = {
  information: 'information',
  exercise: 'exercise',
  discussion: 'discussion',
  individual: 'exercise',
  guest: 'discussion',
  break: 'break',
  lunch: 'break',
  interpreting: 'break',
};

/** Kinds that carry nothing but their minutes. */
const PAUSES: readonly BlockKind[] = ['break', 'lunch', 'interpreting'];

/** Whether a block of `kind` carries nothing but its minutes (a break, lunch, interpreting time). */
export const isPause = (kind: BlockKind) => PAUSES.includes(kind);

/** Whether a block of `kind` points at an exercise (done together, or on paper alone). */
export const takesExercise = (kind: BlockKind) => kind === 'exercise' || kind === 'individual';

/** The message id of a guest's name. */
export const guestTitleId = (guest: string) => `plan-guest-${guest}`;

/** The message id of what a guest talks about. */
export const guestPromptId = (guest: string) => `plan-guest-${guest}-prompt`;

/**
 * The exercises a block of `kind` may use (lib/visibility.ts `inCourse`, as the back end checks
 * it): a whole-group block never one shown "only when the person raised it" or "once the person
 * chose return"; individual work on paper may use those; no block ever uses the counsellor's own.
 */
export function exercisesFor(kind: BlockKind, exercises: readonly Exercise[]): Exercise[] {
  return takesExercise(kind) ? exercises.filter((e) => inCourse(e.visibility, kind === 'exercise')) : [];
}

/** Every topic the shipped plans and `days` refer to, sorted. */
export function knownTopics(plans: readonly CoursePlan[], days: readonly Day[] = []): string[] {
  const topics = new Set<string>();
  for (const day of [...plans.flatMap((p) => p.days), ...days]) {
    for (const block of day.blocks) if (block.topic && block.kind !== 'guest') topics.add(block.topic);
  }
  return [...topics].sort();
}

/** What a block shows, in words of `t`: the exercise's or card's title, the topic, or "Break". */
export function blockTitle(block: Block, library: ContentLibrary, t: Translate): string {
  if (takesExercise(block.kind)) {
    const exercise = library.exercises.find((e) => e.id === block.exercise);
    return exercise ? t(exercise.titleId) : (block.exercise ?? '');
  }
  if (isPause(block.kind)) return t(KIND_IDS[block.kind]);
  if (block.kind === 'guest') return block.topic ? t(guestTitleId(block.topic)) : '';
  if (block.card !== undefined) {
    const card = library.cards.find((c) => c.id === block.card);
    return card ? t(card.titleId) : block.card;
  }
  return block.topic ? t(topicTitleId(block.topic)) : '';
}

/** A block's reference as one value for a <select>: `exercise:<id>`, `card:<id>`, `topic:<id>`, or ''. */
export function referenceOf(block: Block): string {
  if (takesExercise(block.kind)) return block.exercise ? `exercise:${block.exercise}` : '';
  if (isPause(block.kind)) return '';
  if (block.kind === 'guest') return block.topic ? `guest:${block.topic}` : '';
  if (block.card !== undefined) return `card:${block.card}`;
  return block.topic ? `topic:${block.topic}` : '';
}

/** The block with only what the back end accepts: no empty note, no reference its kind does not take. */
export function cleanBlock(block: Block): Block {
  const clean: Block = { kind: block.kind, minutes: block.minutes };
  if (takesExercise(block.kind) && block.exercise) clean.exercise = block.exercise;
  if (block.kind === 'information' && block.card) clean.card = block.card;
  else if ((block.kind === 'information' || block.kind === 'discussion' || block.kind === 'guest') && block.topic)
    clean.topic = block.topic;
  if (block.note && block.note.trim() !== '') clean.note = block.note;
  return clean;
}

/** `block` pointing at `reference` (a value of referenceOf). */
export function withReference(block: Block, reference: string): Block {
  const [type, ...rest] = reference.split(':');
  const id = rest.join(':');
  const base: Block = { kind: block.kind, minutes: block.minutes, note: block.note };
  if (type === 'exercise') base.exercise = id;
  else if (type === 'card') base.card = id;
  else if (type === 'topic' || type === 'guest') base.topic = id;
  return cleanBlock(base);
}

/** `block` turned into a `kind` block, with the first content it can point at. */
export function withKind(block: Block, kind: BlockKind, library: ContentLibrary, topics: readonly string[]): Block {
  const base: Block = { kind, minutes: block.minutes, note: block.note };
  if (takesExercise(kind)) {
    const allowed = exercisesFor(kind, library.exercises).sort((a, b) => a.order - b.order);
    const keep = allowed.some((e) => e.id === block.exercise) ? block.exercise : undefined;
    return cleanBlock({ ...base, exercise: keep ?? allowed[0]?.id });
  }
  if (kind === 'guest') {
    const keep = block.kind === 'guest' ? block.topic : undefined;
    return cleanBlock({ ...base, topic: keep ?? GUESTS[0] });
  }
  if (kind === 'information') {
    if (block.card) return cleanBlock({ ...base, card: block.card });
    const topic = block.topic ?? topics[0];
    if (topic) return cleanBlock({ ...base, topic });
    return cleanBlock({ ...base, card: library.cards[0]?.id });
  }
  if (kind === 'discussion') {
    const keep = block.kind === 'guest' ? undefined : block.topic;
    return cleanBlock({ ...base, topic: keep ?? topics[0] });
  }
  return cleanBlock(base);
}

/** A copy of the days (the plan's or a course's), with clean blocks. */
export function copyDays(days: readonly Day[]): Day[] {
  return days.map((day) => ({ blocks: day.blocks.map(cleanBlock) }));
}

/** A new course copied from a shipped plan: its title in the UI's language, its days, no facts yet. */
export function courseFromPlan(plan: CoursePlan, title: string): CourseInput {
  return {
    title: title.slice(0, MAX_TITLE_CHARS),
    plan: plan.id,
    heldOn: null,
    place: '',
    participants: null,
    languages: [],
    days: copyDays(plan.days),
  };
}

/** What is saved of a course. */
export function courseInput(course: Course | CourseInput): CourseInput {
  return {
    title: course.title,
    plan: course.plan,
    heldOn: course.heldOn,
    place: course.place,
    participants: course.participants,
    languages: [...course.languages],
    days: copyDays(course.days),
  };
}

/** The days with block `index` of day `day` moved by `delta` (−1 earlier, +1 later) within its day. */
export function moveBlock(days: readonly Day[], day: number, index: number, delta: -1 | 1): Day[] {
  return days.map((d, n) => {
    if (n !== day) return d;
    const target = index + delta;
    if (target < 0 || target >= d.blocks.length) return d;
    const blocks = [...d.blocks];
    const [moved] = blocks.splice(index, 1);
    if (moved) blocks.splice(target, 0, moved);
    return { blocks };
  });
}

/** Total minutes of a day. */
export const dayMinutes = (day: Day) => day.blocks.reduce((sum, b) => sum + b.minutes, 0);

/** Whether `tag` looks like a BCP 47 language tag (as the back end checks it). */
export function isLanguageTag(tag: string): boolean {
  return tag.length > 0 && tag.length <= 35 && /^[A-Za-z0-9-]+$/.test(tag);
}
