// The only module of the UI that talks to the Rust back end (with call.ts, clients.ts, worksheets.ts, album.ts,
// projector.ts, display.ts, backup.ts, keys.ts, handover.ts, directory.ts, explorer.ts and speech.ts).
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './call';
import { toAvenirError } from './errors';
import type {
  Catalogue,
  GeneratedPassphrase,
  RecoveryCheck,
  RecoveryKey,
  Strength,
  UnlockMethod,
  VaultStatus,
} from './types';

export { AvenirError, toAvenirError, isErrorPayload } from './errors';
export type * from './types';
export * from './clients';
export * from './worksheets';
export type * from './worksheet-types';
export * from './album';
export type * from './album-types';
export { ALBUM_CATEGORIES } from './album-types';
export * from './projector';
export * from './display';
export type * from './projector-types';
export { SLIDE_EVENT, BLACKOUT_EVENT } from './projector-types';
export * from './backup';
export * from './keys';
export type { BackupStatusDto, ChosenFileDto } from './generated/backup';
export * from './handover';
export type {
  CasePreviewDto,
  CaseReceivedDto,
  CaseSentDto,
  ContactDto,
  EscrowDto,
  HandoverBookDto,
  HandoverIdentityDto,
  HandoverMarkDto,
  HandoverModeDto,
} from './generated/handover';
export * from './directory';
export type {
  BadRowDto,
  DirectoryHitsDto,
  DirectoryImportDto,
  DirectoryOfferDto,
  KeptRowDto,
  ServiceDto,
  ServiceFilterDto,
  ServiceInputDto,
  ServiceKind,
} from './generated/directory';
export * from './explorer';
export * from './speech';
export type {
  CountryDto as ExplorerCountry,
  Eligible,
  ExplorationDto as Exploration,
  ExploreLineDto as ExploreLine,
  ExplorerPeriodDto as ExplorerPeriod,
  ExplorerSetupDto as ExplorerSetup,
  HouseholdDto as Household,
  Nationality,
  Vulnerability,
} from './generated/explorer';

/** The catalogue for the language saved in the preferences. */
export function getCatalogue(): Promise<Catalogue> {
  return call<Catalogue>('get_catalogue');
}

/** Saves `locale` as the preferred language and returns its catalogue. */
export function setLanguage(locale: string): Promise<Catalogue> {
  return call<Catalogue>('set_language', { locale });
}

/** Tells the back end the first screen is on screen (start-up benchmark). */
export function frontendReady(): Promise<void> {
  return call<void>('frontend_ready');
}

// ---- The vault -------------------------------------------------------------

/** Which profiles exist and whether one is open. */
export function vaultStatus(): Promise<VaultStatus> {
  return call<VaultStatus>('vault_status');
}

/** How hard `passphrase` is to guess. Call it debounced while the user types. */
export function passphraseStrength(passphrase: string): Promise<Strength> {
  return call<Strength>('passphrase_strength', { passphrase });
}

/** A random passphrase of ordinary words. */
export function generatePassphrase(): Promise<GeneratedPassphrase> {
  return call<GeneratedPassphrase>('generate_passphrase');
}

/** Starts creating a vault: returns the recovery key, to be shown once. */
export function beginVaultCreation(): Promise<RecoveryKey> {
  return call<RecoveryKey>('begin_vault_creation');
}

/** Creates the vault begun by `beginVaultCreation`; answers with the vault open. */
export function finishVaultCreation(
  label: string,
  passphrase: string,
  recoveryCheck: RecoveryCheck[],
): Promise<VaultStatus> {
  return call<VaultStatus>('finish_vault_creation', { label, passphrase, recoveryCheck });
}

/** Forgets the creation begun by `beginVaultCreation`. */
export function cancelVaultCreation(): Promise<void> {
  return call<void>('cancel_vault_creation');
}

/** Opens the vault of `profileId` with its passphrase or its recovery key. */
export function unlock(profileId: string, secret: string, method: UnlockMethod): Promise<VaultStatus> {
  return call<VaultStatus>('unlock', { profileId, secret, method });
}

/** Locks the open vault. The back end then reloads the page. */
export function lock(): Promise<VaultStatus> {
  return call<VaultStatus>('lock');
}

/**
 * Replaces the passphrase of the open vault (the recovery key stays the same). `current` is the
 * passphrase, or the recovery key with `method` 'recovery'. Answers the status, in which no new
 * passphrase is owed any more.
 */
export function changePassphrase(current: string, method: UnlockMethod, next: string): Promise<VaultStatus> {
  return call<VaultStatus>('change_passphrase', { current, method, next });
}

/** Minutes without activity before the open vault locks itself (1–60). */
export function setIdleMinutes(minutes: number): Promise<VaultStatus> {
  return call<VaultStatus>('set_idle_minutes', { minutes });
}

/** Tells the back end the user is active, which postpones the automatic lock. */
export function touch(): Promise<void> {
  return call<void>('touch');
}

/**
 * Calls `callback` when the back end has locked the vault (idle time…).
 * Resolves to a function that stops listening; it never throws.
 */
export async function onVaultLocked(callback: () => void): Promise<() => void> {
  let stop: UnlistenFn;
  try {
    stop = await listen('vault-locked', () => callback());
  } catch (raw) {
    throw toAvenirError(raw);
  }
  return () => {
    // The event system may already be gone (page unloading): nothing to stop then.
    Promise.resolve()
      .then(stop)
      .catch(() => undefined);
  };
}
