import type { Editor } from '@tiptap/react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Doc } from '../../../../common/model/doc';
import { returnBodyEditor, takeBodyEditor, type BodyEvents, type BodySetup } from './editorPool';

/** What the owner hears from the editor, this hook's own news included. */
export interface BodyHookEvents extends BodyEvents {
  /** The body as the editor leaves it, when it was edited: the editor goes to the next release. */
  onClose(doc: Doc): void;
}

/**
 * The body's editor for one release: taken from the pool in a layout effect (so that StrictMode's
 * second mount gets the same one back, and none is lost) and given back on unmount. Null only
 * within the first render: the state set in a layout effect is drawn before the browser paints.
 */
export function useBodyEditor(setup: Omit<BodySetup, 'events'>, events: BodyHookEvents): Editor | null {
  const latest = useRef(events);
  useLayoutEffect(() => {
    latest.current = events;
  });
  const [initial] = useState(setup);
  const [editor, setEditor] = useState<Editor | null>(null);
  useLayoutEffect(() => {
    const taken = takeBodyEditor({
      ...initial,
      events: {
        onUpdate: () => latest.current.onUpdate(),
        onLinkKey: () => latest.current.onLinkKey(),
        onPasteReport: (line) => latest.current.onPasteReport?.(line),
      },
    });
    const opened = taken.state.doc;
    // The editor lives outside React; this one synchronous redraw shows it before the first paint.
    setEditor(taken);
    return () => {
      if (taken.state.doc !== opened) latest.current.onClose(taken.getJSON() as Doc);
      returnBodyEditor(taken);
    };
  }, [initial]);
  return editor;
}
