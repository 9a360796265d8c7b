import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatelineError } from '../../../preload/errors';
import { HISTORY_FORMAT } from '../history/historyStore';
import { loadVersioned } from '../../../common/model/load';
import { LoadError } from '../../../common/model/migrate';
import { RELEASE_SCHEMA_VERSION } from '../../../common/model/release';
import { SETTINGS_MIGRATIONS, SETTINGS_SCHEMA_VERSION, settingsSchema } from '../../../common/model/settings';
import { RELEASES_DIR, loadRelease } from '../store/releaseStore';
import { SETTINGS_FILE } from '../store/settingsStore';
import { sha256 } from './files';
import { SNAPSHOT_FORMAT, infoOf, manifestSchema, type Manifest } from './manifest';
import { MANIFEST_FILE, SNAPSHOTS_DIR, SNAPSHOT_NAME } from './names';
import { readSnapshots } from './snapshot';
import type { SnapshotInfo } from '../../../common/model/snapshot';

/** Files checked at once. */
const CONCURRENCY = 16;

/**
 * Checks that a snapshot can be restored without changing anything: it is one that listSnapshots
 * answers, its manifest is whole, every file is there as it was copied, and the release and settings
 * files load as the store loads them. Throws NOT_FOUND or READ_FAILED saying what is wrong.
 */
export async function verifySnapshot(
  dataDir: string,
  name: string,
): Promise<{ info: SnapshotInfo; manifest: Manifest }> {
  const folder = join(dataDir, SNAPSHOTS_DIR);
  const refuse = (problem: string) =>
    new DatelineError(
      'READ_FAILED',
      `The snapshot ${name} cannot be restored: ${problem}. Nothing was changed; choose another snapshot.`,
    );
  const safe = SNAPSHOT_NAME.test(name);
  if (!safe || !(await readSnapshots(dataDir)).some((s) => s.name === name)) {
    if (
      safe &&
      (await stat(join(folder, name)).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    ) {
      throw refuse('it is incomplete (it has no readable manifest.json), so it was never finished');
    }
    throw new DatelineError('NOT_FOUND', `There is no snapshot called “${name}” in ${folder}.`);
  }
  const root = join(folder, name);
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(join(root, MANIFEST_FILE), 'utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
    manifest = parsed.data;
  } catch (error) {
    throw refuse(`its manifest.json is damaged (${(error as Error).message})`);
  }
  const { format, schemas } = manifest;
  if (
    format > SNAPSHOT_FORMAT ||
    schemas.release > RELEASE_SCHEMA_VERSION ||
    schemas.settings > SETTINGS_SCHEMA_VERSION ||
    schemas.history > HISTORY_FORMAT
  ) {
    throw refuse(
      `it was taken by a newer Dateline (${manifest.appVersion || 'unknown version'}); update Dateline first`,
    );
  }
  for (let i = 0; i < manifest.files.length; i += CONCURRENCY) {
    await Promise.all(
      manifest.files.slice(i, i + CONCURRENCY).map(async (file) => {
        const problem = await checkFile(root, file);
        if (problem) throw refuse(`${file.path} ${problem}`);
      }),
    );
  }
  return { info: infoOf(name, manifest), manifest };
}

/** What is wrong with one file of the snapshot, or undefined. */
async function checkFile(root: string, file: Manifest['files'][number]): Promise<string | undefined> {
  let data: Buffer;
  try {
    data = await readFile(join(root, file.path));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'is missing'
      : `cannot be read (${(error as Error).message})`;
  }
  if (data.length !== file.size || sha256(data) !== file.sha256) return 'has changed since the snapshot was taken';
  let text: string;
  try {
    // Strictly, as the store reads: a file that is not UTF-8 would be set aside on opening.
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return 'is not UTF-8 text';
  }
  try {
    if (file.path === SETTINGS_FILE) {
      loadVersioned(text, settingsSchema, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS);
    } else if (file.path.startsWith(`${RELEASES_DIR}/`)) {
      const release = loadRelease(text);
      if (`${RELEASES_DIR}/${release.id}.json` !== file.path) return `holds the release ${release.id}`;
    }
  } catch (error) {
    if (error instanceof LoadError) return `cannot be loaded: ${error.message}`;
    throw error;
  }
  return undefined;
}
