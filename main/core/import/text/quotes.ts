import type { Attribution } from '../../../../common/quotes';
import type { Language } from '../../../../common/model/vocab';
import { cleanRole, isPersonName, isRole, isSurname, withoutHonorifics } from './people';
import { PRONOUNS, saidPattern, storedVerb } from './verbs';

/** Who an attribution names, as printed: a full name, a surname, a pronoun or a role only. */
export type Who =
  | { kind: 'name'; name: string; role: string; honorific?: string }
  | { kind: 'surname'; surname: string }
  | { kind: 'role'; role: string }
  | { kind: 'pronoun' }
  /** The quote has no attribution of its own: the person the paragraph names speaks it. */
  | { kind: 'context' };

export interface QuoteSegment {
  kind: 'quote';
  words: string;
  /** Where the words start in the paragraph, for their formatting. */
  from: number;
  attribution: Attribution;
  who: Who;
  verb: string;
}

export type Segment = { kind: 'text'; text: string; from: number } | QuoteSegment;

const PAIRS: Record<string, string[]> = {
  '“': ['”', '"'],
  '"': ['"', '”'],
  '«': ['»'],
  '„': ['“', '”'],
  '‘': ['’'],
};

/** The first word of a role printed in lower case: "said the minister". */
const ROLE_WORD =
  /^(?:head|minister|director|ambassador|chair|chairperson|secretary|spokesperson|spokesman|spokeswoman|representative|president|co-ordinator|coordinator|commissioner|officer|ministre|directeur|directrice|chef|ambassadeur|porte-parole|министр|директор|глава|посол|руководитель|ministro|director|jefe|embajador|portavoz|minister|direktor|leiter|leiterin|botschafter|sprecher)\b/iu;

interface Span {
  start: number;
  end: number;
  inner: string;
}

/** The quoted passages of a paragraph, outermost only. */
function spans(text: string): Span[] {
  const found: Span[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    const closers = PAIRS[char];
    // A straight or curly single quote inside a word is an apostrophe.
    if (!closers || (char === '‘' && /\p{L}/u.test(text[at - 1] ?? ''))) {
      at++;
      continue;
    }
    let end = -1;
    for (let i = at + 1; i < text.length; i++) {
      if (closers.includes(text[i]!) && !(text[i] === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    found.push({ start: at, end: end + 1, inner: text.slice(at + 1, end) });
    at = end + 1;
  }
  return found;
}

/** The quoted words as stored: spaces and no-break spaces inside French marks trimmed. */
function wordsOf(inner: string, attribution: Attribution): string {
  const trimmed = inner.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/gu, '');
  // After or before its attribution the house style sets the comma or full stop itself.
  return attribution === 'inline' ? trimmed : trimmed.replace(/[.,;:]+$/u, '');
}

function whoOf(printed: string, role: string | undefined, language: Language): Who | undefined {
  const who = printed.trim();
  if (PRONOUNS[language].includes(who.toLocaleLowerCase(language))) return { kind: 'pronoun' };
  const bare = withoutHonorifics(who.replace(/\u2024/gu, '.'));
  const honorific = bare !== who ? who.slice(0, who.length - bare.length).trim() : undefined;
  if (isPersonName(bare))
    return { kind: 'name', name: bare, role: role ? cleanRole(role) : '', ...(honorific ? { honorific } : {}) };
  if (isSurname(bare)) return { kind: 'surname', surname: bare };
  // "Deputy Minister Jane Doe", "заместитель председателя Фаррух Назаров": a title printed before the name.
  const words = bare.split(/\s+/u);
  for (let take = Math.min(4, words.length - 1); take >= 2; take--) {
    const name = words.slice(-take).join(' ');
    if (!isPersonName(name)) continue;
    const title = words.slice(0, -take).join(' ');
    if (role)
      return { kind: 'name', name, role: cleanRole(role), honorific: [honorific, title].filter(Boolean).join(' ') };
    return { kind: 'name', name, role: cleanRole(title), ...(honorific ? { honorific } : {}) };
  }
  // "Name, Role" printed as one stretch.
  const [first, ...rest] = who.split(/,\s*/u);
  if (first && rest.length > 0 && isPersonName(withoutHonorifics(first)))
    return { kind: 'name', name: withoutHonorifics(first), role: cleanRole(rest.join(', ')) };
  const printedRole = cleanRole(who);
  if (printedRole.split(/\s+/u).length <= 12 && (isRole(who) || ROLE_WORD.test(printedRole)))
    return { kind: 'role', role: printedRole };
  return undefined;
}

interface Attributed {
  who: Who;
  verb: string;
  /** How many characters of the text after (or before) the quote the attribution takes. */
  length: number;
  /** The attribution stays in the text (a pronoun): the quote is then inline. */
  kept: boolean;
}

/** "…,” said Name, Role." / "…,” Name said." / "…,” he said." right after a quote. */
/** "Dr. Jane Doe": the full stop of an abbreviated title does not end the attribution. */
function withoutTitleStops(text: string): string {
  return text.replace(/(?<![\p{L}])(Dr|Mr|Mrs|Ms|Prof|St|Mme|Sr|Sra|Dott)\./gu, '$1\u2024');
}

function attributionAfter(rawAfter: string, language: Language): Attributed | undefined {
  // One-dot leader in place of the title's full stop: the same length, so positions hold.
  const after = withoutTitleStops(rawAfter);
  const said = saidPattern(language);
  const end = String.raw`(?:[.!]|,(?=\s)|$)`;
  const verbFirst = new RegExp(
    String.raw`^[\s,—–-]*(${said})\s+([^.,;:!?“”«»„"]+?)(?:,\s+([^.;:!?“”«»„"]+?))?\s*${end}`,
    'u',
  );
  const whoFirst = new RegExp(String.raw`^[\s,—–-]*([^.,;:!?“”«»„"]+?)\s+(${said})\s*${end}`, 'u');
  // French puts the pronoun inside the verb: "», a-t-il déclaré."
  const inverted = /-t-(?:il|elle)\b/u;
  const first = verbFirst.exec(after);
  if (first) {
    if (inverted.test(first[1]!)) return undefined;
    const who = whoOf(first[2]!, first[3], language);
    if (who)
      return { who, verb: storedVerb(first[1]!, language), length: first[0].length, kept: who.kind === 'pronoun' };
  }
  const pronounVerb = new RegExp(String.raw`^[\s,—–-]*(${said})\s*${end}`, 'u').exec(after);
  if (pronounVerb && inverted.test(pronounVerb[1]!))
    return {
      who: { kind: 'pronoun' },
      verb: storedVerb(pronounVerb[1]!, language),
      length: pronounVerb[0].length,
      kept: true,
    };
  const second = whoFirst.exec(after);
  if (second) {
    const who = whoOf(second[1]!, undefined, language);
    if (who)
      return { who, verb: storedVerb(second[2]!, language), length: second[0].length, kept: who.kind === 'pronoun' };
  }
  return undefined;
}

/** "Name, Role, said: “…”" / "Name said: “…”" right before a quote, from the start of its sentence. */
function attributionBefore(rawBefore: string, language: Language): Attributed | undefined {
  const before = withoutTitleStops(rawBefore);
  const said = saidPattern(language);
  const sentenceStart = Math.max(0, ...[...before.matchAll(/[.!?]\s+|[”»"]\s+/gu)].map((m) => m.index + m[0].length));
  const clause = before.slice(sentenceStart);
  const match = new RegExp(String.raw`^([^:“”«»„"]+?),?\s+(${said})\s*:\s*$`, 'u').exec(clause);
  if (!match) return undefined;
  // The speaker's name may follow words of the author's own ("Invited to the launch, Ms Jane Doe, …, said:"): those stay.
  const parts = match[1]!.split(/,\s*/u);
  for (let i = 0; i < parts.length; i++) {
    const who = whoOf(parts[i]!, parts.slice(i + 1).join(', ') || undefined, language);
    if (!who || who.kind === 'pronoun' || (who.kind === 'role' && i < parts.length - 1)) continue;
    const kept = parts.slice(0, i).join(', ');
    const start = kept ? clause.indexOf(parts[i]!, kept.length) : 0;
    return { who, verb: storedVerb(match[2]!, language), length: clause.length - start, kept: false };
  }
  return undefined;
}

/** A quote too short to be one, with no attribution: a title or a scare quote ("the “Helsinki spirit”"). */
function isScareQuote(inner: string): boolean {
  const words = inner.trim().split(/\s+/u).length;
  return words < 5 && !/[.!?…,]$/u.test(inner.trim());
}

/**
 * A paragraph as text and quotes: each quote with its attribution (after, before, or in the author's
 * own sentence) and who it names. An attribution the house style prints again is taken out of the text.
 */
export function splitQuotes(paragraph: string, language: Language): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans(paragraph)) {
    if (span.start < cursor) continue;
    const before = paragraph.slice(cursor, span.start);
    const after = paragraph.slice(span.end);
    const afterAttribution = attributionAfter(after, language);
    const beforeAttribution = afterAttribution ? undefined : attributionBefore(before, language);
    if (!afterAttribution && !beforeAttribution && isScareQuote(span.inner)) continue;
    let text = before;
    let next = span.end;
    let quote: QuoteSegment;
    const from = span.start + 1 + (span.inner.length - span.inner.replace(/^[\s\u00a0\u202f]+/u, '').length);
    if (afterAttribution && !afterAttribution.kept) {
      quote = {
        kind: 'quote',
        words: wordsOf(span.inner, 'after'),
        from,
        attribution: 'after',
        who: afterAttribution.who,
        verb: afterAttribution.verb,
      };
      next = span.end + afterAttribution.length;
    } else if (beforeAttribution) {
      text = before.slice(0, before.length - beforeAttribution.length);
      quote = {
        kind: 'quote',
        words: wordsOf(span.inner, 'before'),
        from,
        attribution: 'before',
        who: beforeAttribution.who,
        verb: beforeAttribution.verb,
      };
    } else {
      quote = {
        kind: 'quote',
        words: wordsOf(span.inner, 'inline'),
        from,
        attribution: 'inline',
        who: afterAttribution ? { kind: 'pronoun' } : { kind: 'context' },
        verb: '',
      };
    }
    if (text) segments.push({ kind: 'text', text, from: cursor });
    segments.push(quote);
    cursor = next;
  }
  const rest = paragraph.slice(cursor);
  if (rest) segments.push({ kind: 'text', text: rest, from: cursor });
  return mergeText(segments);
}

/** Text pieces next to each other (a scare quote passed over) become one. */
function mergeText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    // Only pieces that stood side by side: their formatting is read from where they stood.
    if (segment.kind === 'text' && last?.kind === 'text' && last.from + last.text.length === segment.from)
      last.text += segment.text;
    else merged.push(segment.kind === 'text' ? { ...segment } : segment);
  }
  return merged;
}
