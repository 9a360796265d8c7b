import { beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/model/doc';
import type { Release } from '../../../common/model/release';
import { SearchIndex } from '../../../main/core/search/searchIndex';
import { KNOWN_SPEAKER, generateLibrary, quotesKnownSpeaker } from '../../helpers/generateLibrary';
import { Random } from '../../helpers/generateRelease';

const COUNT = 2000;

/** Twelve random letters: no two such words, nor any generated word, are within a typo of each other. */
function distinctiveWord(r: Random): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + r.int(0, 25))).join('');
}

/** The word planted where the release's number says: headline, lead, body, a quote, or a speaker's role. */
function plant(release: Release, word: string, i: number): Release {
  // Some are written with a capital and an accent, as a press officer might type them.
  const written = i % 7 === 0 ? `${word[0]!.toUpperCase()}é${word.slice(2)}` : word;
  const paragraph = (content: DocNode[]): DocNode => ({ type: 'paragraph', content });
  switch (i % 5) {
    case 0:
      return { ...release, headline: `${release.headline} ${written}` };
    case 1:
      return { ...release, lead: `${written}, ${release.lead}` };
    case 2:
      return {
        ...release,
        body: { ...release.body, content: [...release.body.content, paragraph([{ type: 'text', text: written }])] },
      };
    case 3: {
      const quote = { type: 'quote', attrs: { speakerId: 'x', attribution: 'after', reference: 'auto', verb: '' } };
      const node = { ...quote, content: [{ type: 'text', text: `We ${written} together` }] };
      return { ...release, body: { ...release.body, content: [paragraph([node]), ...release.body.content] } };
    }
    default:
      return { ...release, speakers: [...release.speakers, { id: 'x', name: 'X', shortName: '', role: written }] };
  }
}

describe(`SearchIndex over ${COUNT} generated releases`, () => {
  const r = new Random(99);
  const words = Array.from({ length: COUNT }, () => distinctiveWord(r));
  let library: Release[];
  let index: SearchIndex;
  // Generating and indexing take a few seconds on a slow machine: allow for it, but assert no timing.
  beforeAll(() => {
    library = generateLibrary(COUNT, 5).map((release, i) => plant(release, words[i]!, i));
    index = new SearchIndex(library);
  }, 120_000);

  it('holds them all', () => {
    expect(index.size).toBe(COUNT);
    expect(index.search({}).total).toBe(COUNT);
  });

  it('finds every release by the word planted in it, and only that release', () => {
    const misses = library.filter((release, i) => {
      const { total, hits } = index.search({ text: words[i]! });
      return total !== 1 || hits[0]?.id !== release.id;
    });
    expect(misses.map((m) => m.id)).toEqual([]);
  });

  it('finds every release quoting the known speaker, by a name typed without diacritics', () => {
    const expected = library.filter(quotesKnownSpeaker).map((x) => x.id);
    expect(expected.length).toBeGreaterThan(50);
    expect(KNOWN_SPEAKER.name).toContain('Š');
    const { hits } = index.search({ text: 'scepanovic' });
    expect(hits.map((h) => h.id).sort()).toEqual(expected.sort());
  });

  it('agrees with the filters computed by hand', () => {
    const query = { languages: ['ru', 'fr'], dateFrom: '2020-01-01', dateTo: '2022-12-31' };
    const expected = library
      .filter((x) => query.languages.includes(x.language) && x.date >= query.dateFrom && x.date <= query.dateTo)
      .map((x) => x.id);
    expect(expected.length).toBeGreaterThan(10);
    expect(
      index
        .search(query)
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(expected.sort());
  });

  it('sorts by date newest first with undated releases last', () => {
    const dates = index.search({ sort: 'date' }).hits.map((h) => index.get(h.id)!.date);
    const dated = dates.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
    expect(dates.slice(0, dated.length).every((d) => d !== '')).toBe(true);
  });
});
