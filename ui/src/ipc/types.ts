// Types shared with the Rust back end (Tauri commands). Keep in sync with the
// serde structs on the Rust side.

export type Direction = 'ltr' | 'rtl';

export interface LocaleInfo {
  locale: string;
  /** The language's own name, e.g. "Nederlands". */
  name: string;
  dir: Direction;
  /** Whether every message of the app is translated in this locale. */
  complete: boolean;
}

export interface CatalogueEntry {
  locale: string;
  /** Raw Fluent (FTL) source for this locale. */
  ftl: string;
}

export interface Catalogue {
  locale: string;
  dir: Direction;
  /** Fallback chain, most specific first, e.g. ar then en. */
  chain: CatalogueEntry[];
  available: LocaleInfo[];
}

export type ErrorArgs = Record<string, string | number>;

/** What a failing command rejects with. */
export interface ErrorPayload {
  code: string;
  messageId: string;
  args: ErrorArgs;
}

// The vault.

/** 'none': no profile on this computer; 'locked': profiles, none open; 'unlocked': one is open. */
export type VaultState = 'none' | 'locked' | 'unlocked';

/** A counsellor profile. The label names the counsellor, never a client. */
export interface ProfileInfo {
  id: string;
  label: string;
}

/** The profile whose vault is open. */
export interface OpenVault {
  id: string;
  label: string;
  /** Minutes without activity before the back end locks (1–60). */
  idleMinutes: number;
}

export interface VaultStatus {
  state: VaultState;
  profiles: ProfileInfo[];
  open: OpenVault | null;
}

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: StrengthScore;
  /** True when the passphrase meets Avenir's minimum (score ≥ 3). */
  acceptable: boolean;
  /** Fluent message ids (`strength-feedback-…`); may be empty. */
  feedback: string[];
}

export interface GeneratedPassphrase {
  passphrase: string;
}

export interface RecoveryKey {
  /** Groups of 4 characters joined by '-', e.g. `7K3M-Q9XA-…`. */
  recoveryKey: string;
  /** How many groups the key has. */
  groups: number;
}

/** One group of the recovery key typed back by the user; `index` is 0-based. */
export interface RecoveryCheck {
  index: number;
  text: string;
}

export type UnlockMethod = 'passphrase' | 'recovery';

// Client files (pseudonymous: a code, never a real name, ID number, address or phone).
// Dates are local calendar dates `YYYY-MM-DD`; date-times are local `YYYY-MM-DDTHH:MM`.

export type Residence =
  | 'asylum_ongoing'
  | 'asylum_refused'
  | 'regularisation_pending'
  | 'order_to_leave'
  | 'never_applied'
  | 'other';

/** The four residence pathways weighed with the person. */
export type Pathway = 'legalise' | 'onward' | 'return' | 'undocumented';

export type SessionKind = 'individual' | 'interpreter' | 'phone' | 'group';

export type ClientFilter = 'all' | 'due_this_week' | 'not_seen_3_months' | 'due_for_review';

export type ClientSort = 'code' | 'next_follow_up' | 'last_session';

export interface Consent {
  givenOn: string;
  /** What was explained to the person. */
  explained: string;
  /** The language it was explained in. */
  language: string;
}

export interface ClientInput {
  code: string;
  languages: string[];
  /** Language of the material given to the person. */
  preferredLanguage: string | null;
  countryOfOrigin: string | null;
  arrivalYear: number | null;
  adults: number | null;
  children: number | null;
  childrenAtSchool: number | null;
  residence: Residence | null;
  healthConcerns: boolean | null;
  notes: string;
  consent: Consent | null;
  reviewOn: string | null;
}

export interface Client extends ClientInput {
  id: number;
  createdAt: string;
}

export interface ClientRow {
  id: number;
  code: string;
  lastSession: string | null;
  nextFollowUp: string | null;
  reviewOn: string | null;
}

export interface SessionInput {
  startedAt: string;
  durationMinutes: number | null;
  kind: SessionKind;
  pathways: Pathway[];
  summary: string;
  privateNotes: string;
  followUp: string | null;
}

export interface NextStep {
  id: number;
  sessionId: number;
  text: string;
  done: boolean;
}

export interface Session extends SessionInput {
  id: number;
  clientId: number;
  nextSteps: NextStep[];
}

export interface Overview {
  client: Client;
  /** Newest first. */
  sessions: Session[];
  openSteps: NextStep[];
}

export type SearchField = 'code' | 'summary' | 'notes' | 'client_notes';

export interface SearchHit {
  clientId: number;
  code: string;
  sessionId: number | null;
  field: SearchField;
  /** Plain text around the match. */
  snippet: string;
  startedAt: string | null;
}

/** The free-text fields of a session that autosave. */
export type SessionTextField = 'summary' | 'privateNotes';

export type IdentifierKind = 'phone' | 'email' | 'national_number';

export interface SuggestedCode {
  code: string;
}

export interface IdentifierCheck {
  kinds: IdentifierKind[];
}
