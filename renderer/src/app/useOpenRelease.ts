import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Release } from '../../../common/model/release';
import { summaryOf } from '../../../common/release';
import type { Api } from '../../../preload/contract';
import type { EditorHandle } from '../features/editor/ReleaseEditor';
import { readAhead, type Opening } from '../features/editor/opening';
import type { Library } from './useLibrary';
import type { Attempt } from './useMessages';

/** Which release is open in the editor, and how it opens; every switch saves the open one first. */
export function useOpenRelease(api: Api, attempt: Attempt, prepend: Library['prepend']) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The release to show at once (just created), or the read begun at the click.
  const [opening, setOpening] = useState<Opening | null>(null);
  // Bumped to open the same release afresh, e.g. after restoring an old version.
  const [generation, setGeneration] = useState(0);
  const editor = useRef<EditorHandle>(null);
  const latest = useRef(selectedId);
  useLayoutEffect(() => {
    latest.current = selectedId;
  });

  const flush = useCallback(async () => {
    await editor.current?.flush();
  }, []);

  const select = useCallback(
    (id: string) =>
      attempt(async () => {
        const next = readAhead(api, id);
        await flush();
        setOpening(next);
        setSelectedId(id);
      }),
    [api, attempt, flush],
  );

  /** Opens a release just made (created, duplicated, translated), listed at the top. */
  const show = useCallback(
    (release: Release) => {
      prepend(summaryOf(release));
      setOpening({ id: release.id, created: release });
      setSelectedId(release.id);
    },
    [prepend],
  );

  const create = useCallback(
    () =>
      attempt(async () => {
        await flush();
        show(await api.releases.create({}));
      }),
    [api, attempt, flush, show],
  );

  /** Opens a stored release, read from disk. */
  const openStored = useCallback((id: string) => {
    setOpening(null);
    setSelectedId(id);
  }, []);

  /** Opens a stored release unless another was opened since `before` (work that ends late never overrides a click). */
  const openStoredUnlessMoved = useCallback(
    (id: string, before: string | null) => {
      if (latest.current === before) openStored(id);
    },
    [openStored],
  );

  /** Opens the open release again: from the content given, or from disk. */
  const reopen = useCallback((release?: Release) => {
    setOpening(release ? { id: release.id, created: release } : null);
    setGeneration((n) => n + 1);
  }, []);

  /** Closes the editor; given an id, only if that release is the one open. */
  const close = useCallback((id?: string) => {
    setSelectedId((open) => (id === undefined || open === id ? null : open));
    setOpening(null);
  }, []);

  return {
    selectedId,
    opening,
    generation,
    editor,
    flush,
    select,
    show,
    create,
    openStored,
    openStoredUnlessMoved,
    reopen,
    close,
  };
}

export type OpenRelease = ReturnType<typeof useOpenRelease>;
