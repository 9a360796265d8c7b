import { defaultFs, syncFolder, UnflushedError, type AtomicFs } from './atomic';
import { DeferredWrite } from './deferredWrite';

/** How long a folder whose flush failed waits before it is flushed again, doubling up to a minute. */
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 60_000;

export interface FlushRetryOptions {
  fs?: AtomicFs;
  /** The first wait before a retry, in ms. */
  retryMs?: number;
  /** Told once per folder that holds a change in place but not yet flushed to the disk. */
  onUnflushed?: (error: UnflushedError) => void;
}

/**
 * Folders holding a change that is in place but not flushed (writeFileAtomic's UnflushedError):
 * each is flushed again after a moment, and on close, until a flush succeeds. A later save's
 * own flush of the same folder counts too, as it makes every rename in the folder durable.
 */
export class FlushRetry {
  private readonly folders = new Set<string>();
  private readonly later = new DeferredWrite(() => void this.retry());
  private readonly firstDelay: number;
  private delay: number;

  constructor(private readonly options: FlushRetryOptions = {}) {
    this.firstDelay = this.delay = options.retryMs ?? FIRST_RETRY_MS;
  }

  /** The folders waiting for their flush. */
  get pending(): string[] {
    return [...this.folders];
  }

  /**
   * Runs a write into `folder`: resolves once it landed, flushed or not (an unflushed folder is
   * retried), and throws anything else for the caller to word.
   */
  async landed(folder: string, write: () => Promise<unknown>): Promise<{ flushed: boolean }> {
    try {
      await write();
    } catch (error) {
      if (!(error instanceof UnflushedError)) throw error;
      this.unflushed(error);
      return { flushed: false };
    }
    this.flushed(folder);
    return { flushed: true };
  }

  /** Flushes every waiting folder now; those that fail again wait longer. True when none is left. */
  async retry(): Promise<boolean> {
    this.later.cancel();
    for (const folder of this.folders) {
      try {
        await syncFolder(folder, this.options.fs ?? defaultFs);
        this.flushed(folder);
      } catch {
        // Still failing: tried again later, without telling again.
      }
    }
    if (this.folders.size === 0) return true;
    this.delay = Math.min(this.delay * 2, LAST_RETRY_MS);
    this.later.schedule(this.delay);
    return false;
  }

  /** Flushes what is still unflushed one last time, and stops retrying. */
  async close(): Promise<void> {
    await this.retry();
    this.cancel();
  }

  /** Stops retrying, e.g. when the data folder was replaced. */
  cancel(): void {
    this.later.cancel();
  }

  private flushed(folder: string): void {
    this.folders.delete(folder);
    if (this.folders.size === 0) this.delay = this.firstDelay;
  }

  private unflushed(error: UnflushedError): void {
    if (!this.folders.has(error.folder)) this.options.onUnflushed?.(error);
    this.folders.add(error.folder);
    this.later.schedule(this.delay);
  }
}
