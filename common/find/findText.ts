/** How Find matches: as typed or in any case; anywhere or as a whole word only. */
export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern Find looks for; null for an empty query. Letters of every script count as word letters. */
export function findPattern(query: string, { matchCase, wholeWord }: FindOptions): RegExp | null {
  if (query === '') return null;
  const body = escape(query.normalize('NFC'));
  const source = wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
  return new RegExp(source, matchCase ? 'gu' : 'giu');
}

/** Where the pattern occurs in a text, as [start, end) offsets. */
export function findIn(text: string, pattern: RegExp | null): [number, number][] {
  if (!pattern) return [];
  return [...text.normalize('NFC').matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The text with every match replaced by `replacement`, taken literally ($ has no meaning). */
export function replaceAllIn(text: string, pattern: RegExp | null, replacement: string): string {
  return pattern ? text.normalize('NFC').replace(pattern, () => replacement) : text;
}
