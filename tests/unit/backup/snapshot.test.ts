import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSnapshots, takeSnapshot } from '../../../main/core/backup/snapshot';
import { MANIFEST_FILE, SNAPSHOTS_DIR } from '../../../main/core/backup/names';
import { tempDir } from '../../helpers/tempDir';
import { day, durable, seed, tree } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-backup-')));
afterEach(() => cleanup());

describe('takeSnapshot', () => {
  it('copies the releases, their history and the settings, and nothing else', async () => {
    const ids = await seed(dir);
    const info = await takeSnapshot(dir, day(23, 10, 15), { appVersion: '1.2.3' });
    expect(info).toMatchObject({ name: '2026-11-23T101500', kind: 'daily', releaseCount: 2 });
    const copied = await tree(join(dir, SNAPSHOTS_DIR, info.name), [MANIFEST_FILE]);
    expect(copied).toEqual(await durable(dir));
    expect(Object.keys(copied).sort()).toEqual(
      [...ids.map((id) => `releases/${id}.json`), ...ids.map((id) => `history/${id}.jsonl`), 'settings.json'].sort(),
    );
    expect(info.size).toBe(Object.values(copied).reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  });

  it('writes the manifest last, with the counts, the time and the schema versions', async () => {
    await seed(dir);
    const info = await takeSnapshot(dir, day(23));
    const manifest = JSON.parse(await readFile(join(dir, SNAPSHOTS_DIR, info.name, MANIFEST_FILE), 'utf8'));
    expect(manifest).toMatchObject({
      format: 1,
      kind: 'daily',
      createdAt: day(23).toISOString(),
      schemas: { release: 3, settings: 4, history: 1 },
      releaseCount: 2,
      fileCount: 5,
    });
    expect(manifest.files).toHaveLength(5);
    expect(manifest.files[0]).toEqual({
      path: expect.any(String),
      size: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Nothing is left under a temporary name.
    expect(await readdir(join(dir, SNAPSHOTS_DIR))).toEqual([info.name]);
  });

  it('names snapshots by local time and kind, and never reuses a name', async () => {
    const names = [];
    for (const kind of ['daily', 'daily', 'manual', 'before-restore'] as const) {
      names.push((await takeSnapshot(dir, day(23, 9, 5), { kind })).name);
    }
    expect(names).toEqual([
      '2026-11-23T090500',
      '2026-11-23T090500-2',
      '2026-11-23T090500-manual',
      '2026-11-23T090500-before-restore',
    ]);
  });

  it('snapshots an empty data folder', async () => {
    const info = await takeSnapshot(dir, day(23));
    expect(info).toMatchObject({ releaseCount: 0, size: 0 });
    expect((await readdir(join(dir, SNAPSHOTS_DIR, info.name))).sort()).toEqual(['history', MANIFEST_FILE, 'releases']);
  });

  it('fails with a clear message when it cannot write', async () => {
    await writeFile(join(dir, SNAPSHOTS_DIR), 'a file where the folder belongs');
    await expect(takeSnapshot(dir, day(23))).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringMatching(/^Dateline could not take a snapshot of the data folder: /),
    });
  });
});

describe('listSnapshots', () => {
  it('lists complete snapshots newest first, ignoring half-written and temporary folders', async () => {
    await seed(dir);
    await takeSnapshot(dir, day(21));
    await takeSnapshot(dir, day(23), { kind: 'manual' });
    await takeSnapshot(dir, day(22));
    const folder = join(dir, SNAPSHOTS_DIR);
    // A snapshot cut short before its manifest, one with a torn manifest, and one still being written.
    await mkdir(join(folder, '2026-11-24T120000', 'releases'), { recursive: true });
    await mkdir(join(folder, '2026-11-25T120000'));
    await writeFile(join(folder, '2026-11-25T120000', MANIFEST_FILE), '{"format": 1, "kind": "da');
    await mkdir(join(folder, '.tmp-2026-11-26T120000'));
    await writeFile(join(folder, 'notes.txt'), 'not a snapshot');
    const listed = await listSnapshots(dir);
    expect(listed.map((s) => s.name)).toEqual(['2026-11-23T120000-manual', '2026-11-22T120000', '2026-11-21T120000']);
    expect(listed[0]).toEqual({
      name: '2026-11-23T120000-manual',
      kind: 'manual',
      createdAt: day(23).toISOString(),
      releaseCount: 2,
      size: expect.any(Number),
    });
  });

  it('answers an empty list when there are no snapshots', async () => {
    expect(await listSnapshots(dir)).toEqual([]);
    expect(await listSnapshots(join(dir, 'missing'))).toEqual([]);
  });
});
