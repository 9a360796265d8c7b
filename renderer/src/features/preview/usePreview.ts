import { useEffect, useState } from 'react';
import type { Release, ReleaseContent } from '../../../../common/model/release';
import type { Workflow } from '../../../../common/model/workflow';
import { afterEdits, type EditSignal } from '../editor/editSignal';

/** Pause after typing before the preview is drawn again. */
export const PREVIEW_DELAY_MS = 80;

/**
 * The release as it stands in the editor, refreshed shortly after each edit. Null at first: the
 * preview is drawn once the editor has been painted, so opening a release shows its text first.
 */
export function usePreview(
  release: Release,
  workflow: Workflow,
  read: () => ReleaseContent,
  edits: EditSignal,
): Release | null {
  const [current, setCurrent] = useState<Release | null>(null);
  useEffect(
    () => afterEdits(edits, () => setCurrent({ ...release, workflow, ...read() }), PREVIEW_DELAY_MS, 'after-paint'),
    [release, workflow, read, edits],
  );
  return current;
}
