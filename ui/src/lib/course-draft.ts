// The course editor's draft: a course's anonymous facts as the fields hold them, checked and turned
// into what update_course saves.
import type { Course, CourseInput, Day } from '../ipc/projector-types';
import { parseLanguages } from './client-form';
import { cleanBlock, isLanguageTag, MAX_LANGUAGES, MAX_PARTICIPANTS, MAX_TITLE_CHARS } from './course-blocks';

/** A course's facts as the editor's fields hold them. */
export interface CourseFacts {
  title: string;
  /** YYYY-MM-DD, or '' when there is none. */
  heldOn: string;
  place: string;
  /** As typed; '' when not known. */
  participants: string;
  /** The languages ticked: those the app has. */
  languages: string[];
  /** The other languages, as typed (comma-separated tags). */
  otherLanguages: string;
}

/** The field that keeps a draft from being saved. */
export type CourseProblem = 'title' | 'participants' | 'languages';

export const PROBLEM_IDS: Record<CourseProblem, string> = {
  title: 'courses-invalid-title',
  participants: 'courses-invalid-participants',
  languages: 'courses-invalid-languages',
};

/** The facts of `course` for the fields; `available` are the tags of the languages the app has. */
export function factsOf(course: Course, available: readonly string[]): CourseFacts {
  return {
    title: course.title,
    heldOn: course.heldOn ?? '',
    place: course.place,
    participants: course.participants === null ? '' : String(course.participants),
    languages: course.languages.filter((tag) => available.includes(tag)),
    otherLanguages: course.languages.filter((tag) => !available.includes(tag)).join(', '),
  };
}

/** The languages used: the ones ticked, then the others typed, each once. */
export function allLanguages(facts: CourseFacts): string[] {
  const result: string[] = [];
  for (const tag of [...facts.languages, ...parseLanguages(facts.otherLanguages)]) {
    if (!result.some((known) => known.toLowerCase() === tag.toLowerCase())) result.push(tag);
  }
  return result;
}

/** What would be saved of a course copied from `plan`, or the field that is not right. */
export function courseDraft(
  facts: CourseFacts,
  plan: string | null,
  days: readonly Day[],
): { input: CourseInput } | { problem: CourseProblem } {
  const trimmed = facts.title.trim();
  if (trimmed === '' || trimmed.length > MAX_TITLE_CHARS) return { problem: 'title' };
  let count: number | null = null;
  if (facts.participants.trim() !== '') {
    count = Number(facts.participants);
    if (!Number.isInteger(count) || count < 1 || count > MAX_PARTICIPANTS) return { problem: 'participants' };
  }
  const tags = allLanguages(facts);
  if (tags.length > MAX_LANGUAGES || !tags.every(isLanguageTag)) return { problem: 'languages' };
  return {
    input: {
      title: trimmed,
      plan,
      heldOn: facts.heldOn === '' ? null : facts.heldOn,
      place: facts.place.trim(),
      participants: count,
      languages: tags,
      days: days.map((day) => ({ blocks: day.blocks.map(cleanBlock) })),
    },
  };
}

/** A course as compared for unsaved changes (the back end keeps the languages sorted). */
export const comparable = (input: CourseInput) => JSON.stringify({ ...input, languages: [...input.languages].sort() });
