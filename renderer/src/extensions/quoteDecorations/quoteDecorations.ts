import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { quoteParts, resolveReferences, type QuoteAttrs, type Speaker } from '../../../../common/quotes';
import type { Language } from '../../../../common/model/vocab';

/** What the attribution preview needs from the release around the body. */
export interface QuoteContext {
  speakers: Speaker[];
  language: Language;
}

export const quoteDecorationsKey = new PluginKey<DecorationSet>('quoteDecorations');

function widget(text: string, className: string): () => HTMLElement {
  return () => {
    const span = document.createElement('span');
    span.className = className;
    span.contentEditable = 'false';
    span.textContent = text;
    return span;
  };
}

/** Marks, punctuation and attribution around each quote, exactly as the house style prints them. */
export function quoteDecorations(doc: PMNode, context: QuoteContext): DecorationSet {
  const quotes: { node: PMNode; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'quote') return true;
    quotes.push({ node, pos });
    return false;
  });
  if (quotes.length === 0) return DecorationSet.empty;
  const forms = resolveReferences(quotes.map(({ node }) => node.attrs as QuoteAttrs));
  const speakers = new Map(context.speakers.map((s) => [s.id, s]));
  const decorations = quotes.flatMap(({ node, pos }, i) => {
    const attrs = node.attrs as QuoteAttrs;
    const speaker = speakers.get(attrs.speakerId);
    const parts = quoteParts(node.textContent, attrs, speaker, forms[i]!, context.language);
    // Punctuation the house style adds after the typed words (the comma inside “…,”).
    const added = parts.words.startsWith(node.textContent) ? parts.words.slice(node.textContent.length) : '';
    const before = parts.lead + parts.open;
    const after = added + parts.close + parts.tail;
    const state = speaker ? 'quote-attribution' : 'quote-attribution quote-attribution--missing';
    return [
      Decoration.widget(pos, widget(before, state), { side: 1, key: `open:${state}:${before}`, ignoreSelection: true }),
      Decoration.widget(pos + node.nodeSize, widget(after, state), {
        side: -1,
        key: `close:${state}:${after}`,
        ignoreSelection: true,
      }),
    ];
  });
  return DecorationSet.create(doc, decorations);
}

function hasQuote(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node) => {
    if (node.type.name === 'quote') found = true;
    return !found;
  });
  return found;
}

/** Whether a change replaced, added or edited a quote: only then can any attribution change. */
export function touchesQuote(tr: Transaction): boolean {
  const { maps } = tr.mapping;
  return maps.some((map, i) => {
    let touched = false;
    const toOld = tr.mapping.slice(0, i).invert();
    const toNew = tr.mapping.slice(i + 1);
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||=
        hasQuote(tr.before, toOld.map(oldStart, -1) - 1, toOld.map(oldEnd, 1) + 1) ||
        hasQuote(tr.doc, toNew.map(newStart, -1) - 1, toNew.map(newEnd, 1) + 1);
    });
    return touched;
  });
}

/** The editor-only view of quotes: Tiptap storage holds the speakers and language; a meta refreshes it. */
export const QuoteDecorations = Extension.create<{ initial: QuoteContext }, { context: QuoteContext }>({
  name: 'quoteDecorations',

  addOptions() {
    return { initial: { speakers: [], language: 'en' } };
  },

  addStorage() {
    return { context: this.options.initial };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key: quoteDecorationsKey,
        state: {
          init: (_, state) => quoteDecorations(state.doc, storage.context),
          // Typing outside the quotes only moves their decorations: mapping keeps a long body's typing cheap.
          apply: (tr, previous, _old, state) => {
            if (tr.getMeta(quoteDecorationsKey) || (tr.docChanged && touchesQuote(tr))) {
              return quoteDecorations(state.doc, storage.context);
            }
            return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
          },
        },
        props: {
          decorations: (state) => quoteDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
