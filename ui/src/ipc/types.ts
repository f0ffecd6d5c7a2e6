// Types of the catalogues, the vault and client files, as the Rust back end sends and takes them.
// They are generated from the Rust types (./generated, `make gen`) and named here as the UI uses
// them. Dates are local calendar dates `YYYY-MM-DD`; date-times are local `YYYY-MM-DDTHH:MM`.
import type { CommandError } from './generated/app';
import type { StrengthDto } from './generated/vault';

export type {
  CatalogueDto as Catalogue,
  ChainEntryDto as CatalogueEntry,
  CommandError as ErrorPayload,
  Direction,
  LocaleInfoDto as LocaleInfo,
} from './generated/app';

/** Message arguments of an error: strings stay strings, numbers stay numbers. */
export type ErrorArgs = CommandError['args'];

// The vault.

export type {
  CreationDto as RecoveryKey,
  GeneratedDto as GeneratedPassphrase,
  NewRecoveryKeyDto as NewRecoveryKey,
  OpenVaultDto as OpenVault,
  PassphraseResetDto as PassphraseReset,
  ProfileDto as ProfileInfo,
  RecoveryCheckDto as RecoveryCheck,
  RekeyedDto as Rekeyed,
  StrengthDto as Strength,
  UnlockMethod,
  VaultState,
  VaultStatusDto as VaultStatus,
} from './generated/vault';

export type StrengthScore = StrengthDto['score'];

// Client files (pseudonymous: a code, never a real name, ID number, address or phone).

export type {
  ClientDto as Client,
  ClientFilter,
  ClientInputDto as ClientInput,
  ClientRowDto as ClientRow,
  ClientSort,
  CodeDto as SuggestedCode,
  ConsentDto as Consent,
  Decision,
  IdentifierKind,
  IdentifiersDto as IdentifierCheck,
  NextStepDto as NextStep,
  OverviewDto as Overview,
  Pathway,
  Residence,
  SearchField,
  SearchHitDto as SearchHit,
  SessionDto as Session,
  SessionInputDto as SessionInput,
  SessionKind,
  SessionTextField,
} from './generated/clients';
