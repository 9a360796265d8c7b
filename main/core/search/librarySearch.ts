import { join } from 'node:path';
import type { Release } from '../../../common/model/release';
import { folderIdentity } from '../store/libraryIndex';
import { DeferredWrite } from '../store/deferredWrite';
import { RELEASES_DIR, type ReleaseStore } from '../store/releaseStore';
import { serializeIndex, writeIndexFile } from './indexFile';
import { readIndexFile } from './indexLoad';
import { SearchIndex, type LibraryQuery, type LibraryResult } from './searchIndex';
import { Slicer } from './slicer';
import { snippetOf } from './snippets';
import { TextCache, readSnippetText } from './textCache';

export interface LibrarySearchOptions {
  /** Readers such as the CLI never write the index file. */
  readOnly?: boolean;
  /** Told when the index file could not be used or saved; search goes on without it. */
  onProblem?: (message: string) => void;
  /** How long changes gather before the index file is rewritten. */
  persistDelayMs?: number;
  /** How many of the first hits get a snippet; default SNIPPET_HITS. */
  snippetHits?: number;
}

/** Whether the index in memory was loaded from its file or built from the release files. */
export type IndexOrigin = 'loaded' | 'built';

/** Release files read at once while building or reconciling. */
const READ_BATCH = 16;
/**
 * Hits that get a snippet: about two screenfuls of the list. Each snippet reads and renders a
 * release (half a millisecond), which makes snippets most of a query's time: 30 missed 30 ms at 10,000.
 */
export const SNIPPET_HITS = 20;
const PERSIST_DELAY_MS = 3000;

/**
 * The library's search over the store. The index is loaded from its file (or built from the releases
 * the first time) when first needed, reconciled with the store in the background, kept in step with
 * every save, and written back a moment after changes and on close.
 */
export class LibrarySearch {
  /** How the index was made; undefined until it is. */
  origin: IndexOrigin | undefined;
  private index: SearchIndex | undefined;
  private opening: Promise<SearchIndex> | undefined;
  /** Changes told while the file loads, applied once it has. */
  private readonly queued = new Map<string, Release | undefined>();
  private readonly texts: TextCache;
  /** The releases folder's identity: a restore replaces the folder, and an index of the old one is not used. */
  private folder: string | undefined;
  /** The index's version as the file holds it. */
  private written = -1;
  private readonly persistLater = new DeferredWrite(() => void this.persist());
  private writing: Promise<void> = Promise.resolve();
  private stopping = false;
  private closed = false;

  constructor(
    private readonly store: () => ReleaseStore,
    private readonly options: LibrarySearchOptions = {},
  ) {
    this.texts = new TextCache((id) => readSnippetText(this.store(), id));
  }

  /** Starts loading the index in the background, so the first search need not wait for it. */
  warm(): void {
    this.ready().catch(() => undefined);
  }

  /** Resolves once the index is loaded or built and agrees with the store. */
  async whenReady(): Promise<void> {
    await this.ready();
  }

  /** Waits for the index, so a search while it loads is late rather than wrong. */
  async search(query: LibraryQuery): Promise<LibraryResult> {
    const index = await this.ready();
    const result = index.search(query);
    // All matching ids come back; only the first few get a snippet, read from their release.
    await Promise.all(
      result.hits.slice(0, this.options.snippetHits ?? SNIPPET_HITS).map(async (hit) => {
        const meta = index.get(hit.id);
        if (!meta || hit.terms.length === 0) return;
        const text = await this.texts.get(hit.id, meta.revision, meta.updatedAt);
        const snippet = text && snippetOf(text, hit.terms);
        if (snippet !== undefined) hit.snippet = snippet;
      }),
    );
    return result;
  }

  /** Lets the work under way finish and writes the index file if it is behind. */
  async close(): Promise<void> {
    this.stopping = true;
    await this.opening?.catch(() => undefined);
    this.persistLater.cancel();
    await this.persist();
    this.closed = true;
  }

  /** Forgets pending writes, e.g. when a restore replaced the releases folder under this index. */
  discard(): void {
    this.stopping = true;
    this.closed = true;
    this.persistLater.cancel();
  }

  stored(release: Release): void {
    this.apply(release.id, release);
  }

  removed(id: string): void {
    this.apply(id, undefined);
  }

  private apply(id: string, release: Release | undefined): void {
    if (!this.index) {
      // Before the first search nothing is loaded: the load reconciles with the store anyway.
      if (this.opening) this.queued.set(id, release);
      return;
    }
    try {
      if (release) this.index.update(release);
      else this.index.remove(id);
      this.persistSoon(this.options.persistDelayMs ?? PERSIST_DELAY_MS);
    } catch (error) {
      // An index that cannot follow a change is rebuilt on the next search rather than left wrong.
      this.options.onProblem?.(`The search index is rebuilt: ${(error as Error).message}`);
      this.index = undefined;
      this.opening = undefined;
    }
  }

  private ready(): Promise<SearchIndex> {
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  private async open(): Promise<SearchIndex> {
    const store = this.store();
    this.folder = await folderIdentity(join(store.dataDir, RELEASES_DIR)).catch(() => undefined);
    const read = this.folder === undefined ? undefined : await readIndexFile(store.dataDir, this.folder);
    if (read && 'problem' in read) this.options.onProblem?.(`The search index file is rebuilt: ${read.problem}.`);
    const index = read && 'index' in read ? read.index : new SearchIndex();
    this.origin = read && 'index' in read ? 'loaded' : 'built';
    this.written = this.origin === 'loaded' ? index.version : -1;
    for (const [id, release] of this.queued) {
      if (release) index.update(release);
      else index.remove(id);
    }
    this.queued.clear();
    // From here on, saves go straight to the index, also while it is reconciled.
    this.index = index;
    await this.reconcile(index, store);
    // A build is costly: keep it at once. Reconciled changes can wait like any others.
    if (index.version !== this.written) {
      this.persistSoon(this.origin === 'built' ? 0 : (this.options.persistDelayMs ?? PERSIST_DELAY_MS));
    }
    return index;
  }

  /** Brings the index in line with the store: drops deleted releases, reads new and changed ones. */
  private async reconcile(index: SearchIndex, store: ReleaseStore): Promise<void> {
    const slicer = new Slicer();
    const summaries = store.list();
    const listed = new Set(summaries.map((s) => s.id));
    for (const id of index.ids()) if (!listed.has(id)) index.remove(id);
    const stale = summaries.filter((s) => {
      const held = index.get(s.id);
      return !held || held.revision !== s.revision || held.updatedAt !== s.updatedAt || held.state !== s.state;
    });
    for (let i = 0; i < stale.length && !this.stopping; i += READ_BATCH) {
      await Promise.all(
        stale.slice(i, i + READ_BATCH).map(async ({ id }) => {
          const before = index.get(id);
          // A release that cannot be read now is left out of the results, not allowed to break them.
          const release = await store.get(id).catch(() => undefined);
          // A save told meanwhile is newer than this read.
          if (release && index.get(id) === before) index.update(release);
        }),
      );
      await slicer.pause();
    }
  }

  private persistSoon(delay: number): void {
    if (this.options.readOnly || this.stopping) return;
    this.persistLater.schedule(delay);
  }

  /** Writes one after another; a failure only costs the next start a rebuild. */
  private persist(): Promise<void> {
    this.writing = this.writing
      .then(() => this.write())
      .catch((error: unknown) => this.options.onProblem?.(`The search index could not be saved: ${String(error)}`));
    return this.writing;
  }

  private async write(attempts = 3): Promise<void> {
    const { index, folder } = this;
    if (!index || folder === undefined || this.closed || this.options.readOnly || index.version === this.written)
      return;
    const version = index.version;
    const text = await serializeIndex(index, folder, () => this.closed);
    if (text === undefined) {
      // Changed while being written out: closing, try again now; else once the changes settle.
      if (this.stopping && attempts > 1) return this.write(attempts - 1);
      return this.persistSoon(this.options.persistDelayMs ?? PERSIST_DELAY_MS);
    }
    await writeIndexFile(this.store().dataDir, text);
    this.written = version;
  }
}
