/**
 * Cuts a scan pass into stretches of a few ms with the page running in between, so a very long
 * page never blocks it for long, while a short page's pass, done within one stretch, waits for
 * nothing (each yield costs a turn of the page's task queue).
 */
export const SLICE_BUDGET_MS = 8;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class WorkSlicer {
  private started = performance.now();

  constructor(
    private readonly signal: AbortSignal,
    private readonly budget = SLICE_BUDGET_MS,
  ) {}

  /** When the current stretch is spent. */
  get deadline(): number {
    return this.started + this.budget;
  }

  /**
   * Starts a new stretch without letting the page run: a short page's pass then never waits for
   * a turn of the page's task queue (measured: 5-8 ms on a page with no match), and a task holds
   * at most two stretches.
   */
  restart(): void {
    this.started = performance.now();
  }

  /** Lets the page run, then starts a new stretch; false when the pass was aborted meanwhile. */
  async next(): Promise<boolean> {
    await yieldToPage();
    this.started = performance.now();
    return !this.signal.aborted;
  }

  /** Lets the page run only when the current stretch is spent; false when the pass was aborted. */
  async pause(): Promise<boolean> {
    if (performance.now() < this.deadline) return !this.signal.aborted;
    return this.next();
  }
}
