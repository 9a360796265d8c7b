import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic, type AtomicFs } from './atomic';

export const MIGRATION_BACKUP_DIR = join('backups', 'migrations');

/**
 * Copies a file of an older schema, byte for byte, to backups/migrations before it is rewritten
 * in the new schema, so a migration that loses something can be undone by hand.
 * Returns where the copy went, or undefined if the file is no longer there.
 */
export async function backupBeforeMigration(
  dataDir: string,
  path: string,
  fromVersion: number,
  now: Date,
  fs?: AtomicFs,
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const folder = join(dataDir, MIGRATION_BACKUP_DIR);
  await mkdir(folder, { recursive: true });
  const ext = extname(path);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `${basename(path, ext)}.schema${fromVersion}.${stamp}${ext}`);
  await writeFileAtomic(target, bytes, fs);
  return target;
}
