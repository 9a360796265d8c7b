import { emptyContent, type ReleaseContent } from '../../../../common/model/release';
import { fitContent } from './fit';
import { shift } from './marks';
import type { Taxonomies } from '../../../../common/model/taxonomy';
import type { Language, ReleaseType } from '../../../../common/model/vocab';
import { buildBody, type Block } from './body';
import { placeName, readDateline, readPrintedDate, withYear } from './dateline';
import { EMBARGO_LINE, readEmbargo } from './embargo';
import { detectLanguage } from './language';
import { linesOf, squash, unbullet, type Line } from './lines';
import { emptyReport, type ImportField, type ImportReport } from '../../../../common/model/importReport';
import {
  DATE_HEADER,
  END_MARK,
  FURNITURE,
  MAIL_HEADER,
  SUBJECT_HEADER,
  readContacts,
  sectionOf,
  type Section,
} from './sections';
import { issuerCoverage, issuersNamedIn, mapFieldsOfWork, mapIssuers, splitList } from './taxonomy';
import { TYPE_LABELS } from './vocabulary';

/** What other readers (an e-mail's headers, front matter) already know, used where the text is silent. */
export interface Hints {
  headline?: string;
  subheading?: string;
  lead?: string;
  type?: ReleaseType;
  /** Metadata another system recorded (front matter): read like a page's labels. */
  labels?: Partial<Record<'date' | 'place' | 'issuers' | 'fieldsOfWork' | 'countries', string>>;
  /** The headline and labels come from a system's own record (front matter), not a guess. */
  fromMetadata?: boolean;
  /** Who sent the e-mail ("OSCE Mission to Serbia <press@…>"): names the issuer when no label does. */
  sender?: string;
  /** YYYY-MM-DD: an e-mail's sending date gives a yearless dateline its year, never the release's date. */
  sentOn?: string;
  language?: Language;
}

export interface Recognised {
  content: ReleaseContent;
  report: ImportReport;
}

/** The labels of a published page's metadata, in English, French and Russian (and the others). */
const LABELS: { pattern: RegExp; field: 'date' | 'place' | 'issuers' | 'fieldsOfWork' | 'countries' | 'type' }[] = [
  {
    pattern:
      /^(?:date|issued on|published|publié le|date de publication|дата|дата публикации|datum|data|fecha)\s*:\s*(.*)$/iu,
    field: 'date',
  },
  { pattern: /^(?:place|location|lieu|место|ort|luogo|lugar)\s*:\s*(.*)$/iu, field: 'place' },
  {
    pattern:
      /^(?:source|issued by|publié par|source de l[’']information|источник|опубликовано|herausgeber|quelle|fonte|pubblicato da|fuente|publicado por)\s*:\s*(.*)$/iu,
    field: 'issuers',
  },
  {
    pattern:
      /^(?:fields? of work|domaines? d[’']activité|thèmes?|направления деятельности|направление деятельности|tätigkeitsbereiche?|settori di attività|ámbitos de trabajo|áreas de trabajo)\s*:\s*(.*)$/iu,
    field: 'fieldsOfWork',
  },
  { pattern: /^(?:countries|country|pays|страны|страна|länder|paesi|países)\s*:\s*(.*)$/iu, field: 'countries' },
];

function typeOfLabel(text: string): ReleaseType | undefined {
  // "DRAFT PRESS RELEASE – for approval", "**PRESS RELEASE**": the label with what surrounds it.
  const label = text
    .trim()
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    .toLocaleLowerCase()
    .replace(/^(?:draft|projet de|entwurf|проект|bozza|borrador)\s+/u, '')
    .replace(/\s+[-–—:]\s+.*$/u, '')
    .replace(/[:.]$/u, '');
  return (Object.keys(TYPE_LABELS) as ReleaseType[]).find((type) => TYPE_LABELS[type].includes(label));
}

class Reading {
  readonly report: ImportReport;
  constructor(readAs: string) {
    this.report = emptyReport(readAs);
  }
  source(field: ImportField, from: string, text: string): void {
    this.report.sources.push({ field, from, text });
  }
  aside(text: string, reason: string): void {
    if (text.trim()) this.report.setAside.push({ text: text.trim(), reason });
  }
  warn(message: string): void {
    if (!this.report.warnings.includes(message)) this.report.warnings.push(message);
  }
}

/** The site's menu above the item: everything before the type label, when it is a run of list items. */
function skipMenu(lines: Line[], reading: Reading): { lines: Line[]; type?: ReleaseType; typeLine?: Line } {
  const limit = Math.min(lines.length, 600);
  for (let i = 0; i < limit; i++) {
    const type = typeOfLabel(lines[i]!.text);
    if (!type) continue;
    const before = lines.slice(0, i).filter((line) => line.text);
    const bullets = before.filter((line) => unbullet(line.text).bullet).length;
    // A headline or a letterhead may stand above the label: those few lines are the item's own.
    if (before.length <= 3) return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], type, typeLine: lines[i] };
    if (bullets / before.length > 0.6) {
      for (const line of before) reading.aside(line.text, 'the site’s menu');
      return { lines: lines.slice(i + 1), type, typeLine: lines[i] };
    }
  }
  return { lines };
}

/** E-mail headers, release instructions and end marks: set aside, with what they tell. */
function skipFurniture(
  lines: Line[],
  reading: Reading,
  hints: Hints,
): { lines: Line[]; subject?: string; sentOn?: string; embargo?: string; senders: string[] } {
  const kept: Line[] = [];
  const senders: string[] = [];
  let subject: string | undefined;
  let sentOn = hints.sentOn;
  let embargo: string | undefined;
  let headerSeen = false;
  let sinceHeader = 0;
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    // What the forwarder wrote above a forwarded message is theirs, not the release's.
    const forwarded =
      /forwarded message|original message|message transféré|weitergeleitete nachricht|пересылаемое сообщение|messaggio inoltrato|mensaje reenviado|begin forwarded message/iu.test(
        text,
      );
    if (forwarded && kept.length > 0 && kept.length <= 12) {
      for (const line of kept.splice(0)) reading.aside(line.text, 'a note from whoever forwarded it');
    }
    const furniture = FURNITURE.find(({ pattern }) => pattern.test(text));
    // In an e-mail, sentences above "FOR IMMEDIATE RELEASE" are the sender's covering note ("Hi all, final text below.").
    if (furniture?.reason === 'a release instruction' && (headerSeen || hints.sentOn)) {
      const note = kept.slice(sinceHeader);
      const words = note.map((line) => line.text).join(' ');
      if (note.length > 0 && note.length <= 8 && /[.!?](?:\s|$)/u.test(words) && words.split(/\s+/u).length >= 6)
        for (const line of kept.splice(sinceHeader)) reading.aside(line.text, 'a covering note from the sender');
    }
    if (furniture && !END_MARK.test(text)) {
      reading.aside(text, furniture.reason);
      continue;
    }
    // A run of two or more header lines ("From:", "Sent:", "Subject:") is a forwarded e-mail's header.
    const header =
      MAIL_HEADER.test(text) &&
      (MAIL_HEADER.test(lines[i + 1]?.text ?? '') || MAIL_HEADER.test(lines[i - 1]?.text ?? ''));
    if (header) {
      headerSeen = true;
      sinceHeader = kept.length;
      reading.aside(text, 'an e-mail header');
      const from = /^(?:from|de|von|от|da)\s?:\s*(.+)$/iu.exec(text)?.[1];
      if (from) senders.push(from);
      subject ??= SUBJECT_HEADER.exec(text)?.[1]?.replace(/^(?:(?:fw|fwd|tr|wg|re|aw|ris|rv|пер|отв)\s*:\s*)+/iu, '');
      const sent = DATE_HEADER.exec(text)?.[1];
      if (sent && !sentOn) {
        const read = readPrintedDate(
          sent.replace(/\d{1,2}:\d{2}(?::\d{2})?.*$/u, '').replace(/^\p{L}+,\s*/u, ''),
          undefined,
          true,
        );
        if (read && 'date' in read) sentOn = read.date;
      }
      continue;
    }
    const embargoed = EMBARGO_LINE.exec(text);
    if (embargoed && !embargo) {
      embargo = text;
      continue;
    }
    kept.push(lines[i]!);
  }
  return { lines: kept, subject, sentOn, embargo, senders };
}

/** Paragraphs: one per line in page text; in e-mail text, lines wrapped at 72 columns are joined. */
function paragraphs(lines: Line[]): Line[] {
  const nonEmpty = lines.filter((line) => line.text).length;
  const blanks = lines.length - nonEmpty;
  if (blanks < nonEmpty * 0.3) return lines.filter((line) => line.text);
  const joined: Line[] = [];
  let current: Line | undefined;
  let lastLength = 0;
  let gap = false;
  for (const line of lines) {
    if (!line.text) {
      current = undefined;
      gap = joined.length > 0;
      continue;
    }
    const length = lastLength;
    lastLength = line.text.length;
    // A list item or a short title line stands alone.
    const alone = unbullet(line.text).bullet || /^\d+[.)]\s/u.test(line.text);
    // Wrapped prose runs to the margin; a short line (a name, a phone, an address) ends where it is.
    const wrapped = current !== undefined && length >= 50;
    if (current && !alone && wrapped && !unbullet(current.text).bullet) {
      const offset = current.text.length + 1;
      if (line.marks)
        current.marks = [
          ...(current.marks ?? []),
          ...line.marks.map((m) => ({ ...m, from: m.from + offset, to: m.to + offset })),
        ];
      current.text += ` ${line.text}`;
    } else {
      joined.push((current = { ...line, ...(gap ? { gap } : {}) }));
    }
    gap = false;
  }
  return joined;
}

export interface RecogniseOptions {
  taxonomies: Taxonomies;
  readAs: string;
  hints?: Hints;
  now?: Date;
}

/** A release recognised in text: a page's words, an e-mail, a document's paragraphs. */
export function recogniseText(text: string, options: RecogniseOptions): Recognised {
  const reading = new Reading(options.readAs);
  const hints = options.hints ?? {};
  const content = emptyContent();
  const menu = skipMenu(linesOf(text), reading);
  const furniture = skipFurniture(menu.lines, reading, hints);
  let lines = paragraphs(furniture.lines);

  // Contacts printed above everything ("MEDIA CONTACT:" and its lines, up to the next blank line).
  const topContacts: string[] = [];
  const top = lines[0] ? sectionOf(lines[0].text) : undefined;
  if (top?.section === 'contacts' && lines.length > 2) {
    reading.aside(lines[0]!.text.replace(top.rest, ''), 'the heading of the media contacts');
    if (top.rest) topContacts.push(top.rest);
    let next = 1;
    while (next < lines.length && !lines[next]!.gap && next < 12) topContacts.push(lines[next++]!.text);
    lines = lines.slice(next);
  }

  // A letterhead above the headline names the sender: "OSCE Mission to Serbia", "Press and Public Information".
  const letterhead: string[] = [];
  while (lines.length > 1 && isLetterhead(lines[0]!.text, options.taxonomies)) {
    letterhead.push(lines[0]!.text);
    reading.aside(lines[0]!.text, 'the letterhead');
    lines = lines.slice(1);
  }

  // The type: the page's label, an "ADVISORY" line, or what the text looks like.
  let type = menu.type;
  if (menu.typeLine) reading.source('type', 'the page’s label', menu.typeLine.text);
  if (!type && lines[0] && typeOfLabel(lines[0].text)) {
    type = typeOfLabel(lines[0].text);
    reading.source('type', 'the first line', lines[0].text);
    lines = lines.slice(1);
  }

  // The labelled metadata: "- Date:", "- Place:" with their values on the lines below, possibly empty.
  const labelled: Partial<Record<(typeof LABELS)[number]['field'], string>> = {};
  const remaining: Line[] = [];
  let current: (typeof LABELS)[number]['field'] | undefined;
  for (const line of lines) {
    const { text, bullet } = unbullet(line.text);
    const label = LABELS.find(({ pattern }) => pattern.test(text));
    if (label && text.length < 120) {
      current = label.field;
      const value = label.pattern.exec(text)![1]!.trim();
      reading.aside(text.replace(value, ''), 'a label of the page');
      if (value) labelled[current] = labelled[current] ? `${labelled[current]}, ${value}` : value;
      if (value) reading.source(current, `the ${text.split(':')[0]}: label`, value);
      continue;
    }
    if (current && bullet) {
      labelled[current] = labelled[current] ? `${labelled[current]}, ${text}` : text;
      reading.source(current, 'a label of the page', text);
      continue;
    }
    current = undefined;
    remaining.push(line);
  }
  lines = remaining;
  for (const [field, value] of Object.entries(hints.labels ?? {}) as [keyof typeof labelled, string][]) {
    if (!value || labelled[field]) continue;
    labelled[field] = value;
    reading.source(field, `the front matter’s ${field}`, value);
  }

  // The headline: the front matter's, the line after the type label, or the subject, or the first line.
  if (hints.headline && hints.fromMetadata) {
    content.headline = squash(hints.headline);
    reading.source('headline', 'the front matter’s title', hints.headline);
    // The body may repeat it as its first heading.
    if (lines[0] && squash(lines[0].text.replace(/^#+\s*/u, '')) === content.headline) lines = lines.slice(1);
  }
  const first = content.headline ? undefined : lines[0];
  // A dateline paragraph or a long one is the body's start, not a headline.
  const headlineLike = first && first.text.length < 300 && !readDateline(first.text, hints.language);
  // With a subject line too, the first line wins when it reads as a title: short, no full stop or comma at its end.
  const titleLike = first !== undefined && first.text.length < 200 && !/[.,;:]$/u.test(first.text);
  if (first && headlineLike && (menu.type || !hints.headline || titleLike)) {
    content.headline = squash(unbullet(first.text).text.replace(/^#+\s*/u, ''));
    reading.source('headline', menu.type ? 'the line under the type label' : 'the first line', first.text);
    lines = lines.slice(1);
  } else if (!content.headline && (hints.headline ?? furniture.subject)) {
    content.headline = (hints.headline ?? furniture.subject)!;
    reading.source('headline', 'the subject line', content.headline);
  }

  // A Markdown "## " line right under the headline is its subheading.
  if (content.headline && lines[0] && /^##\s+/u.test(lines[0].text) && !hints.subheading) {
    content.subheading = squash(lines[0].text.replace(/^##\s+/u, ''));
    reading.source('subheading', 'the “## ” line under the headline', lines[0].text);
    lines = lines.slice(1);
  }
  // Lines under the headline that give metadata: a type label, a byline naming the structure, "12 May 2026 | Mission | Field".
  while (lines.length > 1) {
    const text = lines[0]!.text;
    if (typeOfLabel(text) && !type) {
      type = typeOfLabel(text);
      reading.source('type', 'a label under the headline', text);
    } else if (readMetaLine(text, labelled, options.taxonomies)) {
      reading.aside(text, 'the line of metadata (read into the fields)');
    } else if (isLetterhead(text, options.taxonomies)) {
      letterhead.push(text);
      reading.aside(text, 'the byline');
    } else break;
    lines = lines.slice(1);
  }

  // The tail: notes to editors, the "About" text and the contacts, after an end mark or their heading.
  const sections: Record<Section, string[]> = { notes: [], about: [], contacts: [...topContacts] };
  const body: Line[] = [];
  let section: Section | undefined;
  let ended = false;
  for (const line of lines) {
    if (END_MARK.test(line.text)) {
      reading.aside(line.text, 'an end mark');
      ended = true;
      section = undefined;
      continue;
    }
    const start = sectionOf(line.text);
    if (start) {
      section = start.section;
      if (start.rest) sections[section].push(start.rest);
      reading.aside(
        line.text.replace(start.rest, ''),
        `the heading of the ${section === 'notes' ? 'notes to editors' : section === 'about' ? '“About” text' : 'media contacts'}`,
      );
      continue;
    }
    if (section) sections[section].push(line.text);
    else if (ended) sections.notes.push(line.text);
    else body.push(line);
  }

  // A news item's summary stands between the headline and the labels, and the body repeats it.
  const language = hints.language ?? detectLanguage(body.map((line) => line.text).join('\n')).language;
  content.language = language;
  if (type === 'news-item' && body.length > 1 && menu.type && !hints.lead) {
    const summary = body[0]!;
    content.lead = squash(summary.text);
    reading.source('lead', 'the summary under the headline', summary.text);
    // The page prints the summary again as the body's first paragraph: it stays there.
    if (squash(body[1]!.text) === content.lead) body.shift();
  } else if (
    menu.type &&
    body.length > 1 &&
    !readDateline(body[0]!.text, language) &&
    readDateline(body[1]!.text, language)
  ) {
    content.subheading = squash(body.shift()!.text);
    reading.source('subheading', 'the line under the headline', content.subheading);
  }

  // A summary the front matter or the page's markup names is the lead: it also gives a news item its place.
  if (hints.lead && !content.lead) {
    content.lead = squash(hints.lead);
    reading.source('lead', hints.fromMetadata ? 'the front matter' : 'the page’s summary', hints.lead);
  }

  // The dateline opens the first paragraph of a press release: it gives the place and the date.
  const year = Number((furniture.sentOn ?? '').slice(0, 4)) || undefined;
  const opening = body.findIndex((line, i) => i < 3 && readDateline(line.text, language));
  const dateline = opening >= 0 ? readDateline(body[opening]!.text, language) : undefined;
  const embargo = furniture.embargo
    ? readEmbargo(EMBARGO_LINE.exec(furniture.embargo)![1]!, language, year)
    : undefined;
  if (furniture.embargo) {
    if (embargo) {
      content.embargo = embargo;
      reading.source('embargo', 'the embargo line', furniture.embargo);
    } else {
      reading.aside(furniture.embargo, 'an embargo line whose date or time could not be read');
      reading.warn(`The embargo line could not be read: “${furniture.embargo}”. Set the embargo by hand.`);
    }
  }
  if (dateline) {
    content.place = dateline.place;
    content.date =
      dateline.date ||
      withYear(
        dateline.yearless!,
        Number(embargo?.date.slice(0, 4)) || year || (options.now ?? new Date()).getFullYear(),
      );
    if (!dateline.date)
      reading.warn(
        `The dateline gives no year; ${content.date.slice(0, 4)} was taken from ${embargo ? 'the embargo' : year ? 'the e-mail’s date' : 'today'}.`,
      );
    reading.source('place', 'the dateline', dateline.printed);
    reading.source('date', 'the dateline', dateline.printed);
    const opened = body[opening]!;
    body[opening] = {
      ...opened,
      text: dateline.rest,
      marks: shift(opened.marks, opened.text.length - dateline.rest.length),
    };
  }
  if (labelled.place && !content.place) content.place = labelled.place.split(',')[0]!.trim();
  if (
    labelled.place &&
    content.place.toLocaleLowerCase() !== labelled.place.split(',')[0]!.trim().toLocaleLowerCase() &&
    dateline
  )
    reading.warn(
      `The Place label says “${labelled.place}” and the dateline “${dateline.place}”: the dateline was taken.`,
    );
  if (content.place && content.place === content.place.toLocaleUpperCase(language))
    content.place = placeName(content.place, language);
  const labelDate = labelled.date ? readPrintedDate(labelled.date, language, true) : undefined;
  if (labelDate && 'date' in labelDate) {
    if (!content.date) content.date = labelDate.date;
    else if (content.date !== labelDate.date)
      reading.warn(`The Date label says ${labelDate.date} and the dateline ${content.date}: the dateline was taken.`);
  }
  if (!content.date) fromLead(content, body, reading, language);
  if (!content.place && !dateline) placeFromLead(content, body, reading, options.taxonomies);

  type ??= hints.type;
  if (hints.subheading && !content.subheading) {
    content.subheading = squash(hints.subheading);
    reading.source('subheading', 'the front matter', hints.subheading);
  }
  content.type =
    type ??
    (dateline
      ? 'press-release'
      : /^statement\b|^déclaration\b|^заявление\b/iu.test(content.headline)
        ? 'statement'
        : 'news-item');
  if (!type)
    reading.source('type', dateline ? 'the dateline (press releases open with one)' : 'the absence of a dateline', '');

  // Issuers and fields of work, onto the taxonomy; countries kept as written.
  // No label names the issuer: the sender does (the letterhead, the e-mail's sender, the innermost forwarded
  // one, the "About" heading, a contact's role, the headline, the first paragraph), the first that names one.
  if (!labelled.issuers) {
    const candidates = [
      ...letterhead,
      hints.sender ?? '',
      ...[...furniture.senders].reverse(),
      ...reading.report.setAside.filter((entry) => entry.reason.includes('“About”')).map((entry) => entry.text),
      ...sections.contacts,
      content.headline,
      body[0]?.text ?? '',
    ];
    for (const candidate of candidates) {
      const named = candidate ? issuersNamedIn(candidate, options.taxonomies) : [];
      if (named.length === 0) continue;
      content.issuers = named;
      reading.source('issuers', 'the sender named in the text', candidate);
      break;
    }
  }
  if (labelled.issuers) {
    const issuers = mapIssuers(splitList(labelled.issuers), options.taxonomies);
    content.issuers = issuers.known;
    for (const name of issuers.unknown) reading.warn(`“${name}” is not in the list of structures: kept as written.`);
  }
  if (labelled.fieldsOfWork) {
    const fields = mapFieldsOfWork(splitList(labelled.fieldsOfWork), options.taxonomies);
    content.fieldsOfWork = fields.known;
    for (const name of fields.unknown) {
      reading.warn(`“${name}” is not a field of work Dateline knows: it was left out.`);
      reading.aside(name, 'a field of work not in the list');
    }
  }
  if (labelled.countries) content.countries = splitList(labelled.countries);

  const blocks: Block[] = body
    .map((line): Block => {
      // A list marker or "## " taken off the start: the formatting moves with the words.
      const marks = (text: string) => shift(line.marks, line.text.length - text.length);
      const item = unbullet(line.text);
      const heading = /^#{2,6}\s+(.*)$/u.exec(line.text);
      if (heading) return { kind: 'heading', text: heading[1]!, marks: marks(heading[1]!) };
      const ordered = /^(\d+)[.)]\s+(.*)$/u.exec(line.text);
      if (ordered) return { kind: 'item', ordered: true, text: ordered[2]!, marks: marks(ordered[2]!) };
      if (item.bullet) return { kind: 'item', ordered: false, text: item.text, marks: marks(item.text) };
      return { kind: 'paragraph', text: line.text, ...(line.marks ? { marks: line.marks } : {}) };
    })
    .filter((block) => block.text.trim() !== '');
  const built = buildBody(blocks, language);
  content.body = built.doc;
  content.speakers = built.speakers;
  for (const warning of built.warnings) reading.warn(warning);
  for (const entry of built.setAside) reading.aside(entry.text, entry.reason);

  content.notesToEditors = sections.notes.join('\n\n');
  content.boilerplate = sections.about.join('\n\n');
  const labels: string[] = [];
  const contacts = readContacts(sections.contacts, labels);
  for (const label of labels) reading.aside(label, 'a label in the media contacts');
  content.mediaContacts = contacts;
  if (sections.contacts.length > 0 && contacts.length === 0)
    content.notesToEditors = [content.notesToEditors, ...sections.contacts].filter(Boolean).join('\n\n');
  if (!content.headline) reading.warn('No headline was found: add one.');
  // A subject line or a page title not taken as the headline is said, not dropped.
  const title = hints.headline ?? furniture.subject;
  if (title && squash(title) !== content.headline)
    reading.aside(title, hints.fromMetadata ? 'the front matter’s title' : 'the e-mail’s subject or the page’s title');
  for (const warning of fitContent(content)) reading.warn(warning);
  return { content, report: reading.report };
}

/** "12 May 2026 | OSCE Mission to Moldova | Human rights": a page's linked metadata line, read as labels. */
function readMetaLine(text: string, labelled: Partial<Record<string, string>>, taxonomies: Taxonomies): boolean {
  const parts = text.split(/\s+[|·•]\s+/u).map((part) => part.trim());
  if (parts.length < 2) return false;
  const found: Record<string, string[]> = {};
  let read = 0;
  for (const part of parts) {
    const date = readPrintedDate(part, undefined, false);
    const field = mapFieldsOfWork([part], taxonomies).known[0];
    const issuer = issuersNamedIn(part, taxonomies)[0];
    const key = date && 'date' in date ? 'date' : issuer ? 'issuers' : field ? 'fieldsOfWork' : undefined;
    if (!key) continue;
    read++;
    (found[key] ??= []).push(key === 'date' ? part : key === 'issuers' ? issuer! : field!);
  }
  if (read < 2) return false;
  for (const [key, values] of Object.entries(found)) if (!labelled[key]) labelled[key] = values.join(', ');
  return true;
}

/** A short line that only names a structure or a press office: a letterhead, not a headline. */
function isLetterhead(text: string, taxonomies: Taxonomies): boolean {
  if (text.length > 120 || /[.!?]$/u.test(text)) return false;
  if (
    /^(?:press office|media office|press and public information(?: section| unit)?|press and media|communication and media relations|service de presse|пресс-служба|pressestelle|ufficio stampa|oficina de prensa)\b/iu.test(
      text,
    )
  )
    return true;
  // The line is the name (with perhaps a city or a unit): "OSCE Mission to Serbia — Belgrade", "OSZE-Vorsitz 2026 | Schweiz".
  const coverage = issuerCoverage(text, taxonomies);
  return coverage >= 0.6 || (coverage > 0 && /\s[|·]\s/u.test(text));
}

/** Words after "in" that name no town: the organisation, its structures, a country is still better than nothing. */
const NOT_PLACES = /^(?:OSCE|ОБСЕ|OSZE|the|The|Die|Der|La|Le)$/u;

/** A news item has no dateline: the town its first sentence names ("…a course in Dushanbe.", "…in Comrat this week"). */
function placeFromLead(content: ReleaseContent, body: Line[], reading: Reading, taxonomies: Taxonomies): void {
  const text = content.lead || body[0]?.text || '';
  const sentence = text.split(/(?<=[.!?])\s/u)[0] ?? '';
  const countries = new Set(taxonomies.participatingStates);
  for (const match of sentence.matchAll(
    /(?:^|\s)(?:in|à|en|в|во|a|nach)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/gu,
  )) {
    const place = match[1]!;
    if (NOT_PLACES.test(place.split(' ')[0]!) || countries.has(place)) continue;
    content.place = place;
    reading.source('place', content.lead ? 'the lead' : 'the first paragraph', match[0].trim());
    return;
  }
}

/** No dateline and no date label: the date (and place) the lead or first paragraph gives ("on 10 April 2019 in Bratislava"). */
function fromLead(content: ReleaseContent, body: Line[], reading: Reading, language: Language): void {
  const text = content.lead || body[0]?.text || '';
  const match =
    /(\d{1,2}(?:er)?\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4})(?:\s*(?:г\.|года))?(?:\s+(?:in|à|en|in|в|a)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?))?/u.exec(
      text,
    );
  if (!match) return;
  const read = readPrintedDate(match[1]!, language);
  if (!read || !('date' in read)) return;
  content.date = read.date;
  reading.source('date', content.lead ? 'the lead' : 'the first paragraph', match[0]);
  if (match[2] && !content.place) {
    content.place = match[2];
    reading.source('place', content.lead ? 'the lead' : 'the first paragraph', match[0]);
  }
}
