import { access, rename, rm, writeFile } from 'node:fs/promises';
import { DatelineError } from '../../../preload/errors';
import { syncFolder as syncStoreFolder, tempPathOf, writeDurably, writeFileAtomic } from '../store/atomic';

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
export async function writeFiles(files: { path: string; text: string | Uint8Array }[]): Promise<void> {
  for (const { path, text } of files) {
    await writeFileAtomic(path, text).catch((error: unknown) => {
      throw exportFailed(path, error);
    });
  }
}

/** Writes a temp file, flushed to the disk only when `durable`. */
function writeTemp(temp: string, text: string | Uint8Array, durable: boolean): Promise<void> {
  return durable
    ? writeDurably(temp, text)
    : typeof text === 'string'
      ? writeFile(temp, text, 'utf8')
      : writeFile(temp, text);
}

/**
 * Writes one file of a batch whole: a temp file beside it, renamed over the name, so a crash of
 * the app, a cancel or a full disk never leaves half a file under a final name. Without `durable`
 * the bytes are left to the system to flush: a power cut may empty a page, which an export redoes.
 */
export async function writeBatchFile(path: string, text: string | Uint8Array, durable: boolean): Promise<void> {
  const temp = tempPathOf(path);
  try {
    await writeTemp(temp, text, durable);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw exportFailed(path, error);
  }
}

/** Makes the renames in `folder` durable, a failure worded as an export's. */
export async function syncFolder(folder: string): Promise<void> {
  await syncStoreFolder(folder).catch((error: unknown) => {
    throw exportFailed(folder, error);
  });
}
