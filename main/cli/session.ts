import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadTaxonomies, type Taxonomies } from '../../common/model/taxonomy';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../core/context';
import { defaultUserData, resolveDataDir } from '../core/dataDir';
import type { Output } from './output';

/** The resources folder beside the built CLI (out/cli → resources) or the sources (main/cli → resources). */
export function resourcesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}

export interface SessionOptions {
  data?: string;
  version: string;
  output: Output;
}

/** The data folder: --data, then DATELINE_DATA_DIR, then the app's own. */
export function dataDirOf(options: { data?: string }): string {
  return options.data ? resolve(options.data) : resolveDataDir(process.env, defaultUserData());
}

/** Opens the store; readers take no lock and change nothing, so they work while the app runs. */
export async function withCore<T>(
  options: SessionOptions,
  write: boolean,
  task: (core: Core) => Promise<T>,
): Promise<T> {
  const core = await openCore({
    dataDir: dataDirOf(options),
    resourcesDir: resourcesDir(),
    version: options.version,
    readOnly: !write,
    // Snapshots from the command line are asked for: `dateline backup`.
    dailySnapshot: false,
    onSkipped: (path, reason) => options.output.err(`skipped ${path}: ${reason}`),
    onClaim: (path, problem) => options.output.err(`read ${path} as a draft: ${problem}`),
  });
  try {
    // A command answers from the files, not from a library index a crash may have left behind them.
    await core.releases.checked();
    return await task(core);
  } finally {
    await core.close();
  }
}

/** The taxonomies shipped with the CLI, for work that needs no data folder (a dry-run import). */
export async function taxonomiesOf(): Promise<Taxonomies> {
  return loadTaxonomies(await readFile(join(resourcesDir(), 'taxonomies.json'), 'utf8'));
}
