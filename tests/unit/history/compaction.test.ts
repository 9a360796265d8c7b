import { appendFile, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { thinLines, type HistoryLine, type HistoryStore } from '../../../main/core/history/historyStore';
import type { Release } from '../../../common/model/release';
import { QUARANTINE_DIR } from '../../../main/core/store/quarantine';
import { tempDir } from '../../helpers/tempDir';
import { DAY, HOUR, MIN, T0, at, historyIn, historyPath, rawLines, releaseVersions } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** A history spread over two weeks before T0: what each save was, and whether compaction must keep it. */
const SAVES: { ago: number; kind: HistoryLine['kind']; kept: boolean }[] = [
  // Ten days ago: three pause windows on one day; only the day's last edit stays.
  { ago: 10 * DAY, kind: 'edit', kept: false },
  { ago: 10 * DAY - MIN, kind: 'edit', kept: false }, // continues the window above
  { ago: 10 * DAY - 2 * HOUR, kind: 'edit', kept: false },
  { ago: 10 * DAY - 3 * HOUR, kind: 'edit', kept: true },
  // A state change is always kept, however old.
  { ago: 9 * DAY, kind: 'state', kept: true },
  // Three days ago: the last edit of each hour.
  { ago: 3 * DAY, kind: 'edit', kept: false },
  { ago: 3 * DAY - 10 * MIN, kind: 'edit', kept: false },
  { ago: 3 * DAY - 20 * MIN, kind: 'edit', kept: true },
  { ago: 3 * DAY - 2 * HOUR, kind: 'edit', kept: true },
  { ago: 2 * DAY, kind: 'restore', kept: true },
  // The last 24 hours: every revision.
  { ago: 20 * HOUR, kind: 'edit', kept: true },
  { ago: 20 * HOUR - 10 * MIN, kind: 'edit', kept: true },
  { ago: 2 * HOUR, kind: 'edit', kept: false },
  { ago: 2 * HOUR - MIN, kind: 'edit', kept: true }, // replaces the one above
];

async function recordSaves(history: HistoryStore, version: (rev: number) => Release) {
  for (const [i, save] of SAVES.entries()) {
    expect(await history.record(version(i + 1), { kind: save.kind, now: at(-save.ago) })).not.toBe('failed');
  }
}

/** The revisions compaction keeps, newest first. */
const expectedRevs = () => SAVES.flatMap((save, i) => (save.kept ? [i + 1] : [])).reverse();

describe('HistoryStore.compact', () => {
  it('keeps state changes, recent edits, one edit an hour for a week and one a day before', async () => {
    const { history, problems } = historyIn(dir, { now: () => T0 });
    const { id, version } = releaseVersions();
    await recordSaves(history, version);
    const listed = (await history.list(id)).map((r) => r.rev);

    expect(await history.compact(id)).toEqual({ before: SAVES.length, after: expectedRevs().length });
    expect((await history.list(id)).map((r) => r.rev)).toEqual(expectedRevs());
    // Nothing listed before is lost except what thinning drops.
    expect(listed).toEqual(expect.arrayContaining(expectedRevs()));
    expect(problems).toEqual([]);
  });

  it('leaves a valid file that records and reads on', async () => {
    const { history } = historyIn(dir, { now: () => T0 });
    const { id, version } = releaseVersions();
    await recordSaves(history, version);
    await history.compact(id);

    const lines = await rawLines(dir, id);
    expect(lines.map((l) => l.rev)).toEqual(expectedRevs().reverse());
    expect(lines.every((l) => l.v === 1 && !('replaces' in l))).toBe(true);
    expect((await readFile(historyPath(dir, id), 'utf8')).endsWith('\n')).toBe(true);
    expect(await historyIn(dir).history.get(id, 14)).toEqual(version(14));

    // The newest edit survives, so an edit right after it still continues it.
    expect(await history.record(version(15), { kind: 'edit', now: at(-2 * HOUR + 2 * MIN) })).toBe('replaced');
    expect((await history.list(id)).map((r) => r.rev)[0]).toBe(15);
    // Compaction folds the replacing line; compacting a thinned file leaves it alone.
    const { ino } = await stat(historyPath(dir, id));
    expect(await history.compact(id)).toEqual({ before: lines.length + 1, after: lines.length });
    const { ino: rewritten } = await stat(historyPath(dir, id));
    expect(rewritten).not.toBe(ino);
    expect(await history.compact(id)).toEqual({ before: lines.length, after: lines.length });
    expect((await stat(historyPath(dir, id))).ino).toBe(rewritten);
  });

  it('sets unreadable lines aside in the quarantine folder before dropping them', async () => {
    const { history, problems } = historyIn(dir, { now: () => T0 });
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'state', now: at(-HOUR) });
    await appendFile(historyPath(dir, id), 'garbage\n');
    await history.record(version(2), { kind: 'state', now: at(0) });

    expect(await history.compact(id)).toEqual({ before: 3, after: 2 });
    const [aside] = await readdir(join(dir, QUARANTINE_DIR));
    expect(aside).toMatch(new RegExp(`history-${id}\\.jsonl$`));
    expect(await readFile(join(dir, QUARANTINE_DIR, aside ?? ''), 'utf8')).toBe('garbage\n');
    expect(problems.join('\n')).toMatch(/line 2 could not be read[\s\S]*moved to/);
    expect((await rawLines(dir, id)).map((l) => l.rev)).toEqual([1, 2]);
  });

  it('runs by itself once a file passes the threshold, once per release per process', async () => {
    const { history } = historyIn(dir, { compactAfterLines: 6, now: () => T0 });
    const { id, version } = releaseVersions();
    // Five days old, ten minutes apart: separate revisions, thinned to the newest of each hour.
    for (let i = 0; i < 6; i++)
      await history.record(version(i + 1), { kind: 'edit', now: at(-5 * DAY + i * 10 * MIN) });
    const { ino } = await stat(historyPath(dir, id));
    await history.whenIdle();
    expect((await stat(historyPath(dir, id))).ino).toBe(ino); // 6 lines: not past the threshold yet

    await history.record(version(7), { kind: 'edit', now: at(-5 * DAY + 60 * MIN) });
    await history.whenIdle();
    const compacted = await stat(historyPath(dir, id));
    expect(compacted.ino).not.toBe(ino);
    expect((await history.list(id)).map((r) => r.rev)).toEqual([7, 6]);

    for (let i = 8; i < 20; i++) await history.record(version(i), { kind: 'state', now: at(-DAY + i * MIN) });
    await history.whenIdle();
    const after = await stat(historyPath(dir, id));
    expect(after.ino).toBe(compacted.ino);
    expect(after.size).toBeGreaterThan(compacted.size);
    expect(await rawLines(dir, id)).toHaveLength(14);

    // A new process run may compact again.
    const { history: next } = historyIn(dir, { compactAfterLines: 6, now: () => T0 });
    await next.record(version(20), { kind: 'state', now: at(0) });
    await next.whenIdle();
    expect((await stat(historyPath(dir, id))).ino).toBe(compacted.ino); // nothing to thin: left alone
  });
});

describe('thinLines', () => {
  it('keeps the newest line of a bucket, not the first', () => {
    const { version } = releaseVersions();
    const line = (rev: number, ago: number): HistoryLine => ({
      v: 1,
      rev,
      at: at(-ago).toISOString(),
      kind: 'edit',
      snapshot: version(rev),
    });
    const lines = [
      line(1, 30 * DAY + HOUR),
      line(2, 30 * DAY),
      line(3, 2 * DAY + 20 * MIN),
      line(4, 2 * DAY + 5 * MIN),
    ];
    expect(thinLines(lines, T0).map((l) => l.rev)).toEqual([2, 4]);
  });
});
