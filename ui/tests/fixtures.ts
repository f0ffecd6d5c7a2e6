// Catalogues built from the real FTL files, shaped as the Rust back end sends
// them: the chosen locale first, English last.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Catalogue, Direction, LocaleInfo } from '../src/ipc/types';

// Every FTL file of /locales, so that a new file is part of the tests at once.
const RAW = import.meta.glob<string>('../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

export type TestLocale = 'en' | 'nl' | 'fr' | 'ar' | 'es' | 'hy' | 'pt-BR' | 'ru' | 'uk';

/** The counsellors' languages (complete); the others hold what the person reads. */
export const COMPLETE: readonly TestLocale[] = ['en', 'nl', 'fr', 'ar'];
export const LOCALES: readonly TestLocale[] = ['en', 'nl', 'fr', 'ar', 'es', 'hy', 'pt-BR', 'ru', 'uk'];

function filesOf(locale: TestLocale): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, ftl] of Object.entries(RAW)) {
    const m = /\/locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (m && m[1] === locale && m[2]) files[m[2]] = ftl;
  }
  return files;
}

/** Every FTL file of each locale, by file name. */
export const FTL_FILES = Object.fromEntries(LOCALES.map((locale) => [locale, filesOf(locale)])) as Record<
  TestLocale,
  Record<string, string>
>;

export const DIRS = Object.fromEntries(LOCALES.map((locale) => [locale, locale === 'ar' ? 'rtl' : 'ltr'])) as Record<TestLocale, Direction>;

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
  return LOCALES.map((locale) => ({
    locale,
    name: message(locale, 'language-name'),
    dir: DIRS[locale],
    complete: COMPLETE.includes(locale),
    draft: (Object.values(FTL_FILES[locale])[0] ?? '').startsWith('### review: draft'),
  }));
}

export function catalogue(locale: TestLocale): Catalogue {
  const chain = locale === 'en' ? ['en' as const] : [locale, 'en' as const];
  return {
    locale,
    dir: DIRS[locale],
    formatLocale: locale,
    chain: chain.map((l) => ({ locale: l, ftl: ftlOf(l) })),
    available: available(),
  };
}
