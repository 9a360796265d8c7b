import type { DocNode } from '../../model/doc';
import type { Release } from '../../model/release';
import { bodyContext } from '../../render/context';
import { inlineMarkdown, type InlineContext } from './inline';
import { EMPTY_PARAGRAPH, SEPARATOR, marker } from './markers';
import { defaultLinkAttrs } from './schema';

const LISTS = new Set(['bulletList', 'orderedList']);
const TEXTBLOCKS = new Set(['paragraph', 'heading']);

interface BodyContext extends InlineContext {
  /** The paragraph the dateline opens, as every renderer picks it. */
  datelineNode: DocNode | undefined;
  dateline: string;
}

/** CommonMark numbers list items with at most nine digits. */
const MAX_NUMBER = 999_999_999;

/** The number an ordered list's first item can carry in Markdown, or undefined when it cannot. */
function firstNumber(node: DocNode): number | undefined {
  const start = node.attrs?.start ?? 1;
  const last = Number(start) + (node.content?.length ?? 1) - 1;
  return Number.isInteger(start) && (start as number) >= 0 && last <= MAX_NUMBER ? (start as number) : undefined;
}

/** A hidden note with the ordered list's attributes when Markdown cannot write them (a numbering type, a start). */
function listNote(node: DocNode): string | undefined {
  const typed = node.attrs?.type !== undefined && node.attrs?.type !== null;
  return firstNumber(node) !== undefined && !typed ? undefined : marker('list', node.attrs);
}

function textblock(node: DocNode, ctx: BodyContext): string[] {
  const dateline = node === ctx.datelineNode ? ctx.dateline : '';
  if (node.type === 'paragraph' && !node.content?.length && !dateline) return [EMPTY_PARAGRAPH];
  const heading = node.type === 'heading';
  const inline = inlineMarkdown(node.content ?? [], ctx, { heading, dateline });
  if (!heading) return inline.split('\n');
  const level = Number(node.attrs?.level ?? 2);
  const hashes = '#'.repeat(Math.min(Math.max(level, 1), 6));
  return [inline === '' ? hashes : `${hashes} ${inline}`];
}

/** Whether `next` may follow `prev` inside a list item without a blank line (a tight list). */
function tightAfter(prev: DocNode, next: DocNode): boolean {
  if (!TEXTBLOCKS.has(prev.type)) return false;
  if (next.type === 'bulletList') return true;
  return next.type === 'orderedList' && (next.attrs?.start ?? 1) === 1 && listNote(next) === undefined;
}

function list(node: DocNode, ctx: BodyContext): string[] {
  const ordered = node.type === 'orderedList';
  const start = firstNumber(node) ?? 1;
  const items = (node.content ?? []).map((item, i) => {
    const children = item.content ?? [];
    const tight = children.every((child, k) => k === 0 || tightAfter(children[k - 1]!, child));
    const lines = blocks(children, ctx, tight);
    const bullet = ordered ? `${start + i}.` : '-';
    const indent = ' '.repeat(bullet.length + 1);
    const body = lines.map((line, k) => (k === 0 ? `${bullet} ${line}` : line === '' ? '' : indent + line));
    return { body: body.length > 0 ? body : [bullet], tight };
  });
  const tight = items.every((item) => item.tight);
  const note = ordered ? listNote(node) : undefined;
  const lines = items.flatMap((item, i) => (i > 0 && !tight ? ['', ...item.body] : item.body));
  return note === undefined ? lines : [note, ...lines];
}

function block(node: DocNode, ctx: BodyContext): string[] {
  if (TEXTBLOCKS.has(node.type)) return textblock(node, ctx);
  if (LISTS.has(node.type)) return list(node, ctx);
  // Outside the house schema (a stored blockquote, say): its blocks, unwrapped.
  return blocks(node.content ?? [], ctx, false);
}

/** Blocks one after another: a blank line between them, and a hidden note between two lists of one kind. */
function blocks(nodes: DocNode[], ctx: BodyContext, tight: boolean): string[] {
  const lines: string[] = [];
  nodes.forEach((node, i) => {
    const prev = nodes[i - 1];
    if (prev) {
      if (prev.type === node.type && LISTS.has(node.type)) lines.push('', SEPARATOR, '');
      else if (!tight) lines.push('');
    }
    lines.push(...block(node, ctx));
  });
  return lines;
}

/** The body of a release as CommonMark, with the dateline and the house-style quotes printed. */
export function bodyMarkdown(release: Release): string {
  const context = bodyContext(release);
  const ctx: BodyContext = {
    partsOf: context.partsOf,
    linkDefaults: defaultLinkAttrs(),
    datelineNode: context.datelineTarget,
    dateline: context.dateline,
  };
  return blocks(release.body.content ?? [], ctx, false).join('\n');
}
