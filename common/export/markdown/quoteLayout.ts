import type { QuoteParts } from '../../quotes';

/** The typed quotation marks and spaces the house style drops before the words (see QUOTE_CHARS). */
const LEADING = /^["“”„«»\s]+/;

/** A quote as exported: what the house style prints, and which stored characters sit between the markers. */
export interface QuoteLayout {
  parts: QuoteParts;
  /** Stored characters before the marked words (typed quotation marks, spaces). */
  start: number;
  /** How many stored characters the markers enclose: the printed words without added punctuation. */
  length: number;
}

/**
 * Lays out a quote for Markdown, given what the house style prints for its stored words (`raw`):
 * the markers enclose the longest run of stored words printed unchanged, so whatever the house
 * style adds (comma, full stop) stays outside them. Import recomputes the same parts and layout.
 */
export function layoutQuote(raw: string, parts: QuoteParts): QuoteLayout {
  const start = raw.length - raw.replace(LEADING, '').length;
  const rest = raw.slice(start);
  let length = 0;
  while (length < rest.length && length < parts.words.length && rest[length] === parts.words[length]) length++;
  // Never split a surrogate pair between the markers and the text outside them.
  const code = rest.charCodeAt(length - 1);
  if (length > 0 && code >= 0xd800 && code <= 0xdbff) length--;
  return { parts, start, length };
}

/** What the house style prints after the marked words: the rest of the words, the closing mark, the attribution. */
export function textAfterWords(layout: QuoteLayout): string {
  return layout.parts.words.slice(layout.length) + layout.parts.close + layout.parts.tail;
}

/** What the house style prints before the marked words: the attribution and the opening mark. */
export function textBeforeWords(layout: QuoteLayout): string {
  return layout.parts.lead + layout.parts.open;
}
