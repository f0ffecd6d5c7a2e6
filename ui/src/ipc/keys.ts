// Commands of the vault's keys: postponing the new passphrase owed after an unlock with the
// recovery key, a new recovery key, and a new key for the whole vault. Changing the passphrase
// is `changePassphrase` (index.ts). Each needs the open vault.
import { Channel } from '@tauri-apps/api/core';
import { call } from './call';
import type { NewRecoveryKey, Rekeyed, UnlockMethod, VaultStatus } from './types';

/** Postpones choosing the new passphrase, once; the answer says it may not be postponed again. */
export function postponePassphraseReset(): Promise<VaultStatus> {
  return call<VaultStatus>('postpone_passphrase_reset');
}

/**
 * A new recovery key, after checking `current` (the passphrase, or the recovery key with `method`
 * 'recovery'). The old recovery key stops opening the vault; the new one is answered once.
 */
export function rotateRecovery(current: string, method: UnlockMethod): Promise<NewRecoveryKey> {
  return call<NewRecoveryKey>('rotate_recovery', { current, method });
}

/**
 * A new key for the whole vault, after checking `current`. It then opens with `newPassphrase`, or
 * the current passphrase when null (which needs `method` 'passphrase'). Takes seconds on a large
 * vault: `onprogress` gets the fraction done (0–1), also after the answer for the last report.
 */
export function rekey(
  current: string,
  method: UnlockMethod,
  newPassphrase: string | null,
  onprogress: (fraction: number) => void,
): Promise<Rekeyed> {
  const progress = new Channel<number>((fraction) => onprogress(fraction));
  return call<Rekeyed>('rekey', { current, method, newPassphrase, progress });
}
