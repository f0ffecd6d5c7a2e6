// The support explorer without markup: the form's draft and its check before it is sent, what is
// prefilled from a client file (never its code or notes), the amounts in the person's language,
// the lines by pathway, the suggested questions for a legal adviser and the country names.
// Pure: no Svelte, no DOM, no commands.
import { AvenirError } from '../ipc/errors';
import type {
  Eligible,
  ExplorerCountry,
  ExplorerSetup,
  ExploreLine,
  Household,
  Nationality,
  Vulnerability,
} from '../ipc';
import type { Client, Pathway, Residence } from '../ipc/types';
import { todayIso } from './dates';
import { PATHWAYS } from './slides';

export const NATIONALITIES: readonly Nationality[] = ['visa_required', 'visa_exempt'];

export const NATIONALITY_IDS: Record<Nationality, string> = {
  visa_required: 'explorer-nationality-visa-required',
  visa_exempt: 'explorer-nationality-visa-exempt',
};

export const VULNERABILITY_IDS: Record<Vulnerability, string> = {
  serious_illness: 'explorer-vulnerable-serious-illness',
  pregnancy: 'explorer-vulnerable-pregnancy',
  single_parent: 'explorer-vulnerable-single-parent',
  older_person: 'explorer-vulnerable-older-person',
  trafficking_victim: 'explorer-vulnerable-trafficking-victim',
  unaccompanied_minor: 'explorer-vulnerable-unaccompanied-minor',
};

/** How a line that may apply applies, in the person's words (those that do not are listed apart). */
export const ELIGIBLE_IDS: Record<Exclude<Eligible, 'no'>, string> = {
  yes: 'explore-eligible-yes',
  maybe: 'explore-eligible-maybe',
};

/** Who confirms what applies on each pathway: the same care, and the same "no promise", for each. */
export const CONFIRM_IDS: Record<Pathway, string> = {
  legalise: 'explore-confirm-legalise',
  onward: 'explore-confirm-onward',
  return: 'explore-confirm-return',
  undocumented: 'explore-confirm-undocumented',
};

/** The suggested questions for a legal adviser, by legalisation procedure (statement id). */
export const ASK_IDS: Readonly<Record<string, string>> = {
  asylum: 'explore-ask-asylum',
  'humanitarian-regularisation': 'explore-ask-humanitarian-regularisation',
  'medical-regularisation': 'explore-ask-medical-regularisation',
  'family-reunification': 'explore-ask-family-reunification',
  'trafficking-victim': 'explore-ask-trafficking-victim',
  statelessness: 'explore-ask-statelessness',
};

export const ASK_GENERAL_ID = 'explore-ask-general';

/** The name of a pathway (the same everywhere: `clients-pathway-<p>`). */
export const pathwayNameId = (pathway: Pathway): string => `clients-pathway-${pathway}`;


// ---- The form ------------------------------------------------------------------------------

/** What a client file tells the explorer: the household and the situations — never a code or a note. */
export interface ExplorerPrefill {
  adults: number | null;
  children: number | null;
  situations: Residence[];
  /** The language of the material given to the person, if chosen. */
  personLocale: string | null;
}

/** The household part of a client file. Health is left out: the person says it themselves. */
export function prefillOf(client: Client): ExplorerPrefill {
  return {
    adults: client.adults,
    children: client.children,
    situations: [...client.residences],
    personLocale: client.preferredLanguage,
  };
}

/** The form as typed: numbers may be empty, ages are one text ("4, 9, 12"). */
export interface ExplorerDraft {
  adults: number | null;
  children: number | null;
  childAges: string;
  /** The country chosen to fill in the nationality group ('' for none); never sent. */
  country: string;
  nationality: Nationality;
  situations: Residence[];
  vulnerable: Vulnerability[];
  /** `YYYY-MM-DD`. */
  date: string;
}

/**
 * The form's first answers: the household and situations of the client file when there is one
 * (one adult and no child where it records none), nothing else ticked, today's rules.
 */
export function initialDraft(prefill: ExplorerPrefill | null, setup: Pick<ExplorerSetup, 'situations' | 'today'>): ExplorerDraft {
  const known = new Set(setup.situations);
  return {
    adults: prefill?.adults ?? 1,
    children: prefill?.children ?? 0,
    childAges: '',
    country: '',
    nationality: 'visa_required',
    situations: (prefill?.situations ?? []).filter((s) => known.has(s)),
    vulnerable: [],
    date: setup.today,
  };
}

/** The ages typed ("4, 9, 12", spaces, semicolons or the Arabic comma between): null if one is not a whole number. */
export function parseAges(text: string): number[] | null {
  const parts = text.split(/[\s,;،]+/).filter((part) => part !== '');
  const ages = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return ages.some((age) => Number.isNaN(age)) ? null : ages;
}

const isCount = (n: number | null, max: number): boolean => n === null || (Number.isInteger(n) && n >= 0 && n <= max);

const refusal = (messageId: string, max: number) => new AvenirError({ code: 'household_invalid', messageId, args: { max } });

export type Checked = { ok: true; date: string; household: Household } | { ok: false; error: AvenirError };

/**
 * The household to send, or why it cannot be sent: what the back end cannot even read (a count
 * that is not a whole number, an age that is not one) is refused here with the back end's own
 * messages; everything else (nobody, too many, ages that do not match) the back end decides.
 */
export function checkDraft(draft: ExplorerDraft, setup: Pick<ExplorerSetup, 'maxHousehold' | 'today'>): Checked {
  const max = setup.maxHousehold;
  if (!isCount(draft.adults, max) || !isCount(draft.children, max)) return { ok: false, error: refusal('error-household-size', max) };
  // Without children, ages typed earlier mean nothing.
  const ages = draft.children ? parseAges(draft.childAges) : [];
  if (ages === null || ages.some((age) => age > 255)) return { ok: false, error: refusal('error-household-ages', max) };
  return {
    ok: true,
    date: draft.date.trim() === '' ? setup.today : draft.date.trim(),
    household: {
      adults: draft.adults ?? 0,
      children: draft.children ?? 0,
      childAges: ages,
      nationality: draft.nationality,
      situations: [...draft.situations],
      vulnerable: [...draft.vulnerable],
    },
  };
}

// ---- The result ------------------------------------------------------------------------------

/** An amount in euro as the language writes it, without cents ("€875", "2 450 €"). */
export function formatEur(amount: number, locale: string): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 };
  try {
    return new Intl.NumberFormat(locale, options).format(amount);
  } catch {
    return new Intl.NumberFormat('en', options).format(amount);
  }
}

/** One pathway's lines: those that may apply, and those that exist but do not apply. */
export interface PathwayLines {
  pathway: Pathway;
  applying: ExploreLine[];
  notApplying: ExploreLine[];
}

/** The lines of each of the four pathways, in the same order as everywhere (never return first). */
export function linesByPathway(lines: readonly ExploreLine[]): PathwayLines[] {
  return PATHWAYS.map((pathway) => {
    const own = lines.filter((line) => line.pathway === pathway);
    return {
      pathway,
      applying: own.filter((line) => line.eligible !== 'no'),
      notApplying: own.filter((line) => line.eligible === 'no'),
    };
  });
}

/** The legalisation procedures looked at (those that may apply) that have suggested questions. */
export function askable(lines: readonly ExploreLine[]): ExploreLine[] {
  return lines.filter((line) => line.pathway === 'legalise' && line.eligible !== 'no' && ASK_IDS[line.id] !== undefined);
}

/** The person's own questions: one per line, trimmed, without empty ones. */
export function ownQuestions(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---- Countries ------------------------------------------------------------------------------

/** The name of an ISO 3166 country in `locale` (the browser's own list, offline); the code if unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryChoice extends ExplorerCountry {
  name: string;
}

/** The organisation's countries named in `locale`, in that language's alphabetical order. */
export function countryChoices(countries: readonly ExplorerCountry[], locale: string): CountryChoice[] {
  const collator = new Intl.Collator(locale);
  return countries
    .map((country) => ({ ...country, name: countryName(country.code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

// ---- Output ---------------------------------------------------------------------------------

/** The name the save chooser suggests for the result's PDF. */
export function explorerFileName(now: Date = new Date()): string {
  return `support-explorer-${todayIso(now)}.pdf`;
}

/**
 * The household of the wall's general results: only to learn what exists in the period in force;
 * its answers (and every amount) are never shown.
 */
export const GENERAL_HOUSEHOLD: Household = {
  adults: 1,
  children: 0,
  childAges: [],
  nationality: 'visa_required',
  situations: [],
  vulnerable: [],
};
