import { describe, expect, it } from 'vitest';
import { findIn, findPattern, replaceAllIn } from '../../../common/find/findText';

const any = { matchCase: false, wholeWord: false };

describe('Find', () => {
  it('matches in any case unless told, and takes the query literally', () => {
    expect(findIn('Co-operation and co-operation', findPattern('co-operation', any))).toEqual([
      [0, 12],
      [17, 29],
    ]);
    expect(findIn('Co-operation and co-operation', findPattern('co-operation', { ...any, matchCase: true }))).toEqual([
      [17, 29],
    ]);
    expect(findIn('a (b) a.b', findPattern('(b)', any))).toEqual([[2, 5]]);
    expect(findPattern('', any)).toBeNull();
  });

  it('finds whole words in every script, accents and Cyrillic included', () => {
    const whole = { ...any, wholeWord: true };
    expect(findIn('seminar semin', findPattern('semin', whole))).toEqual([[8, 13]]);
    expect(findIn('Mektić Mektićev', findPattern('Mektić', whole))).toEqual([[0, 6]]);
    expect(findIn('ОБСЕ и ОБСЕшный', findPattern('обсе', whole))).toEqual([[0, 4]]);
  });

  it('replaces every match with the text as typed, $ signs included', () => {
    expect(replaceAllIn('USD 5 and usd 6', findPattern('usd', any), '$&$1')).toBe('$&$1 5 and $&$1 6');
  });
});
