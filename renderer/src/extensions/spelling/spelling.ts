import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { wordsIn, type WordAt } from '../../../../common/spelling/words';

export const spellingKey = new PluginKey<DecorationSet>('spelling');

/** The words the checker did not know, set by the body's spelling hook; a meta redraws. */
export interface SpellingStorage {
  misspelt: ReadonlySet<string>;
}

/** Every checkable word of the body, with its place in the document. */
export function bodyWords(doc: PMNode): WordAt[] {
  const words: WordAt[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // A block's text as one string, so a word split by bold or a link is still one word.
    let text = '';
    const starts: number[] = [];
    node.forEach((child, offset) => {
      const piece = child.isText ? child.text! : ' ';
      for (let i = 0; i < piece.length; i++) starts.push(pos + 1 + offset + (child.isText ? i : 0));
      text += piece;
    });
    for (const word of wordsIn(text))
      words.push({ word: word.word, from: starts[word.from]!, to: starts[word.to - 1]! + 1 });
    return false;
  });
  return words;
}

function decorate(doc: PMNode, misspelt: ReadonlySet<string>): DecorationSet {
  if (misspelt.size === 0) return DecorationSet.empty;
  const marks = bodyWords(doc)
    .filter(({ word }) => misspelt.has(word))
    .map(({ word, from, to }) => Decoration.inline(from, to, { class: 'spelling-error' }, { word }));
  return DecorationSet.create(doc, marks);
}

/** The misspelt word at a position of the body, with its range; null when there is none. */
export function misspeltAt(state: EditorState, pos: number): WordAt | null {
  const found = spellingKey.getState(state)?.find(pos, pos) ?? [];
  const hit = found.find((decoration) => decoration.from <= pos && pos <= decoration.to);
  return hit ? { word: (hit.spec as { word: string }).word, from: hit.from, to: hit.to } : null;
}

/** Drops the marks of words an edit touched: they are checked again once typing pauses. */
function mapped(previous: DecorationSet, tr: Transaction): DecorationSet {
  let set = previous.map(tr.mapping, tr.doc);
  tr.mapping.maps.forEach((map, index) => {
    const toNew = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, start, end) => {
      const from = toNew.map(start, -1);
      const to = toNew.map(end, 1);
      set = set.remove(set.find(Math.max(0, from - 1), to + 1));
    });
  });
  return set;
}

/** Misspelt words underlined in the body, as the bundled dictionaries judge them. */
export const Spelling = Extension.create<Record<string, never>, SpellingStorage>({
  name: 'spelling',

  addStorage() {
    return { misspelt: new Set<string>() };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key: spellingKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, previous, _old, state) => {
            if (tr.getMeta(spellingKey)) return decorate(state.doc, storage.misspelt);
            return tr.docChanged ? mapped(previous, tr) : previous;
          },
        },
        props: { decorations: (state) => spellingKey.getState(state) },
      }),
    ];
  },
});
