// Generated from the Rust types by `make gen`; do not edit.

/** `none`: no profile on this computer; `locked`: profiles, none open; `unlocked`: one is open. */
export type VaultState = 'none' | 'locked' | 'unlocked';

export type VaultStatusDto = {
  state: VaultState;
  profiles: Array<ProfileDto>;
  open: OpenVaultDto | null;
};

/** A counsellor profile. The label names the counsellor, never a client. */
export type ProfileDto = { id: string; label: string };

/** The profile whose vault is open. */
export type OpenVaultDto = {
  id: string;
  label: string;
  /** Minutes without activity before the vault locks itself. */
  idleMinutes: number;
};

export type StrengthDto = {
  /** zxcvbn's score, 0 (guessable) to 4. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Whether the passphrase meets Avenir's minimum. */
  acceptable: boolean;
  /** Fluent message ids (`strength-feedback-…`); may be empty. */
  feedback: Array<string>;
};

export type GeneratedDto = { passphrase: string };

export type CreationDto = {
  /** Groups of 4 characters joined by `-`, shown once. */
  recoveryKey: string;
  /** How many groups the key has. */
  groups: number;
};

/** One group of the recovery key typed back; `index` is 0-based. */
export type RecoveryCheckDto = { index: number; text: string };

export type UnlockMethod = 'passphrase' | 'recovery';
