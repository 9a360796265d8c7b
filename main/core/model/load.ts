import type { z } from 'zod';
import { LoadError, migrate, type Migration } from './migrate';

/** Parses, migrates and validates a stored file's text, or throws a LoadError saying why. */
export function loadVersioned<S extends z.ZodType>(
  text: string,
  schema: S,
  current: number,
  steps: Readonly<Record<number, Migration>>,
): z.infer<S> {
  if (text.trim() === '') throw new LoadError('the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new LoadError(`the file is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(migrate(raw, current, steps));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new LoadError(`the file does not match the expected format${where}: ${issue?.message}`);
  }
  return parsed.data;
}
