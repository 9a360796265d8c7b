import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findIn } from '../../../../common/find/findText';

export interface BodyMatch {
  from: number;
  to: number;
}

/** What Find shows in the body: every match, and the current one. */
interface FindState {
  matches: BodyMatch[];
  current: number;
}

export const findHighlightKey = new PluginKey<DecorationSet>('findHighlight');

/**
 * Every match of the pattern in the body's text. Text is searched run by run (the text of a
 * paragraph, or of a quote inside it), so a match never spans a quote's edge and replacing it
 * keeps the quote around its words.
 */
export function findInDoc(doc: PmNode, pattern: RegExp | null): BodyMatch[] {
  const matches: BodyMatch[] = [];
  if (!pattern) return matches;
  doc.descendants((node, pos) => {
    if (!node.inlineContent) return true;
    let run = '';
    let start = pos + 1;
    const flush = () => {
      for (const [a, b] of findIn(run, pattern)) matches.push({ from: start + a, to: start + b });
      run = '';
    };
    node.forEach((child, offset) => {
      if (child.isText) {
        if (run === '') start = pos + 1 + offset;
        run += child.text;
      } else {
        flush();
      }
    });
    flush();
    return true;
  });
  return matches;
}

function decorations(doc: PmNode, { matches, current }: FindState): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-match--current' : 'find-match' }),
    ),
  );
}

/** Marks Find's matches in the body; the find bar sets them with a transaction's meta. */
export const FindHighlight = Extension.create({
  name: 'findHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, previous) => {
            const set = tr.getMeta(findHighlightKey) as FindState | undefined;
            if (set) return decorations(tr.doc, set);
            return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
          },
        },
        props: { decorations: (state) => findHighlightKey.getState(state) },
      }),
    ];
  },
});
