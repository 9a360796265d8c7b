import { DatelineError, isDatelineError } from '../../../preload/errors';

/** A file-system failure while snapshotting or restoring, in words a press officer can act on. */
export function backupFailed(what: string, error: unknown): DatelineError {
  if (isDatelineError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full. Free some space and try again'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the data folder is read-only. Check its permissions'
        : `the system said: ${(error as Error).message}. Check the data folder`;
  return new DatelineError('WRITE_FAILED', `Dateline could not ${what}: ${reason}.`, { cause: error });
}
