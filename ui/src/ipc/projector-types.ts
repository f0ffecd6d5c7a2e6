// Types of group courses and the projector window. Courses and the projector's status cross as
// the Rust back end declares them (./generated/courses.ts, `make gen`; commands_courses.rs,
// projector.rs); slides travel between the two windows only and are the UI's own.
import type { ErrorPayload } from './types';

// A block's reference depends on its kind: exercise → `exercise` (an exercise id); information →
// `card` (a pathway card id) or `topic`; discussion → `topic`; break → none. Topics have texts
// `plan-topic-<topic>` and `plan-topic-<topic>-prompt`.
export type {
  Block,
  BlockKind,
  CourseDto as Course,
  CourseInputDto as CourseInput,
  Day,
  MonitorDto as MonitorInfo,
  Plan as CoursePlan,
  ProjectorStatusDto as ProjectorStatus,
} from './generated/courses';

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
