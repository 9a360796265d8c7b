import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { openCore, type Core } from '../../../main/core/context';
import { emptyContent } from '../../../common/model/release';
import { RESOURCES } from '../../helpers/paths';

/** Opens a writer on `dataDir` without the background snapshot, so tests decide when snapshots are taken. */
export function open(dataDir: string, options: { dailySnapshot?: boolean } = {}): Promise<Core> {
  return openCore({ dataDir, resourcesDir: RESOURCES, version: '0.0.0-test', dailySnapshot: false, ...options });
}

/**
 * A data folder with two releases (one edited, so it has history), a deleted one in the trash,
 * a user name in the settings, a quarantined file and a stale temp file. Answers the ids.
 */
export async function seed(dataDir: string, headlines = ['First', 'Second']): Promise<string[]> {
  const core = await open(dataDir);
  try {
    const ids = [];
    for (const headline of headlines) ids.push((await core.releases.create({ headline })).id);
    const first = await core.releases.get(ids[0]!);
    await core.releases.save(first.id, first.revision, emptyContent({ headline: `${headlines[0]}, edited` }));
    const gone = await core.releases.create({ headline: 'Deleted' });
    await core.releases.remove(gone.id);
    await core.settings.update((s) => ({ ...s, userName: headlines.join(' & ') }));
    await mkdir(join(dataDir, 'quarantine'), { recursive: true });
    await writeFile(join(dataDir, 'quarantine', 'broken.json'), '{');
    await writeFile(join(dataDir, 'releases', `.${ids[0]}.json.1.2.tmp`), 'half a save');
    await core.history.whenIdle();
    return ids;
  } finally {
    await core.close();
  }
}

/** Every file under `dir` (relative path → content), leaving out the folders named in `skip`. */
export async function tree(dir: string, skip: string[] = []): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const rel = relative(dir, path).split('\\').join('/');
      if (skip.includes(rel)) continue;
      if (entry.isDirectory()) await walk(path);
      else files[rel] = await readFile(path, 'utf8');
    }
  };
  await walk(dir);
  return files;
}

/** The store's durable files: releases, history and settings, as a restore should bring them back. */
export async function durable(dataDir: string): Promise<Record<string, string>> {
  // index/ is a cache of the releases, rebuilt from them: never part of a snapshot.
  const all = await tree(dataDir, ['snapshots', 'trash', 'quarantine', 'backups', '.lock', 'index']);
  return Object.fromEntries(Object.entries(all).filter(([path]) => !path.split('/').at(-1)!.startsWith('.')));
}

/** Noon local time on a day of November 2026, so calendar-day tests hold in any time zone. */
export const day = (date: number, hour = 12, minute = 0) => new Date(2026, 10, date, hour, minute, 0);
