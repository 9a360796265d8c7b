import { DatelineError } from '../../../preload/errors';

/** Turns a file-system failure during a save into words a press officer can act on. */
export function writeFailed(what: string, error: unknown): DatelineError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full. Free some space'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the data folder is read-only. Check its permissions'
        : `the system said: ${(error as Error).message}. Check the data folder`;
  return new DatelineError(
    'WRITE_FAILED',
    `Dateline could not save ${what}: ${reason}; your text is kept in the editor and saving will be retried.`,
    { cause: error },
  );
}
