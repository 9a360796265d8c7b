import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls a save makes; tests pass a faulty one to prove saves stay atomic. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export const defaultFs: AtomicFs = nodeFs;

export const TEMP_SUFFIX = '.tmp';

let counter = 0;

/** True for a temp file of writeFileAtomic (`.<name>.<pid>.<n>.tmp`), optionally only one made for `target`. */
export function isTempFile(name: string, target?: string): boolean {
  const match = /^\.(.+)\.\d+\.\d+\.tmp$/.exec(name);
  return match !== null && (target === undefined || match[1] === target);
}

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old
 * or the new content, never a torn mix: write a temp file, fsync, rename, fsync the folder.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = defaultFs,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}${TEMP_SUFFIX}`);
  try {
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path), fs);
}

/** Removes temp files a crashed save left in `folder`; only ours, and only for `target` if given. */
export async function removeTempFiles(folder: string, target?: string): Promise<void> {
  const names = await nodeFs.readdir(folder).catch(() => []);
  await Promise.all(
    names.filter((name) => isTempFile(name, target)).map((name) => nodeFs.rm(join(folder, name), { force: true })),
  );
}

/** Makes a rename durable; folders cannot be opened for sync on Windows, where NTFS journals it. */
async function syncFolder(folder: string, fs: AtomicFs): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}
