import { useEffect, useState } from 'react';
import type { LibraryQuery } from '../../../../common/model/library';
import type { ReleaseSummary } from '../../../../common/model/release';
import type { Api } from '../../../../preload/contract';
import { isSearching } from './LibraryFilters';
import type { Found } from './ReleaseList';

/** The library's search and filters, and the releases they list. */
export function useLibrarySearch(api: Api, releases: ReleaseSummary[] | null, report: (message: string) => void) {
  const [query, setQuery] = useState<LibraryQuery>({});
  const [found, setFound] = useState<{ ids: string[]; by: Map<string, Found> } | null>(null);

  // Results as you type: the search runs a moment after the last keystroke.
  useEffect(() => {
    if (!isSearching(query)) return;
    let live = true;
    const timer = setTimeout(() => {
      api.library.search(query).then(
        (result) =>
          live && setFound({ ids: result.hits.map((h) => h.id), by: new Map(result.hits.map((h) => [h.id, h])) }),
        (error: Error) => live && report(error.message),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, releases, report]);

  const onQuery = (next: LibraryQuery) => {
    setQuery(next);
    if (!isSearching(next)) setFound(null);
  };
  const searching = isSearching(query) && found !== null;
  const byId = new Map((releases ?? []).map((r) => [r.id, r]));
  const listed = searching ? found.ids.flatMap((id) => byId.get(id) ?? []) : (releases ?? []);
  return { query, onQuery, listed, ...(searching ? { found: found.by } : {}) };
}
