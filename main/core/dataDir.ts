import { isAbsolute, join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'DATELINE_DATA_DIR';

/** The data folder: DATELINE_DATA_DIR if set, otherwise `<userData>/store`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  if (override) return isAbsolute(override) ? override : resolve(override);
  return join(userData, 'store');
}
