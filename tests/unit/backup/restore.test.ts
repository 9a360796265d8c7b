import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, SNAPSHOTS_DIR } from '../../../main/core/backup/names';
import { restoreSnapshot } from '../../../main/core/backup/restore';
import { listSnapshots, takeSnapshot } from '../../../main/core/backup/snapshot';
import { JOURNAL_FILE, STAGING_DIR, recoverRestore } from '../../../main/core/backup/swap';
import { sha256 } from '../../../main/core/backup/files';
import { tempDir } from '../../helpers/tempDir';
import { day, durable, open, seed, tree } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-restore-')));
afterEach(() => cleanup());

/** Takes a snapshot of a seeded folder, then changes the folder: another release, another user name. */
async function snapshotThenChange(): Promise<{ name: string; before: Record<string, string> }> {
  await seed(dir);
  const { name } = await takeSnapshot(dir, day(22));
  const before = await durable(dir);
  const core = await open(dir);
  try {
    const third = await core.releases.create({ headline: 'Third' });
    const first = core.releases.list().find((r) => r.headline === 'First, edited')!;
    await core.releases.remove(first.id);
    await core.settings.update((s) => ({ ...s, userName: 'Someone else' }));
    expect(third.id).toBeDefined();
  } finally {
    await core.close();
  }
  return { name, before };
}

describe('restoreSnapshot', () => {
  it('brings back the exact files of the snapshot and keeps the state before as a safety copy', async () => {
    const { name, before } = await snapshotThenChange();
    const changed = await durable(dir);
    expect(changed).not.toEqual(before);

    const result = await restoreSnapshot(dir, name, { now: day(23) });
    expect(result).toEqual({ restored: name, safetyCopy: '2026-11-23T120000-before-restore' });
    expect(await durable(dir)).toEqual(before);

    const safety = await tree(join(dir, SNAPSHOTS_DIR, result.safetyCopy), [MANIFEST_FILE]);
    expect(safety).toEqual(changed);
    expect((await listSnapshots(dir)).map((s) => [s.name, s.kind])).toEqual([
      ['2026-11-23T120000-before-restore', 'before-restore'],
      [name, 'daily'],
    ]);
    // Nothing of the swap is left behind, and the trash and quarantine are untouched.
    await expect(readFile(join(dir, STAGING_DIR, JOURNAL_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(join(dir, 'quarantine', 'broken.json'), 'utf8')).toBe('{');
  });

  it('opens as restored: the releases, their history and the settings', async () => {
    const { name } = await snapshotThenChange();
    await restoreSnapshot(dir, name);
    const core = await open(dir);
    try {
      expect(core.releases.list().map((r) => r.headline)).toEqual(['First, edited', 'Second']);
      const first = core.releases.list()[0]!;
      expect(await core.history.list(first.id)).toEqual([
        expect.objectContaining({ rev: 2, headline: 'First, edited' }),
      ]);
      expect(core.settings.get().userName).toBe('First & Second');
    } finally {
      await core.close();
    }
  });

  it('removes the settings file when the snapshot had none', async () => {
    const { name } = await takeSnapshot(dir, day(22));
    await seed(dir);
    await restoreSnapshot(dir, name);
    expect(await durable(dir)).toEqual({});
  });

  it('refuses a half-written snapshot (no manifest) and changes nothing', async () => {
    await seed(dir);
    const { name } = await takeSnapshot(dir, day(22));
    await rm(join(dir, SNAPSHOTS_DIR, name, MANIFEST_FILE));
    const before = await tree(dir);
    await expect(restoreSnapshot(dir, name)).rejects.toMatchObject({
      code: 'READ_FAILED',
      message: expect.stringContaining('it is incomplete'),
    });
    expect(await tree(dir)).toEqual(before);
  });

  it.each([
    ['a file changed since it was taken', 'has changed since the snapshot was taken', changeAFile],
    ['a file missing', 'is missing', removeAFile],
    ['a release that does not load', 'cannot be loaded', breakARelease],
    ['a damaged manifest', 'its manifest.json is damaged', tearTheManifest],
    ['a newer Dateline', 'taken by a newer Dateline', fromTheFuture],
  ])('refuses a broken snapshot (%s) with a clear message, and nothing on disk changes', async (_, message, damage) => {
    await seed(dir);
    const { name } = await takeSnapshot(dir, day(22));
    await damage(join(dir, SNAPSHOTS_DIR, name));
    const before = await tree(dir);
    const refusal = restoreSnapshot(dir, name);
    await expect(refusal).rejects.toMatchObject({ code: 'READ_FAILED', message: expect.stringContaining(message) });
    await expect(refusal).rejects.toThrow(/^The snapshot .* cannot be restored: .*Nothing was changed/);
    expect(await tree(dir)).toEqual(before);
  });

  it.each(['../..', '..', 'a/../../b', '/etc', '.tmp-x', '2099-01-01T000000', ''])(
    'refuses the name “%s”, which is no snapshot',
    async (name) => {
      await seed(dir);
      await takeSnapshot(dir, day(22));
      const before = await tree(dir);
      await expect(restoreSnapshot(dir, name)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await tree(dir)).toEqual(before);
    },
  );

  it('leaves the data untouched when preparing the swap fails', async () => {
    const { name } = await snapshotThenChange();
    const changed = await durable(dir);
    const failing = restoreSnapshot(dir, name, {
      beforeSwap: async () => {
        throw new Error('disk unplugged');
      },
    });
    await expect(failing).rejects.toThrow('disk unplugged');
    expect(await durable(dir)).toEqual(changed);
    await expect(readFile(join(dir, STAGING_DIR, JOURNAL_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('recoverRestore', () => {
  /** Builds what restoreSnapshot leaves when a crash comes after its journal and the first rename. */
  async function crashMidSwap(): Promise<{ name: string; before: Record<string, string> }> {
    const { name, before } = await snapshotThenChange();
    const staging = join(dir, STAGING_DIR);
    await mkdir(join(staging, 'old'), { recursive: true });
    const snapshot = join(dir, SNAPSHOTS_DIR, name);
    for (const item of ['releases', 'history', 'settings.json']) {
      await rename(join(snapshot, item), join(staging, 'new', item)).catch(async () => {
        await mkdir(join(staging, 'new'), { recursive: true });
        await rename(join(snapshot, item), join(staging, 'new', item));
      });
    }
    await writeFile(
      join(staging, JOURNAL_FILE),
      JSON.stringify({ snapshot: name, safetyCopy: 'x', place: ['releases', 'history', 'settings.json'] }),
    );
    await rename(join(dir, 'releases'), join(staging, 'old', 'releases'));
    return { name, before };
  }

  it('finishes a restore interrupted after its journal was written', async () => {
    const { name, before } = await crashMidSwap();
    expect(await recoverRestore(dir)).toMatchObject({ snapshot: name });
    expect(await durable(dir)).toEqual(before);
    expect(await recoverRestore(dir)).toBeUndefined();
  });

  it('drops a restore interrupted before its journal: the data folder is as it was', async () => {
    const { name } = await snapshotThenChange();
    const changed = await durable(dir);
    await mkdir(join(dir, STAGING_DIR, 'new'), { recursive: true });
    await writeFile(join(dir, STAGING_DIR, 'new', 'settings.json'), '{}');
    expect(await recoverRestore(dir)).toBeUndefined();
    expect(await durable(dir)).toEqual(changed);
    expect(name).toBeDefined();
  });
});

async function manifestOf(folder: string) {
  return JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8'));
}

async function firstRelease(folder: string): Promise<string> {
  const manifest = await manifestOf(folder);
  return manifest.files.find((f: { path: string }) => f.path.startsWith('releases/')).path;
}

async function changeAFile(folder: string) {
  const path = join(folder, await firstRelease(folder));
  await writeFile(path, `${await readFile(path, 'utf8')} `);
}

async function removeAFile(folder: string) {
  await rm(join(folder, await firstRelease(folder)));
}

/** A release that fails validation, with the manifest updated to match, as if it was copied broken. */
async function breakARelease(folder: string) {
  const path = await firstRelease(folder);
  const text = JSON.stringify({ ...JSON.parse(await readFile(join(folder, path), 'utf8')), revision: 'two' });
  await writeFile(join(folder, path), text);
  const manifest = await manifestOf(folder);
  const entry = manifest.files.find((f: { path: string }) => f.path === path);
  Object.assign(entry, { size: Buffer.byteLength(text), sha256: sha256(Buffer.from(text)) });
  await writeFile(join(folder, MANIFEST_FILE), JSON.stringify(manifest));
}

async function tearTheManifest(folder: string) {
  const manifest = await manifestOf(folder);
  manifest.fileCount += 1;
  await writeFile(join(folder, MANIFEST_FILE), JSON.stringify(manifest));
}

async function fromTheFuture(folder: string) {
  const manifest = await manifestOf(folder);
  manifest.schemas.release = 99;
  manifest.appVersion = '9.0.0';
  await writeFile(join(folder, MANIFEST_FILE), JSON.stringify(manifest));
}
