import type { DocNode } from '../../model/doc';
import { isSafeLink } from '../../links';
import type { QuoteParts } from '../../quotes';
import { quoteAttrs } from '../../render/quotes';
import { rawText } from '../../doc/walk';
import { renderAtoms, type Atom } from './atoms';
import { escapeDestination, escapeTitle } from './escape';
import { DATELINE_END, QUOTE_END, marker } from './markers';
import { layoutQuote, textAfterWords, textBeforeWords } from './quoteLayout';

type Mark = NonNullable<DocNode['marks']>[number];

/** What the body's inline content needs to know about the release. */
export interface InlineContext {
  /** What the house style prints around a quote node (common/render/context.ts). */
  partsOf: (quote: DocNode) => QuoteParts;
  /** The link attributes the editor gives every link; others are kept in a hidden note. */
  linkDefaults: Record<string, unknown>;
}

/** Inline content with the same marks: a text, a line break or a quote. */
interface Segment {
  marks: Mark[];
  atoms: Atom[];
}

const EMPHASIS: Record<string, string> = { bold: '**', italic: '*' };
const RANK: Record<string, number> = { link: 0, bold: 1, italic: 2 };

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

const hasMark = (marks: readonly Mark[], mark: Mark) => marks.some((m) => sameMark(m, mark));

/**
 * The marks Markdown writes itself; others are not in the house schema and are not exported.
 * A link that is not http, https or mailto is dropped, its text kept, as in the HTML export.
 */
const markdownMarks = (node: DocNode): Mark[] =>
  (node.marks ?? []).filter((m) => Object.hasOwn(RANK, m.type) && (m.type !== 'link' || isSafeLink(m.attrs?.href)));

/**
 * Opens and closes marks around segments so that they nest, the longest-running outside
 * (like prosemirror-markdown). Bold and italic that start and end together share one `***`.
 */
function withMarks(segments: Segment[], ctx: InlineContext): Atom[] {
  const out: Atom[] = [];
  const stack: { marks: Mark[]; close: Atom[] }[] = [];
  segments.forEach((segment, i) => {
    let keep = 0;
    while (keep < stack.length && stack[keep]!.marks.every((m) => hasMark(segment.marks, m))) keep++;
    while (stack.length > keep) out.push(...stack.pop()!.close);
    const end = (mark: Mark) => {
      let j = i;
      while (j + 1 < segments.length && hasMark(segments[j + 1]!.marks, mark)) j++;
      return j;
    };
    const opening = segment.marks
      .filter((m) => !stack.some((entry) => hasMark(entry.marks, m)))
      .sort((a, b) => end(b) - end(a) || RANK[a.type]! - RANK[b.type]!);
    for (let k = 0; k < opening.length; k++) {
      const mark = opening[k]!;
      const next = opening[k + 1];
      if (next && mark.type in EMPHASIS && next.type in EMPHASIS && end(mark) === end(next)) {
        stack.push({ marks: [mark, next], close: [{ kind: 'close', text: '***' }] });
        out.push({ kind: 'open', text: '***' });
        k++;
      } else if (mark.type === 'link') {
        stack.push({ marks: [mark], close: linkClose(mark, ctx) });
        out.push({ kind: 'syntax', text: '[' });
      } else {
        stack.push({ marks: [mark], close: [{ kind: 'close', text: EMPHASIS[mark.type]! }] });
        out.push({ kind: 'open', text: EMPHASIS[mark.type]! });
      }
    }
    out.push(...segment.atoms);
  });
  while (stack.length > 0) out.push(...stack.pop()!.close);
  return out;
}

/** `](url "title")`, and a hidden note for any attribute the editor would not have set itself. */
function linkClose(mark: Mark, ctx: InlineContext): Atom[] {
  const attrs = mark.attrs ?? {};
  const href = typeof attrs.href === 'string' ? attrs.href : '';
  const title = typeof attrs.title === 'string' && attrs.title !== '' ? attrs.title : undefined;
  const extra = Object.fromEntries(
    Object.entries(attrs).filter(
      ([name, value]) =>
        name !== 'href' && !(name === 'title' && title !== undefined) && value !== ctx.linkDefaults[name],
    ),
  );
  const close = `](${escapeDestination(href)}${title === undefined ? '' : ` ${escapeTitle(title)}`})`;
  const atoms: Atom[] = [{ kind: 'syntax', text: close }];
  if (Object.keys(extra).length > 0) atoms.push({ kind: 'syntax', text: marker('link', extra) });
  return atoms;
}

/** Cuts stored text nodes to the characters from `from` to `to`, keeping their marks. */
function sliceText(nodes: DocNode[], from: number, to: number): DocNode[] {
  const out: DocNode[] = [];
  let pos = 0;
  for (const node of nodes) {
    const text = node.text ?? '';
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + text.length);
    if (start < end) out.push({ ...node, text: text.slice(start - pos, end - pos) });
    pos += text.length;
  }
  return out;
}

/** Stored words outside the markers, as a string when unmarked, else with their marks. */
function storedPiece(nodes: DocNode[]): string | { text: string; marks?: string[] }[] | undefined {
  if (nodes.length === 0) return undefined;
  if (nodes.every((n) => !n.marks?.length)) return nodes.map((n) => n.text ?? '').join('');
  return nodes.map((n) =>
    n.marks?.length ? { text: n.text ?? '', marks: n.marks.map((m) => m.type) } : { text: n.text ?? '' },
  );
}

function quoteAtoms(node: DocNode, ctx: InlineContext): Atom[] {
  const attrs = quoteAttrs(node);
  const words = (node.content ?? []).filter((n) => n.text !== undefined);
  const raw = rawText(node);
  const layout = layoutQuote(raw, ctx.partsOf(node));
  const pre = storedPiece(sliceText(words, 0, layout.start));
  const post = storedPiece(sliceText(words, layout.start + layout.length, raw.length));
  const data = {
    speaker: attrs.speakerId,
    attribution: attrs.attribution,
    reference: attrs.reference,
    verb: attrs.verb,
    ...(pre === undefined ? {} : { pre }),
    ...(post === undefined ? {} : { post }),
  };
  const inner = sliceText(words, layout.start, layout.start + layout.length).map((n): Segment => ({
    marks: markdownMarks(n),
    atoms: [{ kind: 'text', text: n.text ?? '' }],
  }));
  return [
    { kind: 'text', text: textBeforeWords(layout) },
    { kind: 'syntax', text: marker('quote', data) },
    ...withMarks(inner, ctx),
    { kind: 'syntax', text: QUOTE_END },
    { kind: 'text', text: textAfterWords(layout) },
  ];
}

function segmentOf(node: DocNode, ctx: InlineContext): Segment {
  if (node.type === 'quote') return { marks: [], atoms: quoteAtoms(node, ctx) };
  if (node.type === 'hardBreak') return { marks: markdownMarks(node), atoms: [{ kind: 'break' }] };
  // Text, and the text of any inline node outside the house schema.
  return { marks: markdownMarks(node), atoms: [{ kind: 'text', text: rawText(node) }] };
}

/**
 * A textblock's inline content as Markdown: one string, lines joined by "\n" after backslash
 * line breaks. The dateline, when given, opens it followed by a hidden note that ends it.
 */
export function inlineMarkdown(
  nodes: DocNode[],
  ctx: InlineContext,
  options: { heading: boolean; dateline: string },
): string {
  const segments = nodes.map((node) => segmentOf(node, ctx));
  if (options.dateline) {
    const dateline: Atom[] = [
      { kind: 'text', text: options.dateline },
      { kind: 'syntax', text: DATELINE_END },
    ];
    segments.unshift({ marks: [], atoms: dateline });
  }
  return renderAtoms(withMarks(segments, ctx), options.heading);
}
