import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DeferredWrite } from './deferredWrite';
import { INDEX_DIR, writeLibraryIndex, type IndexEntry } from './libraryIndex';

/** How long the library index waits for more changes before it is rewritten. */
const INDEX_DELAY_MS = 1000;

/**
 * The library index of one open store: rewritten a moment after the changes that ask for it, one
 * write after another, with the plain fs (it is a cache: a failure only costs the next open some reading).
 */
export class IndexWriter {
  private readonly later = new DeferredWrite(() => void this.write());
  private writing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly dataDir: string,
    /** The releases folder's identity, written into the index so a swapped folder is never trusted; none, no index. */
    private readonly folderId: string | undefined,
    /** What the index is to hold, asked at the moment of writing. */
    private readonly entries: () => IndexEntry[],
    private readonly readOnly = false,
  ) {}

  /** Schedules a rewrite, coalescing the changes of the next moment. */
  changed(): void {
    if (this.readOnly || this.stopped || this.folderId === undefined) return;
    this.later.schedule(INDEX_DELAY_MS);
  }

  /** Writes the index now (after any write under way); covers whatever a scheduled one was waiting for. */
  write(): Promise<void> {
    const folderId = this.folderId;
    if (folderId === undefined || this.stopped) return this.writing;
    this.later.cancel();
    const entries = this.entries();
    this.writing = this.writing
      .then(() => mkdir(join(this.dataDir, INDEX_DIR), { recursive: true }))
      .then(() => writeLibraryIndex(this.dataDir, folderId, entries))
      .catch(() => undefined);
    return this.writing;
  }

  /** Writes the index if it is behind, then writes no more. */
  async close(): Promise<void> {
    if (this.later.pending) await this.write();
    await this.writing;
    this.stopped = true;
  }

  /** Forgets a scheduled write and writes no more, e.g. when the data folder was replaced under the store. */
  discard(): void {
    this.later.cancel();
    this.stopped = true;
  }
}
