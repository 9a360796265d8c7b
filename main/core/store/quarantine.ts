import { appendFile, mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';

export const QUARANTINE_DIR = 'quarantine';
export const QUARANTINE_LOG = 'quarantine.log';

/** A file that could not be loaded, set aside with the reason. */
export interface QuarantineEntry {
  /** Stable key for acknowledging the notice: the name in the quarantine folder. */
  id: string;
  file: string;
  movedTo: string;
  reason: string;
  at: string;
}

/**
 * Moves a file that failed to parse or validate out of the store, so the rest still loads
 * and the broken file is kept for inspection instead of being overwritten.
 */
export async function quarantine(
  dataDir: string,
  path: string,
  reason: string,
  now = new Date(),
): Promise<QuarantineEntry> {
  const folder = join(dataDir, QUARANTINE_DIR);
  await mkdir(folder, { recursive: true });
  const id = `${now.toISOString().replace(/[:.]/g, '-')}-${basename(path)}`;
  const movedTo = join(folder, id);
  await rename(path, movedTo);
  const entry: QuarantineEntry = { id, file: path, movedTo, reason, at: now.toISOString() };
  await appendFile(join(folder, QUARANTINE_LOG), `${JSON.stringify(entry)}\n`);
  console.warn(`Dateline: quarantined ${path}: ${reason}`);
  return entry;
}
