import { entityFor } from './chars';

/** Where a run of the author's text stands in its block, which decides what must be escaped. */
export interface TextPlace {
  /** Nothing stands before it on its line: the start of the block, or just after a line break. */
  lineStart: boolean;
  /** Its line ends right after it: the end of the block, or a backslash line break follows. */
  lineEnd: boolean;
  /** Whether it ends the block. */
  blockEnd: boolean;
  /** An emphasis delimiter stands right before it / right after it. */
  afterOpener: boolean;
  beforeCloser: boolean;
  /** Inside a `##` heading, where block syntax cannot start but a trailing `#` is dropped. */
  heading: boolean;
  /** What follows on the same line (Markdown syntax), or '' when nothing does. */
  next: string;
}

/** Characters that always carry Markdown meaning: escaped wherever they stand. */
const ALWAYS = new Set(['\\', '`', '*', '_', '[', ']', '|']);
const CONTROL: Record<string, string> = { '\t': '&#9;', '\n': '&#10;', '\r': '&#13;', '\f': '&#12;' };
const ENTITY_LIKE = /^&#?[0-9A-Za-z]+;/;
const TAG_START = /^[A-Za-z/!?]/;
const SPACE = /\s/;

/**
 * The author's text as Markdown that reads the same: only what Markdown would take as syntax is
 * escaped (`*`, `_`, `[`, a leading `1.` or `- `, `<` before a letter, `&` before `name;` …);
 * whitespace that Markdown would drop at the edges is kept as a character reference.
 */
export function escapeText(text: string, place: TextPlace): string {
  if (needsNothing(text, place)) return text;
  const chars = Array.from(text);
  const last = chars.length - 1;
  const out = chars.map((char, i) => {
    if (ALWAYS.has(char)) return `\\${char}`;
    if (CONTROL[char]) return CONTROL[char];
    const after = i < last ? chars[i + 1]! : place.next;
    if (char === '<' && TAG_START.test(after)) return '\\<';
    if (char === '&' && ENTITY_LIKE.test(chars.slice(i, i + 40).join(''))) return '\\&';
    if (char === '~' && (chars[i - 1] === '~' || chars[i + 1] === '~')) return '\\~';
    if (char === '!' && i === last && place.next.startsWith('[')) return '\\!';
    if (char === '#' && i === last && place.heading && place.blockEnd) return '\\#';
    return char;
  });
  if (place.lineStart && !place.heading) escapeLineStart(chars, out, place.lineEnd);
  // Whitespace that Markdown trims (or that would stop `*` from opening or closing) becomes a reference.
  if (place.lineStart) for (let i = 0; i <= last && SPACE.test(chars[i]!); i++) out[i] = entityFor(chars[i]!);
  if (place.lineEnd) for (let i = last; i >= 0 && SPACE.test(chars[i]!); i--) out[i] = entityFor(chars[i]!);
  if (place.afterOpener && last >= 0 && SPACE.test(chars[0]!)) out[0] = entityFor(chars[0]!);
  if (place.beforeCloser && last >= 0 && SPACE.test(chars[last]!)) out[last] = entityFor(chars[last]!);
  return out.join('');
}

/** Anything escapeText could change; most runs of prose hold none of it. */
const SPECIAL = /[\\`*_[\]|\t\n\r\f<&~!#]/;
const LINE_START_SPECIAL = /^[>#\-+=\d]/;

/** Plain prose that escapeText would return unchanged: skips splitting it into characters. */
function needsNothing(text: string, place: TextPlace): boolean {
  if (text === '' || SPECIAL.test(text)) return false;
  // Edge whitespace may become a reference; a line may start a heading, list or quote block.
  if (SPACE.test(text[0]!) || SPACE.test(text[text.length - 1]!)) return false;
  return !(place.lineStart && LINE_START_SPECIAL.test(text));
}

/** Escapes what would start a heading, list, quote block or underline at the start of a line. */
function escapeLineStart(chars: string[], out: string[], lineEnd: boolean): void {
  const blankAt = (i: number) => (i >= chars.length ? lineEnd : SPACE.test(chars[i]!));
  const first = chars[0];
  if (first === undefined) return;
  if (first === '>') out[0] = '\\>';
  else if (first === '#') {
    let run = 0;
    while (chars[run] === '#') run++;
    if (run <= 6 && blankAt(run)) out[0] = '\\#';
  } else if (first === '-' || first === '+' || first === '=') {
    if (blankAt(1) || (first !== '+' && chars[1] === first)) out[0] = `\\${first}`;
  } else if (/\d/.test(first)) {
    let digits = 0;
    while (digits < chars.length && /\d/.test(chars[digits]!)) digits++;
    const mark = chars[digits];
    if (digits <= 9 && (mark === '.' || mark === ')') && blankAt(digits + 1)) out[digits] = `\\${mark}`;
  }
}

/** A link destination that markdown-it reads back exactly: `(url)`, or `(<url>)` when it has spaces. */
export function escapeDestination(url: string): string {
  const entities = (s: string) => s.replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&').replace(/[\n\r]/g, entityFor);
  const breaks = Array.from(url).some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f);
  // markdown-it ends a bare destination at a space or control character; angle brackets keep them.
  if (url === '' || url.startsWith('<') || breaks) {
    return `<${entities(url.replace(/[\\<>]/g, (c) => `\\${c}`))}>`;
  }
  return entities(url.replace(/[\\()]/g, (c) => `\\${c}`));
}

/** A link title in double quotes. */
export function escapeTitle(title: string): string {
  const escaped = title
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(/[\n\r]/g, entityFor);
  return `"${escaped}"`;
}
