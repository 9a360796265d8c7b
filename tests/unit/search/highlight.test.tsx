import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../main/core/search/searchIndex';
import { highlight } from '../../../renderer/src/features/library/highlight';
import { paragraphs, release } from './fixtures';

/** What the library shows: the headline with the words the index matched marked. */
function shown(headline: string, query: string): string {
  const index = new SearchIndex([release(1, { headline, body: paragraphs('Nothing else.') })]);
  const [hit] = index.search({ text: query }).hits;
  expect(hit, `the index finds “${query}” in “${headline}”`).toBeDefined();
  return renderToStaticMarkup(<>{highlight(headline, hit!.terms)}</>);
}

describe('library highlights agree with the search index', () => {
  it('mark a word with a soft hyphen that the index found', () => {
    expect(shown('Border co\u00adoperation in Moldova', 'cooperation')).toBe(
      'Border <mark>co\u00adoperation</mark> in Moldova',
    );
  });

  it('mark a word with diacritics found without them, and only the words found', () => {
    expect(shown('Mektić meets police chiefs', 'mektic')).toBe('<mark>Mektić</mark> meets police chiefs');
  });

  it('mark a word found by the prefix being typed', () => {
    expect(shown('Migration-related crimes', 'migr')).toBe('<mark>Migration</mark>-related crimes');
  });
});
