import { useEffect, useState } from 'react';
import type { Release, ReleaseContent } from '../../../../main/core/model/release';

/** Pause after typing before the preview is drawn again. */
export const PREVIEW_DELAY_MS = 120;

/** The release as it stands in the editor, refreshed shortly after each edit. */
export function usePreview(release: Release, read: () => ReleaseContent, version: number): Release {
  const [current, setCurrent] = useState<Release>(release);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent({ ...release, ...read() }), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [release, read, version]);
  return current;
}
