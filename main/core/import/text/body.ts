import type { Doc, DocNode } from '../../../../common/model/doc';
import type { QuoteAttrs } from '../../../../common/quotes';
import { resolveReferences, defaultShortName } from '../../../../common/quotes';
import type { Speaker } from '../../../../common/model/release';
import type { Language } from '../../../../common/model/vocab';
import { peopleIn, type Person } from './people';
import { slice, textNodes, type MarkKind, type MarkRange } from './marks';
import { splitQuotes, type QuoteSegment, type Segment } from './quotes';

/** A block of the body as read: a paragraph, a heading or a list item. */
export type Block = ({ kind: 'paragraph' | 'heading' } | { kind: 'item'; ordered: boolean }) & {
  text: string;
  /** Bold, italic and links over `text`. */
  marks?: MarkRange[];
};

/** The short name quotes use later: "Peter Van Der Auweraert" → "Van Der Auweraert", else the last word. */
export function shortNameOf(name: string): string {
  const words = name.split(/\s+/u);
  const particle = words.findIndex(
    (word, i) => i > 0 && /^(?:van|von|der|de|da|di|del|du|la|le|al|bin|ben|ter|ten)$/iu.test(word),
  );
  return particle > 0 ? words.slice(particle).join(' ') : defaultShortName(name);
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'speaker'
  );
}

/** The people of the release, built as its quotes name them. */
class Speakers {
  readonly list: Speaker[] = [];
  private readonly people: Person[] = [];
  /** The person last named or quoted: "he said" is them. */
  last: Speaker | undefined;

  know(people: Person[]): void {
    for (const person of people)
      if (!this.people.some((p) => p.name === person.name && (p.role || !person.role))) this.people.push(person);
  }

  /** The mention of a person by full name or surname, with a role if any mention gave one. */
  private person(match: (person: Person) => boolean): Person | undefined {
    const found = this.people.filter(match);
    return found.find((person) => person.role) ?? found[0];
  }

  speaker(name: string, role: string): Speaker {
    const existing = this.list.find((speaker) => speaker.name === name);
    if (existing) {
      if (!existing.role && role) existing.role = role;
      return (this.last = existing);
    }
    const known = this.person((person) => person.name === name);
    const shortName = shortNameOf(name);
    let id = slug(shortName);
    for (let n = 2; this.list.some((speaker) => speaker.id === id); n++) id = `${slug(shortName)}-${n}`;
    const speaker: Speaker = { id, name, shortName, role: role || known?.role || '' };
    this.list.push(speaker);
    return (this.last = speaker);
  }

  bySurname(surname: string): Speaker {
    const quoted = this.list.find((speaker) => speaker.shortName === surname || speaker.name.endsWith(` ${surname}`));
    if (quoted) return (this.last = quoted);
    const known = this.person((person) => person.name.endsWith(` ${surname}`) || person.name === surname);
    return this.speaker(known?.name ?? surname, known?.role ?? '');
  }

  byRole(role: string): Speaker | undefined {
    const lower = role.toLocaleLowerCase();
    const known = this.person((person) => person.role.toLocaleLowerCase().includes(lower));
    return known ? this.speaker(known.name, known.role) : undefined;
  }

  /** The person a paragraph names before its quote ("Guy Vinet, Head of …, said that"). */
  named(textBefore: string): Speaker | undefined {
    const people = peopleIn(textBefore);
    const person = people.at(-1);
    return person ? this.speaker(person.name, person.role) : undefined;
  }
}

interface Built {
  doc: Doc;
  speakers: Speaker[];
  /** Quotes whose speaker the text does not say, and other doubts. */
  warnings: string[];
  /** Words the house style does not print again: an honorific taken off a name in an attribution. */
  setAside: { text: string; reason: string }[];
}

/** A stretch of the block as text nodes, with the formatting that falls in it. */
function nodes(block: Block, text: string, from: number, allowed?: MarkKind[]): DocNode[] {
  return textNodes(text, slice(block.marks, from, from + text.length), allowed);
}

/** The body as the house schema holds it: paragraphs, headings, lists, and quotes as Quote nodes. */
export function buildBody(blocks: readonly Block[], language: Language): Built {
  const speakers = new Speakers();
  const warnings: string[] = [];
  const setAside: Built['setAside'] = [];
  const quotes: { attrs: QuoteAttrs; printed: 'full' | 'short' | 'none' }[] = [];
  const content: DocNode[] = [];
  for (const block of blocks) {
    const segments: Segment[] = splitQuotes(block.text, language);
    // Everyone the block names beside a role, so that "said Nicot" finds "Morgane Nicot, UNODC officer".
    speakers.know(peopleIn(segments.map((s) => (s.kind === 'text' ? s.text : ' “…” ')).join('')));
    let textBefore = '';
    const inline: DocNode[] = [];
    for (const segment of segments) {
      if (segment.kind === 'text') {
        textBefore += segment.text;
        inline.push(...nodes(block, segment.text, segment.from));
        continue;
      }
      const { speaker, printed } = speakerOf(segment, speakers, textBefore);
      if (segment.who.kind === 'name' && segment.who.honorific && segment.attribution !== 'inline')
        setAside.push({
          text: segment.who.honorific,
          reason: 'an honorific before a speaker’s name (the role is printed instead)',
        });
      if (!speaker)
        warnings.push(
          `A quote without a speaker: “${segment.words.slice(0, 60)}${segment.words.length > 60 ? '…' : ''}”`,
        );
      const attrs: QuoteAttrs = {
        speakerId: speaker?.id ?? '',
        attribution: segment.attribution,
        reference: 'auto',
        verb: segment.verb,
      };
      quotes.push({ attrs, printed });
      inline.push({
        type: 'quote',
        attrs: attrs as unknown as Record<string, unknown>,
        content: nodes(block, segment.words, segment.from, ['bold', 'italic']),
      });
    }
    const node: DocNode =
      block.kind === 'heading'
        ? {
            type: 'heading',
            attrs: { level: 2 },
            content: inline.flatMap((n) => (n.type === 'text' ? [n] : (n.content ?? []))),
          }
        : { type: 'paragraph', content: inline };
    if (block.kind === 'item') {
      const listType = block.ordered ? 'orderedList' : 'bulletList';
      const last = content.at(-1);
      const item: DocNode = { type: 'listItem', content: [node] };
      if (last?.type === listType) last.content!.push(item);
      else content.push({ type: listType, content: [item] });
    } else content.push(node);
  }
  settleReferences(quotes);
  return {
    doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    speakers: speakers.list,
    warnings,
    setAside,
  };
}

function speakerOf(
  segment: QuoteSegment,
  speakers: Speakers,
  textBefore: string,
): { speaker: Speaker | undefined; printed: 'full' | 'short' | 'none' } {
  const { who } = segment;
  if (who.kind === 'name') return { speaker: speakers.speaker(who.name, who.role), printed: 'full' };
  if (who.kind === 'surname') return { speaker: speakers.bySurname(who.surname), printed: 'short' };
  // "said the Ambassador": the person with that role, else the one the text last named.
  if (who.kind === 'role')
    return {
      speaker: speakers.byRole(who.role) ?? speakers.named(textBefore) ?? speakers.last,
      printed: 'full',
    };
  // In the author's sentence: the person this paragraph names, else the one quoted last.
  return { speaker: speakers.named(textBefore) ?? speakers.last, printed: 'none' };
}

/** "auto" where the house style's first-full-then-short prints the name as the page did; else the form printed. */
function settleReferences(quotes: { attrs: QuoteAttrs; printed: 'full' | 'short' | 'none' }[]): void {
  const settled: QuoteAttrs[] = [];
  for (const quote of quotes) {
    if (quote.printed !== 'none') {
      const [auto] = resolveReferences([...settled, { ...quote.attrs, reference: 'auto' }]).slice(-1);
      quote.attrs.reference = auto === quote.printed ? 'auto' : quote.printed;
    }
    settled.push(quote.attrs);
  }
}
