import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { DocNode } from '../../model/doc';
import { MAX_BODY_BLOCKS, MAX_BODY_NODES } from '../../model/limits';
import { MarkdownImportError } from './errors';
import type { Textblock } from './items';
import { BREAK, parseMarker, withoutComments } from './markers';
import { readInline } from './readInline';

/**
 * CommonMark with tables and strikethrough recognised (so they can be refused by name), raw HTML
 * on (so the hidden notes arrive as comments), and nothing rewritten: no linkify, no typographer,
 * links kept exactly as written (their safety is checked by the importer, not dropped silently).
 */
export function markdownParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  // Bounds the work before inline parsing starts, so machine-made input is refused in milliseconds.
  md.core.ruler.after('block', 'dateline_bounds', (state) => {
    boundBlocks(state.tokens);
    return true;
  });
  return md;
}

/** A body with more lines than this is refused before it is parsed at all: a long release has hundreds. */
export const MAX_BODY_LINES = 5 * MAX_BODY_BLOCKS;

/** Characters that may start an inline token of their own (markdown-it's text rule stops at each). */
const INLINE_SPECIALS = /[\n!#$%&*+\-:<=>@[\\\]^_`{}~]/g;

function tooBig(what: string): MarkdownImportError {
  return new MarkdownImportError(
    `The body has ${what}, far more than any release. Check that it is the right file, or split it into several releases.`,
  );
}

function boundLines(source: string): void {
  let lines = 1;
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) {
    if (++lines > MAX_BODY_LINES) throw tooBig(`more than ${MAX_BODY_LINES.toLocaleString('en')} lines`);
  }
}

/** Refuses too many blocks, and text that could split into too many inline nodes, before inline parsing. */
function boundBlocks(tokens: Token[]): void {
  let blocks = 0;
  let specials = 0;
  for (const token of tokens) {
    if ((token.nesting === 1 || token.type === 'html_block') && ++blocks > MAX_BODY_BLOCKS)
      throw tooBig(`more than ${MAX_BODY_BLOCKS.toLocaleString('en')} paragraphs, headings and list items`);
    if (token.type !== 'inline') continue;
    // Each inline token but text needs a special character, and text runs lie between them.
    specials += 1 + (token.content.match(INLINE_SPECIALS)?.length ?? 0);
    if (2 * specials > MAX_BODY_NODES) throw tooBig('more pieces of formatted text than any release');
  }
}

const REFUSED: Record<string, string> = {
  hr: 'A line of ---, *** or ___ draws a rule, which a release cannot hold. Remove it, or write \\--- to keep the dashes.',
  blockquote_open:
    'Lines starting with “>” make a block quote, which a release cannot hold. Use a quote with its speaker, or write \\> to keep the sign.',
  code_block:
    'Lines indented by four spaces or more make a code block, which a release cannot hold. Remove the indentation.',
  fence: 'Code blocks (``` or ~~~) cannot go in a release. Remove the fences.',
  table_open: 'Tables cannot go in a release. Write the figures as text or as a list.',
};

interface Reading {
  md: MarkdownIt;
  tokens: Token[];
  /** The file line of the body's first line. */
  offset: number;
  /** Every paragraph and heading in document order, waiting for their inline content. */
  textblocks: Textblock[];
}

/** Reads the body's blocks; inline content stays as items in `textblocks` until decorations are removed. */
export function readBody(source: string, offset: number): { content: DocNode[]; textblocks: Textblock[] } {
  boundLines(source);
  const md = markdownParser();
  const reading: Reading = { md, tokens: md.parse(source, {}), offset, textblocks: [] };
  const { nodes } = readBlocks(reading, 0, undefined, false);
  return { content: nodes, textblocks: reading.textblocks };
}

function textblock(reading: Reading, node: DocNode, tokens: Token[], line: number, inList: boolean): DocNode {
  reading.textblocks.push({ node, items: readInline(tokens, line), line, topLevel: !inList });
  return node;
}

function headingLevel(token: Token, line: number): number {
  const level = Number(token.tag.slice(1));
  if (level === 2 || level === 3) return level;
  throw new MarkdownImportError(
    level === 1
      ? 'A “# …” heading is the headline, which belongs in the front matter as “title”. In the body use ## or ###.'
      : 'Headings in the body go two levels deep: use ## or ###.',
    line,
  );
}

function readBlocks(
  reading: Reading,
  start: number,
  close: string | undefined,
  inList: boolean,
): { nodes: DocNode[]; next: number } {
  const { tokens, offset } = reading;
  const nodes: DocNode[] = [];
  let listNote: { attrs: Record<string, unknown>; line: number } | undefined;
  let i = start;
  for (; i < tokens.length && tokens[i]!.type !== close;) {
    const token = tokens[i]!;
    const line = (token.map?.[0] ?? 0) + offset;
    if (listNote && token.type !== 'ordered_list_open') {
      throw new MarkdownImportError(
        'A hidden list note is not followed by its numbered list; export the release again.',
        listNote.line,
      );
    }
    switch (token.type) {
      case 'paragraph_open':
        nodes.push(textblock(reading, { type: 'paragraph' }, tokens[i + 1]?.children ?? [], line, inList));
        i += 3;
        break;
      case 'heading_open': {
        const node = { type: 'heading', attrs: { level: headingLevel(token, line) } };
        nodes.push(textblock(reading, node, tokens[i + 1]?.children ?? [], line, inList));
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const items: DocNode[] = [];
        for (i++; tokens[i]?.type === 'list_item_open'; i++) {
          const itemLine = (tokens[i]!.map?.[0] ?? 0) + offset;
          const read = readBlocks(reading, i + 1, 'list_item_close', true);
          // An empty item ("-" alone) is an empty paragraph, as the editor makes it.
          const content =
            read.nodes.length > 0 ? read.nodes : [textblock(reading, { type: 'paragraph' }, [], itemLine, true)];
          if (content[0]!.type !== 'paragraph') {
            throw new MarkdownImportError('A list item must start with text, not a heading or another list.', itemLine);
          }
          items.push({ type: 'listItem', content });
          i = read.next;
        }
        i++; // the list's closing token
        const start = Number(token.attrGet('start') ?? 1);
        nodes.push(
          ordered
            ? { type: 'orderedList', attrs: { start, ...listNote?.attrs }, content: items }
            : { type: 'bulletList', content: items },
        );
        listNote = undefined;
        break;
      }
      case 'html_block':
        listNote = htmlBlock(reading, token, line, inList, nodes);
        i++;
        break;
      default:
        throw new MarkdownImportError(
          REFUSED[token.type] ?? `“${token.markup || token.type}” cannot go in a release.`,
          line,
        );
    }
  }
  if (listNote) {
    throw new MarkdownImportError(
      'A hidden list note is not followed by its numbered list; export the release again.',
      listNote.line,
    );
  }
  return { nodes, next: i };
}

/** A block of HTML: one of the hidden notes, a comment (ignored), or HTML (refused). */
function htmlBlock(
  reading: Reading,
  token: Token,
  line: number,
  inList: boolean,
  nodes: DocNode[],
): { attrs: Record<string, unknown>; line: number } | undefined {
  const content = token.content.trim();
  // A paragraph of line breaks only starts with a break note, which Markdown reads as an HTML block.
  if (content.startsWith(BREAK)) {
    const inline = reading.md.parseInline(content, {})[0]?.children ?? [];
    nodes.push(textblock(reading, { type: 'paragraph' }, inline, line, inList));
    return undefined;
  }
  if (withoutComments(content) !== '') {
    throw new MarkdownImportError(
      `HTML cannot go in a release (${content.split('\n')[0]}). Write the text without tags, or escape “<” as \\<.`,
      line,
    );
  }
  let note;
  try {
    note = parseMarker(content);
  } catch (error) {
    throw new MarkdownImportError((error as Error).message, line);
  }
  if (note?.name === 'empty-paragraph') nodes.push(textblock(reading, { type: 'paragraph' }, [], line, inList));
  if (note?.name !== 'list') return undefined;
  const attrs = note.data;
  const valid =
    typeof attrs === 'object' &&
    attrs !== null &&
    !Array.isArray(attrs) &&
    Object.entries(attrs).every(
      ([key, value]) =>
        (key === 'start' && typeof value === 'number') ||
        (key === 'type' && (value === null || typeof value === 'string')),
    );
  if (!valid) throw new MarkdownImportError('A hidden list note is damaged; export the release again.', line);
  return { attrs: attrs as Record<string, unknown>, line };
}
