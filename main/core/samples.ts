import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseContent } from '../../common/model/release';
import { contentOf } from '../../common/release';
import { loadRelease } from './store/releaseStore';

export const SAMPLES_DIR = 'samples';

/** The sample releases shipped in resources/samples, validated like any stored file. */
export async function loadSamples(resourcesDir: string): Promise<ReleaseContent[]> {
  const folder = join(resourcesDir, SAMPLES_DIR);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => contentOf(loadRelease(await readFile(join(folder, name), 'utf8')))));
}
