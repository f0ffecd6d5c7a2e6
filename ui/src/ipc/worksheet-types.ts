// Types of the exercise engine, the pathway cards and the decision journal, shared with the Rust
// back end (serde structs in avenir-core and src-tauri/app). See assets/content/README.md.
import type { CoursePlan } from './projector-types';
import type { ErrorPayload, Pathway } from './types';

/** An option, a matrix row or column, or a timeline tag. */
export interface ContentItem {
  id: string;
  /** Fluent message id of its label. */
  labelId: string;
}

interface FieldBase {
  id: string;
  /** Fluent message id of the question. */
  labelId: string;
  /** Fluent message id of a hint, when the definition has one. */
  helpId: string | null;
}

export type Field = FieldBase &
  (
    | { kind: 'short_text' | 'long_text'; maxChars: number }
    | { kind: 'choice'; options: ContentItem[]; style: 'buttons' | 'curve' }
    | { kind: 'checklist'; options: ContentItem[] }
    | { kind: 'scale'; lowId: string; highId: string }
    | { kind: 'list'; maxItems: number; ordered: boolean }
    | {
        kind: 'matrix';
        rows: ContentItem[];
        columns: ContentItem[];
        cells: 'text' | 'scale';
        /** Ends of the scale when `cells` is 'scale', else null. */
        lowId: string | null;
        highId: string | null;
        /** 'heatmap': the decision journal draws this matrix as a heat map. */
        chart: 'heatmap' | null;
      }
    | { kind: 'timeline'; tags: ContentItem[]; maxItems: number }
    | { kind: 'photos'; maxItems: number }
  );

export type FieldKind = Field['kind'];

export interface Exercise {
  id: string;
  order: number;
  titleId: string;
  summaryId: string;
  introId: string;
  guide: { aimId: string; introduceId: string; avoidId: string };
  fields: Field[];
}

export interface CardSection {
  id: string;
  headingId: string;
  bodyId: string;
}

export interface CardSource {
  labelId: string;
  year: number;
}

/** A pathway information card: an open overview and the details, with its date and sources. */
export interface PathwayCard {
  id: string;
  pathway: Pathway;
  order: number;
  titleId: string;
  summaryId: string;
  /** YYYY-MM-DD: when the facts were last checked. */
  checkedOn: string;
  /** True when checkedOn is more than a year ago. */
  outdated: boolean;
  sources: CardSource[];
  overview: CardSection[];
  details: CardSection[];
}

/** The exercises and cards, with any definition that could not be used and why. */
export interface ContentLibrary {
  exercises: Exercise[];
  /** Course plan templates for group sessions. */
  plans: CoursePlan[];
  cards: PathwayCard[];
  /** Each names the file and the field: args `file`, `field`, `detail`. */
  problems: ErrorPayload[];
}

/** One matrix cell: text or a 0–10 number, depending on the field's `cells`. */
export interface MatrixCell {
  row: string;
  column: string;
  value: string | number;
}

export interface TimelineEvent {
  /** Free text: a date, a year, an age, "next year"… */
  when: string;
  text: string;
  tag: string | null;
}

/** An answer. Its kind follows the field's kind (short_text and long_text both give 'text'). */
export type Answer =
  | { kind: 'text'; value: string }
  | { kind: 'choice'; value: string | null }
  | { kind: 'checklist'; value: string[] }
  | { kind: 'scale'; value: number | null }
  | { kind: 'list'; value: string[] }
  | { kind: 'matrix'; value: MatrixCell[] }
  | { kind: 'timeline'; value: TimelineEvent[] }
  | { kind: 'photos'; value: number[] };

/** A field's answer as saved in one session. */
export interface AnswerRecord {
  sessionId: number;
  /** The session's start, local time `YYYY-MM-DDTHH:MM` (as Session.startedAt). */
  startedAt: string;
  exercise: string;
  field: string;
  answer: Answer;
  /** When it was saved, local time `YYYY-MM-DDTHH:MM`. */
  savedAt: string;
}

/** In how many sessions an exercise was worked on, and the last one. */
export interface ExerciseActivity {
  exercise: string;
  sessions: number;
  lastStartedAt: string;
}

/** Where the person placed themselves on a pathway in one session. */
export interface JournalEntry {
  sessionId: number;
  startedAt: string;
  pathway: Pathway;
  /** 0–10: how possible the pathway seems; null when not said. */
  possible: number | null;
  /** 0–10: how much the person wants it; null when not said. */
  wanted: number | null;
  /** A word of why, in the person's words. */
  why: string;
  savedAt: string;
}

export interface JournalInput {
  pathway: Pathway;
  possible: number | null;
  wanted: number | null;
  why: string;
}
