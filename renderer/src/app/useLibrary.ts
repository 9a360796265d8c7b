import { useCallback, useEffect, useState } from 'react';
import type { ReleaseSummary } from '../../../common/model/release';
import { byUpdated } from '../../../common/release';
import type { Api, Notice } from '../../../preload/contract';
import type { Attempt } from './useMessages';

/** The releases as the library lists them, and the notices above the editor. */
export function useLibrary(api: Api, attempt: Attempt) {
  const [releases, setReleases] = useState<ReleaseSummary[] | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);

  /** Lists the releases and the notices afresh. */
  const reload = useCallback(async () => {
    const [list, later] = await Promise.all([api.releases.list(), api.app.notices()]);
    setReleases(list);
    setNotices(later);
  }, [api]);

  useEffect(() => void attempt(reload), [attempt, reload]);

  // Files changed while Dateline was closed are found just after start: list the library again.
  // A notice raised while working (a save not yet flushed to the disk) shows at once as well.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'library-changed' && event.type !== 'notices-changed') return;
        reload().catch(() => undefined);
      }),
    [api, reload],
  );

  /** Lists the releases afresh, after a publication changed their states. */
  const relist = useCallback(async () => setReleases(await api.releases.list()), [api]);
  /** A release just made, at the top. */
  const prepend = useCallback((summary: ReleaseSummary) => setReleases((list) => [summary, ...(list ?? [])]), []);
  /** Releases back in the library (restored, samples), in their place. */
  const insert = useCallback(
    (summaries: ReleaseSummary[]) => setReleases((list) => [...summaries, ...(list ?? [])].sort(byUpdated)),
    [],
  );
  /** A release saved: its new summary, moved to its place. */
  const saved = useCallback((summary: ReleaseSummary) => {
    setReleases((list) => (list ?? []).map((r) => (r.id === summary.id ? summary : r)).sort(byUpdated));
  }, []);
  const drop = useCallback((id: string) => setReleases((list) => (list ?? []).filter((r) => r.id !== id)), []);

  const dismiss = (id: string) =>
    attempt(async () => {
      await api.app.dismissNotice({ id });
      setNotices((list) => list.filter((n) => n.id !== id));
    });

  return { releases, notices, reload, relist, prepend, insert, saved, drop, dismiss };
}

export type Library = ReturnType<typeof useLibrary>;
