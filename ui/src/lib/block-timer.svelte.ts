// The presenter's timer for the current block: counts the block's minutes down from the moment the
// block started, then on into overtime; it can be paused and reset. Reactive (Svelte 5 runes).

/** How often the display is brought up to date. */
const TICK_MS = 250;

/** `m:ss` (or `h:mm:ss`) of a number of seconds, without its sign. */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export class BlockTimer {
  /** The block's length in seconds (0: none, the timer only counts the time spent). */
  total = $state(0);
  /** When the block started, moved forward by the time spent paused. */
  #startedAt = $state(0);
  /** Time spent when paused, or null while running. */
  #pausedAt = $state<number | null>(null);
  #now = $state(0);
  #interval: ReturnType<typeof setInterval> | null = null;

  /** Starts counting `minutes` down, from now. */
  start(minutes: number): void {
    this.total = Math.max(0, Math.round(minutes * 60));
    this.#now = Date.now();
    this.#startedAt = this.#now;
    this.#pausedAt = null;
    this.#interval ??= setInterval(() => {
      this.#now = Date.now();
    }, TICK_MS);
  }

  get paused(): boolean {
    return this.#pausedAt !== null;
  }

  /** Whole seconds spent in the block (pauses left out). */
  get elapsed(): number {
    const ms = this.#pausedAt ?? this.#now - this.#startedAt;
    return Math.max(0, Math.floor(ms / 1000));
  }

  /** Seconds left; negative in overtime. */
  get remaining(): number {
    return this.total - this.elapsed;
  }

  get overtime(): boolean {
    return this.total > 0 && this.remaining < 0;
  }

  pause(): void {
    if (this.#pausedAt !== null) return;
    this.#now = Date.now();
    this.#pausedAt = this.#now - this.#startedAt;
  }

  resume(): void {
    if (this.#pausedAt === null) return;
    this.#now = Date.now();
    this.#startedAt = this.#now - this.#pausedAt;
    this.#pausedAt = null;
  }

  /** Back to the full length, from now (a paused timer stays paused). */
  reset(): void {
    this.#now = Date.now();
    this.#startedAt = this.#now;
    if (this.#pausedAt !== null) this.#pausedAt = 0;
  }

  dispose(): void {
    if (this.#interval !== null) clearInterval(this.#interval);
    this.#interval = null;
  }
}
