import { QUOTE_CHARS } from '../quotes';
import type { DocNode } from '../model/doc';
import { walk } from '../doc/walk';

/** Stands for a position that holds no text (a quote's opening or closing), so offsets stay positions. */
export const NO_TEXT = '\uFFFC';

/** The characters a press officer sees counted: code points, so an emoji or accent counts once. */
export function charCount(text: string): number {
  return [...text].length;
}

/** One paragraph or heading of the body: `text[i]` sits at ProseMirror position `start + i`. */
export interface BodyBlock {
  text: string;
  start: number;
}

// Each character stands for exactly one position, matching nodeSize in doc/walk.ts.
function inlineText(node: DocNode): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return '\n';
  return NO_TEXT + (node.content ?? []).map(inlineText).join('') + NO_TEXT;
}

/** The body's text blocks in document order, each with the position of its first character. */
export function bodyBlocks(body: DocNode): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  walk(body, ({ node, pos }) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push({ text: (node.content ?? []).map(inlineText).join(''), start: pos + 1 });
    }
  });
  return blocks;
}

/** A match in the body as a range of editor positions. */
export interface BodyMatch {
  from: number;
  to: number;
  text: string;
}

/** Every match of a global regular expression in the body's blocks. */
export function matchBody(body: DocNode, pattern: RegExp): BodyMatch[] {
  return bodyBlocks(body).flatMap(({ text, start }) =>
    [...text.matchAll(pattern)].map((m) => ({ from: start + m.index, to: start + m.index + m[0].length, text: m[0] })),
  );
}

// What quoteParts strips from a quote's edges.
const QUOTE_EDGES = new RegExp(QUOTE_CHARS.source, 'g');

/** Ranges at the edges of quotes that the house style drops when it adds its own marks. */
export function droppedRanges(body: DocNode): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  walk(body, ({ node, pos }) => {
    if (node.type !== 'quote') return;
    const text = (node.content ?? []).map((child) => child.text ?? '').join('');
    for (const m of text.matchAll(QUOTE_EDGES))
      ranges.push({ from: pos + 1 + m.index, to: pos + 1 + m.index + m[0].length });
  });
  return ranges;
}

/** Whether a match lies wholly in text the reader never sees. */
export function isDropped(
  match: { from: number; to: number },
  dropped: readonly { from: number; to: number }[],
): boolean {
  return dropped.some((range) => range.from <= match.from && match.to <= range.to);
}
