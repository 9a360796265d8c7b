import type { Release } from '../model/release';
import type { ReleaseStore } from '../store/releaseStore';
import { SearchIndex, type LibraryQuery, type LibraryResult } from './searchIndex';

/**
 * The library's search over the store: the index is built on the first search and then kept in
 * step with every save, so opening Dateline never waits for it.
 */
export class LibrarySearch {
  private index: SearchIndex | undefined;
  private building: Promise<SearchIndex> | undefined;

  constructor(private readonly store: () => ReleaseStore) {}

  async search(query: LibraryQuery): Promise<LibraryResult> {
    return (await this.ready()).search(query);
  }

  /** Lets work under way finish; nothing to flush yet. */
  async close(): Promise<void> {
    await this.building?.catch(() => undefined);
  }

  stored(release: Release): void {
    this.index?.update(release);
  }

  removed(id: string): void {
    this.index?.remove(id);
  }

  private ready(): Promise<SearchIndex> {
    this.building ??= (async () => {
      const index = new SearchIndex();
      for (const summary of this.store().list()) {
        // A release that cannot be read now is left out of the results, not allowed to break them.
        const release = await this.store()
          .get(summary.id)
          .catch(() => undefined);
        if (release) index.update(release);
      }
      this.index = index;
      return index;
    })();
    return this.building;
  }
}
