import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../main/core/context';
import { emptyContent, type Release } from '../../../common/model/release';
import { searchIndexPath, serializeIndex } from '../../../main/core/search/indexFile';
import { LibrarySearch, SNIPPET_HITS } from '../../../main/core/search/librarySearch';
import { SearchIndex, type LibraryQuery } from '../../../main/core/search/searchIndex';
import { RELEASES_DIR, ReleaseStore } from '../../../main/core/store/releaseStore';
import { generateLibrary } from '../../helpers/generateLibrary';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';
import { ids, paragraphs } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
const stores: ReleaseStore[] = [];
const searches: LibrarySearch[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dateline-search-'));
});

afterEach(async () => {
  for (const search of searches.splice(0)) await search.close();
  for (const store of stores.splice(0)) await store.close();
  await cleanup();
});

async function openStore(): Promise<ReleaseStore> {
  const { store } = await ReleaseStore.open(dir);
  stores.push(store);
  return store;
}

function searchOver(store: ReleaseStore, options: ConstructorParameters<typeof LibrarySearch>[1] = {}): LibrarySearch {
  const search = new LibrarySearch(() => store, { persistDelayMs: 10, ...options });
  searches.push(search);
  return search;
}

/** Closes a search now (so its file is written) rather than after the test. */
async function closed(search: LibrarySearch): Promise<void> {
  searches.splice(searches.indexOf(search), 1);
  await search.close();
}

const fileExists = () =>
  stat(searchIndexPath(dir)).then(
    () => true,
    () => false,
  );

const QUERIES: LibraryQuery[] = [
  { text: 'security' },
  { text: 'scepanovic', sort: 'date' },
  { text: 'cooperat', limit: 5 },
  { text: 'security border' },
  { languages: ['en'] },
  { text: 'ombudsman' },
];

/** Answers without snippets, which are read from the releases and so say nothing about the index. */
async function answers(search: LibrarySearch): Promise<unknown[]> {
  const out = [];
  for (const query of QUERIES) {
    const { total, hits } = await search.search(query);
    out.push({ total, hits: hits.map(({ snippet: _s, ...hit }) => hit) });
  }
  return out;
}

/** A library of 60 generated releases, two of them saying "ombudsman". */
async function seeded(store: ReleaseStore): Promise<Release[]> {
  const library = generateLibrary(60, 7);
  library[3] = { ...library[3]!, headline: 'The ombudsman reports' };
  library[9] = { ...library[9]!, lead: 'An ombudsman was appointed.' };
  for (const release of library) await store.insert(release);
  return library;
}

describe('LibrarySearch and its index file', () => {
  it('builds the index on the first search and writes it; a later start loads it and answers the same', async () => {
    const store = await openStore();
    await seeded(store);
    const first = searchOver(store);
    const expected = await answers(first);
    expect(first.origin).toBe('built');
    expect((expected[0] as { total: number }).total).toBeGreaterThan(5);
    await closed(first);
    expect(await fileExists()).toBe(true);

    const reads = vi.spyOn(store, 'get');
    const second = searchOver(store);
    await second.whenReady();
    // Loaded from the file: not one release file read to get there.
    expect(second.origin).toBe('loaded');
    expect(reads).not.toHaveBeenCalled();
    expect(await answers(second)).toEqual(expected);
  });

  it('writes the changes it was told about, so the next start need not read those releases again', async () => {
    const store = await openStore();
    const library = await seeded(store);
    const first = searchOver(store);
    await first.whenReady();
    const saved = await store.save(
      library[5]!.id,
      library[5]!.revision,
      emptyContent({ headline: 'Zanzibarian waters', lead: 'Fishing rights.' }),
    );
    first.stored(saved);
    await closed(first);

    const reads = vi.spyOn(store, 'get');
    const second = searchOver(store);
    expect(ids((await second.search({ text: 'zanzibarian' })).hits)).toEqual([saved.id]);
    expect(second.origin).toBe('loaded');
    // The index came from the file, and the snippet from the release file as it is: the store read nothing.
    expect(reads).not.toHaveBeenCalled();
  });

  it('reconciles releases changed, added and deleted while it was closed', async () => {
    const store = await openStore();
    const library = await seeded(store);
    const first = searchOver(store);
    await first.whenReady();
    await closed(first);
    expect(await fileExists()).toBe(true);

    // Changes the index is not told about, as if made while Dateline was closed.
    const [changed, deleted] = [library[3]!, library[9]!];
    const submitted = library.find((r, i) => i > 12 && r.workflow.state === 'draft')!;
    await store.save(changed.id, changed.revision, emptyContent({ headline: 'Wombats in the steppe' }));
    const added = await store.create({ headline: 'Quokka census', body: paragraphs('Quokkas counted again.') });
    await store.remove(deleted.id);
    await store.transition(submitted.id, 'submit', { by: 'Tester', comment: '' });

    const second = searchOver(store);
    expect(ids((await second.search({ text: 'wombats' })).hits)).toEqual([changed.id]);
    expect(second.origin).toBe('loaded');
    expect(ids((await second.search({ text: 'quokka' })).hits)).toEqual([added.id]);
    // Both "ombudsman" releases are gone: one changed, one deleted.
    expect((await second.search({ text: 'ombudsman' })).total).toBe(0);
    expect(ids((await second.search({ states: ['in-review'] })).hits)).toContain(submitted.id);
    expect((await second.search({})).total).toBe(store.size);
    await closed(second);

    // The reconciled index was written back: a third start agrees without reading anything.
    const reads = vi.spyOn(store, 'get');
    const third = searchOver(store);
    await third.whenReady();
    expect(third.origin).toBe('loaded');
    expect(reads).not.toHaveBeenCalled();
    expect(ids((await third.search({ text: 'quokka' })).hits)).toEqual([added.id]);
  });

  it('ignores a broken, foreign or other-version file, rebuilds the index and writes a good one', async () => {
    const store = await openStore();
    await seeded(store);
    const reference = searchOver(store);
    const expected = await answers(reference);
    await closed(reference);
    const good = await readFileText();
    const lines = good.split('\n');
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    const otherFolder = await serializeIndex(new SearchIndex(generateLibrary(5, 1)), 'another:folder');
    const files: Record<string, string> = {
      garbage: '\u0000\u0001 not an index',
      'cut short': good.slice(0, good.length - 200),
      'another version': [JSON.stringify({ ...header, version: 1 }), ...lines.slice(1)].join('\n'),
      'another folder': otherFolder!,
    };
    for (const [what, text] of Object.entries(files)) {
      await writeFile(searchIndexPath(dir), text);
      const problems: string[] = [];
      const search = searchOver(store, { onProblem: (message) => problems.push(message) });
      expect(await answers(search), what).toEqual(expected);
      expect(search.origin, what).toBe('built');
      expect(problems, what).toHaveLength(1);
      await closed(search);
      const next = searchOver(store);
      await next.whenReady();
      expect(next.origin, `${what}, rewritten`).toBe('loaded');
      await closed(next);
    }
  });

  it('does not take an index of a releases folder since replaced (a restore) for the new one', async () => {
    const store = await openStore();
    await seeded(store);
    const first = searchOver(store);
    await first.whenReady();
    await closed(first);
    await store.close();
    stores.splice(0);
    // The restore swaps in a new folder with the same files.
    const folder = join(dir, RELEASES_DIR);
    await rename(folder, `${folder}-old`);
    await mkdir(folder);
    for (const name of await readdir(`${folder}-old`)) await rename(join(`${folder}-old`, name), join(folder, name));
    const restored = await openStore();
    const search = searchOver(restored);
    expect((await search.search({ text: 'ombudsman' })).total).toBe(2);
    expect(search.origin).toBe('built');
    await rm(`${folder}-old`, { recursive: true });
  });

  it('waits for the index when a search comes while it loads', async () => {
    const store = await openStore();
    await seeded(store);
    const first = searchOver(store);
    const expected = await answers(first);
    await closed(first);

    const second = searchOver(store);
    second.warm();
    // Issued at once, all together, before the file is even read.
    const early = await Promise.all(QUERIES.map((query) => second.search(query)));
    expect(early.map(({ total, hits }) => ({ total, hits: hits.map(({ snippet: _s, ...hit }) => hit) }))).toEqual(
      expected,
    );
    expect(early[0]!.total).toBeGreaterThan(5);
    expect(second.origin).toBe('loaded');
  });

  it('keeps a save told while the index loads', async () => {
    const store = await openStore();
    const library = await seeded(store);
    const first = searchOver(store);
    await first.whenReady();
    await closed(first);

    const second = searchOver(store);
    second.warm();
    const saved = await store.save(library[20]!.id, library[20]!.revision, emptyContent({ headline: 'Platypus' }));
    second.stored(saved);
    expect(ids((await second.search({ text: 'platypus' })).hits)).toEqual([saved.id]);
  });

  it('writes nothing when read-only or discarded', async () => {
    const store = await openStore();
    await seeded(store);
    const reader = searchOver(store, { readOnly: true });
    expect((await reader.search({ text: 'ombudsman' })).total).toBe(2);
    await closed(reader);
    expect(await fileExists()).toBe(false);

    const first = searchOver(store);
    await first.whenReady();
    await closed(first);
    const before = await readFileText();
    // As when a restore replaces the folder: a change told just before must not be written over the new index.
    const discarded = searchOver(store, { persistDelayMs: 1 });
    await discarded.whenReady();
    discarded.stored({ ...(await store.get(store.list()[0]!.id)), headline: 'Never written' });
    discarded.discard();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await closed(discarded);
    expect(await readFileText()).toBe(before);
  });
});

describe('the core and its search index', () => {
  const openAt = (warmSearch: boolean) =>
    openCore({ dataDir: dir, resourcesDir: RESOURCES, version: '0.0.0-test', dailySnapshot: false, warmSearch });

  it('writes the index with its last changes on close, and a core opened later loads it', async () => {
    const core = await openAt(false);
    const first = await core.releases.create({ headline: 'Quokka census' });
    expect(ids((await core.search.search({ text: 'quokka' })).hits)).toEqual([first.id]);
    expect(core.search.origin).toBe('built');
    // Told to the index by the store, and written only because close() flushes it.
    const last = await core.releases.create({ headline: 'Platypus census' });
    await core.close();

    const again = await openAt(false);
    try {
      const reads = vi.spyOn(again.releases, 'get');
      await again.search.whenReady();
      expect(again.search.origin).toBe('loaded');
      expect(reads).not.toHaveBeenCalled();
      expect(ids((await again.search.search({ text: 'platypus' })).hits)).toEqual([last.id]);
    } finally {
      await again.close();
    }
    const warmed = await openAt(true);
    try {
      expect(ids((await warmed.search.search({ text: 'census' })).hits).sort()).toEqual([first.id, last.id].sort());
      expect(warmed.search.origin).toBe('loaded');
    } finally {
      await warmed.close();
    }
  });
});

describe('LibrarySearch snippets', () => {
  it('gives the first hits a snippet around the match, and still returns every hit', async () => {
    const store = await openStore();
    for (let i = 0; i < 40; i++) {
      const filler = 'Delegates met again. '.repeat(i % 7);
      await store.create({ headline: `Meeting ${i}`, body: paragraphs(`${filler}The Ombudsman spoke to them.`) });
    }
    const search = searchOver(store);
    const all = await search.search({ text: 'ombudsman' });
    expect(all.total).toBe(40);
    expect(all.hits).toHaveLength(40);
    const withSnippet = all.hits.filter((hit) => hit.snippet !== undefined);
    expect(withSnippet).toHaveLength(SNIPPET_HITS);
    expect(all.hits.slice(0, SNIPPET_HITS)).toEqual(withSnippet);
    for (const hit of withSnippet) expect(hit.snippet).toContain('Ombudsman spoke');

    const few = await search.search({ text: 'ombudsman', limit: 3 });
    expect(few.total).toBe(40);
    expect(few.hits.every((hit) => hit.snippet?.includes('Ombudsman'))).toBe(true);
    expect((await search.search({})).hits.every((hit) => hit.snippet === undefined)).toBe(true);
  });

  it('cuts the snippet from the release as it is now', async () => {
    const store = await openStore();
    const release = await store.create({ headline: 'Water', body: paragraphs('Irrigation in the valley.') });
    const search = searchOver(store);
    expect((await search.search({ text: 'water' })).hits[0]?.snippet).toContain('Irrigation');
    const saved = await store.save(
      release.id,
      release.revision,
      emptyContent({ headline: 'Water', body: paragraphs('Hydropower on the river.') }),
    );
    search.stored(saved);
    expect((await search.search({ text: 'water' })).hits[0]?.snippet).toContain('Hydropower');
  });
});

const readFileText = (): Promise<string> => readFile(searchIndexPath(dir), 'utf8');
