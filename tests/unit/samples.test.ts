import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../common/render/plainText';
import { pickerLists } from '../../common/taxonomy';
import type { DocNode } from '../../common/model/doc';
import type { Release } from '../../common/model/release';
import { defaultPreferences } from '../../common/model/settings';
import { loadTaxonomies } from '../../common/model/taxonomy';
import { loadRelease } from '../../main/core/store/releaseStore';
import { RESOURCES } from '../helpers/paths';
import { seedBody, seedText } from '../helpers/seeds';

const SAMPLES = join(RESOURCES, 'samples');

/** Each sample with the seed page it was made from. */
const CASES = [
  { sample: 'sarajevo-press-release.json', seed: '004_' },
  { sample: 'bratislava-news-item.json', seed: '000_' },
] as const;

async function sample(name: string): Promise<Release> {
  return loadRelease(await readFile(join(SAMPLES, name), 'utf8'));
}

function speakerIds(node: DocNode): string[] {
  const own = node.type === 'quote' ? [String(node.attrs?.speakerId)] : [];
  return [...own, ...(node.content ?? []).flatMap(speakerIds)];
}

describe.each(CASES)('$sample', ({ sample: name, seed }) => {
  it('loads as a stored release', async () => {
    const release = await sample(name);
    expect(release.schemaVersion).toBe(3);
    expect(release.revision).toBe(1);
    expect(release.language).toBe('en');
  });

  it('renders, paragraph for paragraph, the article body the site printed', async () => {
    const release = await sample(name);
    expect(bodyPlainText(release).split('\n')).toEqual(seedBody(await seedText(seed)));
  });

  it('quotes only speakers it lists, and lists only speakers it quotes', async () => {
    const release = await sample(name);
    const used = new Set(speakerIds(release.body));
    const listed = release.speakers.map((s) => s.id);
    expect(used.size).toBeGreaterThan(0);
    expect(new Set(listed)).toEqual(used);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('labels its issuers and fields of work as the organisation lists them', async () => {
    const release = await sample(name);
    const taxonomies = loadTaxonomies(await readFile(join(RESOURCES, 'taxonomies.json'), 'utf8'));
    const lists = pickerLists(taxonomies, defaultPreferences().taxonomyAdditions);
    expect(lists.issuers).toEqual(expect.arrayContaining(release.issuers));
    expect(lists.fieldsOfWork).toEqual(expect.arrayContaining(release.fieldsOfWork));
    expect(lists.countries).toEqual(expect.arrayContaining(release.countries));
  });
});

describe('the samples', () => {
  it('give the press release its dateline from place and date, and the news item none', async () => {
    const press = bodyPlainText(await sample('sarajevo-press-release.json'));
    const news = bodyPlainText(await sample('bratislava-news-item.json'));
    expect(press.startsWith('SARAJEVO, 20 September 2017 – Co-operation on addressing')).toBe(true);
    expect(news.startsWith('Current trends and challenges')).toBe(true);
  });

  it('store the dateline nowhere in the body', async () => {
    const release = await sample('sarajevo-press-release.json');
    expect(JSON.stringify(release.body)).not.toContain('SARAJEVO');
  });
});
