import { join } from 'node:path';
import { Low } from 'lowdb';
import { LoadError } from '../../../common/model/migrate';
import { loadVersioned } from '../../../common/model/load';
import {
  SETTINGS_MIGRATIONS,
  SETTINGS_SCHEMA_VERSION,
  defaultSettings,
  settingsSchema,
  type Settings,
} from '../../../common/model/settings';
import { removeTempFiles, type AtomicFs } from './atomic';
import { invalidInput, writeFailed } from './errors';
import { FlushRetry, type FlushRetryOptions } from './flushRetry';
import { AtomicJsonFile } from './jsonFile';
import { backupBeforeMigration } from './migrationBackup';
import { quarantine, type QuarantineEntry } from './quarantine';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsStoreOptions extends Pick<FlushRetryOptions, 'onUnflushed'> {
  fs?: AtomicFs;
  readOnly?: boolean;
  /** The first wait before a failed flush of the data folder is retried, in ms. */
  flushRetryMs?: number;
}

/** The user's settings in one small file, written atomically. */
export class SettingsStore {
  private readonly flushes: FlushRetry;

  private constructor(
    private readonly db: Low<Settings>,
    private readonly dataDir: string,
    private readonly options: SettingsStoreOptions,
    /** The schema version of the file on disk if older: it is backed up before the first rewrite. */
    private olderOnDisk: number | undefined,
  ) {
    const { fs, flushRetryMs: retryMs, onUnflushed } = options;
    this.flushes = new FlushRetry({ fs, retryMs, onUnflushed });
  }

  /** A broken settings file is quarantined (and reported) before defaults are used. */
  static async open(
    dataDir: string,
    options: SettingsStoreOptions = {},
  ): Promise<{ settings: SettingsStore; quarantined: QuarantineEntry[] }> {
    const { fs, readOnly } = options;
    const path = join(dataDir, SETTINGS_FILE);
    let older: number | undefined;
    const load = (text: string) =>
      loadVersioned(text, settingsSchema, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS, (version) => (older = version));
    const db = new Low<Settings>(new AtomicJsonFile(path, load, fs), defaultSettings());
    const quarantined: QuarantineEntry[] = [];
    // A temp file is a save that never reached its rename: settings.json itself is intact.
    if (!readOnly) await removeTempFiles(dataDir, SETTINGS_FILE);
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      if (!readOnly) quarantined.push(await quarantine(dataDir, path, error.message));
      db.data = defaultSettings();
      older = undefined;
    }
    return { settings: new SettingsStore(db, dataDir, options, readOnly ? undefined : older), quarantined };
  }

  /** Reads the file again after it was replaced on disk (a restore), keeping this object, which others hold. */
  async reload(): Promise<void> {
    const { settings } = await SettingsStore.open(this.dataDir, { fs: this.fs });
    this.db.data = settings.db.data;
    this.olderOnDisk = settings.olderOnDisk;
  }

  /** Folders holding a change that is in place but not yet known to be flushed to the disk; retried until it is. */
  get unflushed(): string[] {
    return this.flushes.pending;
  }

  /** Flushes what is still unflushed one last time. */
  close(): Promise<void> {
    return this.flushes.close();
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  async update(change: (settings: Settings) => Settings): Promise<Settings> {
    const checked = settingsSchema.safeParse(change(this.get()));
    if (!checked.success) throw invalidInput('These settings', checked.error);
    const next = checked.data;
    const path = join(this.dataDir, SETTINGS_FILE);
    if (this.olderOnDisk !== undefined) {
      // The original bytes are kept before the new schema replaces them; no backup, no rewrite.
      await backupBeforeMigration(this.dataDir, path, this.olderOnDisk, new Date(), this.fs).catch((error: unknown) => {
        throw writeFailed('a backup of the older settings file', error);
      });
      this.olderOnDisk = undefined;
    }
    const previous = this.db.data;
    this.db.data = next;
    try {
      // In place but not flushed is saved: the new settings stand, and the flush is retried.
      await this.flushes.landed(this.dataDir, () => this.db.write());
    } catch (error) {
      this.db.data = previous;
      throw writeFailed('the settings', error);
    }
    return this.get();
  }

  private get fs(): AtomicFs | undefined {
    return this.options.fs;
  }
}
