// Generated from the Rust types by `make gen`; do not edit.

export type BlockKind =
  | 'information'
  | 'exercise'
  | 'discussion'
  | 'break'
  | 'lunch'
  | 'interpreting'
  | 'guest'
  | 'individual';

/** One block of a day. Which reference it carries depends on its kind. */
export type Block = {
  kind: BlockKind;
  minutes: number;
  exercise?: string;
  card?: string;
  topic?: string;
  /** The facilitator's own note for this block (not shown on the wall). */
  note?: string;
};

export type Day = { blocks: Array<Block> };

/**
 * A checked plan template. Texts: `plan-<id>-title`, `plan-<id>-summary`, `plan-<id>-day-<n>`
 * (n from 1), and for topics `plan-topic-<topic>` and `plan-topic-<topic>-prompt`.
 */
export type Plan = {
  id: string;
  order: number;
  titleId: string;
  summaryId: string;
  dayTitleIds: Array<string>;
  days: Array<Day>;
};

/** A facilitator's course: anonymous facts only, never names. */
export type CourseInputDto = {
  title: string;
  /** The plan it was copied from. */
  plan: string | null;
  /** `YYYY-MM-DD` or null. */
  heldOn: string | null;
  /** A place label such as "Antwerp, room 2". */
  place: string;
  participants: number | null;
  /** BCP 47 tags of the languages used in the group. */
  languages: Array<string>;
  days: Array<Day>;
};

export type CourseDto = {
  id: number;
  createdAt: string;
  updatedAt: string;
  title: string;
  /** The plan it was copied from. */
  plan: string | null;
  /** `YYYY-MM-DD` or null. */
  heldOn: string | null;
  /** A place label such as "Antwerp, room 2". */
  place: string;
  participants: number | null;
  /** BCP 47 tags of the languages used in the group. */
  languages: Array<string>;
  days: Array<Day>;
};

export type MonitorDto = {
  name: string;
  width: number;
  height: number;
  x: number;
  y: number;
  primary: boolean;
};

export type ProjectorStatusDto = {
  open: boolean;
  /** The display it is on (or will open on): the saved choice when there is one. */
  monitor: string | null;
  monitors: Array<MonitorDto>;
};
