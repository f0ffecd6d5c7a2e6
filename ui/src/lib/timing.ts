// Small timing rules of the vault screens, pure so they can be tested alone.

export type Clock = () => number;

const monotonic: Clock = () => performance.now();

/** How long to wait after the last keystroke before checking a passphrase. */
export const STRENGTH_DEBOUNCE_MS = 300;

/** The longest wait between two unlock attempts, in seconds. */
export const MAX_UNLOCK_WAIT_SECONDS = 30;

/** Seconds to wait after `failures` wrong secrets in a row: 0, 1, 2, 4, 8, 16, then 30. */
export function unlockWaitSeconds(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(2 ** Math.min(failures - 1, 5), MAX_UNLOCK_WAIT_SECONDS);
}

/** At most one activity heartbeat per this many milliseconds. */
export const TOUCH_INTERVAL_MS = 20_000;

/** Runs `action` at most once per `intervalMs`; the first call always runs. */
export class Throttle {
  #last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly action: () => void,
    private readonly intervalMs: number,
    private readonly now: Clock = monotonic,
  ) {}

  run(): void {
    const time = this.now();
    if (time - this.#last < this.intervalMs) return;
    this.#last = time;
    this.action();
  }

  /** Forget the last run, so the next `run` acts at once. */
  reset(): void {
    this.#last = Number.NEGATIVE_INFINITY;
  }
}

/** Two presses of Escape within this many milliseconds lock at once. */
export const DOUBLE_ESCAPE_MS = 800;

export interface HotkeyEvent {
  key: string;
  code: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/** Recognises the panic shortcuts: Ctrl+Shift+L, or Escape twice within 800 ms. */
export class PanicKeys {
  #lastEscape = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: Clock = monotonic) {}

  /** True when this key press completes a panic shortcut. */
  isPanic(event: HotkeyEvent): boolean {
    if (
      event.ctrlKey &&
      event.shiftKey &&
      !event.altKey &&
      !event.metaKey &&
      (event.code === 'KeyL' || event.key.toLowerCase() === 'l')
    ) {
      this.#lastEscape = Number.NEGATIVE_INFINITY;
      return true;
    }
    if (event.key !== 'Escape') {
      this.#lastEscape = Number.NEGATIVE_INFINITY;
      return false;
    }
    // A held-down key repeats: that is not a second press.
    if (event.repeat) return false;
    const time = this.now();
    if (time - this.#lastEscape <= DOUBLE_ESCAPE_MS) {
      this.#lastEscape = Number.NEGATIVE_INFINITY;
      return true;
    }
    this.#lastEscape = time;
    return false;
  }
}

/** How long to wait after the last keystroke before searching the client files. */
export const SEARCH_DEBOUNCE_MS = 150;

/** A search starts from this many characters (spaces around excluded). */
export const SEARCH_MIN_CHARS = 2;

/** How long to wait after the last keystroke before checking free text for identifiers. */
export const IDENTIFIER_DEBOUNCE_MS = 300;

/** Session texts are autosaved at most once per this many milliseconds while typing. */
export const AUTOSAVE_INTERVAL_MS = 1_000;
