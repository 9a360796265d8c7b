import * as fs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../../main/core/store/atomic';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** A file system whose rename fails: the moment between writing the temp file and replacing the real one. */
const interruptedBeforeRename: AtomicFs = {
  open: fs.open,
  rm: fs.rm,
  rename: () => Promise.reject(Object.assign(new Error('power cut'), { code: 'EIO' })),
};

describe('writeFileAtomic', () => {
  it('replaces the file with the new content', async () => {
    const path = join(dir, 'a.json');
    await writeFileAtomic(path, '{"v":1}');
    await writeFileAtomic(path, '{"v":2}');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ v: 2 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the previous version readable when a save is interrupted between write and rename', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, '{"v":1}');
    await expect(writeFileAtomic(path, '{"v":2}', interruptedBeforeRename)).rejects.toThrow('power cut');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ v: 1 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('never exposes a half-written file: the new content appears only by rename', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, '{"v":1}');
    const seen: string[] = [];
    const watching: AtomicFs = {
      open: fs.open,
      rm: fs.rm,
      rename: async (from, to) => {
        seen.push(await readFile(path, 'utf8'));
        await fs.rename(from, to);
      },
    };
    await writeFileAtomic(path, '{"v":2}', watching);
    expect(seen).toEqual(['{"v":1}']);
    expect(await readFile(path, 'utf8')).toBe('{"v":2}');
  });
});
