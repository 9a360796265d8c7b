import { Node as PMNode } from '@tiptap/pm/model';
import type { Doc, DocNode } from '../model/doc';
import { houseSchema } from '../export/markdown/schema';
import { isSafeLink } from '../links';
import { rawText } from './walk';

type Mark = NonNullable<DocNode['marks']>[number];

/** What cleaning a body took out, each with how often, for the person importing it. */
export type Removed = Map<string, number>;

const LISTS = new Set(['bulletList', 'orderedList']);
const TEXTBLOCKS = new Set(['paragraph', 'heading']);
const INLINE = new Set(['text', 'hardBreak', 'quote']);
const MARKS = new Set(['bold', 'italic', 'link']);
/** The marks a quote's words may carry (its schema says `bold italic`). */
const QUOTE_MARKS = new Set(['bold', 'italic']);

const oneOf =
  <T>(values: readonly T[], fallback: T) =>
  (value: unknown): T =>
    values.includes(value as T) ? (value as T) : fallback;
/** A text of at most `max` characters matching `pattern`, or null where `nullable`. */
const text =
  (max: number, fallback: string | null, pattern = /^[\s\S]*$/, nullable = fallback === null) =>
  (value: unknown) =>
    (value === null && nullable) || (typeof value === 'string' && value.length <= max && pattern.test(value))
      ? value
      : fallback;

/** Each attribute the house schema knows, by node or mark type, with what it may hold (else its default). */
const ATTRIBUTES: Record<string, Record<string, (value: unknown) => unknown>> = {
  heading: { level: (value) => (typeof value === 'number' && value >= 3 ? 3 : 2) },
  orderedList: {
    start: (value) => (Number.isSafeInteger(value) && (value as number) >= 0 ? value : 1),
    type: oneOf([null, '1', 'a', 'A', 'i', 'I'], null),
  },
  quote: {
    speakerId: text(100, ''),
    attribution: oneOf(['after', 'before', 'inline'], 'after'),
    reference: oneOf(['auto', 'full', 'short'], 'auto'),
    verb: text(200, ''),
  },
  link: {
    href: text(8192, ''),
    target: oneOf([null, '_blank'], null),
    rel: text(100, 'noopener noreferrer', /^[a-z -]*$/i, true),
    class: text(100, null, /^[\w -]*$/),
    title: text(1000, null),
  },
};

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

function note(removed: Removed, what: string): void {
  removed.set(what, (removed.get(what) ?? 0) + 1);
}

/** The attributes kept: only those the schema knows, each holding what it may (else its default). */
function cleanAttrs(type: string, attrs: unknown, removed: Removed): Record<string, unknown> | undefined {
  if (attrs === undefined) return undefined;
  const known = Object.hasOwn(ATTRIBUTES, type) ? ATTRIBUTES[type]! : {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs as Record<string, unknown>)) {
    const fix = Object.hasOwn(known, name) ? known[name] : undefined;
    if (!fix) {
      note(removed, `the attribute “${shown(name)}” of ${type}`);
      continue;
    }
    const fixed = fix(value);
    if (fixed !== value) note(removed, `a value of “${name}” of ${type} that it cannot hold (corrected)`);
    out[name] = fixed;
  }
  return out;
}

function cleanMarks(marks: unknown, inQuote: boolean, removed: Removed): Mark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const out: Mark[] = [];
  for (const mark of marks as Mark[]) {
    if (!MARKS.has(mark.type)) {
      note(removed, `the formatting “${shown(mark.type)}”`);
    } else if (inQuote && !QUOTE_MARKS.has(mark.type)) {
      note(removed, `a ${mark.type} inside a quote (its words kept)`);
    } else if (mark.type === 'link' && !isSafeLink(mark.attrs?.href)) {
      note(
        removed,
        `the link to “${shown(String(mark.attrs?.href ?? ''))}”, not a web or email address (its text kept)`,
      );
    } else if (!out.some((kept) => kept.type === mark.type)) {
      const attrs = cleanAttrs(mark.type, mark.attrs, removed);
      out.push(attrs === undefined ? { type: mark.type } : { type: mark.type, attrs });
    }
  }
  return out;
}

/** Inline content: text, line breaks and quotes; anything else gives its text. */
function inlines(nodes: DocNode[], inQuote: boolean, removed: Removed): DocNode[] {
  return nodes.flatMap((node): DocNode[] => {
    if (node.type === 'text' || typeof node.text === 'string') {
      if (node.type !== 'text') note(removed, `the element “${shown(node.type)}” (its text kept)`);
      if (typeof node.text !== 'string' || node.text === '') return [];
      const marks = cleanMarks(node.marks, inQuote, removed);
      return [{ type: 'text', text: node.text, ...(marks ? { marks } : {}) }];
    }
    if (node.type === 'hardBreak') {
      // A quote holds words only: its line break becomes a space.
      if (inQuote) return [{ type: 'text', text: ' ' }];
      const marks = cleanMarks(node.marks, false, removed);
      return [{ type: 'hardBreak', ...(marks ? { marks } : {}) }];
    }
    if (node.type === 'quote' && !inQuote) {
      const attrs = cleanAttrs('quote', node.attrs, removed);
      const content = node.content === undefined ? undefined : inlines(node.content, true, removed);
      return [{ type: 'quote', ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) }];
    }
    note(removed, `the element “${shown(node.type)}” inside text (its text kept)`);
    return inlines(node.content ?? [], inQuote, removed);
  });
}

function listItem(node: DocNode, removed: Removed): DocNode {
  const content = (node.content ?? []).flatMap((child) => blocks(child, removed));
  // A list item starts with a paragraph, as the editor makes it.
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'listItem', content };
}

/** A block as the house schema has it; an unknown element gives its text, or its blocks. */
function blocks(node: DocNode, removed: Removed): DocNode[] {
  if (TEXTBLOCKS.has(node.type)) {
    const attrs = cleanAttrs(node.type, node.attrs, removed);
    const content = node.content === undefined ? undefined : inlines(node.content, false, removed);
    return [{ type: node.type, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) }];
  }
  if (LISTS.has(node.type)) {
    const attrs = cleanAttrs(node.type, node.attrs, removed);
    const items = (node.content ?? []).map((child) =>
      listItem(child.type === 'listItem' ? child : { type: 'listItem', content: [child] }, removed),
    );
    return items.length === 0 ? [] : [{ type: node.type, ...(attrs ? { attrs } : {}), content: items }];
  }
  if (INLINE.has(node.type) || typeof node.text === 'string') {
    const content = inlines([node], false, removed);
    return content.length === 0 ? [] : [{ type: 'paragraph', content }];
  }
  if (node.type !== 'listItem') note(removed, `the element “${shown(node.type)}” (its text kept)`);
  const children = node.content ?? [];
  if (node.type !== 'listItem' && children.every((child) => INLINE.has(child.type) || child.text !== undefined)) {
    const content = inlines(children, false, removed);
    return content.length === 0 ? [] : [{ type: 'paragraph', content }];
  }
  return children.flatMap((child) => blocks(child, removed));
}

/**
 * A body reduced to what the house schema holds: unknown elements become their text, unknown
 * formatting and attributes are dropped, links that are not http, https or mailto lose their
 * link (their words stay). A body that is clean already comes back equal, key for key.
 * Returns what was taken out, for the person importing it.
 */
export function sanitizeDoc(doc: Doc): { doc: Doc; removed: Removed } {
  const removed: Removed = new Map();
  const content = (doc.content ?? []).flatMap((node) => blocks(node, removed));
  const clean: Doc = { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  try {
    PMNode.fromJSON(houseSchema(), clean).check();
    return { doc: clean, removed };
  } catch {
    // Should the pieces still not fit together, the text survives as plain paragraphs.
    note(removed, 'the body’s structure (kept as plain paragraphs)');
    const paragraphs = clean.content
      .map((node) => rawText(node))
      .filter((line) => line !== '')
      .map((line): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
    return { doc: { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] }, removed };
  }
}

/** What was removed as short lines: “2 × the formatting “underline””. */
export function describeRemoved(removed: Removed): string[] {
  return [...removed].map(([what, count]) => (count > 1 ? `${count} × ${what}` : what));
}
