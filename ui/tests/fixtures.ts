// Catalogues built from the real FTL files, shaped as the Rust back end sends
// them: the chosen locale first, English last.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Catalogue, Direction, LocaleInfo } from '../src/ipc/types';

import arLanguage from '../../locales/ar/language.ftl?raw';
import arVault from '../../locales/ar/vault.ftl?raw';
import arWelcome from '../../locales/ar/welcome.ftl?raw';
import enClients from '../../locales/en/clients.ftl?raw';
import enErrors from '../../locales/en/errors.ftl?raw';
import enLanguage from '../../locales/en/language.ftl?raw';
import enVault from '../../locales/en/vault.ftl?raw';
import enWelcome from '../../locales/en/welcome.ftl?raw';
import frClients from '../../locales/fr/clients.ftl?raw';
import frErrors from '../../locales/fr/errors.ftl?raw';
import frLanguage from '../../locales/fr/language.ftl?raw';
import frVault from '../../locales/fr/vault.ftl?raw';
import frWelcome from '../../locales/fr/welcome.ftl?raw';
import nlClients from '../../locales/nl/clients.ftl?raw';
import nlErrors from '../../locales/nl/errors.ftl?raw';
import nlLanguage from '../../locales/nl/language.ftl?raw';
import nlVault from '../../locales/nl/vault.ftl?raw';
import nlWelcome from '../../locales/nl/welcome.ftl?raw';

export type TestLocale = 'en' | 'nl' | 'fr' | 'ar';

/** Every FTL file of each locale, by file name. */
export const FTL_FILES: Record<TestLocale, Record<string, string>> = {
  en: {
    'welcome.ftl': enWelcome,
    'errors.ftl': enErrors,
    'language.ftl': enLanguage,
    'vault.ftl': enVault,
    'clients.ftl': enClients,
  },
  nl: {
    'welcome.ftl': nlWelcome,
    'errors.ftl': nlErrors,
    'language.ftl': nlLanguage,
    'vault.ftl': nlVault,
    'clients.ftl': nlClients,
  },
  fr: {
    'welcome.ftl': frWelcome,
    'errors.ftl': frErrors,
    'language.ftl': frLanguage,
    'vault.ftl': frVault,
    'clients.ftl': frClients,
  },
  ar: { 'welcome.ftl': arWelcome, 'language.ftl': arLanguage, 'vault.ftl': arVault },
};

export const DIRS: Record<TestLocale, Direction> = { en: 'ltr', nl: 'ltr', fr: 'ltr', ar: 'rtl' };

/** All FTL of one locale, as the back end concatenates it. */
export function ftlOf(locale: TestLocale): string {
  return Object.values(FTL_FILES[locale]).join('\n');
}

/** Formats one message of one locale straight from its files (no fallback). */
export function message(locale: TestLocale, id: string, args?: Record<string, string | number>): string {
  const bundle = new FluentBundle(locale);
  bundle.addResource(new FluentResource(ftlOf(locale)));
  const msg = bundle.getMessage(id);
  if (!msg?.value) throw new Error(`${locale} has no message ${id}`);
  return bundle.formatPattern(msg.value, args ?? null);
}

export function available(): LocaleInfo[] {
  return (['en', 'nl', 'fr', 'ar'] as const).map((locale) => ({
    locale,
    name: message(locale, 'language-name'),
    dir: DIRS[locale],
    complete: locale !== 'ar',
  }));
}

export function catalogue(locale: TestLocale): Catalogue {
  const chain = locale === 'en' ? ['en' as const] : [locale, 'en' as const];
  return {
    locale,
    dir: DIRS[locale],
    chain: chain.map((l) => ({ locale: l, ftl: ftlOf(l) })),
    available: available(),
  };
}
