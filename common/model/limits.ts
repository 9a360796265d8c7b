/**
 * How deeply objects and arrays may nest in a file or a request. A release nests about four
 * levels per list in a list, so this allows lists some forty deep, yet keeps every recursive
 * validator and renderer far from the end of the stack.
 */
export const MAX_NESTING = 200;

/** How many values (objects, arrays, strings, numbers…) a file or a request may hold in all. */
export const MAX_VALUES = 5_000_000;

/** What makes a value too big to take in: its nesting or its number of values. */
export type Excess = 'depth' | 'size';

/** Values whose insides are not walked: they hold no nested objects a validator would follow. */
function isOpaque(value: object): boolean {
  return (
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    value instanceof Date ||
    value instanceof RegExp ||
    value instanceof Map ||
    value instanceof Set
  );
}

/**
 * Whether `value` nests deeper than `maxDepth` or holds more than `maxValues` values, found
 * without recursion (so a million levels cannot overflow the stack) and stopping at the first
 * excess (so a cycle or a huge shared structure ends quickly).
 */
export function excessOf(value: unknown, maxDepth = MAX_NESTING, maxValues = MAX_VALUES): Excess | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (++count > maxValues) return 'size';
    if (typeof current !== 'object' || current === null || isOpaque(current)) continue;
    if (depth >= maxDepth) return 'depth';
    const children = Array.isArray(current) ? current : Object.values(current);
    if (count + stack.length + children.length > maxValues) return 'size';
    for (const child of children) stack.push([child, depth + 1]);
  }
  return undefined;
}

/**
 * How many blocks (paragraphs, headings, lists, list items, quotes) a release body may hold, on
 * every way in: a long release has a few hundred, so this refuses only machine-made input.
 */
export const MAX_BODY_BLOCKS = 20_000;

/** How many nodes of any kind (blocks, runs of text, breaks) a release body may hold. */
export const MAX_BODY_NODES = 200_000;

/** Counts a body's blocks and nodes without recursion, stopping at the first excess; undefined when within bounds. */
export function bodyExcess(
  doc: unknown,
  maxBlocks = MAX_BODY_BLOCKS,
  maxNodes = MAX_BODY_NODES,
): 'blocks' | 'nodes' | undefined {
  const stack: unknown[] = [doc];
  let nodes = 0;
  let blocks = 0;
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; content?: unknown } | null;
    if (typeof node !== 'object' || node === null) continue;
    if (++nodes > maxNodes) return 'nodes';
    // Every node but text and breaks is a block (an empty paragraph too); the doc itself is not counted.
    if (node !== doc && node.type !== 'text' && node.type !== 'hardBreak' && ++blocks > maxBlocks) return 'blocks';
    if (Array.isArray(node.content)) for (const child of node.content as unknown[]) stack.push(child);
  }
  return undefined;
}
