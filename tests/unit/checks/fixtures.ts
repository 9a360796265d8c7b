import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import type { CheckContext } from '../../../common/checks';
import { DEFAULT_QUOTE_ATTRS, type QuoteAttrs } from '../../../common/quotes';
import { houseExtensions } from '../../../common/schema/extensions';
import type { Doc, DocNode } from '../../../common/model/doc';
import { emptyContent, type ReleaseContent, type Speaker } from '../../../common/model/release';
import { DEFAULT_BOILERPLATE_EN } from '../../../common/model/settings';

type Inline = DocNode | string;
const inline = (content: Inline[]) => content.map((c) => (typeof c === 'string' ? text(c) : c));

export const text = (value: string): DocNode => ({ type: 'text', text: value });
export const bold = (value: string): DocNode => ({ type: 'text', text: value, marks: [{ type: 'bold' }] });
export const hardBreak: DocNode = { type: 'hardBreak' };
export const paragraph = (...content: Inline[]): DocNode =>
  content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: inline(content) };
export const heading = (value: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(value)] });
export const bulletList = (...items: DocNode[][]): DocNode => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content })),
});
export const quote = (words: string, attrs: Partial<QuoteAttrs> = {}): DocNode => ({
  type: 'quote',
  attrs: { ...DEFAULT_QUOTE_ATTRS, speakerId: 'berton', ...attrs },
  content: [text(words)],
});
export const doc = (...content: DocNode[]): Doc => ({ type: 'doc', content });

export const BERTON: Speaker = {
  id: 'berton',
  name: 'Bruce Berton',
  shortName: 'Berton',
  role: 'Head of the OSCE Mission to Bosnia and Herzegovina',
};

export const ctx: CheckContext = {
  lists: {
    issuers: ['OSCE Secretariat', 'OSCE Mission to Bosnia and Herzegovina'],
    fieldsOfWork: ['Elections', 'Media freedom and development'],
    countries: ['Bosnia and Herzegovina'],
    meetingTypes: ['Media conferences'],
  },
  style: { headlineMax: 140, leadMax: 400 },
  now: new Date('2026-03-10T12:00:00Z'),
};

/** A press release that meets every house rule, with quotes, a list, apostrophes and curly marks. */
export function validRelease(overrides: Partial<ReleaseContent> = {}): ReleaseContent {
  return emptyContent({
    headline: 'OSCE Mission welcomes new election law in Bosnia and Herzegovina',
    subheading: 'The law follows two years of “open” consultation',
    lead: 'The OSCE Mission to Bosnia and Herzegovina welcomed the adoption of the law, which it had supported since 2024.',
    date: '2026-03-09',
    place: 'Sarajevo',
    issuers: ['OSCE Mission to Bosnia and Herzegovina'],
    fieldsOfWork: ['Elections'],
    countries: ['Bosnia and Herzegovina'],
    embargo: { date: '2026-03-11', time: '10:00', timeZone: 'Europe/Sarajevo' },
    body: doc(
      paragraph('The Mission', "'s experts took part in every round of the country's talks."),
      paragraph(quote('This law gives voters a commission they can trust'), ' The Mission will keep helping. '),
      heading('Next steps'),
      bulletList([paragraph('Training for ', bold('polling'), ' staff')], [paragraph(quote('We start on Monday'))]),
    ),
    speakers: [BERTON],
    notesToEditors: 'Photographs are available on request.',
    mediaContacts: [{ name: 'Ana Anić', role: 'Spokesperson', email: 'press@example.org', phone: '+387 33 000 000' }],
    boilerplate: DEFAULT_BOILERPLATE_EN,
    ...overrides,
  });
}

const schema = getSchema(houseExtensions());

/** The text between two body positions as ProseMirror itself reads them, to check targets independently. */
export function textAt(body: Doc, from: number, to: number): string {
  return PMNode.fromJSON(schema, body).textBetween(from, to);
}

/** The name of the node that starts at a body position, as ProseMirror sees it. */
export function nodeAt(body: Doc, pos: number): string | undefined {
  return PMNode.fromJSON(schema, body).nodeAt(pos)?.type.name;
}
