import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../main/core/search/searchIndex';
import { ids, inState, paragraphs, release } from './fixtures';

const a = inState(
  release(1, {
    type: 'press-release',
    language: 'en',
    headline: 'Border security seminar',
    date: '2019-04-10',
    issuers: ['OSCE Secretariat'],
    fieldsOfWork: ['Border management'],
    countries: ['Slovakia'],
    body: paragraphs('Border guards met in Bratislava.'),
  }),
  'published',
);
const b = inState(
  release(2, {
    type: 'news-item',
    language: 'en',
    headline: 'Austrian elections observed',
    date: '2019-04-11',
    issuers: ['OSCE Office for Democratic Institutions and Human Rights'],
    fieldsOfWork: ['Elections'],
    countries: ['Austria'],
    body: paragraphs('Observers followed the border regions too.'),
  }),
  'approved',
);
const c = inState(
  release(3, {
    type: 'statement',
    language: 'fr',
    headline: 'Éducation aux médias',
    date: '2024-12-31',
    issuers: ['OSCE Secretariat', 'OSCE Mission to Moldova'],
    fieldsOfWork: ['Media freedom and development', 'Elections'],
    countries: ['Moldova'],
  }),
  'in-review',
);
// A draft without a date, edited most recently.
const d = release(4, { type: 'press-release', language: 'de', headline: 'älteste Grenzfragen', date: '' });
const index = new SearchIndex([a, b, c, d]);
const only = (query: Parameters<SearchIndex['search']>[0]) => ids(index.search(query).hits).sort();

describe('SearchIndex filters', () => {
  it('returns every release for an empty query', () => {
    expect(index.search({}).total).toBe(4);
    expect(only({ text: '' })).toEqual([a.id, b.id, c.id, d.id]);
  });

  it('filters by each kind alone', () => {
    expect(only({ states: ['published'] })).toEqual([a.id]);
    expect(only({ states: ['draft'] })).toEqual([d.id]);
    expect(only({ types: ['news-item'] })).toEqual([b.id]);
    expect(only({ languages: ['fr'] })).toEqual([c.id]);
    expect(only({ issuers: ['OSCE Secretariat'] })).toEqual([a.id, c.id]);
    expect(only({ fieldsOfWork: ['Elections'] })).toEqual([b.id, c.id]);
    expect(only({ countries: ['Moldova'] })).toEqual([c.id]);
  });

  it('takes either of two values within a kind', () => {
    expect(only({ states: ['published', 'draft'] })).toEqual([a.id, d.id]);
    expect(
      only({ issuers: ['OSCE Mission to Moldova', 'OSCE Office for Democratic Institutions and Human Rights'] }),
    ).toEqual([b.id, c.id]);
    expect(only({ countries: ['Slovakia', 'Austria'] })).toEqual([a.id, b.id]);
  });

  it('requires every kind at once', () => {
    expect(only({ issuers: ['OSCE Secretariat'], fieldsOfWork: ['Elections'] })).toEqual([c.id]);
    expect(only({ issuers: ['OSCE Secretariat'], types: ['press-release'], languages: ['en'] })).toEqual([a.id]);
    expect(only({ issuers: ['OSCE Secretariat'], countries: ['Austria'] })).toEqual([]);
  });

  it('ignores an empty list', () => {
    expect(only({ states: [], issuers: [] })).toHaveLength(4);
  });

  it('combines filters with text', () => {
    expect(only({ text: 'border' })).toEqual([a.id, b.id]);
    expect(only({ text: 'border', types: ['news-item'] })).toEqual([b.id]);
    expect(only({ text: 'border', states: ['draft'] })).toEqual([]);
    expect(only({ text: 'grenzfrage', languages: ['de'] })).toEqual([d.id]);
  });

  it('keeps a date range inclusive at both ends and leaves undated releases out', () => {
    expect(only({ dateFrom: '2019-04-10', dateTo: '2019-04-11' })).toEqual([a.id, b.id]);
    expect(only({ dateFrom: '2019-04-11' })).toEqual([b.id, c.id]);
    expect(only({ dateTo: '2019-04-10' })).toEqual([a.id]);
    expect(only({ dateFrom: '2024-12-31', dateTo: '2024-12-31' })).toEqual([c.id]);
    expect(only({ dateFrom: '2025-01-01' })).toEqual([]);
  });
});

describe('SearchIndex sorts', () => {
  const order = (query: Parameters<SearchIndex['search']>[0]) => ids(index.search(query).hits);

  it('lists the last edited first by default', () => {
    expect(order({})).toEqual([d.id, c.id, b.id, a.id]);
    expect(order({ sort: 'updated' })).toEqual([d.id, c.id, b.id, a.id]);
  });

  it('sorts by date, newest first, undated last', () => {
    expect(order({ sort: 'date' })).toEqual([c.id, b.id, a.id, d.id]);
  });

  it('sorts headlines A–Z as the locale does', () => {
    expect(order({ sort: 'headline' })).toEqual([d.id, b.id, a.id, c.id]);
  });

  it('falls back to the last edit for relevance without text', () => {
    expect(order({ sort: 'relevance' })).toEqual([d.id, c.id, b.id, a.id]);
  });

  it('sorts by relevance with text unless told otherwise', () => {
    expect(order({ text: 'border' })).toEqual([a.id, b.id]);
    expect(order({ text: 'border', sort: 'updated' })).toEqual([b.id, a.id]);
  });

  it('compares edit times as instants, whatever their offset', () => {
    const early = release(10, { headline: 'x' }, '2026-03-01T10:00:00+02:00');
    const late = release(11, { headline: 'y' }, '2026-03-01T09:30:00Z');
    expect(ids(new SearchIndex([early, late]).search({}).hits)).toEqual([late.id, early.id]);
  });

  it('limits the hits but counts them all', () => {
    const result = index.search({ sort: 'date', limit: 2 });
    expect(result.total).toBe(4);
    expect(ids(result.hits)).toEqual([c.id, b.id]);
  });
});
