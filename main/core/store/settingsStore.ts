import { join } from 'node:path';
import { Low } from 'lowdb';
import { LoadError } from '../model/migrate';
import { loadVersioned } from '../model/load';
import {
  SETTINGS_MIGRATIONS,
  SETTINGS_SCHEMA_VERSION,
  defaultSettings,
  settingsSchema,
  type Settings,
} from '../model/settings';
import type { AtomicFs } from './atomic';
import { writeFailed } from './errors';
import { AtomicJsonFile } from './jsonFile';
import { quarantine, type QuarantineEntry } from './quarantine';

export const SETTINGS_FILE = 'settings.json';

function loadSettings(text: string): Settings {
  return loadVersioned(text, settingsSchema, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS);
}

/** The user's settings in one small file, written atomically. */
export class SettingsStore {
  private constructor(private readonly db: Low<Settings>) {}

  /** A broken settings file is quarantined (and reported) before defaults are used. */
  static async open(
    dataDir: string,
    options: { fs?: AtomicFs; readOnly?: boolean } = {},
  ): Promise<{ settings: SettingsStore; quarantined: QuarantineEntry[] }> {
    const { fs, readOnly } = options;
    const path = join(dataDir, SETTINGS_FILE);
    const db = new Low<Settings>(new AtomicJsonFile(path, loadSettings, fs), defaultSettings());
    const quarantined: QuarantineEntry[] = [];
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      if (!readOnly) quarantined.push(await quarantine(dataDir, path, error.message));
      db.data = defaultSettings();
    }
    return { settings: new SettingsStore(db), quarantined };
  }

  get(): Settings {
    return structuredClone(this.db.data);
  }

  async update(change: (settings: Settings) => Settings): Promise<Settings> {
    const next = settingsSchema.parse(change(this.get()));
    const previous = this.db.data;
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = previous;
      throw writeFailed('the settings', error);
    }
    return this.get();
  }
}
