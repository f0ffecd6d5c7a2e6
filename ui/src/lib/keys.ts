// The vault's keys without markup: the secret that shows it is the counsellor (the passphrase,
// or the recovery key in the form Avenir shows it), and what the screen that asks for a new
// passphrase after an unlock with the recovery key offers and refuses.
import type { PassphraseReset, Strength, UnlockMethod } from '../ipc/types';
import { passphraseProblems } from './passphrase';
import { canonicalRecoveryKey, compactRecovery } from './recovery';

/** A secret as the back end takes it: the text and which secret it is. */
export interface GivenSecret {
  secret: string;
  method: UnlockMethod;
}

/** What was typed in a "current passphrase or recovery key" field, as the back end takes it. */
export function givenSecret(typed: string, useRecovery: boolean): GivenSecret {
  return useRecovery ? { secret: canonicalRecoveryKey(typed), method: 'recovery' } : { secret: typed, method: 'passphrase' };
}

/** Why the current secret typed in such a field cannot be sent yet: a message id, or null. */
export function currentProblem(typed: string, useRecovery: boolean): string | null {
  if (useRecovery) return compactRecovery(typed) === '' ? 'vault-problem-current-recovery' : null;
  return typed === '' ? 'vault-problem-current' : null;
}

/** What the screen offers while a new passphrase is owed. */
export interface ResetOffer {
  /** Whether "Later (once)" is there. */
  postpone: boolean;
  /** Said once the postponement is spent; null while it is not. */
  last: string | null;
}

export function resetOffer(reset: PassphraseReset): ResetOffer {
  return reset.mayPostpone ? { postpone: true, last: null } : { postpone: false, last: 'vault-reset-last' };
}

/**
 * Why the new passphrase cannot be saved yet, in reading order; empty when it can. The current
 * secret is asked for only when the unlock did not leave one (`known` null: the page was loaded
 * with the vault open).
 */
export function resetProblems(
  known: GivenSecret | null,
  typedCurrent: string,
  useRecovery: boolean,
  next: string,
  repeat: string,
  strength: Strength | null,
): string[] {
  const current = known === null ? currentProblem(typedCurrent, useRecovery) : null;
  return [...(current === null ? [] : [current]), ...passphraseProblems(next, repeat, strength)];
}
