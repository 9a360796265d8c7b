import { useCallback, useRef, useState } from 'react';
import type { ImportProposal } from '../../../../common/model/importReport';
import type { Release, ReleaseContent } from '../../../../common/model/release';
import type { Api } from '../../../../preload/contract';
import type { Attempt } from '../../app/useMessages';

/** Where an import stands: reading files (with progress), reviewing proposals one by one, or idle. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'reviewing'; proposals: ImportProposal[]; index: number; created: number };

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: a spread of a whole file's bytes would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The next proposal to review at or after `from`: refused files are listed, not reviewed. */
function nextReviewable(proposals: ImportProposal[], from: number): number {
  const index = proposals.findIndex((p, i) => i >= from && p.ok);
  return index < 0 ? proposals.length : index;
}

/**
 * File ▸ Import…, dropped files and New from Clipboard: every input is read into a proposal first,
 * with progress and a way to stop; nothing is created until the press officer has reviewed it.
 */
export function useImport(
  api: Api,
  attempt: Attempt,
  onCreated: (release: Release) => void,
  onMessage: (text: string) => void,
) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const cancelled = useRef(false);

  const review = useCallback(
    (proposals: ImportProposal[]) => {
      const refused = proposals.filter((p) => !p.ok);
      if (proposals.length > 0 && refused.length === proposals.length) {
        onMessage(`Nothing was imported. ${refused.map((p) => `${p.name}: ${p.ok ? '' : p.reason}`).join(' ')}`);
        return setState({ step: 'idle' });
      }
      if (proposals.length === 0) return setState({ step: 'idle' });
      setState({ step: 'reviewing', proposals, index: nextReviewable(proposals, 0), created: 0 });
    },
    [onMessage],
  );

  /** Reads the inputs one by one, so the progress moves and Cancel stops between two of them. */
  const read = useCallback(
    (readers: (() => Promise<ImportProposal>)[]) =>
      attempt(async () => {
        cancelled.current = false;
        const proposals: ImportProposal[] = [];
        for (const [done, reader] of readers.entries()) {
          if (cancelled.current) break;
          setState({ step: 'reading', done, total: readers.length });
          proposals.push(await reader());
        }
        if (cancelled.current) {
          onMessage(`Import cancelled after ${proposals.length} of ${readers.length} files; nothing was created.`);
          return setState({ step: 'idle' });
        }
        review(proposals);
      }),
    [attempt, onMessage, review],
  );

  const chooseFiles = useCallback(
    () =>
      attempt(async () => {
        const paths = await api.imports.choose();
        if (paths.length > 0) await read(paths.map((path) => () => api.imports.readFile({ path })));
      }),
    [api, attempt, read],
  );

  const dropFiles = useCallback(
    (files: File[]) =>
      read(files.map((file) => async () => api.imports.readData({ name: file.name, base64: await base64Of(file) }))),
    [api, read],
  );

  const fromClipboard = useCallback(() => read([() => api.imports.readClipboard()]), [api, read]);

  const cancelReading = useCallback(() => {
    cancelled.current = true;
  }, []);

  /** Moves on to the next input; after the last one, says what was made. */
  const advance = useCallback(
    (current: Extract<ImportState, { step: 'reviewing' }>, created: number) => {
      const index = nextReviewable(current.proposals, current.index + 1);
      if (index < current.proposals.length) return setState({ ...current, index, created });
      const refused = current.proposals.filter((p) => !p.ok).length;
      const made = created === 0 ? 'No release was' : created === 1 ? 'One release was' : `${created} releases were`;
      const files = refused === 1 ? 'file was' : 'files were';
      onMessage(
        `${made} imported as ${created === 1 ? 'a draft' : 'drafts'}${refused > 0 ? `; ${refused} ${files} refused` : ''}.`,
      );
      setState({ step: 'idle' });
    },
    [onMessage],
  );

  /** Creates the reviewed draft, opens it, and goes on to the next input. */
  const create = useCallback(
    (content: ReleaseContent) =>
      attempt(async () => {
        if (state.step !== 'reviewing') return;
        const release = await api.releases.create(content);
        onCreated(release);
        advance(state, state.created + 1);
      }),
    [api, attempt, onCreated, state, advance],
  );

  const skip = useCallback(() => {
    if (state.step === 'reviewing') advance(state, state.created);
  }, [state, advance]);

  const close = useCallback(() => setState({ step: 'idle' }), []);

  return { state, chooseFiles, dropFiles, fromClipboard, cancelReading, create, skip, close };
}
