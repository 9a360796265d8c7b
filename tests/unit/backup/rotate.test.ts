import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSnapshots, rotate, snapshotIfDue, takeSnapshot } from '../../../main/core/backup/snapshot';
import { SNAPSHOTS_DIR } from '../../../main/core/backup/names';
import { tempDir } from '../../helpers/tempDir';
import { day } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-rotate-')));
afterEach(() => cleanup());

const names = async () => (await listSnapshots(dir)).map((s) => s.name);

describe('rotate', () => {
  it('keeps the newest N and removes the older ones', async () => {
    for (let d = 1; d <= 6; d++) await takeSnapshot(dir, day(d));
    expect(await rotate(dir, 4)).toEqual(['2026-11-02T120000', '2026-11-01T120000']);
    expect(await names()).toEqual(['2026-11-06T120000', '2026-11-05T120000', '2026-11-04T120000', '2026-11-03T120000']);
    expect(await rotate(dir, 4)).toEqual([]);
  });

  it('never removes the newest, whatever it is asked', async () => {
    for (let d = 1; d <= 3; d++) await takeSnapshot(dir, day(d));
    await rotate(dir, 0);
    expect(await names()).toEqual(['2026-11-03T120000']);
  });

  it('counts manual snapshots with the daily ones, and safety copies apart', async () => {
    await takeSnapshot(dir, day(1), { kind: 'before-restore' });
    await takeSnapshot(dir, day(2), { kind: 'before-restore' });
    await takeSnapshot(dir, day(3));
    await takeSnapshot(dir, day(4), { kind: 'manual' });
    await takeSnapshot(dir, day(5));
    await rotate(dir, 2);
    expect(await names()).toEqual([
      '2026-11-05T120000',
      '2026-11-04T120000-manual',
      '2026-11-02T120000-before-restore',
      '2026-11-01T120000-before-restore',
    ]);
  });

  it('clears leftovers of interrupted snapshots but leaves folders it did not make', async () => {
    await takeSnapshot(dir, day(1));
    await mkdir(join(dir, SNAPSHOTS_DIR, '.tmp-2026-11-02T120000', 'releases'), { recursive: true });
    await mkdir(join(dir, SNAPSHOTS_DIR, 'kept by hand'));
    await rotate(dir, 14);
    expect((await readdir(join(dir, SNAPSHOTS_DIR))).sort()).toEqual(['2026-11-01T120000', 'kept by hand']);
  });
});

describe('snapshotIfDue', () => {
  it('takes one snapshot a calendar day', async () => {
    expect((await snapshotIfDue(dir, day(23, 0, 5), 14)).taken?.name).toBe('2026-11-23T000500');
    expect((await snapshotIfDue(dir, day(23, 23, 55), 14)).taken).toBeUndefined();
    expect((await snapshotIfDue(dir, day(24, 0, 1), 14)).taken?.name).toBe('2026-11-24T000100');
    expect(await names()).toHaveLength(2);
  });

  it('counts a manual snapshot as the day’s, but not a safety copy', async () => {
    await takeSnapshot(dir, day(23, 8), { kind: 'before-restore' });
    expect((await snapshotIfDue(dir, day(23, 9), 14)).taken).toBeDefined();
    await takeSnapshot(dir, day(24, 8), { kind: 'manual' });
    expect((await snapshotIfDue(dir, day(24, 9), 14)).taken).toBeUndefined();
  });

  it('rotates after taking, keeping N', async () => {
    for (let d = 1; d <= 20; d++) await snapshotIfDue(dir, day(d), 14);
    const kept = await names();
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('2026-11-20T120000');
    expect(kept.at(-1)).toBe('2026-11-07T120000');
  });
});
