import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { headlessHost, type Host } from './host';
import type { AppInfo, Notice } from '../../preload/contract';
import { Backups } from './backup/backups';
import { recoverRestore } from './backup/swap';
import { backupFailedNotice, claimNotice, restoreFinishedNotice, unflushedNotice, unreadableNotice } from './notices';
import { loadTaxonomies, type Taxonomies } from '../../common/model/taxonomy';
import type { AtomicFs, UnflushedError } from './store/atomic';
import { acquireLock } from './store/lock';
import { HistoryStore } from './history/historyStore';
import { LibrarySearch } from './search/librarySearch';
import { ReleaseStore, type StoreObserver } from './store/releaseStore';
import { SettingsStore } from './store/settingsStore';
import { Spelling } from './spelling/spelling';

/** Everything the handlers work on: opened once per process, Electron-free. */
export interface Core {
  readonly dataDir: string;
  /** Where taxonomies.json and the samples live. */
  readonly resourcesDir: string;
  /** Replaced by reload(), like history and search: read it from the core each time rather than keep it. */
  readonly releases: ReleaseStore;
  /** Revisions of each release, recorded as the store saves. */
  readonly history: HistoryStore;
  /** Full-text search and filters over the library. */
  readonly search: LibrarySearch;
  /** Kept across reload(), which reads the file again into it. */
  readonly settings: SettingsStore;
  readonly taxonomies: Taxonomies;
  readonly info: AppInfo;
  /** Native dialogs and messages to the window; headless for the CLI. */
  readonly host: Host;
  /** Where exports go until the user picks a folder. */
  readonly defaultExportFolder: string;
  /** Snapshots of the data folder; a restore reloads the core. Writers only. */
  readonly backups: Backups;
  /** Spelling against the bundled dictionaries; each loads on first use. */
  readonly spelling: Spelling;
  /** Notices raised since opening, such as a snapshot that failed. */
  notices(): Notice[];
  /** Reads the data folder again after its files were replaced (a restore): releases, history, search, settings. */
  reload(): Promise<void>;
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
  /** Take the day's snapshot in the background once open (writers only); default true, the CLI says false. */
  dailySnapshot?: boolean;
  /** Load the search index in the background once open (the app), rather than on the first search. */
  warmSearch?: boolean;
  onSkipped?: (path: string, reason: string) => void;
  /** A release file whose claimed approval or state the model refused; it opens as a draft. */
  onClaim?: (path: string, problem: string) => void;
  /** A change in place whose folder could not be flushed to the disk; the flush is retried. */
  onUnflushed?: (error: UnflushedError) => void;
}

interface Stores {
  releases: ReleaseStore;
  history: HistoryStore;
  search: LibrarySearch;
}

/** The release store with the history and the search index that follow it. */
async function openStores(options: CoreOptions): Promise<Stores> {
  const history = new HistoryStore(options.dataDir, {
    onProblem: (message) => console.warn(`Dateline history: ${message}`),
  });
  // Readers record nothing: only the writer keeps history.
  // The index reads the store lazily, on the first search, so it can exist before the store opens.
  const opened: { store?: ReleaseStore } = {};
  const search = new LibrarySearch(() => opened.store!, {
    readOnly: options.readOnly,
    onProblem: (message) => console.warn(`Dateline search: ${message}`),
  });
  let changedOnDisk = false;
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
        changedOnDisk: (id, release) => {
          changedOnDisk = true;
          if (release) search.stored(release);
          else search.removed(id);
        },
      };
  const { store } = await ReleaseStore.open(options.dataDir, { ...options, ...(observer ? { observer } : {}) });
  opened.store = store;
  // The window listed the library index; once the files were compared, it lists again if they differed.
  void store.checked().then(() => changedOnDisk && options.host?.emit({ type: 'library-changed' }));
  // Loaded in slices in the background, so the first search is answered at once and nothing freezes meanwhile.
  if (options.warmSearch) search.warm();
  return { releases: store, history, search };
}

/** Locks the data folder for this process and loads the store; throws STORE_LOCKED if another holds it. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { dataDir } = options;
  if (!options.readOnly) await mkdir(dataDir, { recursive: true });
  const lock = options.readOnly ? { release: async () => undefined } : await acquireLock(dataDir);
  try {
    const taxonomies = loadTaxonomies(await readFile(join(options.resourcesDir, 'taxonomies.json'), 'utf8'));
    const raised: Notice[] = [];
    const now = options.now ?? (() => new Date());
    // A restore cut short by a crash is finished before anything reads the folder.
    const finished = options.readOnly ? undefined : await recoverRestore(dataDir);
    if (finished) raised.push(restoreFinishedNotice(finished.snapshot, finished.safetyCopy));
    // A save in place but not flushed is a save made: the window says so, and the store retries the flush.
    const onUnflushed = (error: UnflushedError) => {
      raised.push(unflushedNotice(dataDir, error, now()));
      options.onUnflushed?.(error);
      // Telling the window must not fail the save that is already made.
      void Promise.resolve(options.host?.emit({ type: 'notices-changed' })).catch(() => undefined);
    };
    const { settings } = await SettingsStore.open(dataDir, {
      fs: options.fs,
      readOnly: options.readOnly,
      onUnflushed,
    });
    // A release file the system cannot read is left in place and named, so a restart may read it.
    const onSkipped = (path: string, reason: string) => {
      options.onSkipped?.(path, reason);
      if (!options.readOnly) raised.push(unreadableNotice(dataDir, path, reason));
    };
    // Read on every open of the release: one notice per file and problem.
    const onClaim = (path: string, problem: string) => {
      const notice = claimNotice(dataDir, path, problem);
      if (raised.some((n) => n.id === notice.id)) return;
      raised.push(notice);
      options.onClaim?.(path, problem);
    };
    let stores = await openStores({ ...options, onSkipped, onClaim, onUnflushed });
    const backups = new Backups({
      dataDir,
      appVersion: options.version,
      keep: () => settings.get().backups.keep,
      now,
      beforeSwap: () => stores.history.whenIdle(),
      reload: () => core.reload(),
      onProblem: (error) => raised.push(backupFailedNotice(error, now())),
    });
    const core: Core = {
      dataDir,
      resourcesDir: options.resourcesDir,
      get releases() {
        return stores.releases;
      },
      get history() {
        return stores.history;
      },
      get search() {
        return stores.search;
      },
      settings,
      taxonomies,
      info: { name: 'Dateline', version: options.version, dataDir, platform: process.platform },
      host: options.host ?? headlessHost,
      defaultExportFolder: options.defaultExportFolder ?? homedir(),
      backups,
      spelling: new Spelling(dataDir),
      notices: () => [...raised],
      reload: async () => {
        await stores.history.whenIdle();
        await settings.reload();
        // The folder was replaced: the old store must not write its summaries over the new library's index.
        stores.releases.discard();
        stores.search.discard();
        stores = await openStores({ ...options, onSkipped, onClaim, onUnflushed });
      },
      close: async () => {
        await backups.whenIdle();
        await stores.history.whenIdle();
        await stores.releases.close();
        await settings.close();
        // After the store, so changes its last checks found are in the index file it writes.
        await stores.search.close();
        await lock.release();
      },
    };
    // In the background: opening never waits for the snapshot, and its failure is a notice, not a failed open.
    if (!options.readOnly && options.dailySnapshot !== false) {
      void backups.snapshotIfDue().catch((error: unknown) => raised.push(backupFailedNotice(error, now())));
    }
    return core;
  } catch (error) {
    await lock.release();
    throw error;
  }
}
