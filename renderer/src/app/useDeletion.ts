import { useCallback, useState } from 'react';
import type { ReleaseSummary } from '../../../common/model/release';
import { summaryOf } from '../../../common/release';
import type { Api } from '../../../preload/contract';
import type { Library } from './useLibrary';
import type { Attempt } from './useMessages';
import type { OpenRelease } from './useOpenRelease';

/** Delete asks first, moves the release to the trash, and can be undone for a moment after. */
export function useDeletion(api: Api, attempt: Attempt, library: Library, open: OpenRelease) {
  const [confirming, setConfirming] = useState<ReleaseSummary | null>(null);
  const [deleted, setDeleted] = useState<ReleaseSummary | null>(null);
  const { releases, drop, insert } = library;
  const { selectedId, flush, close, openStored } = open;

  /** Asks before deleting the open release. */
  const ask = useCallback(() => {
    const summary = releases?.find((r) => r.id === selectedId);
    if (summary) setConfirming(summary);
  }, [releases, selectedId]);

  const remove = useCallback(
    (summary: ReleaseSummary) =>
      attempt(async () => {
        setConfirming(null);
        await flush();
        await api.releases.remove({ id: summary.id });
        drop(summary.id);
        close(summary.id);
        setDeleted(summary);
      }),
    [api, attempt, flush, drop, close],
  );

  const undo = useCallback(
    () =>
      attempt(async () => {
        if (!deleted) return;
        setDeleted(null);
        const release = await api.releases.restore({ id: deleted.id });
        insert([summaryOf(release)]);
        openStored(release.id);
      }),
    [api, attempt, deleted, insert, openStored],
  );

  const cancel = useCallback(() => setConfirming(null), []);
  /** The chance to undo has passed. */
  const forget = useCallback(() => setDeleted(null), []);

  return { confirming, deleted, ask, cancel, remove, undo, forget };
}
