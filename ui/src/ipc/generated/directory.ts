// Generated from the Rust types by `make gen`; do not edit.

import type { Pathway } from './clients';

/** What a service offers. */
export type ServiceKind =
  | 'legal_aid'
  | 'medical'
  | 'return_partner'
  | 'social_services'
  | 'shelter'
  | 'psychosocial'
  | 'trafficking_support'
  | 'language_classes'
  | 'school';

/** An entry as the form sends it. Codes are core's snake_case ones; `checkedOn` `YYYY-MM-DD`. */
export type ServiceInputDto = {
  name: string;
  kind: ServiceKind;
  pathways: Array<Pathway>;
  languages: Array<string>;
  town: string;
  address: string;
  hours: string;
  phone: string;
  anonymous: boolean;
  bring: string;
  note: string;
  checkedOn: string | null;
};

/** An entry of the directory, and whether it was checked more than a year ago (or never). */
export type ServiceDto = {
  id: number;
  name: string;
  kind: ServiceKind;
  pathways: Array<Pathway>;
  languages: Array<string>;
  town: string;
  address: string;
  hours: string;
  phone: string;
  anonymous: boolean;
  bring: string;
  note: string;
  checkedOn: string | null;
  outdated: boolean;
};

/** What a search found: at most a page of entries by name, and whether there were more. */
export type DirectoryHitsDto = {
  entries: Array<ServiceDto>;
  /** More entries match than were sent: the counsellor narrows the search. */
  more: boolean;
};

/** A search; empty or null fields do not filter. */
export type ServiceFilterDto = {
  text: string;
  pathway: Pathway | null;
  kind: ServiceKind | null;
  language: string | null;
  town: string | null;
  anonymousOnly: boolean;
};

/**
 * A row of an import left out, by its line in the file: a field that is missing or not valid,
 * or the same name and town as an earlier line.
 */
export type BadRowDto = {
  line: number;
  /** The field at fault (`name`, `kind`, …), when that is why. */
  field: string | null;
  /** The earlier line with the same name and town, when that is why. */
  duplicateOf: number | null;
};

export type KeptRowDto = { line: number; name: string };

/** What an import will do (a preview) or did. */
export type DirectoryImportDto = {
  added: Array<string>;
  changed: Array<string>;
  unchanged: number;
  /** Left alone: the entry here was checked more recently. */
  keptNewer: Array<KeptRowDto>;
  bad: Array<BadRowDto>;
  ignoredColumns: Array<string>;
  applied: boolean;
};

/**
 * The organisation's starting directory, offered while the directory is empty (`file` null:
 * nothing to offer).
 */
export type DirectoryOfferDto = { file: string | null };
