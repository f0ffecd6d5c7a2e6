// Types of group courses and the projector window, shared with the Rust back end
// (src-tauri/app/src/commands_courses.rs, projector.rs) and between the two windows.
import type { ErrorPayload } from './types';

export type BlockKind = 'information' | 'exercise' | 'discussion' | 'break';

/** One block of a course day. Which reference it carries depends on its kind:
 * exercise → `exercise` (an exercise id); information → `card` (a pathway card id) or `topic`;
 * discussion → `topic`; break → none. Topics have texts `plan-topic-<topic>` and
 * `plan-topic-<topic>-prompt`. */
export interface Block {
  kind: BlockKind;
  minutes: number;
  exercise?: string;
  card?: string;
  topic?: string;
  /** The facilitator's own note (never shown on the wall). */
  note?: string;
}

export interface Day {
  blocks: Block[];
}

/** A shipped plan template (assets/content/plans), part of ContentLibrary.plans. */
export interface CoursePlan {
  id: string;
  order: number;
  titleId: string;
  summaryId: string;
  /** One per day: `plan-<id>-day-<n>`. */
  dayTitleIds: string[];
  days: Day[];
}

/** A facilitator's course: anonymous facts only — never names. */
export interface CourseInput {
  title: string;
  /** The plan it was copied from. */
  plan: string | null;
  /** YYYY-MM-DD or null while planning. */
  heldOn: string | null;
  /** A place label such as "Antwerp, room 2" (≤ 60 characters). */
  place: string;
  participants: number | null;
  /** BCP 47 tags of the languages used in the group. */
  languages: string[];
  days: Day[];
}

export interface Course extends CourseInput {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export interface MonitorInfo {
  name: string;
  width: number;
  height: number;
  x: number;
  y: number;
  primary: boolean;
}

export interface ProjectorStatus {
  open: boolean;
  /** The display it is on, or will open on (the saved choice). */
  monitor: string | null;
  monitors: MonitorInfo[];
}

// ---- What travels from the counsellor window to the projector window (events only) ----

export const SLIDE_EVENT = 'avenir-slide';
export const BLACKOUT_EVENT = 'avenir-blackout';

export type SlideKind = 'title' | 'topic' | 'exercise' | 'card' | 'group' | 'break' | 'blank';

/** Pictograms bundled with the UI (inline SVG); null for none. */
export type Pictogram =
  | 'legalise'
  | 'onward'
  | 'return'
  | 'undocumented'
  | 'information'
  | 'exercise'
  | 'discussion'
  | 'break'
  | 'group'
  | null;

export interface SlideLine {
  text: string;
  /** A short label before the text (an option, a row, a pathway name…), or null. */
  label: string | null;
  pictogram: Pictogram;
}

/** The slide's text in one language: the projector formats nothing itself. */
export interface SlideColumn {
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  subtitle: string | null;
  lines: SlideLine[];
}

/** One slide, already translated: one column, or two languages side by side. Contains only
 * content and anonymous group answers — never a client's code, notes, answers or photos. */
export interface Slide {
  id: string;
  kind: SlideKind;
  pictogram: Pictogram;
  columns: SlideColumn[];
}

export interface Blackout {
  on: boolean;
}

export type { ErrorPayload };
