// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import type { DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_ATTRS, type Speaker } from '../../../../common/quotes';
import { houseExtensions } from '../../../../common/schema/extensions';
import { QuoteDecorations, quoteDecorations, quoteDecorationsKey } from './quoteDecorations';

const MEKTIC: Speaker = {
  id: 'mektic',
  name: 'Dragan Mektić',
  shortName: 'Mektić',
  role: 'Minister of Security of Bosnia and Herzegovina',
};
const context = { speakers: [MEKTIC], language: 'en' as const };
const quote = (words: string) => ({
  type: 'quote',
  attrs: { ...DEFAULT_QUOTE_ATTRS, speakerId: 'mektic' },
  content: [{ type: 'text', text: words }],
});
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });

let editor: Editor;
afterEach(() => editor.destroy());

function open(): Editor {
  editor = new Editor({
    extensions: [...houseExtensions(), QuoteDecorations.configure({ initial: context })],
    content: {
      type: 'doc',
      content: [
        paragraph({ type: 'text', text: 'Opening words. ' }, quote('First quote')),
        paragraph({ type: 'text', text: 'Between. ' }, quote('Second quote')),
      ],
    },
  });
  return editor;
}

/** The widgets as position and text, to compare a mapped set with one built from scratch. */
function widgets(set: DecorationSet): string[] {
  return set
    .find()
    .map((d) => `${d.from}:${(d.spec as { key: string }).key}`)
    .sort();
}
const shown = () => widgets(quoteDecorationsKey.getState(editor.state)!);
const rebuilt = () => widgets(quoteDecorations(editor.state.doc, context));

describe('quote decorations while typing', () => {
  it('only move when the typing is outside the quotes, and stay what a full rebuild gives', () => {
    open();
    const before = quoteDecorationsKey.getState(editor.state);
    editor.chain().setTextSelection(3).insertContent('More ').run();
    expect(shown()).toEqual(rebuilt());
    // Mapped, not rebuilt: the set is derived from the one before.
    expect(quoteDecorationsKey.getState(editor.state)).not.toBe(before);
    expect(shown().length).toBe(4);
  });

  it('are rebuilt when a quote is deleted, so the next one gets the full attribution', () => {
    open();
    const full = shown().find((w) => w.includes('Dragan Mektić, Minister'))!;
    const firstQuote = editor.state.doc.child(0);
    const start = 1 + firstQuote.child(0).nodeSize;
    editor
      .chain()
      .deleteRange({ from: start, to: start + firstQuote.child(1).nodeSize })
      .run();
    expect(shown()).toEqual(rebuilt());
    expect(shown().filter((w) => w.includes('Dragan Mektić, Minister'))).toHaveLength(1);
    expect(shown()).not.toContain(full);
  });

  it('are rebuilt when typing inside a quote', () => {
    open();
    const end = 1 + editor.state.doc.child(0).content.size - 1;
    editor.chain().setTextSelection(end).insertContent(' indeed').run();
    expect(editor.state.doc.child(0).child(1).textContent).toBe('First quote indeed');
    expect(shown()).toEqual(rebuilt());
  });
});
