// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { houseExtensions } from '../../../../common/schema/extensions';
import { TypedText } from './typedText';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

function open(content: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: [...houseExtensions(), TypedText], content });
  editors.push(editor);
  return editor;
}

function type(editor: Editor, data: string, init: Partial<InputEventInit> = {}): InputEvent {
  const event = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data,
    cancelable: true,
    bubbles: true,
    ...init,
  });
  editor.view.dom.dispatchEvent(event);
  return event;
}

describe('typed characters', () => {
  it('go in at the editor’s selection, in order, whatever the page’s caret says', () => {
    const editor = open('<p>Co-operation.</p>');
    editor
      .chain()
      .setTextSelection(editor.state.doc.content.size - 1)
      .splitBlock()
      .run();
    // The page's caret left behind in the paragraph above, as Chromium left it after Enter.
    getSelection()!.collapse(editor.view.dom.firstChild!.firstChild!, 0);
    for (const key of 'The seminar') expect(type(editor, key).defaultPrevented).toBe(true);
    expect(editor.state.doc.content.content.map((p) => p.textContent)).toEqual(['Co-operation.', 'The seminar']);
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
  });

  it('replace a selection and keep the marks being typed', () => {
    const editor = open('<p>one <strong>two</strong> three</p>');
    editor.commands.setTextSelection({ from: 5, to: 8 });
    type(editor, '2');
    expect(editor.getHTML()).toBe('<p>one <strong>2</strong> three</p>');
  });

  it('still run the input rules, so "- " starts a list', () => {
    const editor = open('<p></p>');
    editor.commands.setTextSelection(1);
    type(editor, '-');
    type(editor, ' ');
    expect(editor.getJSON().content![0]!.type).toBe('bulletList');
  });

  it('are left to the browser while composing, and for the spell checker’s replacements', () => {
    const editor = open('<p>x</p>');
    expect(type(editor, 'é', { isComposing: true }).defaultPrevented).toBe(false);
    expect(type(editor, 'word', { inputType: 'insertReplacementText' }).defaultPrevented).toBe(false);
    expect(editor.getText()).toBe('x');
  });
});
