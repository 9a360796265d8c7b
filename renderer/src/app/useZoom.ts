import { useCallback, useEffect, useState } from 'react';

/** The editor's text sizes, as Word's zoom steps them. */
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
/** Per machine, like the window's place: kept by the window itself, not in the shared data folder. */
const KEY = 'dateline.editorZoom';

function stored(): number {
  const value = Number(window.localStorage.getItem(KEY));
  return (ZOOM_STEPS as readonly number[]).includes(value) ? value : 1;
}

/** The editor's zoom: one step in or out, or back to 100 % (0); remembered, and shown as a CSS variable. */
export function useZoom(): { level: number; by(step: -1 | 0 | 1): void } {
  const [level, setLevel] = useState(stored);
  useEffect(() => {
    document.documentElement.style.setProperty('--editor-zoom', String(level));
    window.localStorage.setItem(KEY, String(level));
  }, [level]);
  const by = useCallback((step: -1 | 0 | 1) => {
    setLevel((now) => {
      if (step === 0) return 1;
      const index = ZOOM_STEPS.indexOf(now as (typeof ZOOM_STEPS)[number]);
      return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, index + step))]!;
    });
  }, []);
  return { level, by };
}
