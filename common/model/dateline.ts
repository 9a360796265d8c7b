import { format, isValid, parseISO } from 'date-fns';
import { de, enGB, es, fr, it, ru, type Locale } from 'date-fns/locale';
import type { Language } from './vocab';

/** Each language's date as its press releases print it; date-fns keeps it the same on every machine. */
const DATE_FORMATS: Record<Language, { locale: Locale; pattern: string }> = {
  en: { locale: enGB, pattern: 'd MMMM yyyy' },
  fr: { locale: fr, pattern: 'd MMMM yyyy' },
  de: { locale: de, pattern: 'd. MMMM yyyy' },
  it: { locale: it, pattern: 'd MMMM yyyy' },
  ru: { locale: ru, pattern: 'd MMMM yyyy' },
  es: { locale: es, pattern: "d 'de' MMMM 'de' yyyy" },
};

/** Parses a stored `YYYY-MM-DD` date; undefined when it is empty or not a real day. */
export function parseReleaseDate(date: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const parsed = parseISO(date);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === date ? parsed : undefined;
}

/** "20 September 2017" in the release's language. */
export function formatReleaseDate(date: string, language: Language): string {
  const parsed = parseReleaseDate(date);
  if (!parsed) return '';
  const { locale, pattern } = DATE_FORMATS[language];
  // French writes the first of the month as an ordinal: 1er mars.
  const first = language === 'fr' && parsed.getDate() === 1 ? pattern.replace('d ', "d'er' ") : pattern;
  return format(parsed, first, { locale });
}

/** "SARAJEVO, 20 September 2017 – ": the place in capitals, the date, an en dash. */
export function formatDateline(place: string, date: string, language: Language): string {
  const where = place.trim().toLocaleUpperCase(language);
  const when = formatReleaseDate(date, language);
  const parts = [where, when].filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join(', ')} – `;
}
