import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistry } from '../../../main/core/api';
import { SNAPSHOTS_DIR } from '../../../main/core/backup/names';
import { listSnapshots, takeSnapshot } from '../../../main/core/backup/snapshot';
import { STAGING_DIR } from '../../../main/core/backup/swap';
import { openCore } from '../../../main/core/context';
import { emptyContent } from '../../../common/model/release';
import { RESOURCES } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';
import { day, durable, open, seed } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-backup-core-')));
afterEach(() => cleanup());

describe('the core’s snapshots', () => {
  it('takes the day’s snapshot in the background after opening, once a day', async () => {
    await seed(dir);
    const core = await open(dir, { dailySnapshot: true });
    await core.close();
    const again = await open(dir, { dailySnapshot: true });
    await again.close();
    const snapshots = await listSnapshots(dir);
    expect(snapshots).toEqual([expect.objectContaining({ kind: 'daily', releaseCount: 2 })]);
  });

  it('takes none when reading only', async () => {
    await seed(dir);
    const reader = await openCore({ dataDir: dir, resourcesDir: RESOURCES, version: 'x', readOnly: true });
    await reader.close();
    expect(await listSnapshots(dir)).toEqual([]);
  });

  it('opens even when the snapshot fails, and says so in a notice', async () => {
    await seed(dir);
    await writeFile(join(dir, SNAPSHOTS_DIR), 'a file where the folder belongs');
    const core = await open(dir, { dailySnapshot: true });
    try {
      expect(core.releases.list()).toHaveLength(2);
      await core.backups.whenIdle();
      const notices = await createRegistry(core).dispatch('app:notices', undefined);
      expect(notices).toMatchObject({
        ok: true,
        value: [
          {
            id: expect.stringMatching(/^backup-failed-/),
            title: 'A backup did not work',
            message: expect.stringMatching(/^Dateline could not .*snapshots.* Your work is saved as usual/),
          },
        ],
      });
    } finally {
      await core.close();
    }
  });

  it('finishes an interrupted restore when it opens, and says so', async () => {
    await seed(dir);
    const core = await open(dir);
    await mkdir(join(dir, STAGING_DIR, 'new', 'releases'), { recursive: true });
    await mkdir(join(dir, STAGING_DIR, 'new', 'history'), { recursive: true });
    await writeFile(
      join(dir, STAGING_DIR, 'journal.json'),
      JSON.stringify({ snapshot: 'empty', safetyCopy: 'kept', place: ['releases', 'history'] }),
    );
    await core.close();
    const reopened = await open(dir);
    try {
      expect(reopened.releases.list()).toEqual([]);
      expect(reopened.notices()).toEqual([expect.objectContaining({ title: 'A restore was finished' })]);
      expect(await readdir(dir)).not.toContain(STAGING_DIR);
    } finally {
      await reopened.close();
    }
  });
});

describe('the backups API', () => {
  it('lists, takes and restores snapshots; the library, history, search and settings follow', async () => {
    await seed(dir);
    const core = await open(dir);
    try {
      const registry = createRegistry(core);
      const settingsBefore = core.settings;
      const created = await registry.dispatch('backups:create', undefined);
      expect(created).toMatchObject({ ok: true, value: { kind: 'manual', releaseCount: 2 } });
      const name = (created as { value: { name: string } }).value.name;
      const restorable = await durable(dir);

      // Change everything after the snapshot.
      const first = core.releases.list().find((r) => r.headline === 'First, edited')!;
      const saved = await core.releases.save(first.id, 2, emptyContent({ headline: 'Rewritten' }));
      await core.releases.create({ headline: 'Added after' });
      await core.settings.update((s) => ({ ...s, userName: 'Later' }));
      expect((await core.search.search({ text: 'Rewritten' })).hits).toHaveLength(1);

      expect(await registry.dispatch('backups:list', undefined)).toMatchObject({ ok: true, value: [{ name }] });
      const restored = await registry.dispatch('backups:restore', { name });
      expect(restored).toMatchObject({
        ok: true,
        value: { restored: name, safetyCopy: expect.stringMatching(/-before-restore$/) },
      });
      await core.history.whenIdle();
      expect(await durable(dir)).toEqual(restorable);

      expect(core.releases.list().map((r) => r.headline)).toEqual(['First, edited', 'Second']);
      expect((await core.releases.get(first.id)).revision).toBe(2);
      expect((await core.history.list(first.id)).map((r) => r.rev)).toEqual([2]);
      expect((await core.search.search({ text: 'Rewritten' })).hits).toHaveLength(0);
      expect((await core.search.search({ text: 'Second' })).hits).toHaveLength(1);
      expect(core.settings).toBe(settingsBefore);
      expect(core.settings.get().userName).toBe('First & Second');

      // Saving on after the restore works on the restored files, through the handlers as the renderer calls them.
      const stale = await registry.dispatch('releases:save', {
        id: first.id,
        baseRevision: saved.revision,
        content: emptyContent({ headline: 'From before the restore' }),
      });
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const next = await registry.dispatch('releases:save', {
        id: first.id,
        baseRevision: 2,
        content: emptyContent({ headline: 'After the restore' }),
      });
      expect(next).toMatchObject({ ok: true, value: { revision: 3 } });
    } finally {
      await core.close();
    }
  });

  it('refuses names that are no snapshot, path traversal above all', async () => {
    await seed(dir);
    await takeSnapshot(dir, day(22));
    await mkdir(join(dir, SNAPSHOTS_DIR, '2026-11-23T120000'));
    const core = await open(dir);
    try {
      const registry = createRegistry(core);
      const before = await durable(dir);
      for (const name of ['../releases', '..', '../../etc/passwd', 'a/b', '.tmp-x', '', 'x'.repeat(300)]) {
        expect(await registry.dispatch('backups:restore', { name })).toMatchObject({
          ok: false,
          error: { code: 'INVALID_ARGUMENT' },
        });
      }
      expect(await registry.dispatch('backups:restore', { name: '2026-01-01T000000' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('There is no snapshot called') },
      });
      // A half-written snapshot is not listed and never restored.
      expect(await registry.dispatch('backups:restore', { name: '2026-11-23T120000' })).toMatchObject({
        ok: false,
        error: { code: 'READ_FAILED', message: expect.stringContaining('incomplete') },
      });
      expect(await registry.dispatch('backups:restore', { name: 1 })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
      expect(await registry.dispatch('backups:restore', { name: '2026-11-22T120000', extra: true })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
      expect(await durable(dir)).toEqual(before);
      expect((await listSnapshots(dir)).map((s) => s.name)).toEqual(['2026-11-22T120000']);
    } finally {
      await core.close();
    }
  });

  it('keeps as many snapshots as the setting says', async () => {
    const core = await open(dir);
    try {
      await core.settings.update((s) => ({ ...s, backups: { keep: 2 } }));
      for (let i = 0; i < 4; i++) await core.backups.create();
      expect(await core.backups.list()).toHaveLength(2);
    } finally {
      await core.close();
    }
  });
});
