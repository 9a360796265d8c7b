import type { ReactNode } from 'react';

/** A word as the search index keeps it: lower case, without diacritics. */
function normal(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The text with every word that starts with a matched term marked. */
export function highlight(text: string, terms: readonly string[]): ReactNode[] {
  if (terms.length === 0) return [text];
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) =>
      i % 2 === 1 && terms.some((term) => normal(part).startsWith(term)) ? <mark key={i}>{part}</mark> : part,
    );
}
