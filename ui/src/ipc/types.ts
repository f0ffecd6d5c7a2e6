// Types shared with the Rust back end (Tauri commands). Keep in sync with the
// serde structs on the Rust side.

export type Direction = 'ltr' | 'rtl';

export interface LocaleInfo {
  locale: string;
  /** The language's own name, e.g. "Nederlands". */
  name: string;
  dir: Direction;
  /** Whether every message of the app is translated in this locale. */
  complete: boolean;
}

export interface CatalogueEntry {
  locale: string;
  /** Raw Fluent (FTL) source for this locale. */
  ftl: string;
}

export interface Catalogue {
  locale: string;
  dir: Direction;
  /** Fallback chain, most specific first, e.g. ar then en. */
  chain: CatalogueEntry[];
  available: LocaleInfo[];
}

export type ErrorArgs = Record<string, string | number>;

/** What a failing command rejects with. */
export interface ErrorPayload {
  code: string;
  messageId: string;
  args: ErrorArgs;
}
