import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../main/core/search/searchIndex';
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
