import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../../preload/errors';
import type { Doc } from '../../../common/model/doc';
import { emptyContent } from '../../../common/model/release';
import { MAX_FILE_BYTES } from '../../../main/core/store/jsonFile';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore, SETTINGS_FILE } from '../../../main/core/store/settingsStore';
import { tempDir } from '../../helpers/tempDir';
import { openChecked } from '../../helpers/openStore';

const body = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('ReleaseStore', () => {
  it('creates, lists, reads, saves and removes releases, one file each', async () => {
    const { store } = await openChecked(dir);
    expect(store.list()).toEqual([]);
    const a = await store.create({ headline: 'First' });
    const b = await store.create({ headline: 'Second' });
    expect(await readdir(join(dir, RELEASES_DIR))).toHaveLength(2);

    const saved = await store.save(a.id, 1, emptyContent({ headline: 'First, edited', body: body('Hello') }));
    expect(saved.revision).toBe(2);
    expect(store.list().map((s) => s.headline)).toEqual(['First, edited', 'Second']);

    const onDisk = JSON.parse(await readFile(join(dir, RELEASES_DIR, `${a.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 3, headline: 'First, edited', revision: 2 });
    expect(onDisk.body).toEqual(body('Hello'));

    await store.remove(b.id);
    expect(store.list().map((s) => s.id)).toEqual([a.id]);
    await expect(store.get(b.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const restored = await store.restore(b.id);
    expect(restored.headline).toBe('Second');
    expect(store.size).toBe(2);
  });

  it('reopens what was saved', async () => {
    const { store } = await openChecked(dir);
    const r = await store.create();
    await store.save(r.id, 1, emptyContent({ headline: 'Kept', body: body('Body text') }));
    const { store: again } = await openChecked(dir);
    expect(await again.get(r.id)).toMatchObject({ headline: 'Kept', revision: 2, body: body('Body text') });
  });

  it('refuses a save based on an older revision', async () => {
    const { store } = await openChecked(dir);
    const r = await store.create();
    await store.save(r.id, 1, emptyContent({ headline: 'One', body: body('') }));
    const stale = store.save(r.id, 1, emptyContent({ headline: 'Stale', body: body('') }));
    await expect(stale).rejects.toBeInstanceOf(DatelineError);
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await store.get(r.id)).headline).toBe('One');
  });

  it('runs concurrent saves of one release in order, so only one of two racing edits wins', async () => {
    const { store } = await openChecked(dir);
    const r = await store.create();
    const results = await Promise.allSettled([
      store.save(r.id, 1, emptyContent({ headline: 'A', body: body('') })),
      store.save(r.id, 1, emptyContent({ headline: 'B', body: body('') })),
    ]);
    expect(results.map((x) => x.status)).toEqual(['fulfilled', 'rejected']);
    expect((await store.get(r.id)).headline).toBe('A');
  });

  it('removes temp files left by an interrupted save and keeps the release', async () => {
    const { store } = await openChecked(dir);
    const r = await store.create({ headline: 'Whole' });
    const temp = join(dir, RELEASES_DIR, `.${r.id}.json.999.0.tmp`);
    await writeFile(temp, '{"half": ');
    const { store: again, quarantined } = await openChecked(dir);
    expect(quarantined).toEqual([]);
    expect((await again.get(r.id)).headline).toBe('Whole');
    expect(await readdir(join(dir, RELEASES_DIR))).toEqual([`${r.id}.json`]);
  });

  it('removes only temp files named as its own writer names them', async () => {
    const { store } = await openChecked(dir);
    const r = await store.create({ headline: 'Whole' });
    const foreign = ['notes.tmp', `${r.id}.json.tmp`, `.${r.id}.json.tmp`];
    for (const name of [...foreign, `.${r.id}.json.4242.17.tmp`]) await writeFile(join(dir, RELEASES_DIR, name), 'x');
    await openChecked(dir);
    expect((await readdir(join(dir, RELEASES_DIR))).sort()).toEqual([...foreign, `${r.id}.json`].sort());
  });

  it('refuses to save a release larger than it would read back, and keeps the saved one', async () => {
    const { store } = await openChecked(dir);
    const r = await store.create({ headline: 'Kept' });
    const huge = emptyContent({ headline: 'Huge', body: body('x'.repeat(MAX_FILE_BYTES)) });
    await expect(store.save(r.id, 1, huge)).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('larger than the 20 MB a Dateline file can hold'),
    });
    const { store: again, quarantined } = await openChecked(dir);
    expect(quarantined).toEqual([]);
    expect((await again.get(r.id)).headline).toBe('Kept');
  });
});

describe('settings', () => {
  it('removes the temp files of an interrupted settings save, and only those', async () => {
    await SettingsStore.open(dir).then(({ settings }) => settings.update((s) => ({ ...s, userName: 'Ana' })));
    await writeFile(join(dir, `.${SETTINGS_FILE}.4242.0.tmp`), '{"half": ');
    await writeFile(join(dir, '.other.json.4242.0.tmp'), 'not ours to remove');
    const { settings, quarantined } = await SettingsStore.open(dir);
    expect(quarantined).toEqual([]);
    expect(settings.get().userName).toBe('Ana');
    expect((await readdir(dir)).sort()).toEqual(['.other.json.4242.0.tmp', SETTINGS_FILE]);
  });
});

describe('a release file removed outside Dateline', () => {
  it('is written again by the next save, and reported as gone when opened', async () => {
    const { store } = await openChecked(dir);
    const kept = await store.create({ headline: 'Kept by the editor' });
    const gone = await store.create({ headline: 'Gone' });
    await rm(join(dir, RELEASES_DIR, `${kept.id}.json`));
    await rm(join(dir, RELEASES_DIR, `${gone.id}.json`));

    const saved = await store.save(kept.id, 1, emptyContent({ headline: 'Still here', body: body('x') }));
    expect(saved).toMatchObject({ revision: 2, createdAt: kept.createdAt });
    expect((await store.get(kept.id)).headline).toBe('Still here');

    await expect(store.get(gone.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(store.list().map((s) => s.id)).toEqual([kept.id]);
  });
});
