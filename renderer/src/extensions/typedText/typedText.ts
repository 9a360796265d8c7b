import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Inserts each typed character at the editor's own selection instead of letting Chromium type it
 * and reading the change back. A key pressed right after Enter sometimes reached a new paragraph
 * whose DOM caret Chromium had not moved yet: the letter went in, the caret stayed before it, and
 * the rest of the paragraph was typed in front of it ("he seminar … BiH.T"). Composition (IME, dead
 * keys) and the spell checker's replacements stay with the browser.
 */
export function insertTypedText(view: EditorView, event: InputEvent): boolean {
  const text = event.data;
  if (event.inputType !== 'insertText' || event.isComposing || view.composing || !text) return false;
  const { from, to } = view.state.selection;
  const typed = () => view.state.tr.insertText(text).scrollIntoView();
  event.preventDefault();
  // Input rules (lists, headings typed as Markdown) see the text as they would see it typed.
  if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, typed))) view.dispatch(typed());
  return true;
}

export const TypedText = Extension.create({
  name: 'typedText',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typedText'),
        props: {
          handleDOMEvents: {
            beforeinput: (view, event) => insertTypedText(view, event as InputEvent),
          },
        },
      }),
    ];
  },
});
