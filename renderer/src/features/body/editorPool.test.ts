// @vitest-environment happy-dom
import type { Editor } from '@tiptap/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_QUOTE_ATTRS, type Speaker } from '../../../../common/quotes';
import type { Doc } from '../../../../common/model/doc';
import { quoteDecorationsKey } from '../../extensions/quoteDecorations/quoteDecorations';
import { returnBodyEditor, takeBodyEditor, type BodyEvents, type BodySetup } from './editorPool';

const text = (words: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});
const events = (): BodyEvents => ({ onUpdate: vi.fn(), onLinkKey: vi.fn() });
const setup = (doc: Doc, more: Partial<BodySetup> = {}): BodySetup => ({
  doc,
  context: { speakers: [], language: 'en' },
  labelledBy: 'body-label',
  events: events(),
  ...more,
});

const opened: Editor[] = [];
const take = (s: BodySetup) => {
  const editor = takeBodyEditor(s);
  opened.push(editor);
  return editor;
};
afterEach(() => {
  // Empties the pool, so each test starts without a spare.
  takeBodyEditor(setup(text('drain'))).destroy();
  opened.splice(0).forEach((editor) => editor.destroy());
});

describe('the body editor pool', () => {
  it('leaves a body that ends in a list as it is when the cursor goes into it', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Approved text' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'last' }] }] }],
        },
      ],
    };
    const s = setup(doc);
    const editor = take(s);
    editor.commands.focus('end');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    // An appended empty paragraph would be an edit, and an edit clears an approval.
    expect(editor.getJSON()).toEqual(doc);
    expect(s.events.onUpdate).not.toHaveBeenCalled();
  });

  it('opens the next release in the editor the last one left, with its text only', () => {
    const first = take(setup(text('First release')));
    first.commands.insertContentAt(first.state.doc.content.size - 1, ' edited');
    expect(first.getText()).toBe('First release edited');
    returnBodyEditor(first);

    const second = take(setup(text('Second release')));
    expect(second).toBe(first);
    expect(second.getText()).toBe('Second release');
    expect(second.state.selection.from).toBe(1);
  });

  it('keeps undo apart: undo in the next release never brings back the last one’s text', () => {
    const first = take(setup(text('First release')));
    first.commands.insertContentAt(first.state.doc.content.size - 1, ' edited');
    returnBodyEditor(first);

    const second = take(setup(text('Second release')));
    expect(second.can().undo()).toBe(false);
    second.commands.undo();
    expect(second.getText()).toBe('Second release');
    // Its own edits still undo, as far as its opening text and no further.
    second.commands.insertContentAt(second.state.doc.content.size - 1, ' typed');
    expect(second.commands.undo()).toBe(true);
    expect(second.getText()).toBe('Second release');
    expect(second.can().undo()).toBe(false);
  });

  it('tells only the current owner about edits and Ctrl+K', () => {
    const before = setup(text('First'));
    const first = take(before);
    returnBodyEditor(first);
    const after = setup(text('Second'));
    const second = take(after);

    second.commands.insertContent('x');
    expect(after.events.onUpdate).toHaveBeenCalledTimes(1);
    expect(before.events.onUpdate).not.toHaveBeenCalled();
    const ctrlK = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true });
    second.view.someProp('handleKeyDown', (handle) => handle(second.view, ctrlK));
    expect(after.events.onLinkKey).toHaveBeenCalledTimes(1);
    expect(before.events.onLinkKey).not.toHaveBeenCalled();
  });

  it('draws the quotes with the new release’s speakers', () => {
    const first = take(setup(text('No quotes here')));
    returnBodyEditor(first);
    const speaker: Speaker = { id: 'ana', name: 'Ana Novak', shortName: 'Novak', role: 'Minister' };
    const quoted: Doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'quote',
              attrs: { ...DEFAULT_QUOTE_ATTRS, speakerId: 'ana' },
              content: [{ type: 'text', text: 'We agree' }],
            },
          ],
        },
      ],
    };
    const second = take(setup(quoted, { context: { speakers: [speaker], language: 'en' } }));
    const widgets = quoteDecorationsKey.getState(second.state)!.find();
    expect(widgets.map((w) => (w.spec as { key: string }).key).join(' ')).toContain('Ana Novak');
  });

  it('keeps one spare: an editor returned while another waits is destroyed', () => {
    const a = take(setup(text('A')));
    const b = take(setup(text('B')));
    expect(b).not.toBe(a);
    returnBodyEditor(a);
    returnBodyEditor(b);
    expect(a.isDestroyed).toBe(false);
    expect(b.isDestroyed).toBe(true);
    expect(take(setup(text('C')))).toBe(a);
  });

  it('follows a new label for the body', () => {
    const first = take(setup(text('A')));
    returnBodyEditor(first);
    const second = take(setup(text('B'), { labelledBy: 'other-label' }));
    expect(second.view.dom.getAttribute('aria-labelledby')).toBe('other-label');
  });
});
