// The client form as the user fills it in (text, empty meaning "not recorded")
// and its conversion to and from what the back end stores.
import type { Client, ClientInput, Residence } from '../ipc/types';
import { orderedResidences } from './client-labels';
import { todayIso } from './dates';

export type YesNo = '' | 'yes' | 'no';

export interface ClientDraft {
  code: string;
  /** Comma-separated, as typed. */
  languages: string;
  /** '' when not chosen. */
  preferredLanguage: string;
  country: string;
  /** Number inputs give a number, or null/undefined when empty. */
  arrivalYear: number | null | undefined;
  adults: number | null | undefined;
  children: number | null | undefined;
  childrenAtSchool: number | null | undefined;
  /** Every situation ticked (none: not recorded). */
  residences: Residence[];
  health: YesNo;
  notes: string;
  consentGiven: boolean;
  consentDate: string;
  consentExplained: string;
  consentLanguage: string;
  reviewOn: string;
}

export function emptyDraft(code = ''): ClientDraft {
  return {
    code,
    languages: '',
    preferredLanguage: '',
    country: '',
    arrivalYear: null,
    adults: null,
    children: null,
    childrenAtSchool: null,
    residences: [],
    health: '',
    notes: '',
    consentGiven: false,
    consentDate: todayIso(),
    consentExplained: '',
    consentLanguage: '',
    reviewOn: '',
  };
}

export function draftFromClient(client: Client): ClientDraft {
  return {
    code: client.code,
    languages: client.languages.join(', '),
    preferredLanguage: client.preferredLanguage ?? '',
    country: client.countryOfOrigin ?? '',
    arrivalYear: client.arrivalYear,
    adults: client.adults,
    children: client.children,
    childrenAtSchool: client.childrenAtSchool,
    residences: orderedResidences(client.residences),
    health: client.healthConcerns === null ? '' : client.healthConcerns ? 'yes' : 'no',
    notes: client.notes,
    consentGiven: client.consent !== null,
    consentDate: client.consent?.givenOn ?? todayIso(),
    consentExplained: client.consent?.explained ?? '',
    consentLanguage: client.consent?.language ?? '',
    reviewOn: client.reviewOn ?? '',
  };
}

/** The languages of a comma-separated list (Latin or Arabic commas), trimmed, without empties or repeats. */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.split(/[,،;]/)) {
    const language = part.trim();
    if (language === '' || seen.has(language.toLocaleLowerCase())) continue;
    seen.add(language.toLocaleLowerCase());
    result.push(language);
  }
  return result;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

const numberOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function toClientInput(draft: ClientDraft): ClientInput {
  return {
    code: draft.code.trim(),
    languages: parseLanguages(draft.languages),
    preferredLanguage: orNull(draft.preferredLanguage),
    countryOfOrigin: orNull(draft.country),
    arrivalYear: numberOrNull(draft.arrivalYear),
    adults: numberOrNull(draft.adults),
    children: numberOrNull(draft.children),
    childrenAtSchool: numberOrNull(draft.childrenAtSchool),
    residences: orderedResidences(draft.residences),
    healthConcerns: draft.health === '' ? null : draft.health === 'yes',
    notes: draft.notes,
    consent: draft.consentGiven
      ? { givenOn: draft.consentDate, explained: draft.consentExplained.trim(), language: draft.consentLanguage.trim() }
      : null,
    reviewOn: orNull(draft.reviewOn),
  };
}

/** Every free text of the form, to check for phone numbers, e-mail addresses and the like. */
export function freeTextOf(draft: ClientDraft): string {
  return [
    draft.code,
    draft.languages,
    draft.country,
    draft.notes,
    draft.consentGiven ? draft.consentExplained : '',
    draft.consentGiven ? draft.consentLanguage : '',
  ]
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** The draft field a back-end `field` argument names (`arrival_year` or `arrivalYear`), if any. */
export function draftFieldOf(field: string | number | undefined): string | null {
  if (typeof field !== 'string') return null;
  const compact = field.replace(/[_-]/g, '').toLowerCase();
  const names: Record<string, string> = {
    code: 'code',
    languages: 'languages',
    preferredlanguage: 'preferredLanguage',
    countryoforigin: 'country',
    arrivalyear: 'arrivalYear',
    adults: 'adults',
    children: 'children',
    childrenatschool: 'childrenAtSchool',
    residence: 'residences',
    residences: 'residences',
    healthconcerns: 'health',
    notes: 'notes',
    consent: 'consent',
    reviewon: 'reviewOn',
  };
  return names[compact] ?? null;
}
