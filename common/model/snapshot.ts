/** `daily`: taken when due; `manual`: asked for; `before-restore`: the safety copy a restore takes first. */
export const SNAPSHOT_KINDS = ['daily', 'manual', 'before-restore'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** One snapshot of the data folder, as the API and `dateline restore --list` show it. */
export interface SnapshotInfo {
  /** The folder's name under `<data>/snapshots/`, which also identifies the snapshot. */
  name: string;
  kind: SnapshotKind;
  /** When it was taken, ISO 8601. */
  createdAt: string;
  releaseCount: number;
  /** Bytes of the files it holds. */
  size: number;
}
