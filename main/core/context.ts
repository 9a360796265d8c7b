import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { headlessHost, type Host } from './host';
import type { AppInfo } from '../../preload/contract';
import { loadTaxonomies, type Taxonomies } from './model/taxonomy';
import type { AtomicFs } from './store/atomic';
import { acquireLock } from './store/lock';
import { HistoryStore } from './history/historyStore';
import { LibrarySearch } from './search/librarySearch';
import { ReleaseStore, type StoreObserver } from './store/releaseStore';
import { SettingsStore } from './store/settingsStore';

/** Everything the handlers work on: opened once per process, Electron-free. */
export interface Core {
  readonly dataDir: string;
  /** Where taxonomies.json and the samples live. */
  readonly resourcesDir: string;
  readonly releases: ReleaseStore;
  /** Revisions of each release, recorded as the store saves. */
  readonly history: HistoryStore;
  /** Full-text search and filters over the library. */
  readonly search: LibrarySearch;
  readonly settings: SettingsStore;
  readonly taxonomies: Taxonomies;
  readonly info: AppInfo;
  /** Native dialogs and messages to the window; headless for the CLI. */
  readonly host: Host;
  /** Where exports go until the user picks a folder. */
  readonly defaultExportFolder: string;
  close(): Promise<void>;
}

export interface CoreOptions {
  dataDir: string;
  /** The folder holding taxonomies.json and the samples. */
  resourcesDir: string;
  version: string;
  fs?: AtomicFs;
  now?: () => Date;
  host?: Host;
  defaultExportFolder?: string;
  /** Open without the writer's lock and change nothing on disk (the CLI's readers). */
  readOnly?: boolean;
  onSkipped?: (path: string, reason: string) => void;
}

/** Locks the data folder for this process and loads the store; throws STORE_LOCKED if another holds it. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { dataDir } = options;
  if (!options.readOnly) await mkdir(dataDir, { recursive: true });
  const lock = options.readOnly ? { release: async () => undefined } : await acquireLock(dataDir);
  try {
    const taxonomies = loadTaxonomies(await readFile(join(options.resourcesDir, 'taxonomies.json'), 'utf8'));
    const { settings } = await SettingsStore.open(dataDir, { fs: options.fs, readOnly: options.readOnly });
    const history = new HistoryStore(dataDir, { onProblem: (message) => console.warn(`Dateline history: ${message}`) });
    // Readers record nothing: only the writer keeps history.
    // The index reads the store lazily, on the first search, so it can exist before the store opens.
    const opened: { store?: ReleaseStore } = {};
    const search = new LibrarySearch(() => opened.store!);
    const observer: StoreObserver | undefined = options.readOnly
      ? undefined
      : {
          stored: (release, kind, note) => {
            void history.record(release, { kind, ...(note ? { note } : {}) });
            search.stored(release);
          },
          removed: (id) => {
            void history.moveToTrash(id).catch(() => undefined);
            search.removed(id);
          },
          restored: (release) => {
            void history.restoreFromTrash(release.id).catch(() => undefined);
            search.stored(release);
          },
        };
    const { store } = await ReleaseStore.open(dataDir, { ...options, ...(observer ? { observer } : {}) });
    opened.store = store;
    return {
      dataDir,
      resourcesDir: options.resourcesDir,
      releases: store,
      history,
      search,
      settings,
      taxonomies,
      info: { name: 'Dateline', version: options.version, dataDir, platform: process.platform },
      host: options.host ?? headlessHost,
      defaultExportFolder: options.defaultExportFolder ?? homedir(),
      close: async () => {
        await history.whenIdle();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
