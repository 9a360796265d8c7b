import { describe, expect, it } from 'vitest';
import { RELEASE_SCHEMA_VERSION } from '../../../common/model/release';
import { serializeIndex } from '../../../main/core/search/indexFile';
import { parseIndex } from '../../../main/core/search/indexLoad';
import { decodePostings, encodePostings } from '../../../main/core/search/postingCodec';
import { SEARCH_INDEX_VERSION, SearchIndex, type LibraryQuery } from '../../../main/core/search/searchIndex';
import { generateLibrary } from '../../helpers/generateLibrary';
import { ids, release } from './fixtures';

const FOLDER = '1234:5678.9';

async function written(index: SearchIndex, folder = FOLDER): Promise<string> {
  const text = await serializeIndex(index, folder);
  if (text === undefined) throw new Error('the index moved while it was written');
  return text;
}

const reloaded = async (index: SearchIndex): Promise<SearchIndex> =>
  parseIndex(Buffer.from(await written(index)), FOLDER);

describe('the search index file', () => {
  const library = generateLibrary(300, 11);
  const index = new SearchIndex(library);
  // A removal and a replacement leave postings of dead documents behind: the file must not keep them.
  index.remove(library[0]!.id);
  index.update({ ...library[1]!, headline: 'Quinquennial review' });

  const QUERIES: LibraryQuery[] = [
    {},
    { text: 'security' },
    { text: 'secur' },
    { text: 'scepanovic' },
    { text: 'scepanovik' },
    { text: 'quinquennial' },
    { text: 'безопасн', sort: 'date' },
    { text: 'coop', languages: ['fr', 'en'], limit: 10 },
    { text: 'security cooperation', sort: 'updated' },
    { issuers: ['OSCE Secretariat'], sort: 'headline' },
    { dateFrom: '2018-01-01', dateTo: '2020-12-31', sort: 'date' },
    { states: ['approved', 'published'], fieldsOfWork: ['Migration', 'Policing'] },
  ];

  it('gives identical results and metadata after writing and reloading', async () => {
    const back = await reloaded(index);
    expect(back.size).toBe(index.size);
    expect(back.ids().sort()).toEqual(index.ids().sort());
    for (const query of QUERIES) expect(back.search(query)).toEqual(index.search(query));
    for (const id of index.ids().slice(0, 20)) expect(back.get(id)).toEqual(index.get(id));
    expect(back.search({ text: 'security' }).total).toBeGreaterThan(10);
  });

  it('keeps working after reloading: updates and removals apply', async () => {
    const back = await reloaded(index);
    back.remove(library[1]!.id);
    expect(back.search({ text: 'quinquennial' }).total).toBe(0);
    back.update({ ...library[2]!, headline: 'Quokkas observed' });
    expect(ids(back.search({ text: 'quokkas' }).hits)).toEqual([library[2]!.id]);
    // Written again after those changes, it still reloads to the same answers.
    const again = await reloaded(back);
    for (const query of QUERIES) expect(again.search(query)).toEqual(back.search(query));
  });

  it('keeps a family and labels as they were', async () => {
    const own = release(1, { headline: 'Own family', issuers: ['OSCE Secretariat'], countries: ['Austria'] });
    const version = { ...release(2, { headline: 'Other language' }), familyId: own.id };
    const back = await reloaded(new SearchIndex([own, version]));
    expect(back.get(own.id)).toMatchObject({ familyId: own.id, issuers: ['OSCE Secretariat'], countries: ['Austria'] });
    expect(back.get(version.id)?.familyId).toBe(own.id);
  });

  it('refuses a file of another version, of another folder, or broken in any way', async () => {
    const text = await written(index);
    const lines = text.split('\n');
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    const withHeader = (changes: Record<string, unknown>) =>
      [JSON.stringify({ ...header, ...changes }), ...lines.slice(1)].join('\n');
    const termLine = lines.findIndex((line) => line.startsWith('["t"'));
    const past = encodePostings(
      [index.size * 256 + 1],
      Array.from({ length: index.size + 1 }, (_, i) => i),
    );
    const bad: Record<string, string> = {
      'another index version': withHeader({ version: SEARCH_INDEX_VERSION + 1 }),
      'another release schema': withHeader({ releaseSchema: RELEASE_SCHEMA_VERSION - 1 }),
      'other fields': withHeader({ fields: ['headline'] }),
      'not ours': withHeader({ format: 'something-else' }),
      empty: '',
      garbage: 'PK\u0003\u0004 not an index at all',
      'cut in half': text.slice(0, Math.floor(text.length / 2)),
      'without its last lines': lines.slice(0, -3).join('\n'),
      'a line added after the end': `${text}["t","extra",[0,"A"]]\n`,
      'a term listed twice': [...lines.slice(0, termLine + 1), lines[termLine], ...lines.slice(termLine + 1)].join(
        '\n',
      ),
      'a posting past the last release': text.replace(/"t","([^"]+)",\[(\d),"[^"]*"/, `"t","$1",[$2,"${past}"`),
      'a release entry mangled': text.replace(/\["d",\["/, '["d",[17,"'),
    };
    for (const [what, broken] of Object.entries(bad)) {
      expect(broken, what).not.toBe(text);
      await expect(parseIndex(Buffer.from(broken), FOLDER), what).rejects.toThrow();
    }
    await expect(parseIndex(Buffer.from(text), 'another:folder')).rejects.toThrow(/another releases folder/);
    await expect(parseIndex(Buffer.from(text), FOLDER)).resolves.toBeInstanceOf(SearchIndex);
  });

  it('writes nothing for an index that changes while it is written', async () => {
    const moving = new SearchIndex(generateLibrary(30, 2));
    let changed = false;
    // Asked whether to stop between slices and at the end: change the index right then.
    const text = await serializeIndex(moving, FOLDER, () => {
      if (!changed) moving.remove(moving.ids()[0]!);
      changed = true;
      return false;
    });
    expect(changed).toBe(true);
    expect(text).toBeUndefined();
    expect(await serializeIndex(moving, FOLDER)).toBeDefined();
  });
});

describe('posting lists in the file', () => {
  it('round-trip gaps and frequencies of every size', () => {
    const docs = [0, 1, 2, 3, 40, 41, 1000, 70_000, 2 ** 22];
    const freqs = [1, 2, 6, 7, 8, 255, 1, 3, 100];
    const entries = docs.map((doc, i) => doc * 256 + freqs[i]!);
    const identity = Array.from({ length: 2 ** 22 + 1 }, (_, i) => i);
    const text = encodePostings(entries, identity);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Array.from(decodePostings(text, 2 ** 22 + 1))).toEqual(entries);
    // A common word's postings (consecutive documents, said once) take a character each.
    expect(
      encodePostings(
        [0, 1, 2, 3].map((d) => d * 256 + 1),
        identity,
      ),
    ).toHaveLength(4);
  });

  it('refuses lists naming documents that are not there, or malformed', () => {
    const text = encodePostings([5 * 256 + 1], [0, 1, 2, 3, 4, 5]);
    expect(() => decodePostings(text, 5)).toThrow();
    expect(() => decodePostings('', 5)).toThrow();
    expect(() => decodePostings('A!', 5)).toThrow();
    expect(() => decodePostings('_', 5)).toThrow();
  });
});
