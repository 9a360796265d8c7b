import type { Editor } from '@tiptap/core';
import type { PluginKey } from '@tiptap/pm/state';

/** ProseMirror's reader of the DOM; internal, so reached with care. */
type WithObserver = { domObserver?: { flush(): void } };

/**
 * Redraws the body's marks (spelling, quotes, find matches) without an edit. A caret just moved by
 * a key is reported by Chromium a task later; a redraw in between would put back the caret
 * ProseMirror knew, and the next letters would land there. So the moved caret is read in first.
 */
export function redraw(editor: Editor, key: PluginKey, value: unknown): void {
  (editor.view as unknown as WithObserver).domObserver?.flush();
  editor.view.dispatch(editor.state.tr.setMeta(key, value).setMeta('addToHistory', false));
}
