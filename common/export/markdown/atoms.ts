import { firstCode, isPunctCode, isSpaceCode, lastCode } from './chars';
import { escapeText } from './escape';
import { BREAK, SEPARATOR } from './markers';

/** A piece of a block's Markdown before escaping and joining. */
export type Atom =
  | { kind: 'text'; text: string }
  | { kind: 'syntax'; text: string }
  | { kind: 'open' | 'close'; text: string }
  /** A hard break, until resolve() writes it as a backslash line end or a hidden note. */
  | { kind: 'break' }
  | { kind: 'newline' };

/** Adjacent texts joined, empty ones dropped, and each line break written as `\` + newline where it can be. */
function resolve(atoms: Atom[], heading: boolean): Atom[] {
  const merged: Atom[] = [];
  for (const atom of atoms) {
    const prev = merged.at(-1);
    if (atom.kind === 'text' && atom.text === '') continue;
    if (atom.kind === 'text' && prev?.kind === 'text') prev.text += atom.text;
    else merged.push(atom.kind === 'text' ? { ...atom } : atom);
  }
  const contentAfter = merged.map(() => false);
  for (let i = merged.length - 2, seen = false; i >= 0; i--) {
    const next = merged[i + 1]!;
    seen ||=
      next.kind === 'text' || (next.kind === 'syntax' && (next.text === '[' || next.text.startsWith('<!--quote ')));
    contentAfter[i] = seen;
  }
  // Decided from the end: a backslash break must not leave a note (`<!--`) or `**` at the next line's start.
  const resolved: Atom[] = [];
  for (let i = merged.length - 1; i >= 0; i--) {
    const atom = merged[i]!;
    const next = resolved[0];
    const backslash =
      atom.kind === 'break' &&
      !heading &&
      contentAfter[i] &&
      next !== undefined &&
      next.kind !== 'close' &&
      !(next.kind === 'syntax' && (next.text.startsWith(']') || next.text.startsWith('<')));
    resolved.unshift(atom.kind !== 'break' ? atom : backslash ? { kind: 'newline' } : { kind: 'syntax', text: BREAK });
  }
  return resolved;
}

/**
 * Joins a block's atoms into Markdown: the author's text escaped for where it stands, and each
 * `*` run kept unambiguous (an opener left-flanking, a closer right-flanking, runs never touching)
 * by an empty comment where CommonMark's flanking rules would otherwise misread it.
 */
export function renderAtoms(input: Atom[], heading: boolean): string {
  const atoms = resolve(input, heading);
  const strings = atoms.map((atom, i): string => {
    if (atom.kind === 'newline') return '\\\n';
    if (atom.kind === 'break') return BREAK;
    if (atom.kind !== 'text') return atom.text;
    const prev = atoms[i - 1];
    const next = atoms[i + 1];
    return escapeText(atom.text, {
      lineStart: !prev || prev.kind === 'newline',
      lineEnd: !next || next.kind === 'newline',
      blockEnd: !next,
      afterOpener: prev?.kind === 'open',
      beforeCloser: next?.kind === 'close',
      heading,
      next: !next ? '' : next.kind === 'newline' ? '\\' : next.kind === 'break' ? BREAK : next.text,
    });
  });
  let out = '';
  atoms.forEach((atom, i) => {
    const text = strings[i]!;
    if (atom.kind !== 'open' && atom.kind !== 'close') {
      out += text;
      return;
    }
    const nextKind = atoms[i + 1]?.kind;
    const touching = nextKind === 'open' || nextKind === 'close';
    const n = touching ? 0x3c : firstCode(strings[i + 1] ?? '');
    const p = out === '' || out.endsWith('\n') ? 0x20 : lastCode(out);
    const loose = (code: number) => isSpaceCode(code) || isPunctCode(code);
    if (atom.kind === 'open') {
      if (isPunctCode(n) && !loose(p)) out += SEPARATOR;
      out += text;
    } else {
      out += text;
      if (!touching && isPunctCode(p) && !loose(n)) out += SEPARATOR;
    }
    if (touching) out += SEPARATOR;
  });
  return out;
}
