import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { HISTORY_DIR } from '../history/historyStore';
import { RELEASES_DIR } from '../store/releaseStore';
import { SETTINGS_FILE } from '../store/settingsStore';
import { backupFailed } from './errors';
import { syncFolder } from '../store/atomic';
import { exists } from './files';

/** Where a restore is prepared: `new/` holds the snapshot's copy, `old/` receives what it replaces. */
export const STAGING_DIR = '.restore';
/** Written once `new/` is complete: from then on the restore is finished, even after a crash. */
export const JOURNAL_FILE = 'journal.json';
/** What a restore replaces in the data folder, nothing else. */
export const RESTORED_ITEMS = [RELEASES_DIR, HISTORY_DIR, SETTINGS_FILE] as const;

const journalSchema = z.object({
  snapshot: z.string(),
  safetyCopy: z.string(),
  /** Items the snapshot holds, to move in from `new/`; the others are moved out. */
  place: z.array(z.enum(RESTORED_ITEMS)),
});
export type Journal = z.infer<typeof journalSchema>;

/**
 * Moves each item's current version into `old/` and the snapshot's into place. Every step is a rename
 * and each is skipped when already done, so running it again after a crash finishes the same swap.
 */
export async function finishSwap(dataDir: string, journal: Journal): Promise<void> {
  const staging = join(dataDir, STAGING_DIR);
  await mkdir(join(staging, 'old'), { recursive: true });
  for (const item of RESTORED_ITEMS) {
    const current = join(dataDir, item);
    const next = join(staging, 'new', item);
    const placing = journal.place.includes(item);
    if (placing && !(await exists(next))) continue;
    if ((await exists(current)) && !(await exists(join(staging, 'old', item)))) {
      await rename(current, join(staging, 'old', item));
    }
    if (placing) await rename(next, current);
  }
  await syncFolder(dataDir);
  // The swap is complete: what is left of the staging folder is the old state, kept in the safety copy.
  await rm(join(staging, JOURNAL_FILE), { force: true });
  await syncFolder(staging);
  await rm(staging, { recursive: true, force: true });
}

/**
 * Run on opening, under the lock: finishes a restore a crash interrupted after its journal was written,
 * and drops one interrupted before (the data folder is then untouched). Answers the restore finished.
 */
export async function recoverRestore(dataDir: string): Promise<Journal | undefined> {
  const staging = join(dataDir, STAGING_DIR);
  if (!(await exists(staging))) return undefined;
  let journal: Journal | undefined;
  try {
    journal = journalSchema.parse(JSON.parse(await readFile(join(staging, JOURNAL_FILE), 'utf8')));
  } catch {
    // No journal (it is written atomically): the swap never began.
    await rm(staging, { recursive: true, force: true });
    return undefined;
  }
  await finishSwap(dataDir, journal).catch((error: unknown) => {
    throw backupFailed(`finish restoring the snapshot ${journal.snapshot}, which was interrupted`, error);
  });
  return journal;
}
