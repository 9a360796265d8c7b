import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyContent } from '../../../common/model/release';
import { contentOf } from '../../../common/release';
import type { AtomicFs } from '../../../main/core/store/atomic';
import { INDEX_DIR } from '../../../main/core/store/libraryIndex';
import { MIGRATION_BACKUP_DIR } from '../../../main/core/store/migrationBackup';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore } from '../../../main/core/store/settingsStore';
import { contentHash } from '../../../main/core/workflow/hash';
import { FaultyFs } from '../../helpers/faultyFs';
import { openChecked } from '../../helpers/openStore';
import { disksAfterCut, readTree, writeTree, type Tree } from '../../helpers/powerCut';
import { SCHEMA_1, SCHEMA_1_ID } from '../../helpers/schema1';
import { tempDirs } from '../../helpers/tempDirs';

/**
 * Power-loss durability, which a killed process cannot show (its page cache survives it): the
 * faulty file system records every operation of a save, and for every point in that sequence
 * tests/helpers/powerCut.ts works out what a disk may hold after a power cut there (data not
 * flushed by an fsync of its file, and names not flushed by an fsync of their folder, may be
 * lost). Each such disk must open whole with the old or the new version, and once the save has
 * resolved, with the new one. Without the file's fsync a cut after the rename finds an empty or
 * zeroed file; without the folder's fsync a resolved save can still be undone.
 */

const ID = SCHEMA_1_ID;
const edited = emptyContent({ headline: 'Edited', lead: 'A lead long enough to span more than one half. '.repeat(40) });

/** One save under test, and how to read a data folder as what the user would find in it. */
interface Case {
  act(): Promise<unknown>;
  /** What a store opened on `dir` shows, files it had to set aside included. */
  view(dir: string): Promise<string>;
  /** More that must hold of a disk on which the save landed. */
  landed?(dir: string): Promise<void>;
}

async function releasesIn(dir: string): Promise<string> {
  const { store, quarantined } = await openChecked(dir);
  const damaged = quarantined.map((entry) => `set aside: ${entry.reason}`);
  const lines = await Promise.all(
    store.list().map(async ({ id }) => {
      const release = await store.get(id);
      return `${id} r${release.revision} ${release.workflow.state} ${contentHash(contentOf(release))}`;
    }),
  );
  return [...damaged, ...lines.sort()].join('\n') || '(no release)';
}

async function seeded(dir: string, fs: AtomicFs) {
  const { store: healthy } = await openChecked(dir);
  const { id } = await healthy.create({ headline: 'Original' });
  await healthy.close();
  const { store } = await openChecked(dir, { fs });
  return { store, id };
}

const SCENARIOS: Record<string, (dir: string, fs: AtomicFs) => Promise<Case>> = {
  'creating a release': async (dir, fs) => {
    const { store } = await openChecked(dir, { fs });
    return { act: () => store.create(edited), view: releasesIn };
  },
  'editing a release': async (dir, fs) => {
    const { store, id } = await seeded(dir, fs);
    return { act: () => store.save(id, 1, edited), view: releasesIn };
  },
  'submitting a release for review': async (dir, fs) => {
    const { store, id } = await seeded(dir, fs);
    return { act: () => store.transition(id, 'submit', { by: 'Ana', comment: '' }), view: releasesIn };
  },
  'the first save of a schema 1 release (backup, then rewrite)': async (dir, fs) => {
    await openChecked(dir);
    await writeFile(join(dir, RELEASES_DIR, `${ID}.json`), SCHEMA_1);
    const { store } = await openChecked(dir, { fs });
    return {
      act: () => store.save(ID, 3, edited),
      view: releasesIn,
      // Whenever the new schema is on the disk, so are the original bytes, in the backups.
      landed: async (copy) => {
        const folder = join(copy, MIGRATION_BACKUP_DIR);
        const names = await readdir(folder).catch(() => []);
        const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
        expect(texts, 'the original of the migrated file').toContain(SCHEMA_1);
      },
    };
  },
  'changing the settings': async (dir, fs) => {
    await SettingsStore.open(dir);
    const { settings } = await SettingsStore.open(dir, { fs });
    return {
      act: () => settings.update((s) => ({ ...s, userName: 'Ana' })),
      view: async (copy) => {
        const { settings: read, quarantined } = await SettingsStore.open(copy);
        return [...quarantined.map((entry) => `set aside: ${entry.reason}`), JSON.stringify(read.get())].join('\n');
      },
    };
  },
};

const freshDir = tempDirs('dateline-powercut-');

/** The library index is a cache the store checks against the files: it plays no part. */
const withoutCache = (files: Tree): Tree =>
  new Map([...files].filter(([path]) => path !== INDEX_DIR && !path.startsWith(`${INDEX_DIR}/`)));

let disks = 0;
afterAll(() => console.log(`power-cut model: ${disks} disks after a cut opened and checked`));

describe.each(Object.entries(SCENARIOS))('a power cut while %s', (_, prepare) => {
  it('leaves the old or the new version at every point, and the new one once the save resolved', async () => {
    const dir = await freshDir();
    const faulty = new FaultyFs();
    const change = await prepare(dir, faulty.fs);
    // Everything written before the save is taken to be on the disk.
    const before = await readTree(dir);
    const opened = async (files: Tree) => {
      const copy = await freshDir();
      await writeTree(copy, files, before.folders);
      return copy;
    };
    const old = await change.view(await opened(withoutCache(before.files)));
    faulty.arm();
    await change.act();
    const { ops } = faulty;
    const saved = await change.view(await opened(withoutCache((await readTree(dir)).files)));
    expect(saved, 'the save changed what the user sees').not.toBe(old);
    const syncs = ops.filter((op) => op.op === 'sync').length;
    expect(syncs, `a save flushes: ${ops.map((op) => op.op).join(', ')}`).toBeGreaterThan(0);

    for (let cut = 0; cut <= ops.length; cut++) {
      const resolved = cut === ops.length;
      const where = `a cut after ${cut} of ${ops.length} operations (${ops
        .slice(0, cut)
        .map((op) => op.op)
        .join(', ')})`;
      for (const files of disksAfterCut(dir, withoutCache(before.files), ops, cut)) {
        const copy = await opened(files);
        const seen = await change.view(copy);
        disks++;
        if (resolved) expect(seen, `${where}: the save resolved, so the disk holds it`).toBe(saved);
        else expect([old, saved], `${where}: neither the old nor the new version`).toContain(seen);
        if (seen === saved) await change.landed?.(copy);
      }
    }
  });
});
