import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import type { Attribution, Reference } from '../../common/quotes';
import { houseExtensions } from '../../common/schema/extensions';
import { LANGUAGES, RELEASE_TYPES } from '../../common/model/vocab';
import type { Doc, DocNode } from '../../common/model/doc';
import type { MediaContact, Release, Speaker } from '../../common/model/release';

/** A small seeded PRNG (mulberry32): the same seed always gives the same release. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  times<T>(min: number, max: number, make: (i: number) => T): T[] {
    return Array.from({ length: this.int(min, max) }, (_, i) => make(i));
  }
}

const NAMES = [
  'Dragan Mektić',
  'Ladislav Csémi',
  'Rasa Ostrauskaite',
  'Мария Иванова',
  'Сергей Петров-Водкин',
  'Zoë Ó Briain',
  'Jean-Luc d’Arnaud',
  'Anna *Star* Smith_Jones',
  'Li [Wei] <Chen>',
  '1. Number One',
  '# Hash Tag',
  'Van Der Auweraert',
];
const ROLES = [
  'Minister of Security of Bosnia and Herzegovina',
  'Head of the OSCE Mission to BiH',
  'Co-ordinator of OSCE Activities to Address Transnational Threats',
  'Directeur général',
  'Глава миссии',
  'Head of Unit | Policy & Co.',
  '',
];
const PLACES = [
  'Sarajevo',
  'Škofja Loka',
  'Bratislava',
  'Москва',
  'Saint-Étienne',
  'Vienna',
  "L'Aquila",
  'Den Haag',
  '',
];
const WORDS = [
  'the',
  'co-operation',
  'security',
  'OSCE',
  'participants',
  'Mektić',
  'Csémi',
  'Škofja',
  'Loka',
  'миграция',
  'безопасность',
  'coopération',
  'Sicherheit',
  'don’t',
  "it's",
  'e-mail',
  'etc.',
  '2017.',
  '1.',
  '10)',
  '-',
  '+',
  '*',
  '**',
  '_',
  '__init__',
  '[x]',
  '[link](https://x.org)',
  '![img](a.png)',
  '\\',
  '\\*',
  '`code`',
  '```',
  '<b>',
  '<br>',
  '<!-- note -->',
  '<https://osce.org>',
  '&amp;',
  '&#42;',
  'AT&T',
  '&',
  '<',
  '>',
  '|',
  '~',
  '~~',
  '~~~',
  '#',
  '##',
  '=',
  '==',
  '---',
  '***',
  '!',
  '"',
  '“',
  '”',
  '«',
  '»',
  '„',
  '‘',
  '?',
  '…',
  ':',
  ';',
  ',',
  '(',
  ')',
  '{',
  '$',
  '%',
  '@',
  'www.osce.org',
  'https://www.osce.org',
  'a_b_c',
  'x*y*z',
  '2+2=4',
  '😀',
  '🇦🇹',
  '--',
  '–',
  '—',
  '-->',
];
const SPACES = [' ', ' ', ' ', ' ', ' ', '  ', '\u00a0', '\u202f', '\t'];
const HREFS = [
  'https://www.osce.org/secretariat',
  'mailto:press@osce.org',
  'http://example.org/a_(b)?c=1&d=2',
  'https://example.org/with space',
  'https://example.org/ä/ö?q=«x»',
  'https://example.org/&amp;',
  'https://example.org/*star*_[x]',
  'https://example.org/<angle>',
  'https://example.org/back\\slash',
];
const VERBS = ['', '', '', 'asked', 'added', 'заявила', 'a souligné', 'said *firmly*', 'betonte'];
const ATTRIBUTIONS: Attribution[] = ['after', 'before', 'inline'];
const REFERENCES: Reference[] = ['auto', 'full', 'short'];
const ZONES = ['Europe/Vienna', 'Europe/Sarajevo', 'America/New_York', 'UTC'];

const LINK_DEFAULTS = { target: null, rel: 'noopener noreferrer', class: null, title: null };

type Mark = NonNullable<DocNode['marks']>[number];

class Generator {
  constructor(
    private readonly random: Random,
    private readonly speakerIds: string[],
  ) {}

  /** A few words, now and then with spaces at the edges. */
  phrase(min = 1, max = 6): string {
    const r = this.random;
    let text = r.times(min, max, () => r.pick(WORDS)).join(r.chance(0.8) ? ' ' : r.pick(SPACES));
    if (r.chance(0.1)) text = r.pick(SPACES) + text;
    if (r.chance(0.1)) text += r.pick(SPACES);
    if (r.chance(0.03)) text += '\n' + r.pick(WORDS);
    return text;
  }

  sentence(): string {
    const r = this.random;
    const text = r.times(3, 14, () => r.pick(WORDS.slice(0, 14))).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + r.pick(['.', '.', '!', '?', ':', '']);
  }

  link(): Mark {
    const r = this.random;
    const attrs: Record<string, unknown> = { href: r.pick(HREFS), ...LINK_DEFAULTS };
    if (r.chance(0.1)) attrs.title = r.pick(['OSCE', 'A "quoted" title', 'Tab\there & there']);
    if (r.chance(0.1)) attrs.rel = 'noopener noreferrer nofollow';
    if (r.chance(0.05)) attrs.target = '_blank';
    return { type: 'link', attrs };
  }

  marks(allowLink: boolean): Mark[] {
    const r = this.random;
    const marks: Mark[] = [];
    if (allowLink && r.chance(0.15)) marks.push(this.link());
    if (r.chance(0.25)) marks.push({ type: 'bold' });
    if (r.chance(0.25)) marks.push({ type: 'italic' });
    return marks;
  }

  text(text: string, marks: Mark[]): DocNode {
    return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
  }

  quote(): DocNode {
    const r = this.random;
    const attrs = {
      speakerId: r.chance(0.9) && this.speakerIds.length > 0 ? r.pick(this.speakerIds) : r.pick(['', 'ghost']),
      attribution: r.pick(ATTRIBUTIONS),
      reference: r.pick(REFERENCES),
      verb: r.pick(VERBS),
    };
    if (r.chance(0.05)) return { type: 'quote', attrs };
    const pieces: DocNode[] = [];
    if (r.chance(0.15)) pieces.push(this.text(r.pick(['"', '“', ' ', '« ', '„']), this.marks(false)));
    pieces.push(...r.times(1, 4, () => this.text(r.chance(0.5) ? this.sentence() : this.phrase(), this.marks(false))));
    if (r.chance(0.3))
      pieces.push(this.text(r.pick(['.', ',', '?', '!', '…', '."', '”', ' ', '.,;', '?!']), this.marks(false)));
    return { type: 'quote', attrs, content: pieces };
  }

  inline(allowQuotes: boolean): DocNode[] {
    const r = this.random;
    return r.times(0, 7, () => {
      const roll = r.next();
      if (roll < 0.12) return r.chance(0.2) ? { type: 'hardBreak', marks: this.marks(true) } : { type: 'hardBreak' };
      if (roll < 0.3 && allowQuotes) return this.quote();
      return this.text(r.chance(0.4) ? this.sentence() : this.phrase(), this.marks(true));
    });
  }

  paragraph(): DocNode {
    const content = this.inline(true);
    return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
  }

  heading(): DocNode {
    const content = this.inline(this.random.chance(0.3));
    const attrs = { level: this.random.pick([2, 3]) };
    return content.length > 0 ? { type: 'heading', attrs, content } : { type: 'heading', attrs };
  }

  list(depth: number): DocNode {
    const r = this.random;
    const items = r.times(1, 4, (): DocNode => {
      const content = [this.paragraph()];
      if (depth < 3 && r.chance(0.25)) content.push(this.list(depth + 1));
      if (r.chance(0.15)) content.push(r.chance(0.7) ? this.paragraph() : this.heading());
      if (depth < 3 && r.chance(0.1)) content.push(this.list(depth + 1));
      return { type: 'listItem', content };
    });
    if (r.chance(0.5)) return { type: 'bulletList', content: items };
    const start = r.pick([1, 1, 1, 0, 2, 3, 9, 10, 99, 123456789]);
    return { type: 'orderedList', attrs: { start, type: null }, content: items };
  }

  blocks(): DocNode[] {
    const r = this.random;
    return r.times(1, 10, () => {
      const roll = r.next();
      if (roll < 0.6) return this.paragraph();
      if (roll < 0.75) return this.heading();
      return this.list(1);
    });
  }
}

const schema = getSchema(houseExtensions());

/** The body as the editor stores it: text with equal marks merged, marks in order, every attribute set. */
export function asStored(body: Doc): Doc {
  return PMNode.fromJSON(schema, body).toJSON() as Doc;
}

function uuid(r: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

function day(r: Random): string {
  const d = new Date(Date.UTC(r.int(1995, 2035), r.int(0, 11), r.int(1, 28) + (r.chance(0.2) ? 3 : 0)));
  return d.toISOString().slice(0, 10);
}

/** Text for the long fields: several lines, sometimes with what YAML block scalars find hard. */
function longText(r: Random, g: Generator): string {
  if (r.chance(0.3)) return '';
  const lines = r.times(1, 5, () =>
    r.pick([
      g.sentence(),
      g.phrase(),
      '',
      '---',
      '...',
      '  indented line',
      'key: value # not a comment',
      '- a list?',
      'trailing spaces   ',
      '"quoted"',
      "'single'",
      '2017-09-20',
      'yes',
      '\ttab',
    ]),
  );
  return lines.join('\n') + r.pick(['', '', '\n', '\n\n']);
}

function speaker(r: Random, g: Generator, i: number): Speaker {
  const name = r.chance(0.05) ? '' : r.pick(NAMES);
  return {
    id: r.pick(['mektic', 'csemi', 'van-der-auweraert', 'speaker--x', '1', 'yes', 'ид']) + (i > 0 ? `-${i}` : ''),
    name,
    shortName: r.chance(0.3) ? '' : (name.split(' ').at(-1) ?? ''),
    role: r.chance(0.2) ? g.phrase(1, 3) : r.pick(ROLES),
  };
}

function contact(r: Random): MediaContact {
  return {
    name: r.pick(NAMES),
    role: r.pick(ROLES),
    email: r.pick(['press@osce.org', '', 'a.b@example.org']),
    phone: r.pick(['+43 1 514 36 6000', '', '0043-1-514']),
  };
}

/** A release as Dateline stores it, different for every seed and the same for the same seed. */
const HASH = (r: Random) => Array.from({ length: 64 }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
const stamp = (r: Random) => new Date(Date.UTC(2015, 0, 1) + r.int(0, 10 * 365 * 24 * 3600) * 1000).toISOString();

/** A workflow in any state, with approvals and history as the store writes them. */
function workflowOf(r: Random, g: Generator): Release['workflow'] {
  const state = r.pick(['draft', 'in-review', 'approved', 'published'] as const);
  const approval =
    state === 'approved' || state === 'published'
      ? { by: g.phrase(), at: stamp(r), comment: r.chance(0.5) ? g.sentence() : '', hash: HASH(r) }
      : null;
  const events = r.times(0, 3, () => ({
    action: r.pick(['submit', 'approve', 'reopen', 'publish', 'invalidate'] as const),
    at: stamp(r),
    by: g.phrase(),
    comment: r.chance(0.5) ? g.sentence() : '',
    ...(r.chance(0.5) ? { hash: HASH(r) } : {}),
    ...(r.chance(0.3) ? { files: [`/tmp/${g.phrase()}.html`] } : {}),
  }));
  return { state, approval, events };
}

export function generateRelease(seed: number): Release {
  const r = new Random(seed);
  const lean = r.chance(0.15);
  const probe = new Generator(r, []);
  const speakers = lean ? [] : r.times(0, 4, (i) => speaker(r, probe, i));
  const g = new Generator(
    r,
    speakers.map((s) => s.id),
  );
  const created = new Date(Date.UTC(2015, 0, 1) + r.int(0, 10 * 365 * 24 * 3600) * 1000);
  const updated = new Date(created.getTime() + r.int(0, 1e9));
  const body: Doc =
    lean && r.chance(0.5) ? { type: 'doc', content: [{ type: 'paragraph' }] } : { type: 'doc', content: g.blocks() };
  const id = uuid(r);
  return {
    schemaVersion: 3,
    id,
    familyId: r.chance(0.2) ? uuid(r) : id,
    workflow: workflowOf(r, g),
    revision: r.int(1, 500),
    type: r.pick(RELEASE_TYPES),
    language: r.pick(LANGUAGES),
    headline: lean ? '' : r.chance(0.2) ? g.phrase() : g.sentence(),
    subheading: lean || r.chance(0.5) ? '' : g.phrase(),
    lead: lean ? '' : r.chance(0.2) ? longText(r, g) : g.sentence(),
    date: lean || r.chance(0.1) ? '' : day(r),
    place: lean ? '' : r.pick(PLACES),
    issuers: lean
      ? []
      : r.times(0, 3, () =>
          r.pick(['OSCE Secretariat', 'OSCE Mission to Bosnia and Herzegovina', 'ODIHR', 'yes', '2019']),
        ),
    fieldsOfWork: lean
      ? []
      : r.times(0, 3, () => r.pick(['Policing', 'Border management', 'Migration', 'Gender equality'])),
    countries: lean ? [] : r.times(0, 2, () => r.pick(['Slovakia', 'Bosnia and Herzegovina', 'Norway', 'No'])),
    meetingType: lean || r.chance(0.6) ? '' : r.pick(['Seminar', 'Conference: annual', 'null']),
    embargo:
      lean || r.chance(0.6)
        ? null
        : {
            date: r.chance(0.1) ? '' : day(r),
            time: `${String(r.int(0, 23)).padStart(2, '0')}:${r.pick(['00', '30', '45'])}`,
            timeZone: r.pick(ZONES),
          },
    body: asStored(body),
    speakers,
    notesToEditors: lean ? '' : longText(r, g),
    mediaContacts: lean ? [] : r.times(0, 2, () => contact(r)),
    boilerplate: lean ? '' : longText(r, g),
    createdAt: created.toISOString(),
    updatedAt: updated.toISOString(),
  };
}

const DENSE = [
  'a',
  'b',
  ' ',
  '.',
  '*',
  '"',
  '“',
  '_',
  '\\',
  '-',
  '1',
  '<',
  '&',
  '\u00a0',
  'é',
  '😀',
  '[',
  ']',
  '!',
  '#',
];

/**
 * One paragraph or heading of short pieces, each with its own marks: emphasis, links and line
 * breaks set hard against punctuation, spaces and each other, where Markdown is least forgiving.
 */
export function generateDenseBody(seed: number): Doc {
  const r = new Random(seed);
  const links = ['https://x.org', 'mailto:a@b.c'].map((href) => ({ type: 'link', attrs: { href, ...LINK_DEFAULTS } }));
  const content = r.times(1, 8, (): DocNode => {
    const marks: Mark[] = [];
    if (r.chance(0.2)) marks.push(r.pick(links));
    if (r.chance(0.4)) marks.push({ type: 'bold' });
    if (r.chance(0.4)) marks.push({ type: 'italic' });
    const node: DocNode = r.chance(0.15)
      ? { type: 'hardBreak' }
      : { type: 'text', text: r.times(1, 3, () => r.pick(DENSE)).join('') };
    return marks.length > 0 ? { ...node, marks } : node;
  });
  const block = r.chance(0.2) ? { type: 'heading', attrs: { level: 2 }, content } : { type: 'paragraph', content };
  return asStored({ type: 'doc', content: [block] });
}
