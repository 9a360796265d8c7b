import type { z } from 'zod';
import { excessOf, MAX_NESTING } from './limits';
import { LoadError, migrate, type Migration } from './migrate';

/**
 * Parses, migrates and validates a stored file's text, or throws a LoadError saying why.
 * `onOlder` hears the file's schema version when it was migrated, so the original can be backed up before a rewrite.
 */
export function loadVersioned<S extends z.ZodType>(
  text: string,
  schema: S,
  current: number,
  steps: Readonly<Record<number, Migration>>,
  onOlder?: (version: number) => void,
): z.infer<S> {
  if (text.trim() === '') throw new LoadError('the file is empty');
  // What a crash during a non-atomic write leaves on many file systems: the size, but zeros for content.
  if (/^\0+$/.test(text)) throw new LoadError('the file holds only zero bytes (its content never reached the disk)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new LoadError(`the file is not valid JSON (${(error as Error).message})`);
  }
  // Validation recurses: a file nested thousands of levels deep would overflow the stack instead of failing.
  const excess = excessOf(raw);
  if (excess) {
    throw new LoadError(
      excess === 'depth'
        ? `the file nests its data more than ${MAX_NESTING} levels deep, which no release does`
        : 'the file holds far more data than any release',
    );
  }
  const parsed = schema.safeParse(migrate(raw, current, steps));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new LoadError(`the file does not match the expected format${where}: ${issue?.message}`);
  }
  const version = (raw as { schemaVersion: number }).schemaVersion;
  if (version < current) onOlder?.(version);
  return parsed.data;
}
