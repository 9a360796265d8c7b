import type { Doc, DocNode } from '../../model/doc';
import type { ReleaseContent } from '../../model/release';
import { formatDateline } from '../../model/dateline';
import { quoteParts, resolveReferences, type Speaker } from '../../quotes';
import { carriesDateline } from '../../model/vocab';
import { MarkdownImportError } from './errors';
import type { Item, Mark, Textblock, TextItem } from './items';
import { layoutQuote, textAfterWords, textBeforeWords } from './quoteLayout';

type Source = Pick<ReleaseContent, 'type' | 'place' | 'date' | 'language' | 'speakers'>;

const show = (text: string) => `“${text.replace(/\u202f/g, ' ')}”`;

/** The text of consecutive text items from `from`, forwards (step 1) or backwards (step -1). */
function textRun(items: Item[], from: number, step: 1 | -1): string {
  let text = '';
  for (let i = from; i >= 0 && i < items.length; i += step) {
    const item = items[i]!;
    if (item.kind !== 'text') break;
    text = step === 1 ? text + item.text : item.text + text;
  }
  return text;
}

/** Removes `count` characters from the texts starting at `from` (step 1) or ending at `from` (step -1). */
function cut(items: Item[], from: number, step: 1 | -1, count: number): void {
  for (let i = from, left = count; left > 0; i += step) {
    const item = items[i] as TextItem;
    const take = Math.min(left, item.text.length);
    item.text = step === 1 ? item.text.slice(take) : item.text.slice(0, item.text.length - take);
    left -= take;
  }
}

/** Removes the printed dateline: before its hidden end note, or (hand-written) where it opens the body. */
function removeDateline(textblocks: Textblock[], source: Source): void {
  const expected = carriesDateline(source.type) ? formatDateline(source.place, source.date, source.language) : '';
  const marked = textblocks.filter((block) => block.items.some((item) => item.kind === 'dateline'));
  for (const block of marked) {
    const end = block.items.findIndex((item) => item.kind === 'dateline');
    const line = (block.items[end] as { line: number }).line;
    const before = block.items.slice(0, end);
    if (marked.length > 1 || before.some((item) => item.kind !== 'text')) {
      throw new MarkdownImportError(
        'The dateline’s hidden end note stands in the wrong place; export the release again.',
        line,
      );
    }
    const text = before.map((item) => (item as TextItem).text).join('');
    if (text !== expected) {
      throw new MarkdownImportError(
        expected
          ? `The body opens with the dateline ${show(text)}, but the front matter’s place, date and language give ${show(expected)}. Change the front matter, not the dateline.`
          : `The body opens with the dateline ${show(text)}, but a ${source.type.replace('-', ' ')} has none, or the front matter has no place and date. Remove it.`,
        line,
      );
    }
    block.items.splice(0, end + 1);
  }
  if (marked.length > 0 || !expected) return;
  // As common/render/context.ts picks it: the first top-level paragraph with text.
  const first = textblocks.find(
    (block) =>
      block.topLevel &&
      block.node.type === 'paragraph' &&
      block.items.some((item) => item.kind === 'quote' || (item.kind === 'text' && item.text.trim() !== '')),
  );
  if (first && textRun(first.items, 0, 1).startsWith(expected)) cut(first.items, 0, 1, expected.length);
}

/** Removes what the house style prints around each quote, recomputed from the quote's words and speaker. */
function removeQuoteText(textblocks: Textblock[], source: Source): void {
  const quotes = textblocks.flatMap((block) => block.items.filter((item) => item.kind === 'quote'));
  const forms = resolveReferences(
    quotes.map(({ data }) => ({ speakerId: data.speaker, attribution: data.attribution, reference: data.reference })),
  );
  const speakers = new Map<string, Speaker>(source.speakers.map((s) => [s.id, s]));
  let n = 0;
  for (const block of textblocks) {
    block.items.forEach((item, index) => {
      if (item.kind !== 'quote') return;
      const { data } = item;
      const marked = item.words.map((w) => w.text).join('');
      const raw = [...data.pre, ...item.words, ...data.post].map((w) => w.text).join('');
      const attrs = {
        speakerId: data.speaker,
        attribution: data.attribution,
        reference: data.reference,
        verb: data.verb,
      };
      const parts = quoteParts(raw, attrs, speakers.get(data.speaker), forms[n++]!, source.language);
      const layout = layoutQuote(raw, parts);
      const before = textBeforeWords(layout);
      const after = textAfterWords({ ...layout, length: marked.length });
      const hint = 'Change the speaker in the front matter or the quote’s settings, not the text around the quote.';
      if (!textRun(block.items, index - 1, -1).endsWith(before)) {
        throw new MarkdownImportError(
          `Dateline prints ${show(before)} right before this quote’s words, but the text there differs. ${hint}`,
          item.line,
        );
      }
      if (!textRun(block.items, index + 1, 1).startsWith(after)) {
        throw new MarkdownImportError(
          `Dateline prints ${show(after)} right after this quote’s words, but the text there differs. ${hint}`,
          item.line,
        );
      }
      cut(block.items, index - 1, -1, before.length);
      cut(block.items, index + 1, 1, after.length);
    });
  }
}

const markJson = (marks: Mark[]) => (marks.length > 0 ? { marks: marks.map((m) => ({ ...m })) } : {});

function textNodes(items: TextItem[]): DocNode[] {
  return items
    .filter((item) => item.text !== '')
    .map((item) => ({ type: 'text', text: item.text, ...markJson(item.marks) }));
}

function inlineNodes(items: Item[]): DocNode[] {
  return items.flatMap((item): DocNode[] => {
    if (item.kind === 'text') return textNodes([item]);
    if (item.kind === 'break') return [{ type: 'hardBreak', ...markJson(item.marks) }];
    if (item.kind === 'dateline') return [];
    const { data } = item;
    const content = textNodes([...data.pre, ...item.words, ...data.post]);
    const attrs = {
      speakerId: data.speaker,
      attribution: data.attribution,
      reference: data.reference,
      verb: data.verb,
    };
    return [{ type: 'quote', attrs, ...(content.length > 0 ? { content } : {}) }];
  });
}

/**
 * Fills each paragraph and heading with its inline content, once the dateline and the quotes'
 * printed attribution are taken out again.
 */
export function finishBody(content: DocNode[], textblocks: Textblock[], source: Source): Doc {
  removeDateline(textblocks, source);
  removeQuoteText(textblocks, source);
  for (const block of textblocks) {
    const inline = inlineNodes(block.items);
    if (inline.length > 0) block.node.content = inline;
  }
  return { type: 'doc', content };
}
