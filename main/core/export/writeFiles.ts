import { access, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import { TEMP_SUFFIX, writeFileAtomic } from '../store/atomic';

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Turns a failed export write into words a press officer can act on. */
export function exportFailed(path: string, error: unknown): DatelineError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'the folder does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder is read-only'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : (error as Error).message;
  return new DatelineError('WRITE_FAILED', `Could not write ${path}: ${why}. Choose another folder and try again.`, {
    cause: error,
  });
}

/** Writes each file whole (temp file and rename), so an interrupted export leaves no half file. */
export async function writeFiles(files: { path: string; text: string }[]): Promise<void> {
  for (const { path, text } of files) {
    await writeFileAtomic(path, text).catch((error: unknown) => {
      throw exportFailed(path, error);
    });
  }
}

let counter = 0;

/** Named as the store's temp files are (`.<name>.<pid>.<n>.tmp`), so isTempFile knows them. */
function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}${TEMP_SUFFIX}`);
}

/** Writes a temp file, flushed to the disk only when `durable`. */
async function writeTemp(temp: string, text: string, durable: boolean): Promise<void> {
  if (!durable) return writeFile(temp, text, 'utf8');
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes one file of a batch whole: a temp file beside it, renamed over the name, so a crash of
 * the app, a cancel or a full disk never leaves half a file under a final name. Without `durable`
 * the bytes are left to the system to flush: a power cut may empty a page, which an export redoes.
 */
export async function writeBatchFile(path: string, text: string, durable: boolean): Promise<void> {
  const temp = tempPathOf(path);
  try {
    await writeTemp(temp, text, durable);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw exportFailed(path, error);
  }
}

/** Makes the renames in `folder` durable; Windows cannot open a folder for that, and NTFS journals them. */
export async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw exportFailed(folder, error);
  } finally {
    await handle?.close();
  }
}
