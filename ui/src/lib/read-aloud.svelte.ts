// Read aloud (Svelte 5 runes), ambient: one text at a time is read in the whole window, so the
// button that started it is the one pressed, and pressing another stops the first. The voice
// the counsellor picked for a language without its own voice is kept here, in memory only, for
// as long as the page lives (a lock reloads it): nothing is stored.
import { speak, speechStatus, stopSpeaking } from '../ipc/speech';

/** How often the back end is asked whether the text is still being read. */
export const POLL_MS = 500;

class ReadAloud {
  #owner = $state<symbol | null>(null);
  #timer: ReturnType<typeof setInterval> | null = null;
  #chosen = new Map<string, string>();

  /** Whether the button `owner` started what is being read. */
  speaking = (owner: symbol): boolean => this.#owner === owner;

  /** The voice chosen for `locale` (an id), if the counsellor picked one. */
  voiceFor = (locale: string): string | null => this.#chosen.get(locale) ?? null;

  chooseVoice = (locale: string, voice: string | null): void => {
    if (voice === null) this.#chosen.delete(locale);
    else this.#chosen.set(locale, voice);
  };

  /**
   * Reads `text` in `locale` for the button `owner` (with the voice chosen for `locale`, if any).
   * Rejects with the back end's error; the button is then no longer pressed.
   */
  start = async (owner: symbol, text: string, locale: string): Promise<void> => {
    this.#stopWatching();
    this.#owner = owner;
    try {
      await speak(text, locale, this.voiceFor(locale));
    } catch (error) {
      if (this.#owner === owner) this.#owner = null;
      throw error;
    }
    if (this.#owner === owner) this.#watch(owner);
  };

  /** Stops reading (the second press). */
  stop = async (): Promise<void> => {
    this.#stopWatching();
    this.#owner = null;
    await stopSpeaking();
  };

  /** Forgets everything: between tests. */
  reset = (): void => {
    this.#stopWatching();
    this.#owner = null;
    this.#chosen.clear();
  };

  #watch(owner: symbol): void {
    this.#timer = setInterval(() => {
      speechStatus().then(
        (status) => {
          if (!status.speaking && this.#owner === owner) {
            this.#owner = null;
            this.#stopWatching();
          }
        },
        () => {
          if (this.#owner === owner) this.#owner = null;
          this.#stopWatching();
        },
      );
    }, POLL_MS);
  }

  #stopWatching(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }
}

export const readAloud = new ReadAloud();
