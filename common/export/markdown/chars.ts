import MarkdownIt from 'markdown-it';

// The very character classes markdown-it uses to decide whether `*` opens or closes emphasis.
const { isWhiteSpace, isMdAsciiPunct, isPunctCharCode } = new MarkdownIt().utils;

/** Whitespace as markdown-it's emphasis rules see it. */
export const isSpaceCode = (code: number): boolean => isWhiteSpace(code);

/** Punctuation (ASCII or Unicode, symbols included) as markdown-it's emphasis rules see it. */
export const isPunctCode = (code: number): boolean => isMdAsciiPunct(code) || isPunctCharCode(code);

/** The code point that ends a string; a space for an empty one, as markdown-it treats a line's edge. */
export function lastCode(text: string): number {
  if (text === '') return 0x20;
  const low = text.charCodeAt(text.length - 1);
  if (low >= 0xdc00 && low <= 0xdfff && text.length > 1) return text.codePointAt(text.length - 2) ?? low;
  return low;
}

/** The code point that starts a string; a space for an empty one. */
export function firstCode(text: string): number {
  return text === '' ? 0x20 : (text.codePointAt(0) ?? 0x20);
}

/** markdown-it decodes these numeric references; the others (most control codes) become U+FFFD. */
export function entityFor(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const invalid = code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
  return invalid ? char : `&#${code};`;
}
