import type { DocNode } from '../../model/doc';
import { safeHref } from '../../links';
import type { BodyContext } from '../../render/context';
import { escapeHtml } from './escape';

function wrapMarks(html: string, node: DocNode): string {
  return (node.marks ?? []).reduceRight((inner, mark) => {
    if (mark.type === 'bold') return `<strong>${inner}</strong>`;
    if (mark.type === 'italic') return `<em>${inner}</em>`;
    if (mark.type === 'link') {
      const href = safeHref(String(mark.attrs?.href ?? ''));
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
    return inner;
  }, html);
}

function inline(node: DocNode, context: BodyContext): string {
  if (node.text !== undefined) return wrapMarks(escapeHtml(node.text), node);
  if (node.type === 'hardBreak') return '<br>';
  if (node.type === 'quote') {
    const parts = context.partsOf(node);
    const typed = (node.content ?? []).map((child) => inline(child, context)).join('');
    const raw = (node.content ?? []).map((child) => child.text ?? '').join('');
    // The words keep their marks; only what the house style adds after them is appended.
    const added = parts.words.startsWith(raw) ? escapeHtml(parts.words.slice(raw.length)) : '';
    const words = parts.words.startsWith(raw) ? typed + added : escapeHtml(parts.words);
    return `${escapeHtml(parts.lead)}<span class="quote">${escapeHtml(parts.open)}${words}${escapeHtml(parts.close)}</span>${escapeHtml(parts.tail)}`;
  }
  return (node.content ?? []).map((child) => inline(child, context)).join('');
}

/** Tracks the heading levels so far, so a body heading never skips a level after the h1. */
interface Outline {
  level: number;
}

function block(node: DocNode, context: BodyContext, outline: Outline): string {
  const children = () => (node.content ?? []).map((child) => block(child, context, outline)).join('\n');
  const text = () => (node.content ?? []).map((child) => inline(child, context)).join('');
  switch (node.type) {
    case 'paragraph': {
      const content = text();
      if (content.trim() === '') return '';
      const dateline =
        node === context.datelineTarget ? `<span class="dateline">${escapeHtml(context.dateline)}</span>` : '';
      return `<p>${dateline}${content}</p>`;
    }
    case 'heading': {
      const content = text();
      if (content.trim() === '') return '';
      const level = Math.min(node.attrs?.level === 3 ? 3 : 2, outline.level + 1);
      outline.level = level;
      return `<h${level}>${content}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>\n${children()}\n</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${children()}\n</ol>`;
    }
    case 'listItem':
      return `<li>${children()}</li>`;
    default:
      // Nodes outside the house schema print their text only, never their markup.
      return text() ? `<p>${text()}</p>` : '';
  }
}

/** The body as HTML: escaped text, safe links only, the dateline and quotes in house style. */
export function bodyHtml(body: DocNode, context: BodyContext): string {
  const outline = { level: 1 };
  return (body.content ?? [])
    .map((node) => block(node, context, outline))
    .filter(Boolean)
    .join('\n');
}
