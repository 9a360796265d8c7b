import { access } from 'node:fs/promises';
import { DatelineError } from '../../../preload/errors';
import { writeFileAtomic } from '../store/atomic';

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
