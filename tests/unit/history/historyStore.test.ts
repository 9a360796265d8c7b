import { appendFile, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_TRASH_DIR } from '../../../main/core/history/historyStore';
import { RELEASE_SCHEMA_VERSION, type Release } from '../../../common/model/release';
import { loadSample } from '../../helpers/samples';
import { tempDir } from '../../helpers/tempDir';
import { MIN, at, historyIn, historyPath, rawLines, releaseVersions } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('HistoryStore.record', () => {
  it('makes one revision of several edits within the pause window', async () => {
    const { history, problems } = historyIn(dir);
    const { id, version } = releaseVersions();
    expect(await history.record(version(1), { kind: 'edit', now: at(0) })).toBe('added');
    expect(await history.record(version(2), { kind: 'edit', now: at(1 * MIN) })).toBe('replaced');
    expect(await history.record(version(3), { kind: 'edit', now: at(5 * MIN) })).toBe('replaced');
    // The window runs from the last save, so steady typing stays one revision.
    expect(await history.record(version(4), { kind: 'edit', now: at(9 * MIN) })).toBe('replaced');

    const list = await history.list(id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ rev: 4, at: at(9 * MIN).toISOString(), kind: 'edit', headline: 'Version 4' });
    expect(problems).toEqual([]);
  });

  it('starts a new revision after a pause, and for every state change or restore', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'edit', now: at(0) });
    await history.record(version(2), { kind: 'edit', now: at(5 * MIN + 1) });
    await history.record(version(3), { kind: 'state', now: at(6 * MIN), note: 'Submitted for review' });
    await history.record(version(4), { kind: 'edit', now: at(7 * MIN) });
    await history.record(version(5), { kind: 'edit', now: at(8 * MIN) });
    await history.record(version(6), { kind: 'restore', now: at(8 * MIN + 1), note: 'Restored revision 2' });
    await history.record(version(7), { kind: 'state', now: at(8 * MIN + 2) });

    expect((await history.list(id)).map(({ rev, kind, note }) => ({ rev, kind, note }))).toEqual([
      { rev: 7, kind: 'state', note: undefined },
      { rev: 6, kind: 'restore', note: 'Restored revision 2' },
      { rev: 5, kind: 'edit', note: undefined },
      { rev: 3, kind: 'state', note: 'Submitted for review' },
      { rev: 2, kind: 'edit', note: undefined },
      { rev: 1, kind: 'edit', note: undefined },
    ]);
  });

  it('honours a configured pause window', async () => {
    const { history } = historyIn(dir, { pauseMs: 30_000 });
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'edit', now: at(0) });
    await history.record(version(2), { kind: 'edit', now: at(20_000) });
    await history.record(version(3), { kind: 'edit', now: at(60_000) });
    expect((await history.list(id)).map((r) => r.rev)).toEqual([3, 2]);
  });

  it('keeps coalescing after the app restarts', async () => {
    const { id, version } = releaseVersions();
    await historyIn(dir).history.record(version(1), { kind: 'edit', now: at(0) });
    const { history } = historyIn(dir);
    expect(await history.record(version(2), { kind: 'edit', now: at(MIN) })).toBe('replaced');
    expect((await history.list(id)).map((r) => r.rev)).toEqual([2]);
  });

  it('only appends: the file is never rewritten and only grows', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'edit', now: at(0) });
    const first = await stat(historyPath(dir, id));
    let size = first.size;
    const kinds = ['edit', 'edit', 'state', 'edit', 'edit', 'restore', 'edit'] as const;
    for (const [i, kind] of kinds.entries()) {
      const outcome = await history.record(version(i + 2), { kind, now: at((i + 1) * MIN) });
      expect(outcome).not.toBe('failed');
      const now = await stat(historyPath(dir, id));
      expect(now.ino).toBe(first.ino);
      expect(now.birthtimeMs).toBe(first.birthtimeMs);
      expect(now.size).toBeGreaterThan(size);
      size = now.size;
    }
    const lines = await rawLines(dir, id);
    expect(lines).toHaveLength(kinds.length + 1);
    expect(lines.map((l) => l.replaces ?? false)).toEqual([false, true, true, false, false, true, false, false]);
  });

  it('writes the documented line format', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'edit', now: at(0) });
    await history.record(version(2), { kind: 'state', now: at(1), note: 'Approved' });
    const [edit, state] = await rawLines(dir, id);
    expect(edit).toEqual({ v: 1, rev: 1, at: at(0).toISOString(), kind: 'edit', snapshot: version(1) });
    expect(state).toEqual({
      v: 1,
      rev: 2,
      at: at(1).toISOString(),
      kind: 'state',
      note: 'Approved',
      snapshot: version(2),
    });
  });

  it('serialises records fired without waiting', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        history.record(version(i + 1), { kind: i % 5 === 4 ? 'state' : 'edit', now: at(i * 1000) }),
      ),
    );
    expect(outcomes).not.toContain('failed');
    expect(await rawLines(dir, id)).toHaveLength(20);
    expect((await history.list(id)).map((r) => r.rev)).toEqual([20, 19, 15, 14, 10, 9, 5, 4]);
  });

  it('records the snapshot as it was when record was called', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    const release = version(1);
    const pending = history.record(release, { kind: 'edit', now: at(0) });
    release.headline = 'Changed afterwards';
    await pending;
    expect((await history.get(id, 1)).headline).toBe('Version 1');
  });

  it('reports a failed write and resolves, so the save is not affected', async () => {
    const { history, problems } = historyIn(dir);
    const { id, version } = releaseVersions();
    await mkdir(historyPath(dir, id), { recursive: true }); // a folder where the file should be
    expect(await history.record(version(1), { kind: 'edit', now: at(0) })).toBe('failed');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('was not recorded');
  });
});

describe('HistoryStore.list and get', () => {
  it('lists newest first with the headline and workflow state of each snapshot', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    const draft = version(1);
    const workflow = (draft as { workflow?: object }).workflow ?? {};
    const approved = { ...version(2), workflow: { ...workflow, state: 'approved' } } as Release;
    await history.record(draft, { kind: 'edit', now: at(0) });
    await history.record(approved, { kind: 'state', now: at(MIN), note: 'Approved by Anna' });
    const [newest, oldest] = await history.list(id);
    expect(newest).toEqual({
      rev: 2,
      at: at(MIN).toISOString(),
      kind: 'state',
      note: 'Approved by Anna',
      state: 'approved',
      headline: 'Version 2',
    });
    expect(oldest).toMatchObject({ rev: 1, kind: 'edit', headline: 'Version 1' });
  });

  it('gives back exactly the snapshot that was recorded', async () => {
    const { history } = historyIn(dir);
    const sample = await loadSample('sarajevo-press-release');
    const edited = { ...sample, revision: 2, headline: 'Edited', updatedAt: at(MIN).toISOString() };
    await history.record(sample, { kind: 'edit', now: at(0) });
    await history.record(edited, { kind: 'state', now: at(MIN) });
    expect(await history.get(sample.id, 1)).toEqual(sample);
    expect(await history.get(sample.id, 2)).toEqual(edited);
  });

  it('migrates a snapshot saved by an older Dateline, as the store migrates release files', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    const { headline, body, createdAt, updatedAt } = version(1);
    const old = { schemaVersion: 1, id, revision: 1, headline, body, createdAt, updatedAt };
    const line = { v: 1, rev: 1, at: at(0).toISOString(), kind: 'edit', snapshot: old };
    await mkdir(dirname(historyPath(dir, id)), { recursive: true });
    await appendFile(historyPath(dir, id), `${JSON.stringify(line)}\n`);
    expect(await history.get(id, 1)).toMatchObject({
      schemaVersion: RELEASE_SCHEMA_VERSION,
      headline: 'Version 1',
      type: 'press-release',
      issuers: [],
    });
  });

  it('has nothing for an unknown release, a superseded revision or an id that is not one', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    expect(await history.list(id)).toEqual([]);
    await history.record(version(1), { kind: 'edit', now: at(0) });
    await history.record(version(2), { kind: 'edit', now: at(1) });
    await expect(history.get(id, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await history.list('../../etc/passwd')).toEqual([]);
    await expect(history.get('../x', 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ignores a line torn by a crash mid-append, and appends cleanly after it', async () => {
    const { id, version } = releaseVersions();
    const before = historyIn(dir).history;
    for (const rev of [1, 2, 3]) await before.record(version(rev), { kind: 'state', now: at(rev * MIN) });
    const whole = JSON.stringify({ v: 1, rev: 4, at: at(4 * MIN).toISOString(), kind: 'edit', snapshot: version(4) });
    await appendFile(historyPath(dir, id), whole.slice(0, whole.length / 2));

    const { history, problems } = historyIn(dir);
    expect((await history.list(id)).map((r) => r.rev)).toEqual([3, 2, 1]);
    expect(await history.get(id, 2)).toEqual(version(2));
    expect(await history.record(version(5), { kind: 'edit', now: at(5 * MIN) })).toBe('added');
    expect((await history.list(id)).map((r) => r.rev)).toEqual([5, 3, 2, 1]);
    expect(await rawLines(dir, id)).toHaveLength(4);
    expect(problems).toEqual([]);
  });

  it('keeps a complete last line whose newline a crash cut off', async () => {
    const { id, version } = releaseVersions();
    await historyIn(dir).history.record(version(1), { kind: 'state', now: at(0) });
    const line = JSON.stringify({ v: 1, rev: 2, at: at(MIN).toISOString(), kind: 'state', snapshot: version(2) });
    await appendFile(historyPath(dir, id), line);

    const { history, problems } = historyIn(dir);
    await history.record(version(3), { kind: 'state', now: at(2 * MIN) });
    expect((await history.list(id)).map((r) => r.rev)).toEqual([3, 2, 1]);
    expect(problems).toEqual([]);
  });

  it('skips and reports a damaged line in the middle', async () => {
    const { history, problems } = historyIn(dir);
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'state', now: at(0) });
    await history.record(version(2), { kind: 'state', now: at(MIN) });
    await appendFile(historyPath(dir, id), 'this is not JSON\n');
    await appendFile(historyPath(dir, id), `${JSON.stringify({ v: 1, rev: 9, kind: 'edit' })}\n`);
    await history.record(version(3), { kind: 'state', now: at(2 * MIN) });

    expect((await history.list(id)).map((r) => r.rev)).toEqual([3, 2, 1]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`${id}: line 3 could not be read.*not valid JSON`));
    expect(problems[1]).toMatch(/line 4 could not be read/);
  });

  it('skips and reports a line from a newer Dateline or of another release', async () => {
    const { history, problems } = historyIn(dir);
    const { id, version } = releaseVersions();
    const other = releaseVersions().version(1);
    await history.record(version(1), { kind: 'state', now: at(0) });
    const line = { v: 1, rev: 1, at: at(0).toISOString(), kind: 'state' };
    await appendFile(historyPath(dir, id), `${JSON.stringify({ ...line, v: 2, snapshot: version(1) })}\n`);
    await appendFile(historyPath(dir, id), `${JSON.stringify({ ...line, snapshot: other })}\n`);
    await history.record(version(2), { kind: 'state', now: at(MIN) });
    expect((await history.list(id)).map((r) => r.rev)).toEqual([2, 1]);
    expect(problems.join('\n')).toMatch(/newer Dateline[\s\S]*another release/);
  });

  it('refuses a snapshot that no longer validates, and only that one', async () => {
    const { history, problems } = historyIn(dir);
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'state', now: at(0) });
    await history.record({ ...version(2), language: 'xx' } as unknown as Release, { kind: 'state', now: at(MIN) });
    await expect(history.get(id, 2)).rejects.toMatchObject({ code: 'READ_FAILED' });
    expect(await history.get(id, 1)).toEqual(version(1));
    expect(problems).toHaveLength(1);
  });
});

describe('HistoryStore trash', () => {
  it('moves a history to the trash and back with its release', async () => {
    const { history } = historyIn(dir);
    const { id, version } = releaseVersions();
    await history.record(version(1), { kind: 'edit', now: at(0) });
    expect(await history.moveToTrash(id)).toBe(true);
    expect(await history.list(id)).toEqual([]);
    expect(await readdir(join(dir, HISTORY_TRASH_DIR))).toEqual([`${id}.jsonl`]);

    expect(await history.restoreFromTrash(id)).toBe(true);
    expect((await history.list(id)).map((r) => r.rev)).toEqual([1]);
    // The cached end of the file was dropped with the move, so coalescing reads it again.
    expect(await history.record(version(2), { kind: 'edit', now: at(MIN) })).toBe('replaced');
  });

  it('says when a release had no history to move', async () => {
    const { history } = historyIn(dir);
    const { id } = releaseVersions();
    expect(await history.moveToTrash(id)).toBe(false);
    expect(await history.restoreFromTrash(id)).toBe(false);
  });
});
