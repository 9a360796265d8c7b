import type { SnapshotKind } from '../../../common/model/snapshot';

export const SNAPSHOTS_DIR = 'snapshots';
export const MANIFEST_FILE = 'manifest.json';
/** Folders being written or deleted: never listed, and removed by the next rotation. */
export const TEMP_PREFIX = '.tmp-';
/** A snapshot's name: one safe path segment, never `..` or a path. */
export const SNAPSHOT_NAME = /^[0-9A-Za-z][0-9A-Za-z._-]{0,99}$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day in local time, YYYY-MM-DD: "one snapshot a day" means the user's day. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A sortable folder name from the local time, such as `2026-11-23T101500` or `2026-11-23T101500-before-restore`. */
export function snapshotStamp(now: Date, kind: SnapshotKind): string {
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${localDay(now)}T${time}${kind === 'daily' ? '' : `-${kind}`}`;
}
