import type { DocNode } from '../model/doc';
import type { Release } from '../model/release';
import { formatDateline } from '../model/dateline';
import { rawText } from '../doc/walk';
import { quoteParts, type QuoteParts, type Speaker } from '../quotes';
import { carriesDateline } from '../model/vocab';
import { quoteAttrs, quoteForms } from './quotes';

export type BodySource = Pick<Release, 'body' | 'speakers' | 'language' | 'type' | 'place' | 'date'>;

/** What every renderer of a body needs: the dateline, where it goes, and each quote's house-style parts. */
export interface BodyContext {
  /** "SARAJEVO, 20 September 2017 – ", or '' when the type carries none or place and date are empty. */
  dateline: string;
  /** The paragraph the dateline opens: the first top-level paragraph with text. */
  datelineTarget: DocNode | undefined;
  partsOf(quote: DocNode): QuoteParts;
}

function hasText(node: DocNode): boolean {
  return rawText(node).trim() !== '' || (node.content ?? []).some((child) => child.type === 'quote');
}

export function bodyContext(release: BodySource): BodyContext {
  const forms = quoteForms(release.body);
  const speakers = new Map<string, Speaker>(release.speakers.map((s) => [s.id, s]));
  const dateline = carriesDateline(release.type) ? formatDateline(release.place, release.date, release.language) : '';
  return {
    dateline,
    datelineTarget: dateline
      ? (release.body.content ?? []).find((node) => node.type === 'paragraph' && hasText(node))
      : undefined,
    partsOf(quote) {
      const attrs = quoteAttrs(quote);
      return quoteParts(
        rawText(quote),
        attrs,
        speakers.get(attrs.speakerId),
        forms.get(quote) ?? 'full',
        release.language,
      );
    },
  };
}
