import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError, isDatelineError } from '../../../preload/errors';
import { HISTORY_DIR } from '../history/historyStore';
import { syncFolder, writeFileAtomic } from '../store/atomic';
import { RELEASES_DIR } from '../store/releaseStore';
import { SETTINGS_FILE } from '../store/settingsStore';
import { backupFailed } from './errors';
import { copyFiles } from './files';
import { SNAPSHOTS_DIR } from './names';
import { takeSnapshot } from './snapshot';
import { JOURNAL_FILE, RESTORED_ITEMS, STAGING_DIR, finishSwap, type Journal } from './swap';
import { verifySnapshot } from './verify';

export interface RestoreOptions {
  now?: Date;
  appVersion?: string;
  /** Called once the copy is ready, just before the data folder changes: let pending writes finish. */
  beforeSwap?: () => Promise<void>;
}

/**
 * Replaces the releases, history and settings with a snapshot's. The snapshot is checked first (a broken
 * one is refused and nothing changes), then the current state is kept as a `before-restore` snapshot,
 * the snapshot is copied beside the data, and the folders are swapped by renames under a journal,
 * so a crash leaves the old state or finishes the new one when Dateline next opens.
 */
export async function restoreSnapshot(
  dataDir: string,
  name: string,
  options: RestoreOptions = {},
): Promise<{ restored: string; safetyCopy: string }> {
  const { manifest } = await verifySnapshot(dataDir, name);
  const safety = await takeSnapshot(dataDir, options.now ?? new Date(), {
    kind: 'before-restore',
    appVersion: options.appVersion,
  });
  const staging = join(dataDir, STAGING_DIR);
  const journal: Journal = {
    snapshot: name,
    safetyCopy: safety.name,
    place: RESTORED_ITEMS.filter((item) => item !== SETTINGS_FILE || manifest.files.some((f) => f.path === item)),
  };
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(join(staging, 'old'), { recursive: true });
    const copied = await copyFiles(
      join(dataDir, SNAPSHOTS_DIR, name),
      join(staging, 'new'),
      manifest.files.map((f) => f.path),
    );
    const expected = new Map(manifest.files.map((f) => [f.path, f.sha256]));
    if (copied.length !== expected.size || copied.some((f) => expected.get(f.path) !== f.sha256)) {
      throw new DatelineError(
        'READ_FAILED',
        `The snapshot ${name} changed while it was being restored. Nothing was changed; try again.`,
      );
    }
    for (const folder of [join('new', RELEASES_DIR), join('new', HISTORY_DIR), 'new', '']) {
      await syncFolder(join(staging, folder));
    }
    await options.beforeSwap?.();
    await writeFileAtomic(join(staging, JOURNAL_FILE), JSON.stringify(journal));
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw isDatelineError(error) ? error : backupFailed(`prepare the restore of ${name}`, error);
  }
  try {
    await finishSwap(dataDir, journal);
  } catch (error) {
    throw new DatelineError(
      'WRITE_FAILED',
      `The restore of ${name} could not finish (${(error as Error).message}). Close and reopen Dateline: it finishes the restore when it opens. What you had before is kept as the snapshot ${safety.name}.`,
      { cause: error },
    );
  }
  return { restored: name, safetyCopy: safety.name };
}
