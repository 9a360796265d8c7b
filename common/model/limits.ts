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
