// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { houseExtensions } from '../../../../common/schema/extensions';
import { SyncFocus } from './syncFocus';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

function open(withSyncFocus: boolean): { editor: Editor; other: HTMLInputElement } {
  const element = document.createElement('div');
  const other = document.createElement('input');
  document.body.append(element, other);
  const editor = new Editor({
    element,
    extensions: [...houseExtensions(), ...(withSyncFocus ? [SyncFocus] : [])],
    content: '<p>Hello world</p>',
  });
  editors.push(editor);
  other.focus();
  return { editor, other };
}

describe('focus in the body', () => {
  it('is taken at once, so the next key reaches the body, not the control being left', () => {
    const { editor } = open(true);
    editor.commands.focus();
    expect(document.activeElement).toBe(editor.view.dom);
  });

  it('keeps the cursor where it was, or puts it where asked', () => {
    const { editor } = open(true);
    editor.commands.setTextSelection(3);
    editor.commands.focus();
    expect(editor.state.selection.from).toBe(3);
    editor.chain().focus('end').run();
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
  });

  it('was left a frame late by Tiptap’s own command: the reason this extension exists', () => {
    const { editor, other } = open(false);
    editor.commands.focus();
    expect(document.activeElement).toBe(other);
  });
});
