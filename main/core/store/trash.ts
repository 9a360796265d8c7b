import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import type { AtomicFs } from './atomic';
import { writeFailed } from './errors';

/** Deleted releases wait here whole, one file each as in `releases/`, until restored. */
export const TRASH_DIR = 'trash';

export function trashPathOf(dataDir: string, id: string): string {
  return join(dataDir, TRASH_DIR, `${id}.json`);
}

export async function makeTrash(dataDir: string): Promise<void> {
  await mkdir(join(dataDir, TRASH_DIR), { recursive: true });
}

/** Moves a release's file to the trash, by one rename: the file is in one place or the other. */
export async function moveToTrash(dataDir: string, id: string, path: string, fs: AtomicFs): Promise<void> {
  await fs.rename(path, trashPathOf(dataDir, id)).catch((error: unknown) => {
    throw writeFailed('the deletion', error);
  });
}

/** Moves a release's file back from the trash to `path`; NOT_FOUND when the trash no longer holds it. */
export async function moveFromTrash(dataDir: string, id: string, path: string, fs: AtomicFs): Promise<void> {
  await fs.rename(trashPathOf(dataDir, id), path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DatelineError('NOT_FOUND', 'That release is no longer in the trash.');
    }
    throw writeFailed('the restored release', error);
  });
}
