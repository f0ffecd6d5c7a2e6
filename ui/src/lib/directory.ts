// The referral directory's small rules, pure so they can be tested alone: the message id of each
// kind and field, the form as typed and the entry the back end stores, the search's filter, the
// reason a row of an import was left out, the languages of a referral slip, and the next step a
// referral leaves in a session.
import type { BadRowDto, Pathway, ServiceDto, ServiceFilterDto, ServiceInputDto, ServiceKind } from '../ipc';
import { todayIso } from './dates';

/** Every kind, in the order the form offers them (core's `ServiceKind::ALL`). */
export const KINDS: readonly ServiceKind[] = [
  'legal_aid',
  'medical',
  'return_partner',
  'social_services',
  'shelter',
  'psychosocial',
  'trafficking_support',
  'language_classes',
  'school',
];

export const KIND_IDS: Record<ServiceKind, string> = {
  legal_aid: 'directory-kind-legal-aid',
  medical: 'directory-kind-medical',
  return_partner: 'directory-kind-return-partner',
  social_services: 'directory-kind-social-services',
  shelter: 'directory-kind-shelter',
  psychosocial: 'directory-kind-psychosocial',
  trafficking_support: 'directory-kind-trafficking-support',
  language_classes: 'directory-kind-language-classes',
  school: 'directory-kind-school',
};

/** The label of each field the back end may name (an invalid value, a bad row of an import). */
export const FIELD_IDS: Record<string, string> = {
  name: 'directory-field-name',
  kind: 'directory-field-kind',
  pathways: 'directory-field-pathways',
  languages: 'directory-field-languages',
  town: 'directory-field-town',
  address: 'directory-field-address',
  hours: 'directory-field-hours',
  phone: 'directory-field-phone',
  anonymous: 'directory-field-anonymous',
  bring: 'directory-field-bring',
  note: 'directory-field-note',
  checked_on: 'directory-field-checked-on',
};

/** The message id of a field's label; null for a field the UI does not know. */
export function fieldLabelId(field: string | null | undefined): string | null {
  return field != null && Object.hasOwn(FIELD_IDS, field) ? (FIELD_IDS[field] ?? null) : null;
}

// ---- The form ------------------------------------------------------------------

/** The form as the counsellor fills it in. */
export interface ServiceDraft {
  name: string;
  kind: ServiceKind;
  pathways: Pathway[];
  /** BCP 47 tags separated by spaces or commas, as typed. */
  languages: string;
  town: string;
  address: string;
  hours: string;
  phone: string;
  anonymous: boolean;
  bring: string;
  note: string;
  /** `YYYY-MM-DD`, or '' when never checked. */
  checkedOn: string;
}

export function emptyDraft(): ServiceDraft {
  return {
    name: '',
    kind: 'legal_aid',
    pathways: [],
    languages: '',
    town: '',
    address: '',
    hours: '',
    phone: '',
    anonymous: false,
    bring: '',
    note: '',
    checkedOn: '',
  };
}

export function draftFromService(service: ServiceDto): ServiceDraft {
  return {
    name: service.name,
    kind: service.kind,
    pathways: [...service.pathways],
    languages: service.languages.join(' '),
    town: service.town,
    address: service.address,
    hours: service.hours,
    phone: service.phone,
    anonymous: service.anonymous,
    bring: service.bring,
    note: service.note,
    checkedOn: service.checkedOn ?? '',
  };
}

/** The tags of a typed list (spaces, commas — Latin or Arabic — or semicolons between), without repeats. */
export function parseLanguageTags(text: string): string[] {
  const result: string[] = [];
  for (const part of text.split(/[\s,،;]+/)) {
    if (part !== '' && !result.some((tag) => tag.toLowerCase() === part.toLowerCase())) result.push(part);
  }
  return result;
}

export function toServiceInput(draft: ServiceDraft): ServiceInputDto {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    pathways: [...draft.pathways],
    languages: parseLanguageTags(draft.languages),
    town: draft.town.trim(),
    address: draft.address,
    hours: draft.hours,
    phone: draft.phone.trim(),
    anonymous: draft.anonymous,
    bring: draft.bring,
    note: draft.note,
    checkedOn: draft.checkedOn.trim() === '' ? null : draft.checkedOn.trim(),
  };
}

// ---- The search ----------------------------------------------------------------

/** The search as the counsellor sets it ('' meaning "any"). */
export interface SearchDraft {
  text: string;
  pathway: Pathway | '';
  kind: ServiceKind | '';
  language: string;
  town: string;
  anonymousOnly: boolean;
}

export function emptySearch(): SearchDraft {
  return { text: '', pathway: '', kind: '', language: '', town: '', anonymousOnly: false };
}

export function toFilter(search: SearchDraft): ServiceFilterDto {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    text: search.text.trim(),
    pathway: search.pathway === '' ? null : search.pathway,
    kind: search.kind === '' ? null : search.kind,
    language: orNull(search.language),
    town: orNull(search.town),
    anonymousOnly: search.anonymousOnly,
  };
}

/** Every entry of a pathway (the pathway cards), or with `text` in it (the session's picker). */
export function simpleFilter(text: string, pathway: Pathway | null = null): ServiceFilterDto {
  return { text: text.trim(), pathway, kind: null, language: null, town: null, anonymousOnly: false };
}

/** How long to wait after the last keystroke before searching the directory. */
export const DIRECTORY_SEARCH_DEBOUNCE_MS = 200;

// ---- Imports -------------------------------------------------------------------

export type Translate = (id: string, args?: Record<string, string | number>) => string;

/** Why a row was left out, in words: its line and the field at fault, or the line it repeats. */
export function badRowReason(row: BadRowDto, t: Translate): string {
  if (row.duplicateOf !== null) return t('directory-import-bad-duplicate', { line: row.line, first: row.duplicateOf });
  const label = fieldLabelId(row.field);
  const field = label !== null ? t(label) : (row.field ?? '');
  return t('directory-import-bad-field', { line: row.line, field });
}

/** The last part of a path (`/media/stick/directory.csv` → `directory.csv`). */
export function fileNameOf(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts[parts.length - 1] || path;
}

// ---- Referral slips ------------------------------------------------------------

/** The name the save chooser suggests for a slip's PDF. */
export function slipFileName(now: Date = new Date()): string {
  return `referral-slip-${todayIso(now)}.pdf`;
}

/**
 * The text of a next step as it is stored: without the invisible marks Fluent puts around the
 * name and the date (they would travel into the vault and into every search of the step).
 */
export function plainStepText(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** A language tag's name in `locale` ("ar" → "Arabic"); the tag itself when it has none. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
