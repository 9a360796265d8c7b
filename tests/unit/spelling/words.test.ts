import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../../common/spelling/words';

describe('the words a spell checker is asked about', () => {
  it('keeps apostrophes, hyphens and accents inside a word, with each word’s place', () => {
    const text = 'L’organisation a-t-il déclaré: co-operation.';
    expect(wordsIn(text).map(({ word, from, to }) => [word, text.slice(from, to) === word])).toEqual([
      ['L’organisation', true],
      ['a-t-il', true],
      ['déclaré', true],
      ['co-operation', true],
    ]);
  });

  it('leaves out acronyms, inner capitals, single letters, web and e-mail addresses', () => {
    const words = wordsIn('The OSCE Mission to BiH: see www.osce.org/bih or write to press@osce.org, a Seminar.');
    expect(words.map(({ word }) => word)).toEqual(['The', 'Mission', 'to', 'see', 'or', 'write', 'to', 'Seminar']);
  });

  it('reads Cyrillic', () => {
    expect(wordsIn('«Мы сказали», — сказал он.').map(({ word }) => word)).toEqual(['Мы', 'сказали', 'сказал', 'он']);
  });
});
