import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import { SNAPSHOTS_DIR } from '../../core/backup/names';
import { listSnapshots } from '../../core/backup/snapshot';
import type { SnapshotInfo } from '../../../common/model/snapshot';
import type { Core } from '../../core/context';
import type { Output } from '../output';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function line(s: SnapshotInfo): string {
  const releases = `${s.releaseCount} release${s.releaseCount === 1 ? '' : 's'}`;
  return [s.name.padEnd(34), s.kind.padEnd(14), releases.padStart(13), size(s.size).padStart(9)].join('  ');
}

/** `dateline backup`: a snapshot of the data folder now, rotated like the daily ones. */
export async function backup(core: Core, output: Output): Promise<number> {
  const taken = await core.backups.create();
  output.out(`${line(taken)}  in ${join(core.dataDir, SNAPSHOTS_DIR, taken.name)}`);
  return 0;
}

/** `dateline restore --list`: the snapshots, newest first; reads only, so it works while the app is open. */
export async function listBackups(dataDir: string, output: Output, options: { json?: boolean }): Promise<number> {
  if (
    !(await readdir(dataDir).then(
      () => true,
      () => false,
    ))
  ) {
    throw new DatelineError('NOT_FOUND', `There is no Dateline data folder at ${dataDir}.`);
  }
  const snapshots = await listSnapshots(dataDir);
  if (options.json) output.out(JSON.stringify(snapshots, null, 2));
  else if (snapshots.length === 0) output.out(`No snapshots in ${join(dataDir, SNAPSHOTS_DIR)}.`);
  else for (const snapshot of snapshots) output.out(line(snapshot));
  return 0;
}

/** `dateline restore NAME`: the current state is kept as a snapshot first, then the chosen one replaces it. */
export async function restore(core: Core, output: Output, name: string): Promise<number> {
  const { restored, safetyCopy } = await core.backups.restore(name);
  output.out(`restored ${restored}; what was there before is kept as the snapshot ${safetyCopy}`);
  return 0;
}
