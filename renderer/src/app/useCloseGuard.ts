import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EditorHandle } from '../features/editor/ReleaseEditor';

/**
 * Closing the window with an edit not yet on disk: hold the close, save, then close;
 * when the save fails (a full disk), ask before the words are lost.
 */
export function useCloseGuard(editor: RefObject<EditorHandle | null>) {
  const [asking, setAsking] = useState(false);
  const leaving = useRef(false);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const open = editor.current;
      if (leaving.current || !open?.isDirty()) return;
      event.preventDefault();
      void open.flush().then(() => {
        if (!open.isDirty()) window.close();
        else setAsking(true);
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editor]);
  return {
    /** The save before closing failed: the question is on screen. */
    asking,
    keepEditing: () => setAsking(false),
    closeAnyway: () => {
      leaving.current = true;
      window.close();
    },
  };
}
