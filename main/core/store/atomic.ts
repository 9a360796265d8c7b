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

/** A fresh temp file's path beside `path` (`.<name>.<pid>.<n>.tmp`), as isTempFile knows them. */
export function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}${TEMP_SUFFIX}`);
}

/**
 * The new content is in place under its name, but the folder holding it could not be flushed:
 * the change landed, yet a power cut before a later flush could still undo the rename.
 */
export class UnflushedError extends Error {
  /** The failure's own code (EIO, ENOSPC…), so whoever words it can say why. */
  readonly code: string | undefined;

  constructor(
    readonly folder: string,
    cause: unknown,
  ) {
    super(`the change is in place but could not be flushed to the disk (${(cause as Error)?.message})`, { cause });
    this.code = (cause as NodeJS.ErrnoException)?.code;
  }
}

/** Opens `path`, lets `use` work with the handle, and closes it whatever happens. */
export async function withHandle<T>(
  path: string,
  flags: string,
  use: (handle: nodeFs.FileHandle) => Promise<T>,
  fs: Pick<AtomicFs, 'open'> = defaultFs,
): Promise<T> {
  const handle = await fs.open(path, flags);
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

/** Folder fsync fails with these where folders cannot be opened for it (Windows, where NTFS journals renames). */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL']);

/** Makes the renames and new names in `folder` durable. */
export async function syncFolder(folder: string, fs: Pick<AtomicFs, 'open'> = defaultFs): Promise<void> {
  try {
    await withHandle(folder, 'r', (handle) => handle.sync(), fs);
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** Writes a new file's data and flushes it to the disk before its handle is closed. */
export function writeDurably(path: string, data: string | Uint8Array, flags = 'w', fs?: AtomicFs): Promise<void> {
  return withHandle(
    path,
    flags,
    async (handle) => {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    },
    fs,
  );
}

/**
 * Replaces `path` with `data` so that after a crash the file holds either the old
 * or the new content, never a torn mix: write a temp file, fsync, rename, fsync the folder.
 * Throws UnflushedError when only the last step failed: the new content is then in place.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = defaultFs,
): Promise<void> {
  const temp = tempPathOf(path);
  try {
    await writeDurably(temp, data, 'w', fs);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path), fs).catch((error: unknown) => {
    throw new UnflushedError(dirname(path), error);
  });
}

/** Removes temp files a crashed save left in `folder`; only ours, and only for `target` if given. */
export async function removeTempFiles(folder: string, target?: string): Promise<void> {
  const names = await nodeFs.readdir(folder).catch(() => []);
  await Promise.all(
    names.filter((name) => isTempFile(name, target)).map((name) => nodeFs.rm(join(folder, name), { force: true })),
  );
}
