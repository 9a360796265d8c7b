import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo } from '../../preload/contract';
import { loadTaxonomies, type Taxonomies } from './model/taxonomy';
import type { AtomicFs } from './store/atomic';
import { acquireLock } from './store/lock';
import { ReleaseStore } from './store/releaseStore';
import { SettingsStore } from './store/settingsStore';

/** Everything the handlers work on: opened once per process, Electron-free. */
export interface Core {
  readonly dataDir: string;
  /** Where taxonomies.json and the samples live. */
  readonly resourcesDir: string;
  readonly releases: ReleaseStore;
  readonly settings: SettingsStore;
  readonly taxonomies: Taxonomies;
  readonly info: AppInfo;
  close(): Promise<void>;
}

export interface CoreOptions {
  dataDir: string;
  /** The folder holding taxonomies.json and the samples. */
  resourcesDir: string;
  version: string;
  fs?: AtomicFs;
  now?: () => Date;
}

/** Locks the data folder for this process and loads the store; throws STORE_LOCKED if another holds it. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  const lock = await acquireLock(dataDir);
  try {
    const taxonomies = loadTaxonomies(await readFile(join(options.resourcesDir, 'taxonomies.json'), 'utf8'));
    const { settings } = await SettingsStore.open(dataDir, options.fs);
    const { store } = await ReleaseStore.open(dataDir, options);
    return {
      dataDir,
      resourcesDir: options.resourcesDir,
      releases: store,
      settings,
      taxonomies,
      info: { name: 'Dateline', version: options.version, dataDir, platform: process.platform },
      close: () => lock.release(),
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
