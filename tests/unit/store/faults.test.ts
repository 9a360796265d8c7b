import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatelineError } from '../../../preload/errors';
import { emptyContent } from '../../../common/model/release';
import { isTempFile, type AtomicFs } from '../../../main/core/store/atomic';
import { MIGRATION_BACKUP_DIR } from '../../../main/core/store/migrationBackup';
import { ReleaseStore, RELEASES_DIR, TRASH_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore } from '../../../main/core/store/settingsStore';
import { FaultyFs, type FaultCode } from '../../helpers/faultyFs';
import { tempDir } from '../../helpers/tempDir';
import { openChecked } from '../../helpers/openStore';

/**
 * Every file-system call of a save fails once, in turn, as a disk that errs or fills up would:
 * the save must say so, the data folder must hold the old version (or the new one, once the
 * rename is done) and no temp file, and the same change must succeed when retried.
 */

const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const AT = '2026-11-23T10:00:00.000Z';
const SCHEMA_1 = JSON.stringify({
  schemaVersion: 1,
  id: ID,
  revision: 3,
  headline: 'From the first version',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Old body' }] }] },
  createdAt: AT,
  updatedAt: AT,
});
const edited = emptyContent({ headline: 'Edited' });

/** One change under test, bound to a store opened with the faulty fs. */
interface Case {
  act(): Promise<unknown>;
  /** Read from disk with a fresh store: whether the change is there. The store must open cleanly. */
  landed(): Promise<boolean>;
}

async function reopen(dir: string): Promise<ReleaseStore> {
  const { store, quarantined } = await openChecked(dir);
  expect(quarantined, 'files the reopened store could not load').toEqual([]);
  return store;
}

async function seeded(dir: string, fs: AtomicFs): Promise<{ store: ReleaseStore; id: string }> {
  const { store: healthy } = await openChecked(dir);
  const { id } = await healthy.create({ headline: 'Original' });
  const { store } = await openChecked(dir, { fs });
  return { store, id };
}

const SCENARIOS: Record<string, (dir: string, fs: AtomicFs) => Promise<Case>> = {
  'creating a release': async (dir, fs) => {
    const { store } = await openChecked(dir, { fs });
    return {
      act: () => store.create({ headline: 'Created' }),
      landed: async () => (await reopen(dir)).list().some((s) => s.headline === 'Created'),
    };
  },
  'editing a release': async (dir, fs) => {
    const { store, id } = await seeded(dir, fs);
    return {
      act: () => store.save(id, 1, edited),
      landed: async () => (await (await reopen(dir)).get(id)).headline === 'Edited',
    };
  },
  'submitting a release for review': async (dir, fs) => {
    const { store, id } = await seeded(dir, fs);
    return {
      act: () => store.transition(id, 'submit', { by: 'Ana', comment: '' }),
      landed: async () => (await (await reopen(dir)).get(id)).workflow.state === 'in-review',
    };
  },
  'deleting a release': async (dir, fs) => {
    const { store, id } = await seeded(dir, fs);
    return {
      act: () => store.remove(id),
      landed: async () => !(await reopen(dir)).list().some((s) => s.id === id),
    };
  },
  'the first save of a schema 1 release (backup, then rewrite)': async (dir, fs) => {
    await openChecked(dir);
    await writeFile(join(dir, RELEASES_DIR, `${ID}.json`), SCHEMA_1);
    const { store } = await openChecked(dir, { fs });
    return {
      act: () => store.save(ID, 3, edited),
      landed: async () => {
        const landed = (await (await reopen(dir)).get(ID)).headline === 'Edited';
        // Backed up first: whenever the new schema is on disk, the original bytes are in the backups.
        if (landed) expect(await backupsHolding(dir, SCHEMA_1)).toBeGreaterThanOrEqual(1);
        return landed;
      },
    };
  },
  'changing the settings': async (dir, fs) => {
    const { settings } = await SettingsStore.open(dir, { fs });
    return {
      act: () => settings.update((s) => ({ ...s, userName: 'Ana' })),
      landed: async () => {
        const { settings: again, quarantined } = await SettingsStore.open(dir);
        expect(quarantined).toEqual([]);
        return again.get().userName === 'Ana';
      },
    };
  },
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

async function tempFiles(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).filter((path) => isTempFile(path.split('/').at(-1)!));
}

async function backupsHolding(dir: string, text: string): Promise<number> {
  const folder = join(dir, MIGRATION_BACKUP_DIR);
  const names = await readdir(folder).catch(() => []);
  const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
  return texts.filter((t) => t === text).length;
}

/** The releases, the trash and the settings as bytes: what a failed change must leave as it was. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const paths = (await filesUnder(dir)).filter(
    (p) => p.startsWith(`${RELEASES_DIR}/`) || p.startsWith(`${TRASH_DIR}/`) || p === 'settings.json',
  );
  return Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await readFile(join(dir, p), 'utf8')])));
}

const folders: Array<() => Promise<void>> = [];
async function freshDir(): Promise<string> {
  const { dir, cleanup } = await tempDir('dateline-faults-');
  folders.push(cleanup);
  return dir;
}
afterAll(async () => {
  await Promise.all(folders.map((cleanup) => cleanup()));
});

let injected = 0;
afterAll(() => console.log(`fault injection: ${injected} faults injected, each followed by a reopen and a retry`));

describe.each(Object.entries(SCENARIOS))('a disk fault while %s', (_, prepare) => {
  it('fails the change clearly at every call, keeps the old or the whole new version, and the retry succeeds', async () => {
    // A clean run counts the calls and finds the last rename: before it the old version stays.
    const faulty = new FaultyFs();
    const clean = await prepare(await freshDir(), faulty.fs);
    faulty.arm();
    await clean.act();
    const calls = [...faulty.calls];
    const lastRename = calls.findLastIndex((call) => call.startsWith('rename')) + 1;
    expect(lastRename, `a save renames: ${calls.join(', ')}`).toBeGreaterThan(0);

    for (let n = 1; n <= calls.length; n++) {
      for (const code of ['EIO', 'ENOSPC'] as FaultCode[]) {
        const where = `fault ${code} at call ${n} of ${calls.length} (${calls[n - 1]})`;
        const dir = await freshDir();
        const change = await prepare(dir, faulty.fs);
        const before = await snapshot(dir);
        faulty.arm(n, code);
        const error = await change.act().then(
          () => undefined,
          (e: unknown) => e,
        );
        injected++;
        expect(error, where).toBeInstanceOf(DatelineError);
        // A transition reads the release first: a fault there fails the read, and nothing is written.
        const reading = n <= calls.findIndex((c) => c.includes('.tmp'));
        if (reading) {
          expect((error as DatelineError).code, where).toBe('READ_FAILED');
          expect((error as DatelineError).message, where).toMatch(/could not be read just now/);
        } else {
          expect((error as DatelineError).code, where).toBe('WRITE_FAILED');
          expect((error as DatelineError).message, where).toMatch(
            code === 'ENOSPC' ? /could not save .*the disk is full/ : /could not save .*i\/o error/,
          );
        }
        expect(await tempFiles(dir), `${where}: temp files`).toEqual([]);

        const landed = await change.landed();
        expect(landed, `${where}: the change is on disk`).toBe(n > lastRename);
        if (!landed) expect(await snapshot(dir), `${where}: the old version`).toEqual(before);

        faulty.arm();
        await change.act();
        expect(await change.landed(), `${where}: the retry is on disk`).toBe(true);
        expect(await tempFiles(dir), `${where}: temp files after the retry`).toEqual([]);
      }
    }
  });
});

describe('a failed save that cannot even remove its temp file', () => {
  it('leaves the release whole, and the next open removes the temp file', async () => {
    const faulty = new FaultyFs();
    const dir = await freshDir();
    const { store, id } = await seeded(dir, faulty.fs);
    const before = await snapshot(dir);
    // The 5th call is the rename; the 6th, the clean-up of the temp file, fails too.
    faulty.arm([5, 6], 'EIO');
    await expect(store.save(id, 1, edited)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    injected += 2;
    expect(faulty.calls.slice(4)).toEqual([expect.stringMatching(/^rename /), expect.stringMatching(/^rm /)]);
    expect(await tempFiles(dir)).toHaveLength(1);

    await reopen(dir);
    expect(await tempFiles(dir)).toEqual([]);
    expect(await snapshot(dir)).toEqual(before);
  });
});
