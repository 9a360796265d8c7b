import { beforeAll, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../common/render/plainText';
import type { Release } from '../../../common/model/release';
import { SearchIndex, matchRanges, normalizeTerm } from '../../../main/core/search/searchIndex';
import { snippetOf, snippetTextOf } from '../../../main/core/search/snippets';
import { loadSample } from '../../helpers/samples';
import { ids, paragraphs, release } from './fixtures';

let sarajevo: Release;
let bratislava: Release;
let index: SearchIndex;
beforeAll(async () => {
  sarajevo = await loadSample('sarajevo-press-release');
  bratislava = await loadSample('bratislava-news-item');
  index = new SearchIndex([sarajevo, bratislava]);
});

const found = (text: string) => ids(index.search({ text }).hits);

describe('SearchIndex over the samples', () => {
  it('holds one document per release', () => {
    expect(index.size).toBe(2);
    expect(index.has(sarajevo.id)).toBe(true);
    expect(index.get(sarajevo.id)).toMatchObject({ id: sarajevo.id, headline: sarajevo.headline, date: '2017-09-20' });
  });

  it('finds a release by a word of its body', () => {
    expect(found('smuggling')).toEqual([sarajevo.id]);
    expect(found('preparedness')).toEqual([bratislava.id]);
  });

  it("finds a speaker's name typed without diacritics, or with them", () => {
    expect(found('mektic')).toEqual([sarajevo.id]);
    expect(found('Mektić')).toEqual([sarajevo.id]);
    expect(found('csemi')).toEqual([bratislava.id]);
    expect(found('CSÉMI')).toEqual([bratislava.id]);
  });

  it('finds a speaker by role', () => {
    expect(found('UNOCD')).toEqual([sarajevo.id]);
  });

  it('finds a word inside a quote', () => {
    expect(bratislava.speakers.map((s) => s.id)).toContain('csemi');
    expect(found('elderly')).toEqual([bratislava.id]);
    expect(found('efficiently')).toEqual([sarajevo.id]);
  });

  it('finds by a prefix, and tolerates a typo', () => {
    expect(found('migrat').sort()).toEqual([sarajevo.id, bratislava.id].sort());
    expect(found('smugling')).toEqual([sarajevo.id]);
  });

  it('matches a prefix only in the last word, the one still being typed', () => {
    expect(found('elderly imperat')).toEqual([bratislava.id]);
    expect(found('imperat elderly')).toEqual([]);
  });

  it("finds a speaker's name with a typo, from five letters on", () => {
    expect(found('mektik')).toEqual([sarajevo.id]);
    expect(found('csemy')).toEqual([bratislava.id]);
    // Shorter words have too many neighbours one letter away.
    expect(found('bordr').length).toBeGreaterThan(0);
    expect(index.search({ text: 'uncd' }).total).toBe(0);
  });

  it('narrows with every word typed', () => {
    expect(found('imperative')).toHaveLength(2);
    expect(found('imperative elderly')).toEqual([bratislava.id]);
    expect(found('imperative zanzibar')).toEqual([]);
  });

  it('ranks by relevance, a match in the headline first', () => {
    // "seminar" is in Sarajevo's headline and body; Bratislava never says it.
    expect(found('border')[0]).toBe(bratislava.id);
    expect(found('seminar')).toEqual([sarajevo.id]);
  });

  it('returns the matched terms, and a snippet around the first match in the body is cut with them', () => {
    const [hit] = index.search({ text: 'mektic' }).hits;
    expect(hit?.terms).toEqual(['mektic']);
    // The index keeps no text: LibrarySearch cuts snippets from the release.
    expect(hit?.snippet).toBeUndefined();
    const snippet = snippetOf(snippetTextOf(sarajevo), hit!.terms);
    expect(snippet).toContain('Mektić');
    expect(snippet?.length).toBeLessThan(200);
    expect(snippet).not.toMatch(/\n/);
    const body = bodyPlainText(sarajevo);
    const [range] = matchRanges(body, hit!.terms);
    expect(body.slice(...range!)).toBe('Mektić');
  });

  it('opens the snippet with the lead when only the headline or a speaker matched', () => {
    const [hit] = index.search({ text: 'UNOCD' }).hits;
    expect(hit?.id).toBe(sarajevo.id);
    const snippet = snippetOf({ lead: 'A lead.', body: 'A body without the word.' }, hit!.terms);
    expect(snippet).toBe('A lead.');
    expect(snippetOf({ lead: '', body: '' }, ['x'])).toBeUndefined();
  });

  it('treats punctuation alone as no text', () => {
    expect(index.search({ text: ' … – ' }).total).toBe(2);
    expect(index.search({ text: ' … – ' }).hits.every((h) => h.terms.length === 0)).toBe(true);
  });
});

describe('SearchIndex in other scripts', () => {
  const ru = release(1, {
    language: 'ru',
    headline: 'Миграция и безопасность на Балканах',
    body: paragraphs('Участники семинара обсудили сотрудничество в области безопасности.'),
    speakers: [{ id: 'p', name: 'Сергей Петров-Водкин', shortName: 'Петров-Водкин', role: 'Глава миссии' }],
  });
  const fr = release(2, { language: 'fr', headline: 'Coopération régionale à Saint-Étienne' });
  const cyrillic = new SearchIndex([ru, fr]);
  const find = (text: string) => ids(cyrillic.search({ text }).hits);

  it('finds Cyrillic words, by prefix and in any case', () => {
    expect(find('миграция')).toEqual([ru.id]);
    expect(find('безопасн')).toEqual([ru.id]);
    expect(find('СОТРУДНИЧЕСТВО')).toEqual([ru.id]);
    expect(find('петров')).toEqual([ru.id]);
  });

  it('finds accented Latin words without their accents', () => {
    expect(find('cooperation')).toEqual([fr.id]);
    expect(find('regionale etienne')).toEqual([fr.id]);
  });

  it('splits words at tabs and symbols, and ignores soft hyphens', () => {
    const pasted = release(3, { body: paragraphs('Wahl\tbeobachtung <b>Mandat</b> Migra\u00adtionspolitik') });
    const index = new SearchIndex([pasted]);
    for (const word of ['beobachtung', 'mandat', 'migrationspolitik']) {
      expect(ids(index.search({ text: word }).hits)).toEqual([pasted.id]);
    }
    const [hit] = index.search({ text: 'migrationspolitik' }).hits;
    expect(snippetOf(snippetTextOf(pasted), hit!.terms)).toContain('Migra\u00adtionspolitik');
  });

  it('normalises words as the index stores them', () => {
    expect(normalizeTerm('Mektić')).toBe('mektic');
    expect(normalizeTerm('Škofja')).toBe('skofja');
    expect(normalizeTerm('Безопасность')).toBe('безопасность');
  });
});
