import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import { HISTORY_DIR, HISTORY_FORMAT } from '../history/historyStore';
import { RELEASE_SCHEMA_VERSION } from '../../../common/model/release';
import { SETTINGS_SCHEMA_VERSION } from '../../../common/model/settings';
import { syncFolder, writeFileAtomic } from '../store/atomic';
import { RELEASES_DIR } from '../store/releaseStore';
import { backupFailed } from './errors';
import { copyFiles, durableFiles, exists } from './files';
import { SNAPSHOT_FORMAT, infoOf, manifestHeaderSchema, type Manifest, type ManifestHeader } from './manifest';
import { MANIFEST_FILE, SNAPSHOTS_DIR, SNAPSHOT_NAME, TEMP_PREFIX, localDay, snapshotStamp } from './names';
import type { SnapshotInfo, SnapshotKind } from '../../../common/model/snapshot';

// Every function here writes under `<data>/snapshots/`: call them under the writer's lock, one at a time.

export interface SnapshotOptions {
  kind?: SnapshotKind;
  /** Recorded in the manifest. */
  appVersion?: string;
}

/** A complete snapshot on disk. */
export interface FoundSnapshot {
  name: string;
  manifest: ManifestHeader;
}

/**
 * Copies the releases, their history and the settings into `<data>/snapshots/<name>/`. The copy is made
 * under a hidden temporary name, flushed, given its manifest last and only then renamed into place,
 * so a crash never leaves a partial snapshot that looks complete.
 */
export async function takeSnapshot(dataDir: string, now: Date, options: SnapshotOptions = {}): Promise<SnapshotInfo> {
  const kind = options.kind ?? 'daily';
  const folder = join(dataDir, SNAPSHOTS_DIR);
  try {
    await mkdir(folder, { recursive: true });
    let name = snapshotStamp(now, kind);
    for (let n = 2; await exists(join(folder, name)); n++) name = `${snapshotStamp(now, kind)}-${n}`;
    const temp = join(folder, `${TEMP_PREFIX}${name}`);
    await rm(temp, { recursive: true, force: true });
    try {
      const files = await copyFiles(dataDir, temp, await durableFiles(dataDir));
      const manifest: Manifest = {
        format: SNAPSHOT_FORMAT,
        kind,
        createdAt: now.toISOString(),
        appVersion: options.appVersion ?? '',
        schemas: { release: RELEASE_SCHEMA_VERSION, settings: SETTINGS_SCHEMA_VERSION, history: HISTORY_FORMAT },
        releaseCount: files.filter((f) => f.path.startsWith(`${RELEASES_DIR}/`)).length,
        fileCount: files.length,
        size: files.reduce((sum, f) => sum + f.size, 0),
        files,
      };
      await syncFolder(join(temp, RELEASES_DIR));
      await syncFolder(join(temp, HISTORY_DIR));
      // Written last: a folder without it was never finished.
      await writeFileAtomic(join(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
      await rename(temp, join(folder, name));
      await syncFolder(folder);
      return infoOf(name, manifest);
    } catch (error) {
      await rm(temp, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw backupFailed('take a snapshot of the data folder', error);
  }
}

async function readHeader(path: string): Promise<ManifestHeader | undefined> {
  try {
    const parsed = manifestHeaderSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The complete snapshots, newest first; a folder without a readable manifest is not one. */
export async function readSnapshots(dataDir: string): Promise<FoundSnapshot[]> {
  const folder = join(dataDir, SNAPSHOTS_DIR);
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new DatelineError(
      'READ_FAILED',
      `Dateline could not read the snapshots in ${folder} (${(error as Error).message}). Check the data folder.`,
      { cause: error },
    );
  }
  const found: FoundSnapshot[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !SNAPSHOT_NAME.test(entry.name)) continue;
    const manifest = await readHeader(join(folder, entry.name, MANIFEST_FILE));
    if (manifest) found.push({ name: entry.name, manifest });
  }
  return found.sort(
    (a, b) =>
      Date.parse(b.manifest.createdAt) - Date.parse(a.manifest.createdAt) ||
      (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
}

/** Every complete snapshot, newest first. */
export async function listSnapshots(dataDir: string): Promise<SnapshotInfo[]> {
  return (await readSnapshots(dataDir)).map(({ name, manifest }) => infoOf(name, manifest));
}

/**
 * Removes the oldest snapshots beyond `keep` (at least 1, so never the newest). Safety copies taken
 * before a restore are counted apart, `keep` of them too, so restoring never pushes a daily snapshot out.
 * Leftovers of interrupted snapshots are removed as well. Answers the names removed.
 */
export async function rotate(dataDir: string, keep: number): Promise<string[]> {
  const folder = join(dataDir, SNAPSHOTS_DIR);
  // A setting that is not a number keeps everything rather than risk removing too much.
  const limit = Number.isNaN(keep) ? Infinity : Math.max(1, Math.floor(keep));
  const all = await readSnapshots(dataDir);
  const doomed = [
    ...all.filter((s) => s.manifest.kind !== 'before-restore').slice(limit),
    ...all.filter((s) => s.manifest.kind === 'before-restore').slice(limit),
  ].map((s) => s.name);
  for (const name of doomed) {
    // Hidden first, so a deletion cut short never leaves a snapshot that lists but lacks files.
    const hidden = join(folder, `${TEMP_PREFIX}${name}`);
    await rm(hidden, { recursive: true, force: true });
    await rename(join(folder, name), hidden);
  }
  const leftovers = (await readdir(folder).catch(() => [])).filter((name) => name.startsWith(TEMP_PREFIX));
  for (const name of leftovers) await rm(join(folder, name), { recursive: true, force: true });
  return doomed;
}

/**
 * Takes the day's snapshot unless a daily or manual one was already taken on this calendar day
 * (local time), then rotates. Answers the snapshot taken, if any.
 */
export async function snapshotIfDue(
  dataDir: string,
  now: Date,
  keep: number,
  options: Omit<SnapshotOptions, 'kind'> = {},
): Promise<{ taken: SnapshotInfo | undefined; removed: string[] }> {
  const today = localDay(now);
  const done = (await readSnapshots(dataDir)).some(
    (s) => s.manifest.kind !== 'before-restore' && localDay(new Date(s.manifest.createdAt)) === today,
  );
  const taken = done ? undefined : await takeSnapshot(dataDir, now, { ...options, kind: 'daily' });
  const removed = await rotate(dataDir, keep).catch((error: unknown) => {
    throw backupFailed('remove old snapshots', error);
  });
  return { taken, removed };
}
