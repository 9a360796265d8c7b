import type { Language } from './model/vocab';

import type { Speaker } from './model/release';

export type { Speaker };

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
  /** English keeps the comma after the words inside the closing mark. */
  commaInside: boolean;
  /** German keeps that comma even after a question or exclamation mark. */
  commaAfterEnding: boolean;
  /** Whether the full stop of a quote introduced with a colon stands inside the marks. */
  stopInside: boolean;
  /** Russian sets a dash between the quote and the attribution after it. */
  dash: string;
  colon: string;
}

const NNBSP = '\u202f';

/** Each language's quotation marks, punctuation and default verb. */
export const QUOTE_STYLES: Record<Language, QuoteStyle> = {
  en: {
    open: '“',
    close: '”',
    verb: 'said',
    commaInside: true,
    commaAfterEnding: false,
    stopInside: true,
    dash: '',
    colon: ':',
  },
  fr: {
    open: `«${NNBSP}`,
    close: `${NNBSP}»`,
    verb: 'a déclaré',
    commaInside: false,
    commaAfterEnding: false,
    stopInside: true,
    dash: '',
    colon: `${NNBSP}:`,
  },
  de: {
    open: '„',
    close: '“',
    verb: 'sagte',
    commaInside: false,
    commaAfterEnding: true,
    stopInside: true,
    dash: '',
    colon: ':',
  },
  it: {
    open: '«',
    close: '»',
    verb: 'ha dichiarato',
    commaInside: false,
    commaAfterEnding: false,
    stopInside: false,
    dash: '',
    colon: ':',
  },
  ru: {
    open: '«',
    close: '»',
    verb: 'заявил',
    commaInside: false,
    commaAfterEnding: false,
    stopInside: false,
    dash: ' —',
    colon: ':',
  },
  es: {
    open: '«',
    close: '»',
    verb: 'dijo',
    commaInside: false,
    commaAfterEnding: false,
    stopInside: false,
    dash: '',
    colon: ':',
  },
};

/** The short name people are usually referred to by: the last word of the full name. */
export function defaultShortName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? '';
}

/**
 * For each quote in document order, whether it names its speaker in full.
 * A speaker counts as introduced once quoted in full, or in the author's own sentence.
 */
export function resolveReferences(
  quotes: readonly Pick<QuoteAttrs, 'speakerId' | 'attribution' | 'reference'>[],
): ('full' | 'short')[] {
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

/** Quotation marks typed around the words: the renderer prints its own. Apostrophes stay. */
export const QUOTE_CHARS = /^["“”„«»\s]+|["“”„«»\s]+$/g;

/** Splits the words from the punctuation the house style places itself. */
function trimWords(words: string): { core: string; ending: string } {
  const bare = words.replace(QUOTE_CHARS, '');
  const match = /([?!…]+)$/.exec(bare);
  if (match) return { core: bare.slice(0, -match[1]!.length), ending: match[1]! };
  return { core: bare.replace(/[.,;:\s]+$/, ''), ending: '' };
}

function who(speaker: Speaker | undefined, form: 'full' | 'short'): string {
  const name = speaker?.name.trim();
  if (!speaker || !name) return '[speaker]';
  if (form === 'short') return speaker.shortName.trim() || defaultShortName(name);
  const role = speaker.role.trim();
  return role ? `${name}, ${role}` : name;
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
    const comma = ending && !style.commaAfterEnding ? '' : ',';
    return style.commaInside
      ? { lead: '', open: style.open, words: core + ending + comma, close: style.close, tail: ` ${verb} ${name}.` }
      : {
          lead: '',
          open: style.open,
          words: core + ending,
          close: style.close,
          tail: `${comma}${style.dash} ${verb} ${name}.`,
        };
  }
  const stop = ending ? '' : '.';
  const intro =
    form === 'full' && speaker?.name.trim() && speaker.role.trim()
      ? `${name}, ${verb}${style.colon} `
      : `${name} ${verb}${style.colon} `;
  return style.stopInside
    ? { lead: intro, open: style.open, words: core + ending + stop, close: style.close, tail: '' }
    : { lead: intro, open: style.open, words: core + ending, close: style.close, tail: stop };
}

/** The quote as one string of house-style text. */
export function quoteText(parts: QuoteParts): string {
  return `${parts.lead}${parts.open}${parts.words}${parts.close}${parts.tail}`;
}
