// Throttled saving of one text: the first change saves at once, later changes
// at most once per interval, and the last change is always saved (trailing
// call). Saves never overlap, so they reach the back end in order.

export type SaveText = (text: string) => Promise<void>;

export interface SaverState {
  /** A change is waiting or being saved. */
  busy: boolean;
  /** The last save failed (it is retried with the next change or flush). */
  failed: unknown;
}

export class ThrottledSaver {
  /** The newest text not sent yet, or null. */
  #pending: string | null = null;
  #cooling: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> | null = null;
  #failed: unknown = null;
  /** The pending text is only a failed save put back: retry it on the next change or flush. */
  #requeued = false;
  #disposed = false;

  constructor(
    private readonly save: SaveText,
    private readonly intervalMs: number,
    private readonly onstate: (state: SaverState) => void = () => undefined,
  ) {}

  get busy(): boolean {
    return this.#pending !== null || this.#inFlight !== null;
  }

  /** The text changed: save it now or at the end of the current interval. */
  change(text: string): void {
    this.#pending = text;
    this.#requeued = false;
    this.#report();
    if (this.#cooling === null && this.#inFlight === null) this.#fire();
  }

  /** Saves what is waiting now, ignoring the interval (on blur, on leaving). */
  async flush(): Promise<void> {
    this.#stopCooling();
    if (this.#inFlight !== null) await this.#inFlight;
    if (this.#pending !== null) this.#fire();
    if (this.#inFlight !== null) await this.#inFlight;
  }

  /** Stops the timer: from now on only `flush` saves. A save under way still ends. */
  dispose(): void {
    this.#disposed = true;
    this.#stopCooling();
  }

  #stopCooling(): void {
    if (this.#cooling !== null) clearTimeout(this.#cooling);
    this.#cooling = null;
  }

  #fire(): void {
    const text = this.#pending;
    if (text === null) return;
    this.#pending = null;
    this.#cooling = setTimeout(() => {
      this.#cooling = null;
      if (this.#pending !== null && this.#inFlight === null && !this.#requeued) this.#fire();
    }, this.intervalMs);
    this.#requeued = false;
    let saving: Promise<void>;
    try {
      saving = this.save(text);
    } catch (error) {
      saving = Promise.reject(error);
    }
    this.#inFlight = saving.then(
      () => {
        this.#failed = null;
      },
      (error: unknown) => {
        this.#failed = error;
        // Keep the text for the next attempt, unless something newer came.
        if (this.#pending === null) {
          this.#pending = text;
          this.#requeued = true;
        }
      },
    );
    this.#report();
    void this.#inFlight.then(() => {
      this.#inFlight = null;
      const retry = !this.#requeued && this.#pending !== null && this.#cooling === null;
      this.#report();
      if (retry && !this.#disposed) this.#fire();
    });
  }

  #report(): void {
    this.onstate({ busy: this.busy, failed: this.#failed });
  }
}
