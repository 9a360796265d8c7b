import { performance } from 'node:perf_hooks';

/** Long work in slices: it gives the event loop a turn every few milliseconds, so the main process never freezes. */
export class Slicer {
  private since = performance.now();

  constructor(private readonly budgetMs = 8) {}

  /** True once this slice has used its budget: call `pause()` then. */
  get due(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }

  /** Lets pending I/O, timers and IPC run if the slice is used up. */
  async pause(): Promise<void> {
    if (!this.due) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }
}
