import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DatelineError } from '../../../preload/errors';

export const LOCK_FILE = '.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

/** Holds the data folder for this process until released. */
export interface StoreLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/**
 * Makes this process the only writer of `dir`. A pid file rather than a timed lease,
 * so a crashed writer's lock is taken over at once instead of after a timeout.
 */
export async function acquireLock(dir: string): Promise<StoreLock> {
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const temp = `${path}.${process.pid}`;
  await writeFile(temp, JSON.stringify(info));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        // link() creates the lock with its content in one step, or fails if one exists.
        await link(temp, path);
        const onExit = () => unlinkSyncQuiet(path);
        process.once('exit', onExit);
        return {
          async release() {
            process.off('exit', onExit);
            await rm(path, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = await readLock(path);
        const stale = holder !== undefined && holder.host === info.host && !isAlive(holder.pid);
        if (!stale || attempt > 0) {
          const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another program';
          throw new DatelineError(
            'STORE_LOCKED',
            `The data folder ${dir} is in use by another Dateline (${who}). Close it and try again.`,
          );
        }
        await rm(path, { force: true });
      }
    }
    throw new DatelineError('STORE_LOCKED', `Could not lock the data folder ${dir}.`);
  } finally {
    await rm(temp, { force: true });
  }
}

function unlinkSyncQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}
