// Why a new passphrase cannot be used yet, as message ids (see vault.ftl).
import type { Strength, StrengthScore } from '../ipc/types';

/** The visible name of each strength level. */
export const STRENGTH_LEVEL_IDS: Record<StrengthScore, string> = {
  0: 'strength-level-0',
  1: 'strength-level-1',
  2: 'strength-level-2',
  3: 'strength-level-3',
  4: 'strength-level-4',
};

/** Feedback ids the back end may send with a strength. */
export const STRENGTH_FEEDBACK_IDS = [
  'strength-feedback-too-short',
  'strength-feedback-common',
  'strength-feedback-repeated',
  'strength-feedback-add-words',
] as const;

/**
 * The reasons, in reading order, why `passphrase` (typed twice) cannot be
 * used; empty when it can. `strength` is null while it is being checked.
 */
export function passphraseProblems(passphrase: string, repeat: string, strength: Strength | null): string[] {
  if (passphrase === '') return ['vault-problem-empty'];
  const problems: string[] = [];
  if (strength === null) problems.push('vault-problem-checking');
  else if (!strength.acceptable) problems.push('vault-problem-weak');
  if (repeat !== passphrase) problems.push('vault-problem-mismatch');
  return problems;
}
