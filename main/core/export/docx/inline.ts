import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { safeHref } from '../../../../common/links';
import type { DocNode } from '../../../../common/model/doc';
import type { BodyContext } from '../../../../common/render/context';

interface Marks {
  bold?: boolean;
  italics?: boolean;
  href?: string;
}

function marksOf(node: DocNode): Marks {
  const marks: Marks = {};
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') marks.bold = true;
    if (mark.type === 'italic') marks.italics = true;
    if (mark.type === 'link') marks.href = safeHref(String(mark.attrs?.href ?? '')) || undefined;
  }
  return marks;
}

function run(text: string, marks: Marks): ParagraphChild {
  const textRun = new TextRun({
    text,
    bold: marks.bold,
    italics: marks.italics,
    ...(marks.href ? { style: 'Hyperlink' } : {}),
  });
  return marks.href ? new ExternalHyperlink({ link: marks.href, children: [textRun] }) : textRun;
}

/** A paragraph's inline nodes as Word runs: bold, italic and links kept, quotes in house style. */
export function inlineRuns(nodes: DocNode[], context: BodyContext): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.text !== undefined) runs.push(run(node.text, marksOf(node)));
    else if (node.type === 'hardBreak') runs.push(new TextRun({ break: 1 }));
    else if (node.type === 'quote') {
      const parts = context.partsOf(node);
      const raw = (node.content ?? []).map((child) => child.text ?? '').join('');
      runs.push(new TextRun(parts.lead + parts.open));
      // The words keep their marks; only what the house style adds after them is appended.
      if (parts.words.startsWith(raw)) {
        runs.push(...inlineRuns(node.content ?? [], context));
        if (parts.words.length > raw.length) runs.push(new TextRun(parts.words.slice(raw.length)));
      } else runs.push(new TextRun(parts.words));
      runs.push(new TextRun(parts.close + parts.tail));
    } else runs.push(...inlineRuns(node.content ?? [], context));
  }
  return runs;
}
