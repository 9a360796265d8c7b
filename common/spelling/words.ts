/** A word of a text and where it stands in it. */
export interface WordAt {
  word: string;
  from: number;
  to: number;
}

// Letters with their accents, joined by an apostrophe or a hyphen: "l’organisation", "co-operation".
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
// Addresses are not words: their parts ("osce", "org") would all be flagged.
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+/gu;

/** Acronyms (OSCE, UNODC), names with inner capitals (BiH) and single letters are not checked. */
export function isCheckable(word: string): boolean {
  if ([...word].length < 2) return false;
  return !/\p{Lu}/u.test(word.slice(1));
}

/** The checkable words of a text, in order, with their offsets. */
export function wordsIn(text: string): WordAt[] {
  const blanked = text.replace(ADDRESS, (address) => ' '.repeat(address.length));
  const words: WordAt[] = [];
  for (const match of blanked.matchAll(WORD)) {
    const word = match[0];
    if (isCheckable(word)) words.push({ word, from: match.index, to: match.index + word.length });
  }
  return words;
}
