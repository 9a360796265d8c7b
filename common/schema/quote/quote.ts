import { Node, mergeAttributes } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { DEFAULT_QUOTE_ATTRS, type Attribution, type QuoteAttrs, type Reference } from '../../quotes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      /** Makes the selected words a quote, or inserts a quote with placeholder words selected. */
      insertQuote: (attrs?: Partial<QuoteAttrs>) => ReturnType;
      /** Changes the quote the cursor is in. */
      updateQuote: (attrs: Partial<QuoteAttrs>) => ReturnType;
    };
  }
}

export const QUOTE_PLACEHOLDER = 'Quoted words';

const ATTRIBUTIONS: readonly Attribution[] = ['after', 'before', 'inline'];
const REFERENCES: readonly Reference[] = ['auto', 'full', 'short'];

/** The quote node around a position, with where it starts, if there is one. */
export function quoteAt(doc: PMNode, pos: number): { node: PMNode; pos: number } | undefined {
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth);
    if (node.type.name === 'quote') return { node, pos: $pos.before(depth) };
  }
  const after = $pos.nodeAfter;
  if (after?.type.name === 'quote') return { node: after, pos };
  return undefined;
}

/**
 * A quotation: the quoted words as inline content, attributed to a speaker of the release.
 * Stored as JSON with every attribute an export needs; HTML keeps each one in a data-* attribute.
 */
export const Quote = Node.create({
  name: 'quote',
  group: 'inline',
  inline: true,
  content: 'text*',
  marks: 'bold italic',
  selectable: false,

  addAttributes() {
    return {
      speakerId: {
        default: DEFAULT_QUOTE_ATTRS.speakerId,
        parseHTML: (element) => element.getAttribute('data-speaker') ?? '',
        renderHTML: (attrs) => ({ 'data-speaker': attrs.speakerId }),
      },
      attribution: {
        default: DEFAULT_QUOTE_ATTRS.attribution,
        parseHTML: (element) => {
          const value = element.getAttribute('data-attribution') as Attribution;
          return ATTRIBUTIONS.includes(value) ? value : DEFAULT_QUOTE_ATTRS.attribution;
        },
        renderHTML: (attrs) => ({ 'data-attribution': attrs.attribution }),
      },
      reference: {
        default: DEFAULT_QUOTE_ATTRS.reference,
        parseHTML: (element) => {
          const value = element.getAttribute('data-reference') as Reference;
          return REFERENCES.includes(value) ? value : DEFAULT_QUOTE_ATTRS.reference;
        },
        renderHTML: (attrs) => ({ 'data-reference': attrs.reference }),
      },
      verb: {
        default: DEFAULT_QUOTE_ATTRS.verb,
        parseHTML: (element) => element.getAttribute('data-verb') ?? '',
        renderHTML: (attrs) => (attrs.verb ? { 'data-verb': attrs.verb } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'q[data-quote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['q', mergeAttributes({ 'data-quote': '' }, HTMLAttributes), 0];
  },

  addKeyboardShortcuts() {
    /** The cursor's quote when it is empty and at the quote's start or end. */
    const edge = (at: 'start' | 'end') => {
      const { selection } = this.editor.state;
      const $pos = selection.$from;
      if (!selection.empty || $pos.parent.type.name !== this.name) return undefined;
      const offset = at === 'start' ? 0 : $pos.parent.content.size;
      return $pos.parentOffset === offset ? $pos : undefined;
    };
    return {
      // The arrows step out of a quote at its edges, where the attribution hides the boundary.
      ArrowRight: () => {
        const $pos = edge('end');
        return $pos ? this.editor.commands.setTextSelection($pos.after()) : false;
      },
      ArrowLeft: () => {
        const $pos = edge('start');
        return $pos ? this.editor.commands.setTextSelection($pos.before()) : false;
      },
      // Enter inside a quote ends it and starts a new paragraph after it, never splitting the quote.
      Enter: () => {
        const { $from } = this.editor.state.selection;
        if ($from.parent.type.name !== this.name) return false;
        return this.editor.chain().setTextSelection($from.after()).splitBlock().run();
      },
    };
  },

  addCommands() {
    return {
      insertQuote:
        (attrs = {}) =>
        ({ state, tr, dispatch }) => {
          const { from, to, empty } = state.selection;
          const type = state.schema.nodes.quote!;
          const slice = state.doc.slice(from, to).content;
          const inOneBlock = state.selection.$from.sameParent(state.selection.$to);
          if (!inOneBlock || quoteAt(state.doc, from)) return false;
          const words = empty ? state.schema.text(QUOTE_PLACEHOLDER) : slice;
          const node = type.create({ ...DEFAULT_QUOTE_ATTRS, ...attrs }, words);
          if (!dispatch) return true;
          tr.replaceRangeWith(from, to, node);
          // The placeholder is selected so that typing replaces it.
          const start = from + 1;
          tr.setSelection(TextSelection.create(tr.doc, start, start + node.content.size));
          dispatch(tr.scrollIntoView());
          return true;
        },
      updateQuote:
        (attrs) =>
        ({ state, tr, dispatch }) => {
          const found = quoteAt(state.doc, state.selection.from);
          if (!found) return false;
          if (dispatch) dispatch(tr.setNodeMarkup(found.pos, undefined, { ...found.node.attrs, ...attrs }));
          return true;
        },
    };
  },
});
