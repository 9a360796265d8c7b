import type { ReactNode } from 'react';
import { matchRanges } from '../../../../common/search/terms';

/**
 * The text with every word marked whose indexed form is one of the matched terms: the same words,
 * split and normalised by the same code, as the search index found (soft hyphens and accents included).
 */
export function highlight(text: string, terms: readonly string[]): ReactNode[] {
  if (terms.length === 0) return [text];
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
