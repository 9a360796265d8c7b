import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DatelineError } from '../../../preload/errors';
import { emptyContent } from '../../../common/model/release';
import { isTempFile, UnflushedError, type AtomicFs } from '../../../main/core/store/atomic';
import { MIGRATION_BACKUP_DIR } from '../../../main/core/store/migrationBackup';
import { ReleaseStore, RELEASES_DIR, TRASH_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore } from '../../../main/core/store/settingsStore';
import { openCore } from '../../../main/core/context';
import { headlessHost, type AppEvent } from '../../../main/core/host';
import { FaultyFs, type FaultCode } from '../../helpers/faultyFs';
import { RESOURCES } from '../../helpers/paths';
import { SCHEMA_1, SCHEMA_1_ID } from '../../helpers/schema1';
import { tempDirs } from '../../helpers/tempDirs';
import { openChecked } from '../../helpers/openStore';

/**
 * Every file-system call of a save fails once, in turn, as a disk that errs or fills up would.
 * Before the rename, the save must say it failed, the data folder must hold the old version and
 * no temp file, and the same change must succeed when retried. After it (flushing the folder),
 * the new version is in place: the save must succeed, say that the flush is still to come, and
 * retry the flush by itself.
 */

const ID = SCHEMA_1_ID;
const edited = emptyContent({ headline: 'Edited' });

/** One change under test, bound to a store opened with the faulty fs. */
interface Case {
  act(): Promise<unknown>;
  /** Read from disk with a fresh store: whether the change is there. The store must open cleanly. */
  landed(): Promise<boolean>;
  /** The folders the store under test still has to flush. */
  unflushed(): string[];
}

/** How the stores under test are opened: the faulty fs, and whom they tell of a flush still to come. */
interface Under {
  fs: AtomicFs;
  onUnflushed: (error: UnflushedError) => void;
  flushRetryMs: number;
}

async function reopen(dir: string): Promise<ReleaseStore> {
  const { store, quarantined } = await openChecked(dir);
  expect(quarantined, 'files the reopened store could not load').toEqual([]);
  return store;
}

async function seeded(dir: string, under: AtomicFs | Under): Promise<{ store: ReleaseStore; id: string }> {
  const { store: healthy } = await openChecked(dir);
  const { id } = await healthy.create({ headline: 'Original' });
  const { store } = await openChecked(dir, 'fs' in under ? under : { fs: under });
  return { store, id };
}

const SCENARIOS: Record<string, (dir: string, under: Under) => Promise<Case>> = {
  'creating a release': async (dir, under) => {
    const { store } = await openChecked(dir, under);
    return {
      act: () => store.create({ headline: 'Created' }),
      landed: async () => (await reopen(dir)).list().some((s) => s.headline === 'Created'),
      unflushed: () => store.unflushed,
    };
  },
  'editing a release': async (dir, under) => {
    const { store, id } = await seeded(dir, under);
    return {
      act: () => store.save(id, 1, edited),
      landed: async () => (await (await reopen(dir)).get(id)).headline === 'Edited',
      unflushed: () => store.unflushed,
    };
  },
  'submitting a release for review': async (dir, under) => {
    const { store, id } = await seeded(dir, under);
    return {
      act: () => store.transition(id, 'submit', { by: 'Ana', comment: '' }),
      landed: async () => (await (await reopen(dir)).get(id)).workflow.state === 'in-review',
      unflushed: () => store.unflushed,
    };
  },
  'deleting a release': async (dir, under) => {
    const { store, id } = await seeded(dir, under);
    return {
      act: () => store.remove(id),
      landed: async () => !(await reopen(dir)).list().some((s) => s.id === id),
      unflushed: () => store.unflushed,
    };
  },
  'the first save of a schema 1 release (backup, then rewrite)': async (dir, under) => {
    await openChecked(dir);
    await writeFile(join(dir, RELEASES_DIR, `${ID}.json`), SCHEMA_1);
    const { store } = await openChecked(dir, under);
    return {
      unflushed: () => store.unflushed,
      act: () => store.save(ID, 3, edited),
      landed: async () => {
        const landed = (await (await reopen(dir)).get(ID)).headline === 'Edited';
        // Backed up first: whenever the new schema is on disk, the original bytes are in the backups.
        if (landed) expect(await backupsHolding(dir, SCHEMA_1)).toBeGreaterThanOrEqual(1);
        return landed;
      },
    };
  },
  'changing the settings': async (dir, under) => {
    const { settings } = await SettingsStore.open(dir, under);
    return {
      unflushed: () => settings.unflushed,
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

const freshDir = tempDirs('dateline-faults-');

let injected = 0;
afterAll(() =>
  console.log(
    `fault injection: ${injected} faults injected, each followed by a reopen and a retry of the change or of its flush`,
  ),
);

describe.each(Object.entries(SCENARIOS))('a disk fault while %s', (_, prepare) => {
  it('fails the change clearly before the rename, keeps the old or the whole new version, and the retry succeeds', async () => {
    // A clean run counts the calls and finds the last rename: before it the old version stays.
    const faulty = new FaultyFs();
    const told: UnflushedError[] = [];
    // Retried soon, so the test sees the store flush again by itself.
    const under: Under = { fs: faulty.fs, onUnflushed: (error) => told.push(error), flushRetryMs: 5 };
    const clean = await prepare(await freshDir(), under);
    faulty.arm();
    await clean.act();
    const calls = [...faulty.calls];
    const lastRename = calls.findLastIndex((call) => call.startsWith('rename')) + 1;
    expect(lastRename, `a save renames: ${calls.join(', ')}`).toBeGreaterThan(0);

    for (let n = 1; n <= calls.length; n++) {
      for (const code of ['EIO', 'ENOSPC'] as FaultCode[]) {
        const where = `fault ${code} at call ${n} of ${calls.length} (${calls[n - 1]})`;
        const dir = await freshDir();
        const change = await prepare(dir, under);
        const before = await snapshot(dir);
        told.length = 0;
        faulty.arm(n, code);
        const error = await change.act().then(
          () => undefined,
          (e: unknown) => e,
        );
        injected++;
        if (n > lastRename) {
          // The new version is in place, only not flushed: saved, said so, and flushed again by itself.
          expect(error, `${where}: the change is saved`).toBeUndefined();
          expect(told, `${where}: told that the flush is still to come`).toEqual([expect.any(UnflushedError)]);
          expect(told[0]!.message, where).toMatch(code === 'ENOSPC' ? /no space left/ : /i\/o error/);
          expect(change.unflushed(), where).toEqual([told[0]!.folder]);
          expect(await change.landed(), `${where}: the change is on disk`).toBe(true);
          expect(await tempFiles(dir), `${where}: temp files`).toEqual([]);
          await vi.waitFor(() => expect(change.unflushed(), `${where}: flushed again`).toEqual([]));
          expect(faulty.calls.slice(n), `${where}: the retry`).toEqual(
            expect.arrayContaining([`open ${told[0]!.folder.split('/').at(-1)}`, 'sync']),
          );
          continue;
        }
        expect(told, `${where}: nothing to flush later`).toEqual([]);
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

        expect(await change.landed(), `${where}: the change is on disk`).toBe(false);
        expect(await snapshot(dir), `${where}: the old version`).toEqual(before);

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

describe('a folder flush that failed after the rename', () => {
  it('is done by the next save into the folder, and tried again on close', async () => {
    const faulty = new FaultyFs();
    const told: UnflushedError[] = [];
    // No timer within the test: only the next save and the close flush again.
    const { store, id } = await seeded(await freshDir(), {
      fs: faulty.fs,
      onUnflushed: (error) => told.push(error),
      flushRetryMs: 60_000,
    });
    await store.get(id);
    // open, writeFile, sync, close, rename; then open, sync, close of the folder.
    faulty.arm(7, 'EIO');
    const saved = await store.save(id, 1, edited);
    expect(faulty.calls.slice(5)).toEqual(['open releases', 'sync', 'close']);
    expect(saved.revision).toBe(2);
    expect(store.unflushed).toHaveLength(1);
    // The next save flushes the same folder, which makes the earlier rename durable too.
    faulty.arm();
    await store.save(id, 2, emptyContent({ headline: 'Edited again' }));
    expect(store.unflushed).toEqual([]);

    // The save's folder sync (7th) and the transition's (17th, after reading the file and writing it).
    faulty.arm([7, 17], 'EIO');
    await store.save(id, 3, edited);
    await store.transition(id, 'submit', { by: 'Ana', comment: '' });
    expect(store.unflushed).toHaveLength(1);
    expect(told).toHaveLength(2);
    faulty.arm();
    await store.close();
    expect(faulty.calls).toEqual(['open releases', 'sync', 'close']);
    expect(store.unflushed).toEqual([]);
  });
});

describe('the window, after a save whose folder flush failed', () => {
  it('is told the change is saved and the flush is retried, not that the save failed', async () => {
    const faulty = new FaultyFs();
    const events: AppEvent[] = [];
    const host = { ...headlessHost, emit: (event: AppEvent) => void events.push(event) };
    const dataDir = await freshDir();
    const core = await openCore({
      dataDir,
      resourcesDir: RESOURCES,
      version: 'test',
      fs: faulty.fs,
      host,
      dailySnapshot: false,
    });
    try {
      const { id } = await core.releases.create({ headline: 'Original' });
      faulty.arm(7, 'EIO');
      const saved = await core.releases.save(id, 1, edited);
      expect(saved.headline).toBe('Edited');
      expect(events).toContainEqual({ type: 'notices-changed' });
      expect(core.notices()).toEqual([
        expect.objectContaining({
          title: 'Saved, not yet confirmed on the disk',
          message: expect.stringMatching(/Your change is saved in releases.*i\/o error.*Dateline keeps trying/),
        }),
      ]);
    } finally {
      faulty.arm();
      await core.close();
    }
  });
});
