import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomies } from '../../../common/model/taxonomy';
import type { Release } from '../../../common/model/release';
import { recogniseText } from '../../../main/core/import/text/recognise';
import { RESOURCES } from '../../helpers/paths';
import { seedText } from '../../helpers/seeds';

const taxonomies = loadTaxonomies(await readFile(join(RESOURCES, 'taxonomies.json'), 'utf8'));

async function sample(name: string): Promise<Release> {
  return JSON.parse(await readFile(join(RESOURCES, 'samples', name), 'utf8')) as Release;
}

/** The body with each quote's speaker named, not numbered: ids are the importer's own. */
function shape(release: Pick<Release, 'body' | 'speakers'>) {
  const name = (id: string) => release.speakers.find((s) => s.id === id)?.name ?? '';
  return release.body.content.map((block) =>
    (block.content ?? []).map((inline) =>
      inline.type === 'text'
        ? inline.text
        : {
            ...(inline.attrs as object),
            speakerId: name((inline.attrs as { speakerId: string }).speakerId),
            words: inline.content?.map((t) => t.text).join(''),
          },
    ),
  );
}

describe.each([
  ['004_', 'sarajevo-press-release.json'],
  ['000_', 'bratislava-news-item.json'],
])('the seed page %s, copied as text', (seed, name) => {
  it('becomes the release its sample holds: fields, speakers and quotes', async () => {
    const expected = await sample(name);
    const { content, report } = recogniseText(await seedText(seed), { taxonomies, readAs: 'page text' });
    const fields = [
      'type',
      'language',
      'headline',
      'subheading',
      'lead',
      'date',
      'place',
      'issuers',
      'fieldsOfWork',
      'countries',
      'embargo',
    ] as const;
    for (const field of fields) expect(content[field], field).toEqual(expected[field]);
    expect(content.speakers.map(({ name: n, shortName, role }) => ({ name: n, shortName, role }))).toEqual(
      expected.speakers.map(({ name: n, shortName, role }) => ({ name: n, shortName, role })),
    );
    expect(shape(content)).toEqual(shape(expected));
    expect(report.setAside.some((entry) => entry.reason === 'the site’s menu')).toBe(true);
  });
});
