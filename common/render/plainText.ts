import type { DocNode } from '../model/doc';
import { quoteText } from '../quotes';
import { bodyContext, type BodySource } from './context';

export { quoteAttrs, quoteForms } from './quotes';

/**
 * The body as readers will see it, in plain text: the dateline opening the first paragraph
 * where the type carries one, quotes in house style, one paragraph per line.
 */
export function bodyPlainText(release: BodySource): string {
  const context = bodyContext(release);
  const inline = (node: DocNode): string => {
    if (node.text !== undefined) return node.text;
    if (node.type === 'hardBreak') return '\n';
    if (node.type === 'quote') return quoteText(context.partsOf(node));
    return (node.content ?? []).map(inline).join('');
  };
  const blocks: string[] = [];
  const block = (node: DocNode, prefix = '') => {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const start = Number(node.attrs?.start ?? 1);
      (node.content ?? []).forEach((item, i) =>
        (item.content ?? []).forEach((child) => block(child, node.type === 'bulletList' ? '- ' : `${start + i}. `)),
      );
      return;
    }
    const opening = node === context.datelineTarget ? context.dateline : '';
    blocks.push(prefix + opening + inline(node));
  };
  (release.body.content ?? []).forEach((node) => block(node));
  return blocks.filter((b) => b.trim() !== '').join('\n');
}
