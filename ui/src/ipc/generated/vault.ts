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
  /** A new passphrase is owed (the vault was opened with the recovery key); null when none is. */
  passphraseReset: PassphraseResetDto | null;
};

/** The new passphrase owed after an unlock with the recovery key. */
export type PassphraseResetDto = {
  /** Whether choosing it may still be postponed (once). */
  mayPostpone: boolean;
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

/**
 * One group of the recovery key typed back; `index` is 0-based. The text is part of the
 * recovery key: wiped when dropped.
 */
export type RecoveryCheckDto = { index: number; text: string };

export type UnlockMethod = 'passphrase' | 'recovery';

/** A new recovery key, shown once: the old one no longer opens the vault. */
export type NewRecoveryKeyDto = {
  /** Groups of 4 characters joined by `-`. */
  recoveryKey: string;
};

/** The vault has a new key: the new recovery key (shown once) and what to tell about backups. */
export type RekeyedDto = {
  /** Groups of 4 characters joined by `-`; the recovery key from before opens nothing now. */
  recoveryKey: string;
  /** Whether to offer a backup now (older backups still open with the old secrets). */
  offerBackup: boolean;
  /** The Fluent message id that says so. */
  notice: string;
};
