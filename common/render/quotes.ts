import type { DocNode } from '../model/doc';
import { resolveReferences, type QuoteAttrs } from '../quotes';

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
