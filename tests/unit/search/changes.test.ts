import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_VERSION, SearchIndex, type LibraryQuery } from '../../../main/core/search/searchIndex';
import { generateLibrary } from '../../helpers/generateLibrary';
import { ids, inState, paragraphs, release } from './fixtures';

describe('SearchIndex changes', () => {
  it('update() replaces what a release is found by', () => {
    const first = release(1, { headline: 'Water management', body: paragraphs('Irrigation in the Fergana valley.') });
    const index = new SearchIndex([first, release(2, { headline: 'Other' })]);
    expect(ids(index.search({ text: 'irrigation' }).hits)).toEqual([first.id]);

    index.update(inState({ ...first, revision: 2, body: paragraphs('Hydropower on the Vakhsh river.') }, 'approved'));
    expect(index.size).toBe(2);
    expect(index.search({ text: 'irrigation' }).total).toBe(0);
    expect(ids(index.search({ text: 'hydropower' }).hits)).toEqual([first.id]);
    expect(ids(index.search({ states: ['approved'] }).hits)).toEqual([first.id]);
    expect(index.get(first.id)?.revision).toBe(2);
  });

  it('update() adds a release it does not hold', () => {
    const index = new SearchIndex();
    index.update(release(3, { headline: 'Newcomer' }));
    expect(index.size).toBe(1);
  });

  it('remove() takes a release out of every result', () => {
    const gone = release(1, { headline: 'Irrigation' });
    const kept = release(2, { headline: 'Irrigation too' });
    const index = new SearchIndex([gone, kept]);
    index.remove(gone.id);
    index.remove('not-there');
    expect(index.size).toBe(1);
    expect(index.has(gone.id)).toBe(false);
    expect(ids(index.search({ text: 'irrigation' }).hits)).toEqual([kept.id]);
    expect(ids(index.search({}).hits)).toEqual([kept.id]);
    expect(index.ids()).toEqual([kept.id]);
  });

  it('refuses to add a release twice', () => {
    const one = release(1);
    expect(() => new SearchIndex([one, one])).toThrow();
  });

  it('reads the workflow state and family defensively', () => {
    const bare = release(1) as unknown as Record<string, unknown>;
    delete bare.workflow;
    delete bare.familyId;
    const index = new SearchIndex([bare as never]);
    expect(index.get(bare.id as string)).toMatchObject({ state: 'draft', familyId: bare.id });
  });
});

describe('SearchIndex persisted', () => {
  const library = generateLibrary(300, 11);
  const index = new SearchIndex(library);
  index.remove(library[0]!.id);
  index.update({ ...library[1]!, headline: 'Quinquennial review' });

  const QUERIES: LibraryQuery[] = [
    {},
    { text: 'security' },
    { text: 'scepanovic' },
    { text: 'quinquennial' },
    { text: 'безопасн', sort: 'date' },
    { text: 'coop', languages: ['fr', 'en'], limit: 10 },
    { issuers: ['OSCE Secretariat'], sort: 'headline' },
    { dateFrom: '2018-01-01', dateTo: '2020-12-31', sort: 'date' },
    { states: ['approved', 'published'], fieldsOfWork: ['Migration', 'Policing'] },
  ];

  it('gives identical results after toJSON and fromJSON', () => {
    const text = index.toJSON();
    const back = SearchIndex.fromJSON(text);
    expect(back.size).toBe(index.size);
    for (const query of QUERIES) expect(back.search(query)).toEqual(index.search(query));
  });

  it('keeps working after reloading: updates and removals apply', () => {
    const back = SearchIndex.fromJSON(index.toJSON());
    back.remove(library[1]!.id);
    expect(back.search({ text: 'quinquennial' }).total).toBe(0);
  });

  it('refuses an index of another version, so it can be rebuilt', () => {
    const text = index.toJSON();
    expect(text.startsWith(`{"version":${SEARCH_INDEX_VERSION},`)).toBe(true);
    expect(SearchIndex.version).toBe(SEARCH_INDEX_VERSION);
    const stale = text.replace(`{"version":${SEARCH_INDEX_VERSION},`, `{"version":${SEARCH_INDEX_VERSION - 1},`);
    expect(() => SearchIndex.fromJSON(stale)).toThrow(/rebuild/);
    expect(() => SearchIndex.fromJSON('')).toThrow(/rebuild/);
  });
});
