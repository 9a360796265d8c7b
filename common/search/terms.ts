/** Words end at spaces (tabs too), punctuation, symbols and controls. */
const SEPARATORS = /[\s\p{Z}\p{P}\p{S}\p{Cc}]+/u;
export const WORD = /[^\s\p{Z}\p{P}\p{S}\p{Cc}]+/gu;
/** Accents (after NFD) and invisible format characters such as soft hyphens. */
const IGNORED = /[\p{M}\p{Cf}]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/** Words with diacritics recur: decompose each once. */
const normalized = new Map<string, string>();

/** A word as the index stores it: lower case, without diacritics ("Mektić" → "mektic"). */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII: skip the costly decomposition for them.
  if (ASCII.test(term)) return term.toLowerCase();
  let normal = normalized.get(term);
  if (normal === undefined) {
    normal = term.normalize('NFD').replace(IGNORED, '').toLowerCase();
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(term, normal);
  }
  return normal;
}

/** The indexed terms of a text, in order, repeats included. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(SEPARATORS)) {
    const term = word === '' ? '' : normalizeTerm(word);
    if (term !== '') terms.push(term);
  }
  return terms;
}

/** The distinct terms a query asks for, in the order typed; empty when it holds no word. */
export function queryTerms(text: string | undefined): string[] {
  return text ? [...new Set(termsOf(text))] : [];
}

/** Where each word of `text` whose indexed form is one of `terms` stands, as [start, end) offsets. */
export function matchRanges(text: string, terms: readonly string[], max = Infinity): [number, number][] {
  const wanted = new Set(terms);
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (ranges.length >= max) break;
    if (wanted.has(normalizeTerm(match[0]))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
