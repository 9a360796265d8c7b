import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'DATELINE_DATA_DIR';

/** The data folder: DATELINE_DATA_DIR if set, otherwise `<userData>/store`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override) return isAbsolute(override) ? override : resolve(override);
  return join(userData, 'store');
}

/** Electron's userData folder for Dateline, worked out without Electron (for the CLI). */
export function defaultUserData(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Dateline');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dateline');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Dateline');
}
