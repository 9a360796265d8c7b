import { useMemo } from 'react';

/** Tells the checks and the preview about each edit without re-rendering the editor on every keystroke. */
export interface EditSignal {
  emit(): void;
  subscribe(listener: () => void): () => void;
}

export function useEditSignal(): EditSignal {
  return useMemo(() => {
    const listeners = new Set<() => void>();
    return {
      emit: () => listeners.forEach((listener) => listener()),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }, []);
}

/**
 * Runs `work` `delay` ms after the last edit, and once `first` ms after mounting (or after its inputs
 * change), or once the next frame is painted: the hook re-renders only when the work sets state,
 * never per keystroke.
 */
export function afterEdits(
  signal: EditSignal,
  work: () => void,
  delay: number,
  first: number | 'after-paint',
): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame callback runs just before the paint; a task queued from it, once the frame is out.
  if (first === 'after-paint') frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  else timer = setTimeout(work, first);
  const stop = signal.subscribe(() => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    timer = setTimeout(work, delay);
  });
  return () => {
    stop();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
