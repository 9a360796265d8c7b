import { KeyedQueue } from '../store/keyedQueue';
import { backupFailed } from './errors';
import { restoreSnapshot } from './restore';
import { listSnapshots, rotate, snapshotIfDue, takeSnapshot } from './snapshot';
import type { SnapshotInfo } from '../../../common/model/snapshot';

export interface BackupsOptions {
  dataDir: string;
  appVersion: string;
  /** How many snapshots to keep: the setting, read each time. */
  keep: () => number;
  now?: () => Date;
  /** Just before a restore changes the data folder: let pending writes finish. */
  beforeSwap?: () => Promise<void>;
  /** After a restore changed the data folder, even in part: read it again. */
  reload?: () => Promise<void>;
  /** Told when old snapshots could not be removed; the snapshot or restore itself succeeded. */
  onProblem?: (error: unknown) => void;
}

/** The snapshots of one open data folder: one snapshot, rotation or restore at a time. */
export class Backups {
  /** One snapshot, rotation or restore at a time, all under one key. */
  private readonly queue = new KeyedQueue<'folder'>();

  constructor(private readonly options: BackupsOptions) {}

  /** Newest first. */
  list(): Promise<SnapshotInfo[]> {
    return listSnapshots(this.options.dataDir);
  }

  /** A snapshot now, whether or not one was taken today. */
  create(): Promise<SnapshotInfo> {
    return this.serial(async () => {
      const info = await takeSnapshot(this.options.dataDir, this.now(), {
        kind: 'manual',
        appVersion: this.options.appVersion,
      });
      await this.rotate();
      return info;
    });
  }

  /** The day's snapshot, unless one was taken today; the shell may call it again each day. */
  snapshotIfDue(): Promise<SnapshotInfo | undefined> {
    return this.serial(async () => {
      const { dataDir, appVersion } = this.options;
      return (await snapshotIfDue(dataDir, this.now(), this.options.keep(), { appVersion })).taken;
    });
  }

  /** Restores a snapshot (see restoreSnapshot), then reloads the stores from the restored files. */
  restore(name: string): Promise<{ restored: string; safetyCopy: string }> {
    return this.serial(async () => {
      let swapping = false;
      let result;
      try {
        result = await restoreSnapshot(this.options.dataDir, name, {
          now: this.now(),
          appVersion: this.options.appVersion,
          beforeSwap: async () => {
            swapping = true;
            await this.options.beforeSwap?.();
          },
        });
      } finally {
        if (swapping) await this.options.reload?.();
      }
      await this.rotate();
      return result;
    });
  }

  /** Resolves once nothing is being snapshotted or restored. */
  whenIdle(): Promise<void> {
    return this.queue.idle();
  }

  private async rotate(): Promise<void> {
    await rotate(this.options.dataDir, this.options.keep()).catch((error: unknown) =>
      this.options.onProblem?.(backupFailed('remove old snapshots', error)),
    );
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run('folder', task);
  }
}
