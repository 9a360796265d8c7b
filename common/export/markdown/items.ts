import type { DocNode } from '../../model/doc';
import type { Attribution, Reference } from '../../quotes';

export type Mark = NonNullable<DocNode['marks']>[number];

/** The author's words between two quote markers, before the quote node is built. */
export interface QuoteData {
  speaker: string;
  attribution: Attribution;
  reference: Reference;
  verb: string;
  /** Stored characters before / after the marked words that the house style does not print there. */
  pre: TextItem[];
  post: TextItem[];
}

export interface TextItem {
  kind: 'text';
  text: string;
  marks: Mark[];
}

/** Inline content of a textblock as read from Markdown, with the house style's additions still in it. */
export type Item =
  | TextItem
  | { kind: 'break'; marks: Mark[] }
  | { kind: 'quote'; data: QuoteData; words: TextItem[]; line: number }
  | { kind: 'dateline'; line: number };

/** A paragraph or heading waiting for its inline content. */
export interface Textblock {
  node: DocNode;
  items: Item[];
  line: number;
  /** Directly in the document, not in a list. */
  topLevel: boolean;
}
