import { Extension, resolveFocusPosition, type RawCommands } from '@tiptap/core';

/**
 * Tiptap's focus command moves the focus one animation frame later. Keys pressed in that frame
 * (→ and the next letter, typed just after Escape leaves the quote inspector) went to the control
 * the focus was leaving, or were lost, and the caret then landed elsewhere. This `focus` takes the
 * focus at once, so the next keystroke always reaches the body where the caret is.
 */
const focus: RawCommands['focus'] =
  (position = null, options = {}) =>
  ({ editor, view, tr, dispatch }) => {
    if ((position === null && view.hasFocus()) || position === false) return true;
    if (!dispatch) return true;
    const selection = position === null ? null : resolveFocusPosition(tr.doc, position);
    if (selection && !editor.state.selection.eq(selection)) tr.setSelection(selection);
    view.focus();
    if (options?.scrollIntoView ?? true) tr.scrollIntoView();
    return true;
  };

export const SyncFocus = Extension.create({
  name: 'syncFocus',
  // Last of all, so that this focus replaces the core one.
  priority: 1,
  addCommands() {
    return { focus };
  },
});
