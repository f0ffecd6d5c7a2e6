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
