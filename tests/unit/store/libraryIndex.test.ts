import * as nodeFs from 'node:fs/promises';
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent } from '../../../common/model/release';
import type { AtomicFs } from '../../../main/core/store/atomic';
import { indexPath } from '../../../main/core/store/libraryIndex';
import { ReleaseStore, RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** An fs that counts which release files were opened for reading. */
function countingFs(): { fs: AtomicFs; reads: string[] } {
  const reads: string[] = [];
  const fs: AtomicFs = {
    ...nodeFs,
    open: ((path: string, flags?: string) => {
      if (flags === 'r' && path.endsWith('.json')) reads.push(path);
      return nodeFs.open(path, flags);
    }) as AtomicFs['open'],
  };
  return { fs, reads };
}

async function library(headlines: string[]): Promise<string[]> {
  const { store } = await ReleaseStore.open(dir);
  const ids: string[] = [];
  for (const headline of headlines) ids.push((await store.create({ headline })).id);
  await store.close();
  return ids;
}
const fileOf = (id: string) => join(dir, RELEASES_DIR, `${id}.json`);
const headlines = (store: ReleaseStore) =>
  store
    .list()
    .map((s) => s.headline)
    .sort();

describe('the library index', () => {
  it('lists indexed, unchanged releases without reading their files', async () => {
    await library(['One', 'Two', 'Three']);
    const { fs, reads } = countingFs();
    const { store } = await ReleaseStore.open(dir, { fs });
    expect(headlines(store)).toEqual(['One', 'Three', 'Two']);
    await store.checked();
    expect(reads).toEqual([]);
  });

  it('picks up a file changed outside Dateline after the index was written', async () => {
    const [id] = await library(['Before']);
    const release = JSON.parse(await readFile(fileOf(id!), 'utf8'));
    await writeFile(fileOf(id!), JSON.stringify({ ...release, headline: 'Changed outside', revision: 5 }));
    // The same size and an old mtime would hide it; a real edit moves the mtime.
    const { mtime } = await stat(fileOf(id!));
    await utimes(fileOf(id!), mtime, new Date(mtime.getTime() + 2000));
    const { store } = await ReleaseStore.open(dir);
    await store.checked();
    expect(store.list()).toMatchObject([{ headline: 'Changed outside', revision: 5 }]);
    // A save right after opening compares with the file, not the index.
    await expect(store.save(id!, 5, emptyContent({ headline: 'Saved' }))).resolves.toMatchObject({ revision: 6 });
  });

  it('drops a release whose file was deleted, and adds one not in the index', async () => {
    const [gone] = await library(['Gone', 'Stays']);
    await rm(fileOf(gone!));
    const other = await ReleaseStore.open(join(dir, 'elsewhere'));
    const added = await other.store.create({ headline: 'Added' });
    await other.store.close();
    await writeFile(fileOf(added.id), await readFile(join(dir, 'elsewhere', RELEASES_DIR, `${added.id}.json`)));
    const changed: string[] = [];
    const observer = { stored: () => {}, removed: () => {}, restored: () => {} };
    const { store } = await ReleaseStore.open(dir, {
      observer: { ...observer, changedOnDisk: (id) => changed.push(id) },
    });
    // Listed at once from the index; the folder is compared in the background.
    expect(headlines(store)).toEqual(['Gone', 'Stays']);
    await store.checked();
    expect(headlines(store)).toEqual(['Added', 'Stays']);
    expect(changed.sort()).toEqual([added.id, gone].sort());
  });

  it('ignores a broken index, reads the files and writes a new one', async () => {
    await library(['One', 'Two']);
    const good = JSON.parse(await readFile(indexPath(dir), 'utf8'));
    const badEntry = { ...good, entries: [good.entries[0].map((v: unknown, i: number) => (i === 6 ? 'x' : v))] };
    const older = { ...good, version: 1 };
    for (const broken of ['{"version": 2, "entries": [{"id": 3}]}', 'not json', '', badEntry, older]) {
      await writeFile(indexPath(dir), typeof broken === 'string' ? broken : JSON.stringify(broken));
      const { fs, reads } = countingFs();
      const { store } = await ReleaseStore.open(dir, { fs });
      expect(headlines(store)).toEqual(['One', 'Two']);
      expect(reads).toHaveLength(2);
      await store.close();
      expect(JSON.parse(await readFile(indexPath(dir), 'utf8'))).toMatchObject({ version: 2 });
    }
  });

  it('loses nothing when the process dies between a save and the index write', async () => {
    const [id] = await library(['Draft']);
    const { store } = await ReleaseStore.open(dir);
    await store.save(id!, 1, emptyContent({ headline: 'Saved, index not yet written' }));
    store.discard(); // as if killed: the debounced index write never happens
    const { store: again } = await ReleaseStore.open(dir);
    await again.checked();
    expect(again.list()).toMatchObject([{ headline: 'Saved, index not yet written', revision: 2 }]);
    expect((await again.get(id!)).revision).toBe(2);
  });

  it('never uses an index of a releases folder that was replaced, as a restore does', async () => {
    await library(['Old']);
    const index = await readFile(indexPath(dir), 'utf8');
    await rm(join(dir, RELEASES_DIR), { recursive: true });
    await library(['New']);
    await writeFile(indexPath(dir), index);
    const { store } = await ReleaseStore.open(dir);
    expect(headlines(store)).toEqual(['New']);
  });

  it('saves a release never opened in this run with the workflow from its file', async () => {
    const [id] = await library(['Draft']);
    const { store: first } = await ReleaseStore.open(dir);
    await first.transition(id!, 'submit', { by: 'Ana', comment: '' });
    await first.close();
    const { store } = await ReleaseStore.open(dir);
    const saved = await store.save(id!, 1, emptyContent({ headline: 'Edited in review' }));
    expect(saved.workflow.events.map((e) => e.action)).toEqual(['submit']);
    expect(saved.workflow.state).toBe('in-review');
  });

  it('removes temp files of a save cut short, after opening from the index', async () => {
    await library(['One']);
    const temp = join(dir, RELEASES_DIR, '.one.json.123.456.tmp');
    await writeFile(temp, '{"half');
    const { store } = await ReleaseStore.open(dir);
    await store.checked();
    await expect(stat(temp)).rejects.toThrow();
    expect(headlines(store)).toEqual(['One']);
  });

  it('quarantines a file damaged while Dateline was closed, found after opening', async () => {
    const [bad, good] = await library(['Damaged', 'Fine']);
    await writeFile(fileOf(bad!), '{"truncated":');
    const { store } = await ReleaseStore.open(dir);
    await store.checked();
    expect(headlines(store)).toEqual(['Fine']);
    await expect(stat(fileOf(bad!))).rejects.toThrow();
    expect((await store.get(good!)).headline).toBe('Fine');
  });
});
