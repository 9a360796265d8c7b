import * as fs from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent } from '../../../common/model/release';
import type { AtomicFs } from '../../../main/core/store/atomic';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { tempDir } from '../../helpers/tempDir';
import { openChecked } from '../../helpers/openStore';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** An fs whose reads of one file fail with EIO the next `times` times, as a flaky disk or a full file table would. */
function flakyReads(file: string, times: number): AtomicFs {
  let left = times;
  return {
    open: (async (path: string, flags?: string) => {
      if (path.endsWith(file) && flags === 'r' && left-- > 0) {
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      }
      return fs.open(path, flags);
    }) as AtomicFs['open'],
    rename: fs.rename,
    rm: fs.rm,
  };
}

describe('a release file the system cannot read', () => {
  it('is read again once, so a passing failure loses nothing', async () => {
    const { store } = await openChecked(dir);
    const release = await store.create(emptyContent({ headline: 'Read on the second try' }));
    const { store: reopened, quarantined } = await openChecked(dir, { fs: flakyReads(`${release.id}.json`, 1) });
    expect(quarantined).toEqual([]);
    expect(reopened.list().map((r) => r.headline)).toEqual(['Read on the second try']);
  });

  it('is left in place and named, never quarantined, and opens once the disk reads again', async () => {
    const { store } = await openChecked(dir);
    const kept = await store.create(emptyContent({ headline: 'Readable' }));
    const flaky = await store.create(emptyContent({ headline: 'Unreadable for now' }));
    const skipped: string[] = [];
    const { store: reopened, quarantined } = await openChecked(dir, {
      fs: flakyReads(`${flaky.id}.json`, 2),
      onSkipped: (path, reason) => skipped.push(`${path}: ${reason}`),
    });
    expect(quarantined).toEqual([]);
    expect(reopened.list().map((r) => r.id)).toEqual([kept.id]);
    expect(skipped).toEqual([expect.stringMatching(new RegExp(`${flaky.id}\\.json: .*i/o error`))]);
    expect((await readdir(join(dir, RELEASES_DIR))).sort()).toEqual([`${flaky.id}.json`, `${kept.id}.json`].sort());

    const { store: later } = await openChecked(dir);
    expect(
      later
        .list()
        .map((r) => r.headline)
        .sort(),
    ).toEqual(['Readable', 'Unreadable for now']);
  });

  it('fails opening the release with a message to try again, keeping it in the library', async () => {
    const failing = { on: false };
    const toggled: AtomicFs = {
      open: (async (path: string, flags?: string) => {
        if (failing.on && flags === 'r')
          throw Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' });
        return fs.open(path, flags);
      }) as AtomicFs['open'],
      rename: fs.rename,
      rm: fs.rm,
    };
    const { store } = await openChecked(dir, { fs: toggled });
    const release = await store.create(emptyContent({ headline: 'Flaky' }));
    failing.on = true;
    await expect(store.get(release.id)).rejects.toMatchObject({
      code: 'READ_FAILED',
      message: expect.stringContaining('try again in a moment'),
    });
    expect(store.list().map((r) => r.id)).toEqual([release.id]);
    failing.on = false;
    expect((await store.get(release.id)).headline).toBe('Flaky');
    expect(await readdir(join(dir, RELEASES_DIR))).toEqual([`${release.id}.json`]);
  });
});
