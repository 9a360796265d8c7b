import { describe, expect, it } from 'vitest';
import { formatDateline, formatReleaseDate, parseReleaseDate } from '../../common/model/dateline';
import type { Language } from '../../common/model/vocab';

/** Every month in every language, written out by hand: the 20th, as in the Sarajevo seed. */
const MONTHS: readonly [string, Record<Language, string>][] = [
  [
    '2017-01-20',
    {
      en: '20 January 2017',
      fr: '20 janvier 2017',
      de: '20. Januar 2017',
      it: '20 gennaio 2017',
      ru: '20 января 2017',
      es: '20 de enero de 2017',
    },
  ],
  [
    '2017-02-20',
    {
      en: '20 February 2017',
      fr: '20 février 2017',
      de: '20. Februar 2017',
      it: '20 febbraio 2017',
      ru: '20 февраля 2017',
      es: '20 de febrero de 2017',
    },
  ],
  [
    '2017-03-20',
    {
      en: '20 March 2017',
      fr: '20 mars 2017',
      de: '20. März 2017',
      it: '20 marzo 2017',
      ru: '20 марта 2017',
      es: '20 de marzo de 2017',
    },
  ],
  [
    '2017-04-20',
    {
      en: '20 April 2017',
      fr: '20 avril 2017',
      de: '20. April 2017',
      it: '20 aprile 2017',
      ru: '20 апреля 2017',
      es: '20 de abril de 2017',
    },
  ],
  [
    '2017-05-20',
    {
      en: '20 May 2017',
      fr: '20 mai 2017',
      de: '20. Mai 2017',
      it: '20 maggio 2017',
      ru: '20 мая 2017',
      es: '20 de mayo de 2017',
    },
  ],
  [
    '2017-06-20',
    {
      en: '20 June 2017',
      fr: '20 juin 2017',
      de: '20. Juni 2017',
      it: '20 giugno 2017',
      ru: '20 июня 2017',
      es: '20 de junio de 2017',
    },
  ],
  [
    '2017-07-20',
    {
      en: '20 July 2017',
      fr: '20 juillet 2017',
      de: '20. Juli 2017',
      it: '20 luglio 2017',
      ru: '20 июля 2017',
      es: '20 de julio de 2017',
    },
  ],
  [
    '2017-08-20',
    {
      en: '20 August 2017',
      fr: '20 août 2017',
      de: '20. August 2017',
      it: '20 agosto 2017',
      ru: '20 августа 2017',
      es: '20 de agosto de 2017',
    },
  ],
  [
    '2017-09-20',
    {
      en: '20 September 2017',
      fr: '20 septembre 2017',
      de: '20. September 2017',
      it: '20 settembre 2017',
      ru: '20 сентября 2017',
      es: '20 de septiembre de 2017',
    },
  ],
  [
    '2017-10-20',
    {
      en: '20 October 2017',
      fr: '20 octobre 2017',
      de: '20. Oktober 2017',
      it: '20 ottobre 2017',
      ru: '20 октября 2017',
      es: '20 de octubre de 2017',
    },
  ],
  [
    '2017-11-20',
    {
      en: '20 November 2017',
      fr: '20 novembre 2017',
      de: '20. November 2017',
      it: '20 novembre 2017',
      ru: '20 ноября 2017',
      es: '20 de noviembre de 2017',
    },
  ],
  [
    '2017-12-20',
    {
      en: '20 December 2017',
      fr: '20 décembre 2017',
      de: '20. Dezember 2017',
      it: '20 dicembre 2017',
      ru: '20 декабря 2017',
      es: '20 de diciembre de 2017',
    },
  ],
];

const CASES = MONTHS.flatMap(([date, byLanguage]) =>
  Object.entries(byLanguage).map(([language, expected]) => ({ date, language: language as Language, expected })),
);

describe('formatDateline', () => {
  it('opens a release as the seed does', () => {
    expect(formatDateline('Sarajevo', '2017-09-20', 'en')).toBe('SARAJEVO, 20 September 2017 – ');
  });

  it.each(CASES)('prints $date in $language as "$expected"', ({ date, language, expected }) => {
    expect(formatReleaseDate(date, language)).toBe(expected);
    expect(formatDateline('Sarajevo', date, language)).toBe(`SARAJEVO, ${expected} – `);
  });

  it('prints the day without a leading zero', () => {
    expect(formatDateline('Vienna', '2019-04-05', 'en')).toBe('VIENNA, 5 April 2019 – ');
    expect(formatDateline('Wien', '2019-04-05', 'de')).toBe('WIEN, 5. April 2019 – ');
    expect(formatDateline('Madrid', '2019-04-05', 'es')).toBe('MADRID, 5 de abril de 2019 – ');
    expect(formatDateline('Москва', '2019-04-05', 'ru')).toBe('МОСКВА, 5 апреля 2019 – ');
  });

  it('prints the place in capitals, accented letters included', () => {
    expect(formatDateline('Bratislava', '2019-04-10', 'en')).toBe('BRATISLAVA, 10 April 2019 – ');
    expect(formatDateline('Škofja Loka', '2019-04-10', 'en')).toBe('ŠKOFJA LOKA, 10 April 2019 – ');
    expect(formatDateline('Genève', '2019-04-10', 'fr')).toBe('GENÈVE, 10 avril 2019 – ');
    expect(formatDateline('Tiraspol', '2019-04-10', 'ru')).toBe('TIRASPOL, 10 апреля 2019 – ');
    expect(formatDateline('  Sarajevo ', '2017-09-20', 'en')).toBe('SARAJEVO, 20 September 2017 – ');
  });

  it('leaves out whichever of place and date is empty', () => {
    expect(formatDateline('Sarajevo', '', 'en')).toBe('SARAJEVO – ');
    expect(formatDateline('', '2017-09-20', 'en')).toBe('20 September 2017 – ');
    expect(formatDateline('   ', '2017-09-20', 'de')).toBe('20. September 2017 – ');
    expect(formatDateline('', '', 'en')).toBe('');
    expect(formatDateline(' ', '', 'fr')).toBe('');
  });

  it('gives no date part for a date that is not a real day', () => {
    for (const date of ['2017-02-30', '2017-13-01', '2017-00-10', '2017-9-20', '20.09.2017', '2017-09-20T10:00', '']) {
      expect(formatReleaseDate(date, 'en')).toBe('');
      expect(formatDateline('Sarajevo', date, 'en')).toBe('SARAJEVO – ');
    }
  });

  it('knows leap days', () => {
    expect(parseReleaseDate('2017-02-29')).toBeUndefined();
    expect(formatDateline('Vienna', '2016-02-29', 'en')).toBe('VIENNA, 29 February 2016 – ');
  });

  // French writes the first of the month as an ordinal: « le 1er janvier ». date-fns' 'd' prints "1".
  it('writes the first of the month as "1er" in French', () => {
    expect(formatDateline('Vienne', '2019-03-01', 'fr')).toBe('VIENNE, 1er mars 2019 – ');
  });

  it('writes the first of the month as "1" in the other languages', () => {
    expect(formatReleaseDate('2019-03-01', 'en')).toBe('1 March 2019');
    expect(formatReleaseDate('2019-03-01', 'de')).toBe('1. März 2019');
    expect(formatReleaseDate('2019-03-01', 'ru')).toBe('1 марта 2019');
    expect(formatReleaseDate('2019-03-01', 'es')).toBe('1 de marzo de 2019');
  });
});
