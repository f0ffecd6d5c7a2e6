// Saving the answers of an open exercise, one field at a time. Typing is
// throttled (at most one save a second per field, the last change always
// saved); a choice, a tick or a moved item is saved at once. Saves of one
// field never overlap, so they reach the back end in order; a failed save is
// kept and tried again with the next change or flush, so nothing is lost.
import type { Answer } from '../ipc/worksheet-types';
import { ThrottledSaver, type SaverState } from './autosave';
import type { SaveStatus } from './session-text.svelte';
import { AUTOSAVE_INTERVAL_MS } from './timing';

export type SendAnswer = (field: string, answer: Answer) => Promise<void>;

export class AnswerSaver {
  status = $state<SaveStatus>('saved');
  /** The error of the last failed save, for the user. */
  error = $state.raw<unknown>(null);

  #savers = new Map<string, ThrottledSaver>();
  #states = new Map<string, SaverState>();

  constructor(
    private readonly send: SendAnswer,
    private readonly intervalMs: number = AUTOSAVE_INTERVAL_MS,
  ) {}

  /** The person is typing: save `answer` now or at the end of the current interval. */
  change(field: string, answer: Answer): void {
    this.#saver(field).change(JSON.stringify(answer));
  }

  /** A discrete change (a choice, a tick, an item moved): save it at once. */
  commit(field: string, answer: Answer): void {
    this.#saver(field).change(JSON.stringify(answer));
    void this.#saver(field).flush();
  }

  /** Saves what is waiting now: one field (leaving it) or all (closing, retrying). */
  async flush(field?: string): Promise<void> {
    const savers = field === undefined ? [...this.#savers.values()] : [this.#savers.get(field)];
    await Promise.all(savers.map((saver) => saver?.flush()));
  }

  /** Stops the timers, saving what is still waiting. */
  dispose(): void {
    for (const saver of this.#savers.values()) {
      void saver.flush();
      saver.dispose();
    }
  }

  #saver(field: string): ThrottledSaver {
    let saver = this.#savers.get(field);
    if (!saver) {
      saver = new ThrottledSaver(
        (json) => this.send(field, JSON.parse(json) as Answer),
        this.intervalMs,
        (state) => {
          this.#states.set(field, state);
          this.#refresh();
        },
      );
      this.#savers.set(field, saver);
    }
    return saver;
  }

  #refresh(): void {
    const states = [...this.#states.values()];
    const failed = states.find((state) => state.failed !== null)?.failed ?? null;
    this.error = failed;
    this.status = failed !== null ? 'failed' : states.some((state) => state.busy) ? 'saving' : 'saved';
  }
}
