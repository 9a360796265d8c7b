import type { Language } from './vocab';

/** Someone quoted in a release. */
export interface Speaker {
  id: string;
  /** Full name as introduced: "Dragan Mektić". */
  name: string;
  /** How later references name them: "Mektić". */
  shortName: string;
  /** "Minister of Security of Bosnia and Herzegovina". */
  role: string;
}

/** Where the attribution stands: after the words, before them, or in the author's own sentence. */
export type Attribution = 'after' | 'before' | 'inline';
/** Whether the speaker is named in full; `auto` names them in full the first time only. */
export type Reference = 'auto' | 'full' | 'short';

export interface QuoteAttrs {
  speakerId: string;
  attribution: Attribution;
  reference: Reference;
  /** The attribution verb, when not the language's default ("asked", "added", "заявила"). */
  verb: string;
}

export const DEFAULT_QUOTE_ATTRS: QuoteAttrs = { speakerId: '', attribution: 'after', reference: 'auto', verb: '' };

interface QuoteStyle {
  open: string;
  close: string;
  verb: string;
  /** English keeps the comma or full stop inside the closing mark. */
  punctuationInside: boolean;
  colon: string;
}

const NNBSP = '\u202f';

/** Each language's quotation marks and default verb. */
export const QUOTE_STYLES: Record<Language, QuoteStyle> = {
  en: { open: '“', close: '”', verb: 'said', punctuationInside: true, colon: ':' },
  fr: { open: `«${NNBSP}`, close: `${NNBSP}»`, verb: 'a déclaré', punctuationInside: false, colon: `${NNBSP}:` },
  de: { open: '„', close: '“', verb: 'sagte', punctuationInside: false, colon: ':' },
  it: { open: '«', close: '»', verb: 'ha dichiarato', punctuationInside: false, colon: ':' },
  ru: { open: '«', close: '»', verb: 'заявил', punctuationInside: false, colon: ':' },
  es: { open: '«', close: '»', verb: 'dijo', punctuationInside: false, colon: ':' },
};

/** The short name people are usually referred to by: the last word of the full name. */
export function defaultShortName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? '';
}

/**
 * For each quote in document order, whether it names its speaker in full.
 * A speaker counts as introduced once quoted in full, or in the author's own sentence.
 */
export function resolveReferences(quotes: readonly Pick<QuoteAttrs, 'speakerId' | 'attribution' | 'reference'>[]): ('full' | 'short')[] {
  const introduced = new Set<string>();
  return quotes.map(({ speakerId, attribution, reference }) => {
    const form = reference === 'auto' ? (introduced.has(speakerId) ? 'short' : 'full') : reference;
    if (attribution === 'inline' || form === 'full' || reference === 'short') introduced.add(speakerId);
    return form;
  });
}

/** The pieces a renderer prints around and after the quoted words, for one quote. */
export interface QuoteParts {
  /** Printed before the opening mark, e.g. "Bruce Berton, Head of Mission, said: ". */
  lead: string;
  open: string;
  words: string;
  close: string;
  /** Printed after the closing mark, e.g. " said Mektić." */
  tail: string;
}

const QUOTE_CHARS = /^["'“”„«»‹›\s]+|["'“”„«»‹›\s]+$/g;

/** Splits the words from the punctuation the house style places itself. */
function trimWords(words: string): { core: string; ending: string } {
  const bare = words.replace(QUOTE_CHARS, '');
  const match = /([?!…]+)$/.exec(bare);
  if (match) return { core: bare, ending: match[1]! };
  return { core: bare.replace(/[.,;:\s]+$/, ''), ending: '' };
}

function who(speaker: Speaker | undefined, form: 'full' | 'short'): string {
  if (!speaker) return '[speaker]';
  if (form === 'short') return speaker.shortName || defaultShortName(speaker.name);
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/**
 * Lays out one quote in house style: “…,” said Name, Role. / Name, Role, said: “….”
 * The marks and the comma or full stop come from here, never from typing.
 */
export function quoteParts(
  words: string,
  attrs: QuoteAttrs,
  speaker: Speaker | undefined,
  form: 'full' | 'short',
  language: Language,
): QuoteParts {
  const style = QUOTE_STYLES[language];
  const verb = attrs.verb.trim() || style.verb;
  if (attrs.attribution === 'inline') {
    return { lead: '', open: style.open, words: words.replace(QUOTE_CHARS, ''), close: style.close, tail: '' };
  }
  const { core, ending } = trimWords(words);
  const name = who(speaker, form);
  if (attrs.attribution === 'after') {
    const comma = ending ? '' : ',';
    return style.punctuationInside
      ? { lead: '', open: style.open, words: core + ending + comma, close: style.close, tail: ` ${verb} ${name}.` }
      : { lead: '', open: style.open, words: core + ending, close: style.close, tail: `${comma} ${verb} ${name}.` };
  }
  const stop = ending ? '' : '.';
  const intro = form === 'full' && speaker?.role ? `${name}, ${verb}${style.colon} ` : `${name} ${verb}${style.colon} `;
  return style.punctuationInside
    ? { lead: intro, open: style.open, words: core + ending + stop, close: style.close, tail: '' }
    : { lead: intro, open: style.open, words: core + ending, close: style.close, tail: stop };
}

/** The quote as one string of house-style text. */
export function quoteText(parts: QuoteParts): string {
  return `${parts.lead}${parts.open}${parts.words}${parts.close}${parts.tail}`;
}
