// Generated from the Rust types by `make gen`; do not edit.

/** What a failing command rejects with: a stable code, the Fluent message to show, its arguments. */
export type CommandError = {
  code: string;
  messageId: string;
  /** Strings stay strings, numbers stay numbers (Fluent formats them per locale). */
  args: Record<string, string | number>;
};

/** The writing direction of a locale's script. */
export type Direction = 'ltr' | 'rtl';

export type CatalogueDto = {
  locale: string;
  dir: Direction;
  /**
   * The locale dates, times and numbers follow: the interface language with the system's
   * region (`en-GB` for English on a British system).
   */
  formatLocale: string;
  /** The fallback chain, most specific first (e.g. ar, then en). */
  chain: Array<ChainEntryDto>;
  available: Array<LocaleInfoDto>;
};

export type ChainEntryDto = {
  locale: string;
  /** The locale's Fluent (FTL) source. */
  ftl: string;
};

export type LocaleInfoDto = {
  locale: string;
  /** The language's own name, e.g. "Nederlands". */
  name: string;
  dir: Direction;
  /** Whether every message of the app is translated in this locale. */
  complete: boolean;
  /** No native speaker has reviewed it yet: the counsellor is told when she picks it. */
  draft: boolean;
};

/** How the interface is drawn on this device. */
export type DisplayDto = {
  /** The text size in percent of the normal size: 100, 125, 150, 175 or 200. */
  textSize: number;
  /** The high-contrast palette instead of the calm one. */
  highContrast: boolean;
};
