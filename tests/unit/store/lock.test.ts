import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE } from '../../../main/core/store/lock';
import { tempDir } from '../../helpers/tempDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('acquireLock', () => {
  it('refuses a second writer with a clear error until the first releases', async () => {
    const first = await acquireLock(dir);
    await expect(acquireLock(dir)).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringContaining('in use by another Dateline'),
    });
    await first.release();
    const second = await acquireLock(dir);
    await second.release();
  });

  it('takes over the lock of a writer that crashed', async () => {
    const pid = await deadPid();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), startedAt: '' }));
    const lock = await acquireLock(dir);
    await lock.release();
  });
});
