import type { DocNode } from '../../../../common/model/doc';

/**
 * Formatting carried through the recogniser: the format readers write bold, italic and links into
 * their lines with private-use characters; `linesOf` turns them into ranges over the plain text, so
 * every rule reads plain words and only the body gets the formatting back.
 */
export const BOLD_OPEN = '\uE000';
export const BOLD_CLOSE = '\uE001';
export const ITALIC_OPEN = '\uE002';
export const ITALIC_CLOSE = '\uE003';
export const LINK_OPEN = '\uE004';
export const LINK_TEXT = '\uE005';
export const LINK_CLOSE = '\uE006';

export type MarkKind = 'bold' | 'italic' | 'link';

/** One formatted stretch of a line's plain text. */
export interface MarkRange {
  from: number;
  to: number;
  kind: MarkKind;
  href?: string;
}

export const bold = (text: string) => (text.trim() ? `${BOLD_OPEN}${text}${BOLD_CLOSE}` : text);
export const italic = (text: string) => (text.trim() ? `${ITALIC_OPEN}${text}${ITALIC_CLOSE}` : text);
export const link = (href: string, text: string) =>
  text.trim() ? `${LINK_OPEN}${href}${LINK_TEXT}${text}${LINK_CLOSE}` : text;

const MARKER = /[\uE000-\uE006]/u;

/**
 * A line with markers as plain text (spaces collapsed, trimmed, as the recogniser reads lines) and the
 * ranges of its formatting over that text.
 */
export function parseMarked(line: string): { text: string; marks: MarkRange[] } {
  if (!MARKER.test(line)) return { text: line.replace(/[ \t]+/g, ' ').trim(), marks: [] };
  let text = '';
  const marks: MarkRange[] = [];
  const open: Partial<Record<MarkKind, { from: number; href?: string }>> = {};
  const close = (kind: MarkKind) => {
    const started = open[kind];
    if (!started) return;
    const to = text.trimEnd().length;
    if (to > started.from)
      marks.push({ from: started.from, to, kind, ...(started.href ? { href: started.href } : {}) });
    delete open[kind];
  };
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === BOLD_OPEN) open.bold ??= { from: text.length };
    else if (char === ITALIC_OPEN) open.italic ??= { from: text.length };
    else if (char === BOLD_CLOSE) close('bold');
    else if (char === ITALIC_CLOSE) close('italic');
    else if (char === LINK_OPEN) {
      const end = line.indexOf(LINK_TEXT, i + 1);
      if (end < 0) continue;
      open.link = { from: text.length, href: line.slice(i + 1, end) };
      i = end;
    } else if (char === LINK_TEXT) continue;
    else if (char === LINK_CLOSE) close('link');
    else if (char === ' ' || char === '\t') {
      // Spaces collapse as in a plain line, and none opens the line.
      if (text !== '' && !text.endsWith(' ')) text += ' ';
    } else text += char;
    // A range opened just before a space starts after it.
    for (const kind of Object.keys(open) as MarkKind[])
      if (open[kind]!.from === text.length - 1 && text.endsWith(' ')) open[kind]!.from = text.length;
  }
  for (const kind of Object.keys(open) as MarkKind[]) close(kind);
  const trimmed = text.trimEnd();
  return {
    text: trimmed,
    marks: marks.map((m) => ({ ...m, to: Math.min(m.to, trimmed.length) })).filter((m) => m.to > m.from),
  };
}

/** The ranges of a stretch [from, to) of the text, counted from its start. */
export function slice(marks: readonly MarkRange[] | undefined, from: number, to: number): MarkRange[] {
  return (marks ?? [])
    .filter((m) => m.to > from && m.from < to)
    .map((m) => ({ ...m, from: Math.max(0, m.from - from), to: Math.min(to, m.to) - from }));
}

/** The ranges after `count` characters of the text were taken off its start (a dateline, a list marker). */
export function shift(marks: readonly MarkRange[] | undefined, count: number): MarkRange[] {
  return slice(marks, count, Number.MAX_SAFE_INTEGER);
}

const STORED = {
  link: (href: string) => ({
    type: 'link',
    attrs: { href, target: null, rel: 'noopener noreferrer', class: null, title: null },
  }),
};

/** Text nodes for a stretch of text with its ranges: bold, italic and links as the house schema stores them. */
export function textNodes(
  text: string,
  marks: readonly MarkRange[] = [],
  allowed: readonly MarkKind[] = ['bold', 'italic', 'link'],
): DocNode[] {
  const kept = marks.filter((m) => allowed.includes(m.kind));
  if (kept.length === 0) return text ? [{ type: 'text', text }] : [];
  const cuts = [...new Set([0, text.length, ...kept.flatMap((m) => [m.from, m.to])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const nodes: DocNode[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(from, to);
    if (!piece) continue;
    const on = kept.filter((m) => m.from <= from && m.to >= to);
    const stored = [
      ...(on.some((m) => m.kind === 'link') ? [STORED.link(on.find((m) => m.kind === 'link')!.href ?? '')] : []),
      ...(on.some((m) => m.kind === 'bold') ? [{ type: 'bold' }] : []),
      ...(on.some((m) => m.kind === 'italic') ? [{ type: 'italic' }] : []),
    ];
    const last = nodes.at(-1);
    if (last && JSON.stringify(last.marks ?? []) === JSON.stringify(stored)) last.text += piece;
    else nodes.push(stored.length ? { type: 'text', text: piece, marks: stored } : { type: 'text', text: piece });
  }
  return nodes;
}

/** A line without its markers (a link's address dropped): for text shown or set aside as it reads. */
export function stripMarks(text: string): string {
  return text.replace(/\uE004[^\uE005]*\uE005/gu, '').replace(/[\uE000-\uE006]/gu, '');
}
