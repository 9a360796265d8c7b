import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../../../preload/contract';
import type { ErrorCode } from '../../../../preload/errors';
import { contentOf } from '../../../../common/release';
import type { Release, ReleaseContent, SaveReceipt } from '../../../../common/model/release';

export type SaveState =
  { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; code: ErrorCode; message: string };

/** Pause after the last keystroke before saving. */
export const AUTOSAVE_DELAY_MS = 600;
/** Waits before retrying a failed save: a full disk or a locked folder may clear up. */
const RETRY_DELAYS_MS = [2000, 5000, 10000, 30000, 60000];
/** Failures that the same request cannot fix by retrying. */
const FINAL: ErrorCode[] = ['CONFLICT', 'INVALID_ARGUMENT', 'NOT_FOUND'];

/** An edit: a new value, or a function that produces it when the save happens (the body is costly to serialise). */
export type ContentPatch = { [K in keyof ReleaseContent]?: ReleaseContent[K] | (() => ReleaseContent[K]) };

export interface Autosave {
  state: SaveState;
  /** Records an edit and saves it after a pause. */
  change(patch: ContentPatch): void;
  /** Saves any pending edit now; resolves when it is on disk or has failed. */
  flush(): Promise<void>;
  /** Whether an edit has not reached the disk yet. */
  isDirty(): boolean;
  /** The revision on disk that the next save builds on. */
  revision(): number;
  /**
   * After a CONFLICT: 'mine' saves this editor's text over the newer version (which stays in the
   * history); 'theirs' drops the edits not saved and returns the newer version to show.
   */
  resolveConflict(choice: 'mine' | 'theirs'): Promise<Release | undefined>;
}

function resolve(patch: ContentPatch): ReleaseContent {
  const entries = Object.entries(patch).map(([key, value]) => [key, typeof value === 'function' ? value() : value]);
  return Object.fromEntries(entries) as ReleaseContent;
}

/**
 * Debounced saving of one release. The editor keeps the text whatever happens here:
 * a failed save leaves it dirty, shows why, and retries.
 */
export function useAutosave(api: Api, release: Release, onSaved: (saved: SaveReceipt) => void): Autosave {
  const [state, setShown] = useState<SaveState>({ kind: 'saved' });
  // What is shown, so a keystroke re-renders the editor only when the label changes.
  const shown = useRef<SaveState['kind']>('saved');
  const setState = useCallback((next: SaveState) => {
    if (next.kind === shown.current && next.kind !== 'failed') return;
    shown.current = next.kind;
    setShown(next);
  }, []);
  const latest = useRef<ContentPatch>(contentOf(release));
  const revision = useRef(release.revision);
  const dirty = useRef(false);
  const failed = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const attempts = useRef(0);
  // Set by "Keep mine": the next save goes over a version saved elsewhere, kept apart in the history.
  const overwrite = useRef(false);
  const savedCallback = useRef(onSaved);
  useLayoutEffect(() => {
    savedCallback.current = onSaved;
  });
  // The retry timer calls the current flush through this ref.
  const retry = useRef<() => void>(() => undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    const content = resolve(latest.current);
    latest.current = content;
    setState({ kind: 'saving' });
    const base = { id: release.id, baseRevision: revision.current, content };
    const run = api.releases.save(overwrite.current ? { ...base, overwrite: true } : base).then(
      (saved) => {
        overwrite.current = false;
        revision.current = saved.revision;
        attempts.current = 0;
        failed.current = false;
        savedCallback.current(saved);
        setState(dirty.current ? { kind: 'unsaved' } : { kind: 'saved' });
      },
      (error: { code?: ErrorCode; message?: string }) => {
        dirty.current = true;
        failed.current = true;
        const code = error.code ?? 'INTERNAL';
        setState({ kind: 'failed', code, message: error.message ?? String(error) });
        if (!FINAL.includes(code)) {
          const delay = RETRY_DELAYS_MS[Math.min(attempts.current++, RETRY_DELAYS_MS.length - 1)];
          timer.current = setTimeout(() => retry.current(), delay);
        }
      },
    );
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }, [api, release.id, setState]);
  useLayoutEffect(() => {
    retry.current = () => void flush();
  }, [flush]);

  const change = useCallback(
    (patch: ContentPatch) => {
      latest.current = { ...latest.current, ...patch };
      dirty.current = true;
      // After a failure the notice stays up until a save succeeds.
      if (!failed.current) setState({ kind: 'unsaved' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, setState],
  );

  // Closing the editor saves what is pending.
  useEffect(() => () => void flush(), [flush]);

  const isDirty = useCallback(() => dirty.current || inFlight.current !== null, []);

  const current = useCallback(() => revision.current, []);

  const resolveConflict = useCallback(
    async (choice: 'mine' | 'theirs'): Promise<Release | undefined> => {
      clearTimeout(timer.current);
      const theirs = await api.releases.get({ id: release.id });
      failed.current = false;
      attempts.current = 0;
      if (choice === 'theirs') {
        dirty.current = false;
        setState({ kind: 'saved' });
        return theirs;
      }
      revision.current = theirs.revision;
      overwrite.current = true;
      dirty.current = true;
      await flush();
      return undefined;
    },
    [api, release.id, flush, setState],
  );

  return { state, change, flush, isDirty, revision: current, resolveConflict };
}
