import { bodyPlainText } from '../../../common/render/plainText';
import type { Release } from '../../../common/model/release';
import { matchRanges } from '../../../common/search/terms';

/** The text a snippet is cut from: read from the release when needed, never kept in the index. */
export interface SnippetText {
  lead: string;
  body: string;
}

export function snippetTextOf(release: Release): SnippetText {
  return { lead: release.lead, body: bodyPlainText(release) };
}

const SNIPPET_LENGTH = 160;
const SNIPPET_BEFORE = 50;

/** About SNIPPET_LENGTH characters of `text` on one line, cut at spaces, opening near `at`. */
function excerpt(text: string, at: number): string {
  // Close to the start, show the start rather than cut a word or two off it.
  let start = at - SNIPPET_BEFORE < SNIPPET_BEFORE / 2 ? 0 : at - SNIPPET_BEFORE;
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + line + (end < text.length ? '…' : '');
}

/** A short excerpt of the body or lead around the first of `terms` (as indexed), else the text's opening. */
export function snippetOf(text: SnippetText, terms: readonly string[]): string | undefined {
  for (const part of [text.body, text.lead]) {
    const first = matchRanges(part, terms, 1)[0];
    if (first) return excerpt(part, first[0]);
  }
  // Matched only in the headline, quotes' speakers or roles: open the list entry with the text's start.
  const opening = text.lead.trim() || text.body.trim();
  return opening ? excerpt(opening, 0) : undefined;
}
