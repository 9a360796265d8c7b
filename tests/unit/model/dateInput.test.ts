import { describe, expect, it } from 'vitest';
import { readDateInput } from '../../../common/model/dateInput';

const today = new Date(2026, 11, 7);
const read = (text: string, language: Parameters<typeof readDateInput>[1] = 'en') =>
  readDateInput(text, language, today);
const iso = (text: string, language: Parameters<typeof readDateInput>[1] = 'en') => {
  const reading = read(text, language);
  return reading.kind === 'date' ? reading.iso : reading.kind;
};

describe('a typed release date', () => {
  it.each([
    ['20 September 2017', 'en', '2017-09-20'],
    ['20 sept 2017', 'en', '2017-09-20'],
    ['September 20, 2017', 'en', '2017-09-20'],
    ['20th September 2017', 'en', '2017-09-20'],
    ['20.09.2017', 'en', '2017-09-20'],
    ['20/9/17', 'en', '2017-09-20'],
    ['2017-09-20', 'en', '2017-09-20'],
    ['1er mars 2026', 'fr', '2026-03-01'],
    ['12 mai 2026', 'fr', '2026-05-12'],
    ['12. März 2026', 'de', '2026-03-12'],
    ['12 марта 2026 г.', 'ru', '2026-03-12'],
    ['12 de marzo de 2026', 'es', '2026-03-12'],
    ['12 marzo 2026', 'it', '2026-03-12'],
  ] as const)('reads %j in %s', (text, language, expected) => {
    expect(iso(text, language)).toBe(expected);
  });

  it('reads numbers day first, as all six languages write them, and explains a month-first date', () => {
    const reading = read('09/20/2017');
    expect(reading).toMatchObject({ kind: 'impossible' });
    expect(reading.kind === 'impossible' && reading.message).toBe(
      'There is no month 20. Type the day first: 20.09.2017.',
    );
  });

  it('explains a day the month does not have', () => {
    expect(read('31 February 2017')).toEqual({
      kind: 'impossible',
      message: 'February 2017 has 28 days: there is no 31 February.',
    });
    expect(iso('29 February 2024')).toBe('2024-02-29');
    expect(read('0.3.2026')).toMatchObject({ kind: 'impossible' });
  });

  it('keeps partial input partial, saying what is missing', () => {
    expect(read('20 Sept')).toEqual({ kind: 'partial', message: 'Add the year.' });
    expect(read('20.09')).toEqual({ kind: 'partial', message: 'Add the year.' });
    expect(read('20.09.201')).toEqual({ kind: 'partial', message: 'Type the year with four digits.' });
    expect(read('September 2017')).toEqual({ kind: 'partial', message: 'Add the day.' });
    expect(read('Wednesday 20 September 2017')).toMatchObject({ kind: 'partial' });
    expect(read('  ')).toEqual({ kind: 'empty' });
  });

  it('marks years far from today so the field can ask', () => {
    expect(read('20 September 0002')).toEqual({ kind: 'date', iso: '0002-09-20', farYears: 2024 });
    expect(read('20 September 2099')).toMatchObject({ kind: 'date', farYears: 73 });
    expect(read('20 September 2017')).toMatchObject({ farYears: 0 });
    expect(read('1 January 2028')).toMatchObject({ farYears: 0 });
  });
});
