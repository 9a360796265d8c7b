import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../common/checks';
import { pickerLists } from '../../../common/taxonomy';
import { releaseSchema, type ReleaseContent } from '../../../common/model/release';
import { loadTaxonomies } from '../../../common/model/taxonomy';
import { ROOT } from '../../helpers/paths';
import { ctx, doc, paragraph, quote, validRelease } from './fixtures';

function sample(name: string): ReleaseContent {
  const release = releaseSchema.parse(JSON.parse(readFileSync(join(ROOT, 'resources/samples', name), 'utf8')));
  const { schemaVersion: _v, id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...content } = release;
  return content;
}

describe('runChecks', () => {
  it('finds nothing in a fully valid press release', () => {
    expect(runChecks(validRelease(), ctx)).toEqual([]);
  });

  it('orders findings by field as the editor shows them, then by position in the body', () => {
    const content = validRelease({
      boilerplate: 'About  us',
      embargo: { date: '2026-01-01', time: '10:00', timeZone: 'Europe/Vienna' },
      issuers: ['Unknown office'],
      body: doc(paragraph('A  "b" ', quote('c', { speakerId: '' }))),
      headline: 'x'.repeat(141),
      place: '',
    });
    const summary = runChecks(content, ctx).map((f) => [
      f.rule,
      f.target.field === 'body' ? f.target.from : f.target.field,
    ]);
    expect(summary).toEqual([
      ['headline-length', 'headline'],
      ['required', 'place'],
      ['taxonomy', 'issuers'],
      ['embargo-past', 'embargo'],
      ['double-spaces', 2],
      ['straight-quotes', 4],
      ['straight-quotes', 6],
      ['quote-attribution', 8],
      ['double-spaces', 'boilerplate'],
    ]);
  });

  it("passes the shipped samples, but for the Sarajevo press release's missing lead (its page prints none) and the Bratislava news item's long headline", () => {
    const taxonomies = loadTaxonomies(readFileSync(join(ROOT, 'resources/taxonomies.json'), 'utf8'));
    const lists = pickerLists(taxonomies, { issuers: [], fieldsOfWork: [], countries: [], meetingTypes: [] });
    const context = { ...ctx, lists };
    expect(runChecks(sample('sarajevo-press-release.json'), context)).toEqual([
      expect.objectContaining({ rule: 'required', severity: 'error', target: { field: 'lead' } }),
    ]);
    expect(runChecks(sample('bratislava-news-item.json'), context)).toEqual([
      expect.objectContaining({ rule: 'headline-length', target: { field: 'headline' } }),
    ]);
  });
});
