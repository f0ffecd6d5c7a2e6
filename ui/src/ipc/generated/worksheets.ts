// Generated from the Rust types by `make gen`; do not edit.

import type { CommandError } from './app';
import type { Pathway } from './clients';
import type { Plan } from './courses';

/** An option, row, column or tag, with the message id of its label. */
export type Item = { id: string; labelId: string };

export type ChoiceStyle = 'buttons' | 'curve';

export type CellKind = 'text' | 'scale';

export type ChartKind = 'heatmap';

export type Kind =
  | { kind: 'short_text'; maxChars: number }
  | { kind: 'long_text'; maxChars: number }
  | { kind: 'choice'; options: Array<Item>; style: ChoiceStyle }
  | { kind: 'checklist'; options: Array<Item> }
  | { kind: 'scale'; lowId: string; highId: string }
  | { kind: 'list'; maxItems: number; ordered: boolean }
  | {
      kind: 'matrix';
      rows: Array<Item>;
      columns: Array<Item>;
      cells: CellKind;
      lowId: string | null;
      highId: string | null;
      chart: ChartKind | null;
    }
  | { kind: 'timeline'; tags: Array<Item>; maxItems: number }
  | { kind: 'photos'; maxItems: number };

/** A checked field: its id, the message ids of its question and hint, and its kind. */
export type Field = { id: string; labelId: string; helpId: string | null } & (
  | { kind: 'short_text'; maxChars: number }
  | { kind: 'long_text'; maxChars: number }
  | { kind: 'choice'; options: Array<Item>; style: ChoiceStyle }
  | { kind: 'checklist'; options: Array<Item> }
  | { kind: 'scale'; lowId: string; highId: string }
  | { kind: 'list'; maxItems: number; ordered: boolean }
  | {
      kind: 'matrix';
      rows: Array<Item>;
      columns: Array<Item>;
      cells: CellKind;
      lowId: string | null;
      highId: string | null;
      chart: ChartKind | null;
    }
  | { kind: 'timeline'; tags: Array<Item>; maxItems: number }
  | { kind: 'photos'; maxItems: number }
);

export type Guide = {
  aimId: string;
  introduceId: string;
  avoidId: string;
  /** How to use it with a group, when the exercise has such a paragraph. */
  groupId: string | null;
};

/** When an exercise may be put in front of a person. */
export type Visibility = 'always' | 'when_raised' | 'after_return_chosen' | 'counsellor_only';

/** A checked exercise, ready to render. */
export type Exercise = {
  id: string;
  order: number;
  titleId: string;
  summaryId: string;
  introId: string;
  visibility: Visibility;
  guide: Guide;
  fields: Array<Field>;
};

export type CardSection = { id: string; headingId: string; bodyId: string };

export type CardSource = { labelId: string; year: number };

/** A pathway information card, and whether its facts were checked more than a year ago. */
export type CardDto = {
  outdated: boolean;
  id: string;
  /** `legalise`, `onward`, `return` or `undocumented`. */
  pathway: Pathway;
  order: number;
  titleId: string;
  summaryId: string;
  /** `YYYY-MM-DD`. */
  checkedOn: string;
  sources: Array<CardSource>;
  overview: Array<CardSection>;
  details: Array<CardSection>;
};

/** The exercises, course plans and cards, with every definition that could not be used and why. */
export type LibraryDto = {
  exercises: Array<Exercise>;
  plans: Array<Plan>;
  cards: Array<CardDto>;
  /** Each names the file and the field. */
  problems: Array<CommandError>;
};

/** A matrix cell: a 0–10 number or text, as the field's `cells` says. */
export type Cell = number | string;

export type MatrixCell = { row: string; column: string; value: Cell };

export type TimelineEvent = { when: string; text: string; tag: string | null };

/** An answer, tagged with its kind: `{"kind": "scale", "value": 7}`. */
export type Answer =
  | { kind: 'text'; value: string }
  | { kind: 'choice'; value: string | null }
  | { kind: 'checklist'; value: Array<string> }
  | { kind: 'scale'; value: number | null }
  | { kind: 'list'; value: Array<string> }
  | { kind: 'matrix'; value: Array<MatrixCell> }
  | { kind: 'timeline'; value: Array<TimelineEvent> }
  | { kind: 'photos'; value: Array<number> };

/** A field's answer as saved in one session. */
export type AnswerRecordDto = {
  sessionId: number;
  /** The session's start, local time `YYYY-MM-DDTHH:MM`. */
  startedAt: string;
  exercise: string;
  field: string;
  answer: Answer;
  /** Local time, `YYYY-MM-DDTHH:MM`. */
  savedAt: string;
};

/** In how many sessions an exercise was worked on, and the last one. */
export type ActivityDto = { exercise: string; sessions: number; lastStartedAt: string };

export type JournalInputDto = {
  pathway: Pathway;
  possible: number | null;
  wanted: number | null;
  why: string;
};

/** Where the person placed themselves on a pathway in one session. */
export type JournalEntryDto = {
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
};
