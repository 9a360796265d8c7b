import type { Release } from '../../main/core/model/release';
import type { DocNode } from '../../main/core/model/doc';
import { carriesDateline } from '../vocab';
import { formatDateline } from '../dateline';
import { quoteParts, quoteText, resolveReferences, type QuoteAttrs, type Speaker } from '../quotes';
import { rawText } from '../doc/walk';

type BodySource = Pick<Release, 'body' | 'speakers' | 'language' | 'type' | 'place' | 'date'>;

/** Every quote of a document in order, with how it names its speaker. */
export function quoteForms(body: DocNode): Map<DocNode, 'full' | 'short'> {
  const quotes: DocNode[] = [];
  const collect = (node: DocNode) => {
    if (node.type === 'quote') quotes.push(node);
    node.content?.forEach(collect);
  };
  collect(body);
  const forms = resolveReferences(quotes.map((q) => quoteAttrs(q)));
  return new Map(quotes.map((q, i) => [q, forms[i]!]));
}

/** A quote node's attributes with defaults for any missing one. */
export function quoteAttrs(node: DocNode): QuoteAttrs {
  const a = node.attrs ?? {};
  return {
    speakerId: typeof a.speakerId === 'string' ? a.speakerId : '',
    attribution: a.attribution === 'before' || a.attribution === 'inline' ? a.attribution : 'after',
    reference: a.reference === 'full' || a.reference === 'short' ? a.reference : 'auto',
    verb: typeof a.verb === 'string' ? a.verb : '',
  };
}

/**
 * The body as readers will see it, in plain text: the dateline opening the first paragraph
 * where the type carries one, quotes in house style, one paragraph per line.
 */
export function bodyPlainText(release: BodySource): string {
  const forms = quoteForms(release.body);
  const speakers = new Map<string, Speaker>(release.speakers.map((s) => [s.id, s]));
  const inline = (node: DocNode): string => {
    if (node.text !== undefined) return node.text;
    if (node.type === 'hardBreak') return '\n';
    if (node.type === 'quote') {
      const attrs = quoteAttrs(node);
      return quoteText(
        quoteParts(rawText(node), attrs, speakers.get(attrs.speakerId), forms.get(node)!, release.language),
      );
    }
    return (node.content ?? []).map(inline).join('');
  };
  const blocks: string[] = [];
  const block = (node: DocNode, prefix = '') => {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      (node.content ?? []).forEach((item, i) =>
        (item.content ?? []).forEach((child) => block(child, node.type === 'bulletList' ? '- ' : `${i + 1}. `)),
      );
      return;
    }
    blocks.push(prefix + inline(node));
  };
  (release.body.content ?? []).forEach((node) => block(node));
  const dateline = carriesDateline(release.type) ? formatDateline(release.place, release.date, release.language) : '';
  const first = blocks.findIndex((b) => b.trim() !== '');
  if (dateline && first >= 0) blocks[first] = dateline + blocks[first];
  return blocks.filter((b) => b.trim() !== '').join('\n');
}
