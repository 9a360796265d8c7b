import { monthOf } from '../../../../common/model/dateInput';
import { LANGUAGES, type Language } from '../../../../common/model/vocab';

/** A dateline read from the start of a paragraph: where, when, and the paragraph after it. */
export interface Dateline {
  place: string;
  /** YYYY-MM-DD, or empty when the date could not be read. */
  date: string;
  /** The day and month without a year: the year must come from elsewhere (the embargo, the header). */
  yearless?: { month: number; day: number };
  /** The dateline as printed, for the report. */
  printed: string;
  rest: string;
}

const DASH = String.raw`(?:–|—|--|-|‒|―)`;
// One place: capitals with spaces, dots, apostrophes and hyphens ("THE HAGUE", "SAINT-PÉTERSBOURG", "LA HAYE").
const PLACE_WORD = String.raw`[\p{Lu}][\p{Lu}\p{M}'’.\-]*`;
const PLACE = String.raw`${PLACE_WORD}(?: ${PLACE_WORD}){0,3}`;
const PLACES = String.raw`${PLACE}(?:\s*/\s*${PLACE}){0,3}`;
// A title-case place is accepted only with a date that follows it: "Vienna, 12 May 2026 –".
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’.\-]+(?: (?:\p{Lu}[\p{Ll}\p{M}'’.\-]+|de|la|am|an|der|del|di|sur))*`;
const DATE_TEXT = String.raw`[\p{L}\p{N} .,/]{3,40}?`;

const PLACE_FIRST = new RegExp(
  String.raw`^(${PLACES}|${TITLE_PLACE}(?:\s*/\s*${TITLE_PLACE})*)\s*,\s*(${DATE_TEXT})\s*${DASH}\s*(.*)$`,
  'u',
);
const DATE_FIRST = new RegExp(String.raw`^(${DATE_TEXT})\s*,\s*(${PLACES})\s*${DASH}\s*(.*)$`, 'u');

/** Words a printed date carries around its numbers: "12 de mayo de 2026", "1er mai", "12 марта 2026 г.". */
const FILLER = new Set(['de', 'del', 'le', 'the', 'of', 'г', 'года', 'er', 'st', 'nd', 'rd', 'th', 'am', 'den']);

/** A day and month (and year) printed in words or numbers, in the language (or any of the six). */
export function readPrintedDate(
  text: string,
  language: Language | undefined,
  /** Words that are not a month are passed over (an embargo line's "at", "Uhr", "в"). */
  lenient = false,
): { date: string } | { yearless: { month: number; day: number } } | undefined {
  const clean = text.toLocaleLowerCase();
  const numeric = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\s*\.?\s*$/u.exec(clean);
  if (numeric) {
    // Day first in all six languages; a "month" over 12 means the writer put the month first.
    let [day, month] = [Number(numeric[1]), Number(numeric[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const year = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    return iso(year, month, day);
  }
  const tokens = (clean.match(/\p{L}+|\d+/gu) ?? []).filter((token) => !FILLER.has(token));
  const languages = language ? [language, ...LANGUAGES.filter((l) => l !== language)] : [...LANGUAGES];
  let month: number | undefined;
  const numbers: number[] = [];
  for (const token of tokens) {
    if (/^\d+$/.test(token)) numbers.push(Number(token));
    else {
      const found = languages.map((l) => monthOf(token, l, true)).find((m) => m !== undefined);
      if (found === undefined && lenient) continue;
      if (found === undefined || month !== undefined) return undefined;
      month = found;
    }
  }
  if (month === undefined) return undefined;
  const day = numbers.find((n) => n >= 1 && n <= 31);
  const year = numbers.find((n) => n >= 1900 && n <= 2100);
  if (day === undefined || numbers.length > 2) return undefined;
  if (year === undefined) return numbers.length === 1 ? { yearless: { month, day } } : undefined;
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): { date: string } | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { date: date.toISOString().slice(0, 10) };
}

/** The place as Dateline stores it: capitals become title case ("THE HAGUE" → "The Hague"). */
export function placeName(printed: string, language: Language): string {
  const parts = printed.split(/\s*\/\s*/u).map((part) => {
    if (part !== part.toLocaleUpperCase(language)) return part.trim();
    return part
      .toLocaleLowerCase(language)
      .replace(
        /(^|[\s\-'’])(\p{L})/gu,
        (_all, before: string, letter: string) => before + letter.toLocaleUpperCase(language),
      );
  });
  return parts.join('/');
}

/** Reads a dateline at the start of a paragraph, in any of its common shapes; undefined when there is none. */
export function readDateline(paragraph: string, language: Language | undefined): Dateline | undefined {
  const attempts: { place: string; date: string; rest: string }[] = [];
  const placeFirst = PLACE_FIRST.exec(paragraph);
  if (placeFirst) attempts.push({ place: placeFirst[1]!, date: placeFirst[2]!, rest: placeFirst[3]! });
  const dateFirst = DATE_FIRST.exec(paragraph);
  if (dateFirst) attempts.push({ place: dateFirst[2]!, date: dateFirst[1]!, rest: dateFirst[3]! });
  for (const attempt of attempts) {
    const read = readPrintedDate(attempt.date, language);
    if (!read || attempt.rest.trim() === '') continue;
    const printed = paragraph.slice(0, paragraph.length - attempt.rest.length).trim();
    const place = placeName(attempt.place.trim(), language ?? 'en');
    return 'date' in read
      ? { place, date: read.date, printed, rest: attempt.rest.trim() }
      : { place, date: '', yearless: read.yearless, printed, rest: attempt.rest.trim() };
  }
  return undefined;
}

/** A yearless dateline's date, in the year another part of the input gives. */
export function withYear(yearless: { month: number; day: number }, year: number): string {
  return iso(year, yearless.month, yearless.day)?.date ?? '';
}
