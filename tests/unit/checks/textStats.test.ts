import { describe, expect, it } from 'vitest';
import { textStats } from '../../../common/checks';
import { emptyContent } from '../../../common/model/release';
import { BERTON, doc, paragraph, quote } from './fixtures';

describe('textStats', () => {
  it('is zero for a blank release', () => {
    expect(textStats(emptyContent())).toEqual({ words: 0, characters: 0, readingMinutes: 0 });
  });

  it('counts the headline, subheading, lead and the body as printed, dateline included but not its dash', () => {
    const content = emptyContent({
      headline: 'One two',
      subheading: 'three',
      lead: 'Four.',
      place: 'Vienna',
      date: '2026-03-09',
      body: doc(paragraph('five six'), paragraph(), paragraph('seven')),
    });
    // Body as readers see it: "VIENNA, 9 March 2026 – five six\nseven".
    const body = 'VIENNA, 9 March 2026 – five six' + 'seven';
    expect(textStats(content)).toEqual({
      words: 2 + 1 + 1 + 4 + 3,
      characters: 'One two'.length + 'three'.length + 'Four.'.length + body.length,
      readingMinutes: 1,
    });
  });

  it("counts a quote's house-style attribution, which readers see", () => {
    const content = emptyContent({
      type: 'news-item',
      speakers: [BERTON],
      body: doc(paragraph(quote('We agree'))),
    });
    // “We agree,” said Bruce Berton, Head of the OSCE Mission to Bosnia and Herzegovina.
    expect(textStats(content).words).toBe(2 + 1 + 2 + 9);
  });

  it('rounds reading time up at 200 words a minute', () => {
    const words = (n: number) =>
      emptyContent({ type: 'news-item', body: doc(paragraph(Array(n).fill('word').join(' '))) });
    expect(textStats(words(200)).readingMinutes).toBe(1);
    expect(textStats(words(201))).toEqual({ words: 201, characters: 201 * 5 - 1, readingMinutes: 2 });
  });
});
