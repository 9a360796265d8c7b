import { parseMarked, type MarkRange } from './marks';

/** One line of the input, trimmed, with its number (1-based) for the report. */
export interface Line {
  text: string;
  n: number;
  /** Bold, italic and links over `text`, from a Word document, a web page or Markdown. */
  marks?: MarkRange[];
  /** A blank line stood before it: a new block begins (e-mail and plain text). */
  gap?: boolean;
}

/** The input's lines: one line ending, no-break and thin spaces kept, invisible format characters gone. */
export function linesOf(text: string): Line[] {
  return (
    text
      .replace(/^\ufeff/, '')
      .replace(/\r\n?/g, '\n')
      // Zero-width spaces and joiners, soft hyphens: invisible, and in the way of every match.
      .replace(/\u200b|\u200c|\u200d|\u2060|\u00ad/g, '')
      .split('\n')
      .map((line, index) => {
        const { text, marks } = parseMarked(line);
        return marks.length > 0 ? { text, n: index + 1, marks } : { text, n: index + 1 };
      })
  );
}

/** A line without its list marker ("- ", "* ", "• "), and whether it had one. */
export function unbullet(text: string): { text: string; bullet: boolean } {
  const match = /^(?:[-*•·▪–]\s+|[-*•]$)/u.exec(text);
  return match ? { text: text.slice(match[0].length).trim(), bullet: true } : { text, bullet: false };
}

/** Text with its spaces made plain and runs of them one. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
