// What the counsellor window needs to drive the wall: the wall languages' texts (each language's
// catalogue loaded once), and the re-sending of the current slide while a projector window opens.
import { contentCatalogue } from '../ipc';
import { createTranslator, type ContentTranslator } from './content-language';

/**
 * A window that has just been opened may not be listening yet, and the projector window cannot
 * ask for what it missed (it calls no command): send again a few times, after these delays.
 */
export const RESEND_AFTER_OPEN_MS: readonly number[] = [300, 1000, 2500];

/** Calls `send` again after each delay of RESEND_AFTER_OPEN_MS; returns what cancels the rest. */
export function resendWhileOpening(send: () => void): () => void {
  const timers = RESEND_AFTER_OPEN_MS.map((ms) => setTimeout(send, ms));
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}

/** The translators of the wall languages, each language's catalogue asked for once. */
export class TranslatorCache {
  #cache = new Map<string, Promise<ContentTranslator>>();

  get(locale: string): Promise<ContentTranslator> {
    let translator = this.#cache.get(locale);
    if (!translator) {
      translator = contentCatalogue(locale).then((catalogue) => createTranslator(catalogue));
      // A failure is not kept: the next try asks again.
      translator.catch(() => this.#cache.delete(locale));
      this.#cache.set(locale, translator);
    }
    return translator;
  }

  /** The translators of `locales`, in their order. */
  all(locales: readonly string[]): Promise<ContentTranslator[]> {
    return Promise.all(locales.map((locale) => this.get(locale)));
  }
}
