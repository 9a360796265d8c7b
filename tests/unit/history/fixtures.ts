import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HISTORY_DIR, HistoryStore, type HistoryStoreOptions } from '../../../main/core/history/historyStore';
import { newRelease, type Release } from '../../../common/model/release';

export const T0 = new Date('2026-03-01T12:00:00.000Z');
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** A point in time relative to T0. */
export const at = (ms: number) => new Date(T0.getTime() + ms);

/** A history store over `dir` that collects the problems it reports. */
export function historyIn(dir: string, options: HistoryStoreOptions = {}) {
  const problems: string[] = [];
  const history = new HistoryStore(dir, { onProblem: (m) => problems.push(m), ...options });
  return { history, problems };
}

/** A fresh release; `version(n)` gives the same release saved as revision n with a headline naming it. */
export function releaseVersions(): { id: string; version: (rev: number, changes?: Partial<Release>) => Release } {
  const base = newRelease(randomUUID(), T0, { headline: 'Version 1' });
  return {
    id: base.id,
    version: (rev, changes = {}) => ({ ...base, revision: rev, headline: `Version ${rev}`, ...changes }),
  };
}

export const historyPath = (dir: string, id: string) => join(dir, HISTORY_DIR, `${id}.jsonl`);

/** The file's lines as written, parsed. */
export async function rawLines(dir: string, id: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(historyPath(dir, id), 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
