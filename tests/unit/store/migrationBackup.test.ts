import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent } from '../../../common/model/release';
import { MIGRATION_BACKUP_DIR } from '../../../main/core/store/migrationBackup';
import { ReleaseStore, RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { SettingsStore, SETTINGS_FILE } from '../../../main/core/store/settingsStore';
import { tempDir } from '../../helpers/tempDir';
import { openChecked } from '../../helpers/openStore';

const ID = '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00';
const AT = '2026-11-23T10:00:00.000Z';

/** A release file as the foundation (schema 1) wrote it, byte for byte, odd spacing included. */
const SCHEMA_1 = `{ "schemaVersion": 1, "id": "${ID}", "revision": 3, "headline": "From the first version",
  "body": { "type": "doc", "content": [{ "type": "paragraph", "content": [{ "type": "text", "text": "Old body" }] }] },
  "createdAt": "${AT}", "updatedAt": "${AT}" }
`;
const SETTINGS_1 = '{"schemaVersion":1,"userName":"Ana","acknowledgedNotices":["x"]}';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-migrate-')));
afterEach(() => cleanup());

const releasePath = () => join(dir, RELEASES_DIR, `${ID}.json`);
const backups = () => readdir(join(dir, MIGRATION_BACKUP_DIR)).catch(() => [] as string[]);

async function storeWithSchema1(): Promise<ReleaseStore> {
  await mkdir(join(dir, RELEASES_DIR), { recursive: true });
  await writeFile(releasePath(), SCHEMA_1);
  const { store, quarantined } = await openChecked(dir, { now: () => new Date(AT) });
  expect(quarantined).toEqual([]);
  return store;
}

describe('a release file of an older schema', () => {
  it('is migrated in memory only: opening and reading leave the file as it was', async () => {
    const store = await storeWithSchema1();
    expect((await store.get(ID)).headline).toBe('From the first version');
    expect(await readFile(releasePath(), 'utf8')).toBe(SCHEMA_1);
    expect(await backups()).toEqual([]);
  });

  it('is copied byte for byte to backups/migrations before the first save rewrites it, once', async () => {
    const store = await storeWithSchema1();
    await store.save(ID, 3, emptyContent({ headline: 'Edited' }));

    const name = `${ID}.schema1.2026-11-23T10-00-00-000Z.json`;
    expect(await backups()).toEqual([name]);
    expect(await readFile(join(dir, MIGRATION_BACKUP_DIR, name), 'utf8')).toBe(SCHEMA_1);
    expect(JSON.parse(await readFile(releasePath(), 'utf8'))).toMatchObject({ schemaVersion: 3, headline: 'Edited' });

    await store.save(ID, 4, emptyContent({ headline: 'Edited again' }));
    const { store: again } = await openChecked(dir);
    await again.save(ID, 5, emptyContent({ headline: 'And again' }));
    expect(await backups()).toEqual([name]);
  });

  it('is backed up before a workflow action rewrites it too', async () => {
    const store = await storeWithSchema1();
    await store.transition(ID, 'submit', { by: 'Ana', comment: '' });
    const [name] = await backups();
    expect(await readFile(join(dir, MIGRATION_BACKUP_DIR, name!), 'utf8')).toBe(SCHEMA_1);
  });

  it('is not rewritten at all when the backup cannot be made', async () => {
    const store = await storeWithSchema1();
    // A file where the backups folder should be: the backup fails, so the save must too.
    await writeFile(join(dir, 'backups'), 'not a folder');
    await expect(store.save(ID, 3, emptyContent({ headline: 'Edited' }))).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('could not save a backup of the older file of “Edited”'),
    });
    expect(await readFile(releasePath(), 'utf8')).toBe(SCHEMA_1);
  });
});

describe('a settings file of an older schema', () => {
  it('is copied byte for byte to backups/migrations before the first change rewrites it', async () => {
    await writeFile(join(dir, SETTINGS_FILE), SETTINGS_1);
    const { settings } = await SettingsStore.open(dir);
    expect(settings.get().userName).toBe('Ana');
    expect(await backups()).toEqual([]);

    await settings.update((s) => ({ ...s, userName: 'Ana B.' }));
    const names = await backups();
    expect(names).toEqual([expect.stringMatching(/^settings\.schema1\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/)]);
    expect(await readFile(join(dir, MIGRATION_BACKUP_DIR, names[0]!), 'utf8')).toBe(SETTINGS_1);
    expect(JSON.parse(await readFile(join(dir, SETTINGS_FILE), 'utf8')).userName).toBe('Ana B.');

    await settings.update((s) => ({ ...s, userName: 'Ana C.' }));
    expect(await backups()).toHaveLength(1);
  });
});
