import type Token from 'markdown-it/lib/token.mjs';
import { isSafeLink } from '../../links';
import { MarkdownImportError } from './errors';
import type { Item, Mark, QuoteData, TextItem } from './items';
import { parseMarker, withoutComments } from './markers';

const ATTRIBUTIONS = ['after', 'before', 'inline'] as const;
const REFERENCES = ['auto', 'full', 'short'] as const;
const QUOTE_KEYS = new Set(['speaker', 'attribution', 'reference', 'verb', 'pre', 'post']);
const LINK_KEYS = new Set(['target', 'rel', 'class', 'title']);

const UNSUPPORTED: Record<string, string> = {
  image: 'Pictures cannot go in the body of a release; add them when publishing.',
  code_inline: 'Code (text between backticks) is not part of a release; remove the backticks, or write \\` for one.',
  s_open: 'Struck-through text (~~…~~) is not part of a release; remove the tildes, or write \\~ for one.',
};

const plainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function storedWords(value: unknown, line: number): TextItem[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ kind: 'text', text: value, marks: [] }];
  const bad = () =>
    new MarkdownImportError(
      'A hidden quote note is damaged (its stored words cannot be read); export the release again.',
      line,
    );
  if (!Array.isArray(value)) throw bad();
  return value.map((piece: unknown): TextItem => {
    if (!plainObject(piece) || typeof piece.text !== 'string') throw bad();
    const marks = piece.marks ?? [];
    if (!Array.isArray(marks) || !marks.every((m) => m === 'bold' || m === 'italic')) throw bad();
    return { kind: 'text', text: piece.text, marks: marks.map((type: string) => ({ type })) };
  });
}

function quoteData(data: unknown, line: number): QuoteData {
  const valid =
    plainObject(data) &&
    Object.keys(data).every((key) => QUOTE_KEYS.has(key)) &&
    typeof data.speaker === 'string' &&
    (ATTRIBUTIONS as readonly unknown[]).includes(data.attribution) &&
    (REFERENCES as readonly unknown[]).includes(data.reference) &&
    typeof data.verb === 'string';
  if (!valid) {
    throw new MarkdownImportError(
      'A hidden quote note is damaged: it needs a speaker, an attribution (after, before or inline), a reference (auto, full or short) and a verb. Export the release again.',
      line,
    );
  }
  return {
    speaker: data.speaker as string,
    attribution: data.attribution as QuoteData['attribution'],
    reference: data.reference as QuoteData['reference'],
    verb: data.verb as string,
    pre: storedWords(data.pre, line),
    post: storedWords(data.post, line),
  };
}

/**
 * Turns one block's inline tokens into items: texts and line breaks with their marks, quotes
 * with their words, the end of the dateline. `firstLine` is the block’s first line in the file.
 */
export function readInline(tokens: Token[], firstLine: number): Item[] {
  const items: Item[] = [];
  const active: Mark[] = [];
  let quote: Extract<Item, { kind: 'quote' }> | undefined;
  let line = firstLine;
  let lastLink: { mark: Mark; index: number } | undefined;
  const marks = () => {
    // One mark of each kind: `**a **b** c**` is bold once.
    const byType = new Map(active.map((m) => [m.type, m]));
    return [...byType.values()];
  };
  const pop = (type: string) => {
    const index = active.map((m) => m.type).lastIndexOf(type);
    if (index >= 0) active.splice(index, 1);
  };
  const push = (item: Item) => {
    if (quote && item.kind === 'text') quote.words.push(item);
    else if (quote) throw new MarkdownImportError('A quote cannot hold a line break; end the quote first.', line);
    else items.push(item);
  };

  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'text':
        if (token.content) push({ kind: 'text', text: token.content, marks: marks() });
        return;
      case 'softbreak':
        // A line wrapped by hand in the Markdown file is a space in the release.
        push({ kind: 'text', text: ' ', marks: marks() });
        line++;
        return;
      case 'hardbreak':
        push({ kind: 'break', marks: marks() });
        line++;
        return;
      case 'strong_open':
        active.push({ type: 'bold' });
        return;
      case 'em_open':
        active.push({ type: 'italic' });
        return;
      case 'strong_close':
        pop('bold');
        return;
      case 'em_close':
        pop('italic');
        return;
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        if (!isSafeLink(href)) {
          throw new MarkdownImportError(
            `The link to “${href}” is not a web or email address. Links must start with https://, http:// or mailto:.`,
            line,
          );
        }
        if (quote) throw new MarkdownImportError('A quote cannot hold a link; put the link outside the quote.', line);
        const title = token.attrGet('title');
        active.push({ type: 'link', attrs: title ? { href, title } : { href } });
        return;
      }
      case 'link_close': {
        const open = active.map((m) => m.type).lastIndexOf('link');
        if (open >= 0) lastLink = { mark: active.splice(open, 1)[0]!, index };
        return;
      }
      case 'html_inline':
        readComment(token, index);
        line += (token.content.match(/\n/g) ?? []).length;
        return;
      default:
        throw new MarkdownImportError(
          UNSUPPORTED[token.type] ?? `“${token.markup || token.type}” is Markdown that a release cannot hold.`,
          line,
        );
    }
  });
  if (quote)
    throw new MarkdownImportError(
      'A quote is opened but never closed (its hidden <!--/quote--> note is missing).',
      quote.line,
    );
  return items;

  function readComment(token: Token, index: number): void {
    if (withoutComments(token.content) !== '') {
      throw new MarkdownImportError(
        `HTML (${token.content}) cannot go in a release; write the text without tags, or escape “<” as \\<.`,
        line,
      );
    }
    let found;
    try {
      found = parseMarker(token.content);
    } catch (error) {
      throw new MarkdownImportError((error as Error).message, line);
    }
    if (!found) return;
    const { name, data } = found;
    if (name === 'quote') {
      if (quote) throw new MarkdownImportError('A quote opens inside another quote; close the first one.', line);
      if (active.some((m) => m.type === 'link')) {
        throw new MarkdownImportError('A quote cannot stand inside a link; end the link before the quote.', line);
      }
      quote = { kind: 'quote', data: quoteData(data, line), words: [], line };
      items.push(quote);
    } else if (name === '/quote') {
      if (!quote) throw new MarkdownImportError('A quote closes (<!--/quote-->) that was never opened.', line);
      quote = undefined;
    } else if (name === 'br') {
      push({ kind: 'break', marks: marks() });
    } else if (name === '/dateline') {
      push({ kind: 'dateline', line });
    } else if (name === 'link') {
      if (lastLink?.index !== index - 1 || !plainObject(data)) {
        throw new MarkdownImportError('A hidden link note stands away from its link; export the release again.', line);
      }
      for (const [key, value] of Object.entries(data)) {
        if (!LINK_KEYS.has(key) || (value !== null && typeof value !== 'string')) {
          throw new MarkdownImportError(`A hidden link note holds “${key}”, which a link cannot have.`, line);
        }
      }
      lastLink.mark.attrs = { ...lastLink.mark.attrs, ...data };
    }
    // Any other comment is the author's own note: invisible, and not part of the release.
  }
}
