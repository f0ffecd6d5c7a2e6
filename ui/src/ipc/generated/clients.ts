// Generated from the Rust types by `make gen`; do not edit.

import type { HandoverMarkDto, HandoverReceivedDto } from './handover';

/**
 * A residence situation, as choices (never free text). A person can be in several at once
 * (an asylum application refused and an order to leave, say). The codes are stored: never
 * rename one, add a new one.
 */
export type Residence =
  | 'asylum_ongoing'
  | 'asylum_refused'
  | 'regularisation_pending'
  | 'order_to_leave'
  | 'never_applied'
  | 'overstayed_visa'
  | 'medical_pending'
  | 'appeal_pending'
  | 'dublin'
  | 'temporary_protection'
  | 'other';

/** The four residence pathways weighed side by side. */
export type Pathway = 'legalise' | 'onward' | 'return' | 'undocumented';

export type SessionKind = 'individual' | 'interpreter' | 'phone' | 'group';

/**
 * What the person said they decided in a session, in their own words: a pathway, or that they
 * are weighing the pathways again. Recorded only when the person says so; the latest one up to
 * a session is what holds then (people move back and forth).
 */
export type Decision = 'legalise' | 'onward' | 'return' | 'undocumented' | 'open';

export type ClientFilter = 'all' | 'due_this_week' | 'not_seen_3_months' | 'due_for_review';

/** The order of the client list (`list_clients`' `sort`, parsed by `avenir_api::ClientSort`). */
export type ClientSort = 'code' | 'next_follow_up' | 'last_session';

export type IdentifierKind = 'phone' | 'email' | 'national_number';

/** That the person agreed to notes being kept. */
export type ConsentDto = {
  /** `YYYY-MM-DD`. */
  givenOn: string;
  /** What was explained to the person. */
  explained: string;
  /** The language it was explained in. */
  language: string;
};

/** A client file as the UI edits it: pseudonymous (a code, never a name). */
export type ClientInputDto = {
  code: string;
  languages: Array<string>;
  /** The language of the material given to the person. */
  preferredLanguage: string | null;
  countryOfOrigin: string | null;
  arrivalYear: number | null;
  adults: number | null;
  children: number | null;
  childrenAtSchool: number | null;
  /** Every residence situation that applies (none recorded: empty). */
  residences: Array<Residence>;
  healthConcerns: boolean | null;
  notes: string;
  consent: ConsentDto | null;
  /** `YYYY-MM-DD`. */
  reviewOn: string | null;
};

export type ClientDto = {
  id: number;
  /** Local time, `YYYY-MM-DDTHH:MM`. */
  createdAt: string;
  code: string;
  languages: Array<string>;
  /** The language of the material given to the person. */
  preferredLanguage: string | null;
  countryOfOrigin: string | null;
  arrivalYear: number | null;
  adults: number | null;
  children: number | null;
  childrenAtSchool: number | null;
  /** Every residence situation that applies (none recorded: empty). */
  residences: Array<Residence>;
  healthConcerns: boolean | null;
  notes: string;
  consent: ConsentDto | null;
  /** `YYYY-MM-DD`. */
  reviewOn: string | null;
};

export type ClientRowDto = {
  id: number;
  code: string;
  lastSession: string | null;
  nextFollowUp: string | null;
  reviewOn: string | null;
};

export type SessionInputDto = {
  /** Local time, `YYYY-MM-DDTHH:MM`. */
  startedAt: string;
  durationMinutes: number | null;
  kind: SessionKind;
  pathways: Array<Pathway>;
  summary: string;
  privateNotes: string;
  /** `YYYY-MM-DD`. */
  followUp: string | null;
};

/** The free-text fields of a session that autosave (`save_session_text`'s `field`). */
export type SessionTextField = 'summary' | 'privateNotes';

export type NextStepDto = { id: number; sessionId: number; text: string; done: boolean };

export type SessionDto = {
  id: number;
  clientId: number;
  /** Local time, `YYYY-MM-DDTHH:MM`. */
  startedAt: string;
  durationMinutes: number | null;
  kind: SessionKind;
  pathways: Array<Pathway>;
  summary: string;
  privateNotes: string;
  followUp: string | null;
  /** The person's own decision recorded in this session. */
  decision: Decision | null;
  nextSteps: Array<NextStepDto>;
};

export type OverviewDto = {
  client: ClientDto;
  /** Newest first. */
  sessions: Array<SessionDto>;
  openSteps: Array<NextStepDto>;
  /** The client's last handover to a colleague, if any. */
  handover: HandoverMarkDto | null;
  /** When the client came from a colleague, with the receipt code to read back to her. */
  received: HandoverReceivedDto | null;
};

/**
 * Where a search hit was found: the `field` column of the vault's search index (written by its
 * triggers in `avenir-vault`'s `db.rs`).
 */
export type SearchField = 'code' | 'summary' | 'notes' | 'client_notes';

export type SearchHitDto = {
  clientId: number;
  code: string;
  sessionId: number | null;
  field: SearchField;
  /** Plain text around the match. */
  snippet: string;
  startedAt: string | null;
};

export type CodeDto = { code: string };

export type IdentifiersDto = { kinds: Array<IdentifierKind> };
