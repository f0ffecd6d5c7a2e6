// Texts of the exercises in the PERSON's language, which may differ from the
// counsellor's (the UI's). Pure: no Svelte, no DOM.
import { buildBundles, formatMessage, type MessageArgs, type Warn } from '../i18n/format';
import type { Catalogue, Direction } from '../ipc/types';

/** Formats one message id; the id itself when no catalogue of the chain has it. */
export type Translate = (id: string, args?: MessageArgs) => string;

export interface ContentTranslator {
  /** The language of the texts, e.g. "fr" (for the `lang` attribute). */
  locale: string;
  /** Its writing direction (for the `dir` attribute). */
  dir: Direction;
  t: Translate;
}

/** A translator for `catalogue`, independent of the app's current language. */
export function createTranslator(catalogue: Catalogue, warn: Warn = console.warn): ContentTranslator {
  const bundles = buildBundles(catalogue.chain, warn);
  return {
    locale: catalogue.locale,
    dir: catalogue.dir === 'rtl' ? 'rtl' : 'ltr',
    t: (id, args) => formatMessage(bundles, id, args, warn),
  };
}

export interface LanguageChoice {
  locale: string;
  name: string;
  /** No native speaker has reviewed its texts yet: the counsellor is told so. */
  draft: boolean;
}

/**
 * The languages the person's material can be shown in: every language the app has (each holds
 * everything the person reads: the catalogue check sees to it), the counsellors' languages first.
 */
export function contentLanguages(
  available: readonly { locale: string; name: string; complete: boolean; draft: boolean }[],
): LanguageChoice[] {
  return [...available]
    .sort((a, b) => Number(b.complete) - Number(a.complete))
    .map(({ locale, name, draft }) => ({ locale, name, draft }));
}

/** The language the person's material opens in: theirs when the app has it, else the UI's. */
export function initialContentLocale(
  personLocale: string | null,
  uiLocale: string,
  available: readonly { locale: string }[],
): string {
  if (personLocale !== null && available.some((info) => info.locale === personLocale)) return personLocale;
  return uiLocale;
}
