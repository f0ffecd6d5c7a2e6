// The two free-text fields of a session: throttled autosave, a status, and an
// undo that goes back to the text saved before the last autosaved change.
// The texts themselves are not reactive state: the text areas own them, so a
// keystroke in a 1 MB note costs no re-rendering.
import type { SessionTextField } from '../ipc/types';
import { ThrottledSaver } from './autosave';
import { AUTOSAVE_INTERVAL_MS } from './timing';

export type SendText = (field: SessionTextField, text: string) => Promise<void>;

export type SaveStatus = 'saved' | 'saving' | 'failed';

/** How many earlier versions undo keeps (each may be a long text). */
export const UNDO_DEPTH = 10;

interface Earlier {
  field: SessionTextField;
  text: string;
}

const FIELDS: readonly SessionTextField[] = ['summary', 'privateNotes'];

export class SessionTexts {
  status = $state<SaveStatus>('saved');
  /** The error of the last failed save, for the user. */
  error = $state.raw<unknown>(null);
  /** How many earlier versions undo can go back to. */
  #depth = $state(0);
  /** Undo has something to do (an earlier version, or a change about to be saved). */
  canUndo = $derived(this.#depth > 0 || this.status === 'saving');

  /** What the back end has, per field. */
  #saved: Record<SessionTextField, string>;
  /** The newest text typed, per field (saved or not). */
  #latest: Record<SessionTextField, string>;
  #earlier: Earlier[] = [];
  /** A text being saved by undo, which must not become an undo step itself. */
  #restoring: Record<SessionTextField, string | null> = { summary: null, privateNotes: null };
  #savers: Record<SessionTextField, ThrottledSaver>;
  #states: Record<SessionTextField, { busy: boolean; failed: unknown }> = {
    summary: { busy: false, failed: null },
    privateNotes: { busy: false, failed: null },
  };

  constructor(
    initial: Record<SessionTextField, string>,
    private readonly send: SendText,
    intervalMs: number = AUTOSAVE_INTERVAL_MS,
  ) {
    this.#saved = { ...initial };
    this.#latest = { ...initial };
    const saver = (field: SessionTextField) =>
      new ThrottledSaver(
        (text) => this.#save(field, text),
        intervalMs,
        (state) => {
          this.#states[field] = state;
          this.#refresh();
        },
      );
    this.#savers = { summary: saver('summary'), privateNotes: saver('privateNotes') };
  }

  /** The newest text of `field`, saved or not. */
  latest(field: SessionTextField): string {
    return this.#latest[field];
  }

  /** The user typed: `text` is the whole new text of `field`. */
  input(field: SessionTextField, text: string): void {
    this.#latest[field] = text;
    this.#savers[field].change(text);
  }

  /** Saves every field now (blur, leaving the editor). */
  async flush(field?: SessionTextField): Promise<void> {
    await Promise.all((field ? [field] : FIELDS).map((f) => this.#savers[f].flush()));
  }

  /**
   * Saves what is waiting, then puts back the text saved before the last
   * autosaved change and saves it. Resolves to the field and its restored text
   * (for the text area), or null when there is nothing to undo.
   */
  async undo(): Promise<Earlier | null> {
    await this.flush();
    const earlier = this.#earlier.pop();
    this.#depth = this.#earlier.length;
    if (!earlier) return null;
    this.#restoring[earlier.field] = earlier.text;
    this.#latest[earlier.field] = earlier.text;
    this.#savers[earlier.field].change(earlier.text);
    void this.#savers[earlier.field].flush();
    return earlier;
  }

  /** Stops the timers, saving what is still waiting. */
  dispose(): void {
    for (const field of FIELDS) {
      void this.#savers[field].flush();
      this.#savers[field].dispose();
    }
  }

  async #save(field: SessionTextField, text: string): Promise<void> {
    const before = this.#saved[field];
    const record = this.#restoring[field] !== text;
    this.#restoring[field] = null;
    await this.send(field, text);
    this.#saved[field] = text;
    if (record && before !== text) {
      this.#earlier.push({ field, text: before });
      if (this.#earlier.length > UNDO_DEPTH) this.#earlier.shift();
    }
    this.#depth = this.#earlier.length;
  }

  #refresh(): void {
    const states = FIELDS.map((f) => this.#states[f]);
    const failed = states.find((s) => s.failed !== null)?.failed ?? null;
    this.error = failed;
    this.status = failed !== null ? 'failed' : states.some((s) => s.busy) ? 'saving' : 'saved';
  }
}
