import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HISTORY_DIR } from '../history/historyStore';
import { writeDurably } from '../store/atomic';
import { RELEASES_DIR } from '../store/releaseStore';
import { SETTINGS_FILE } from '../store/settingsStore';
import { DURABLE_PATH } from './manifest';

/** One copied file: where it sits under the data folder, and what it held. */
export interface CopiedFile {
  path: string;
  size: number;
  sha256: string;
}

/** Files copied at once: enough to overlap the fsyncs, few enough to keep memory small. */
const CONCURRENCY = 16;

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The store's durable data, relative to the data folder: release files, history files and the settings.
 * Not the trash, the quarantine, the lock, caches, earlier snapshots or unfinished saves.
 */
export async function durableFiles(dataDir: string): Promise<string[]> {
  const paths = [
    ...(await namesIn(join(dataDir, RELEASES_DIR))).map((name) => `${RELEASES_DIR}/${name}`),
    ...(await namesIn(join(dataDir, HISTORY_DIR))).map((name) => `${HISTORY_DIR}/${name}`),
    ...((await stat(join(dataDir, SETTINGS_FILE)).then(
      (s) => s.isFile(),
      () => false,
    ))
      ? [SETTINGS_FILE]
      : []),
  ];
  // Hidden files are unfinished saves (`.name.tmp`).
  return paths.filter((path) => DURABLE_PATH.test(path) && !path.split('/').at(-1)!.startsWith('.')).sort();
}

/**
 * Copies `paths` from one folder to another, each file flushed to disk; a file gone meanwhile
 * (a release moved to the trash) is left out. `releases/` and `history/` always exist in the copy.
 */
export async function copyFiles(fromDir: string, toDir: string, paths: readonly string[]): Promise<CopiedFile[]> {
  await mkdir(join(toDir, RELEASES_DIR), { recursive: true });
  await mkdir(join(toDir, HISTORY_DIR), { recursive: true });
  const copied: CopiedFile[] = [];
  for (let i = 0; i < paths.length; i += CONCURRENCY) {
    const batch = await Promise.all(paths.slice(i, i + CONCURRENCY).map((path) => copyOne(fromDir, toDir, path)));
    for (const file of batch) if (file) copied.push(file);
  }
  return copied;
}

async function copyOne(fromDir: string, toDir: string, path: string): Promise<CopiedFile | undefined> {
  let data: Buffer;
  try {
    data = await readFile(join(fromDir, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  await writeDurably(join(toDir, path), data, 'wx');
  return { path, size: data.length, sha256: sha256(data) };
}
