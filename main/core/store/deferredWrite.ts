/**
 * A cache file's rewrite, run a moment after the last change asked for it, so a burst of saves
 * costs one write. The timer never keeps the process alive: whoever closes flushes it.
 */
export class DeferredWrite {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly write: () => void) {}

  /** Whether a write is waiting for its moment. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Runs the write after `delay` ms unless one is already waiting; 0 replaces it with one at once. */
  schedule(delay: number): void {
    if (this.timer && delay > 0) return;
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.write();
    }, delay);
    this.timer.unref();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
