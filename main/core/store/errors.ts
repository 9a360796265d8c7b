import { DatelineError } from '../../../preload/errors';
import { MAX_FILE_BYTES } from './jsonFile';

/** Turns a file-system failure during a save into words a press officer can act on. */
export function writeFailed(what: string, error: unknown): DatelineError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EFBIG') {
    return new DatelineError(
      'WRITE_FAILED',
      `Dateline could not save ${what}: it is larger than the ${MAX_FILE_BYTES / (1024 * 1024)} MB a Dateline file can hold. Remove large pasted material; your text is kept in the editor.`,
      { cause: error },
    );
  }
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

/** A value that fails its schema, as a typed error naming the first problem. */
export function invalidInput(
  what: string,
  error: { issues: { path: PropertyKey[]; message: string }[] },
): DatelineError {
  const [issue] = error.issues;
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return new DatelineError('INVALID_ARGUMENT', `${what} is not valid${where}: ${issue?.message ?? 'unknown problem'}.`);
}
