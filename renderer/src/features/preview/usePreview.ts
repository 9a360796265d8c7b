import { useEffect, useState } from 'react';
import type { Release, ReleaseContent } from '../../../../main/core/model/release';
import type { Workflow } from '../../../../main/core/model/workflow';

/** Pause after typing before the preview is drawn again. */
export const PREVIEW_DELAY_MS = 120;

/** The release as it stands in the editor, refreshed shortly after each edit. */
export function usePreview(release: Release, workflow: Workflow, read: () => ReleaseContent, version: number): Release {
  const [current, setCurrent] = useState<Release>(release);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent({ ...release, workflow, ...read() }), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [release, workflow, read, version]);
  return current;
}
