import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore, SETTINGS_FILE } from '../../../main/core/store/settingsStore';
import { QUARANTINE_DIR, QUARANTINE_LOG } from '../../../main/core/store/quarantine';
import { tempDir } from '../../helpers/tempDir';
import { openChecked } from '../../helpers/openStore';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function storeWithTwo() {
  const { store } = await openChecked(dir);
  const good = await store.create({ headline: 'Good' });
  const bad = await store.create({ headline: 'Bad' });
  return { good, bad, badPath: join(dir, RELEASES_DIR, `${bad.id}.json`) };
}

describe('quarantine', () => {
  it('moves a truncated file aside, logs why, and opens the rest', async () => {
    const { good, bad, badPath } = await storeWithTwo();
    const text = await readFile(badPath, 'utf8');
    await writeFile(badPath, text.slice(0, text.length / 2));

    const { store, quarantined } = await openChecked(dir);
    expect(store.list().map((s) => s.id)).toEqual([good.id]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.reason).toMatch(/not valid JSON/);
    const kept = await readdir(join(dir, QUARANTINE_DIR));
    expect(kept).toContain(quarantined[0]!.id);
    expect(await readFile(quarantined[0]!.movedTo, 'utf8')).toBe(text.slice(0, text.length / 2));
    const log = await readFile(join(dir, QUARANTINE_DIR, QUARANTINE_LOG), 'utf8');
    expect(log).toContain(bad.id);
  });

  it('moves aside a file with the wrong schema and one from a newer Dateline', async () => {
    const { good, bad, badPath } = await storeWithTwo();
    const wrong = { ...JSON.parse(await readFile(badPath, 'utf8')), headline: 42 };
    await writeFile(badPath, JSON.stringify(wrong));
    const future = join(dir, RELEASES_DIR, '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00.json');
    await writeFile(future, JSON.stringify({ ...wrong, schemaVersion: 99 }));

    const { store, quarantined } = await openChecked(dir);
    expect(store.list().map((s) => s.id)).toEqual([good.id]);
    const reasons = quarantined.map((q) => q.reason).sort();
    expect(reasons).toEqual([
      expect.stringMatching(/does not match the expected format at headline/),
      expect.stringMatching(/newer Dateline \(schema 99/),
    ]);
    expect(bad.id).toBeTruthy();
  });

  it('sets aside an empty file and a file whose name does not match its id', async () => {
    const { good, badPath } = await storeWithTwo();
    await writeFile(badPath, '');
    const renamed = join(dir, RELEASES_DIR, '11111111-1111-4111-8111-111111111111.json');
    await writeFile(renamed, await readFile(join(dir, RELEASES_DIR, `${good.id}.json`), 'utf8'));
    const { store, quarantined } = await openChecked(dir);
    expect(store.list().map((s) => s.id)).toEqual([good.id]);
    expect(quarantined.map((q) => q.reason).sort()).toEqual([
      'the file is empty',
      expect.stringMatching(/file name does not match/),
    ]);
  });

  it('quarantines a broken settings file instead of silently overwriting it', async () => {
    await writeFile(join(dir, SETTINGS_FILE), '{"schemaVersion":1,"userName":');
    const { settings, quarantined } = await SettingsStore.open(dir);
    expect(quarantined).toHaveLength(1);
    expect(settings.get().userName).toBe('');
    expect(await readdir(dir)).not.toContain(SETTINGS_FILE);
  });
});

describe('opening around entries that are not release files', () => {
  it('ignores a folder named like a release and still opens the rest', async () => {
    const { good, bad } = await storeWithTwo();
    await mkdir(join(dir, RELEASES_DIR, 'stray.json'));
    const { store, quarantined } = await openChecked(dir);
    expect(quarantined).toEqual([]);
    expect(
      store
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([good.id, bad.id].sort());
  });
});
