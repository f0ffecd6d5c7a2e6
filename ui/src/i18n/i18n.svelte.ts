// Reactive i18n state (Svelte 5 runes). Reading `i18n.t(...)` in markup makes
// the markup re-render when a new catalogue is applied.
import type { FluentBundle } from '@fluent/bundle';
import type { AvenirError } from '../ipc/errors';
import type { Catalogue, Direction, LocaleInfo } from '../ipc/types';
import { BOOTSTRAP_CHAIN, BOOTSTRAP_LOCALE } from './bootstrap';
import { buildBundles, formatMessage, type MessageArgs } from './format';

class I18n {
  locale = $state(BOOTSTRAP_LOCALE);
  dir = $state<Direction>('ltr');
  /** The locale dates, times and numbers follow: the interface language with the system's region. */
  formats = $state(BOOTSTRAP_LOCALE);
  available = $state.raw<readonly LocaleInfo[]>([]);
  /** False until a catalogue from the back end has been applied. */
  loaded = $state(false);
  #bundles = $state.raw<readonly FluentBundle[]>(buildBundles(BOOTSTRAP_CHAIN));

  /** Formats a message of the current catalogue (see format.ts). */
  t = (id: string, args?: MessageArgs): string => formatMessage(this.#bundles, id, args);

  /**
   * Makes `catalogue` the current one: re-renders every string, and sets the
   * document's language, direction and title.
   */
  apply = (catalogue: Catalogue): void => {
    this.#bundles = buildBundles(catalogue.chain);
    this.locale = catalogue.locale;
    this.dir = catalogue.dir === 'rtl' ? 'rtl' : 'ltr';
    this.formats = validFormatLocale(catalogue.formatLocale, catalogue.locale);
    this.available = catalogue.available;
    this.loaded = true;

    const root = document.documentElement;
    root.lang = this.locale;
    root.dir = this.dir;
    document.title = this.t('welcome-document-title');
  };
}

/** `tag` when Intl knows it (a system may name an odd region), else the interface language. */
function validFormatLocale(tag: string, fallback: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : fallback;
  } catch {
    return fallback;
  }
}

export const i18n = new I18n();

export const t = (id: string, args?: MessageArgs): string => i18n.t(id, args);

export const applyCatalogue = (catalogue: Catalogue): void => i18n.apply(catalogue);

/** The user-facing text for an error, in the current language. */
export const translateError = (error: AvenirError): string => i18n.t(error.messageId, error.args);
