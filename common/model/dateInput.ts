import { differenceInCalendarYears, format, getDaysInMonth } from 'date-fns';
import { de, enGB, es, fr, it, ru, type Locale } from 'date-fns/locale';
import { formatReleaseDate } from './dateline';
import type { Language } from './vocab';

/** What a typed date says: nothing, a day (perhaps far from today), or why it is not one yet. */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; farYears: number }
  | { kind: 'partial'; message: string }
  | { kind: 'impossible'; message: string };

const LOCALES: Record<Language, Locale> = { en: enGB, fr, de, it, ru, es };
const MONTH_NAMES_EN = Array.from({ length: 12 }, (_, m) => format(new Date(2000, m, 1), 'MMMM'));

/** Years before today, or after it, past which a typed year is asked about rather than taken. */
const FAR_BEFORE = 10;
const FAR_AFTER = 3;

/** Words a printed date carries around its numbers: "de", "г.", "года", "le", "1er", "20th". */
const FILLER = new Set(['de', 'del', 'г', 'года', 'le', 'the', 'of', 'er', 'st', 'nd', 'rd', 'th']);

const fold = (word: string) => word.normalize('NFC').toLocaleLowerCase().replace(/\.$/, '');

/** Every spelling of each month in the language and in English: full, short, and Russian's two cases. */
const FORMS = new Map<Language, string[][]>();

function monthForms(language: Language): string[][] {
  const known = FORMS.get(language);
  if (known) return known;
  const forms = computeMonthForms(language);
  FORMS.set(language, forms);
  return forms;
}

function computeMonthForms(language: Language): string[][] {
  const locales = [...new Set([LOCALES[language], enGB])];
  return Array.from({ length: 12 }, (_, m) => {
    const day = new Date(2000, m, 15);
    const forms = locales.flatMap((locale) =>
      ['MMMM', 'LLLL', 'MMM', 'LLL'].map((pattern) => fold(format(day, pattern, { locale }))),
    );
    return [...new Set(forms)];
  });
}

/** The month a word names (1–12): a full or short name, or (unless `exact`) a start of one of three letters or more. */
export function monthOf(word: string, language: Language, exact = false): number | undefined {
  const forms = monthForms(language);
  const found = forms.findIndex((names) => names.includes(fold(word)));
  if (found >= 0) return found + 1;
  if (exact || word.length < 3) return undefined;
  const starts = forms.flatMap((names, m) => (names.some((name) => name.startsWith(word)) ? [m + 1] : []));
  return starts.length === 1 ? starts[0] : undefined;
}

/** A two-digit year as a press officer means it: the nearest century (17 → 2017, 98 → 1998). */
function fullYear(digits: string, today: Date): number | undefined {
  if (digits.length === 4) return Number(digits);
  if (digits.length !== 2) return undefined;
  const century = Math.floor(today.getFullYear() / 100) * 100;
  const year = century + Number(digits);
  return year > today.getFullYear() + 20 ? year - 100 : year;
}

const example = (language: Language) => `Type it as ${formatReleaseDate('2017-09-20', language)} or 20.09.2017.`;

/**
 * Reads a date as a press officer types it: in the language's own order (day, month, year for all
 * six), with numbers ("20.09.2017", "20/9/17"), month names in the language or English ("20 sept
 * 2017", "20 марта 2017 г."), English month-first ("September 20, 2017") or ISO ("2017-09-20").
 */
export function readDateInput(text: string, language: Language, today: Date = new Date()): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const tokens = (trimmed.match(/\p{L}+\.?|\d+/gu) ?? []).map(fold).filter((token) => !FILLER.has(token));
  const numbers: string[] = [];
  let month: number | undefined;
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      numbers.push(token);
      continue;
    }
    const named = monthOf(token, language);
    // A weekday or any other word is not part of the date: say so rather than guess.
    if (named === undefined || month !== undefined) {
      return { kind: 'partial', message: `“${token}” is not a month. ${example(language)}` };
    }
    month = named;
  }

  let day: string | undefined;
  let yearDigits: string | undefined;
  if (month !== undefined) {
    [day, yearDigits] = numbers;
    if (numbers.length > 2) return { kind: 'impossible', message: `Too many numbers. ${example(language)}` };
    if (day && day.length > 2 && yearDigits === undefined) [day, yearDigits] = [undefined, day];
  } else {
    if (numbers.length > 3) return { kind: 'impossible', message: `Too many numbers. ${example(language)}` };
    // A four-digit first number is a year written first, as in 2017-09-20.
    const [a, b, c] = numbers[0]?.length === 4 ? [numbers[2], numbers[1], numbers[0]] : numbers;
    day = a;
    yearDigits = c;
    if (b !== undefined) {
      month = Number(b);
      if (month < 1 || month > 12) {
        const swapped = Number(a) >= 1 && Number(a) <= 12 ? ` Type the day first: ${b}.${a}.${c ?? 'year'}.` : '';
        return { kind: 'impossible', message: `There is no month ${Number(b)}.${swapped}` };
      }
    }
  }

  if (day === undefined) return { kind: 'partial', message: 'Add the day.' };
  if (month === undefined) return { kind: 'partial', message: 'Add the month.' };
  if (yearDigits === undefined) return { kind: 'partial', message: 'Add the year.' };
  const year = fullYear(yearDigits, today);
  if (year === undefined) return { kind: 'partial', message: 'Type the year with four digits.' };

  const d = Number(day);
  const monthName = MONTH_NAMES_EN[month - 1]!;
  const days = getDaysInMonth(new Date(year, month - 1, 1));
  if (d < 1) return { kind: 'impossible', message: 'There is no day 0.' };
  if (d > days) {
    return {
      kind: 'impossible',
      message: `${monthName} ${year} has ${days} days: there is no ${d} ${monthName}.`,
    };
  }
  const date = new Date(year, month - 1, d);
  // new Date() reads years 0–99 as 1900–1999: set the year itself.
  date.setFullYear(year);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const apart = differenceInCalendarYears(date, today);
  const farYears = apart < -FAR_BEFORE || apart > FAR_AFTER ? Math.abs(apart) : 0;
  return { kind: 'date', iso, farYears };
}
