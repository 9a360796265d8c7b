import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '../../common/model/release';
import { loadRelease } from '../../main/core/store/releaseStore';
import { RESOURCES } from './paths';

export const SAMPLE_FILES = ['sarajevo-press-release', 'bratislava-news-item'] as const;

/** A sample release from resources/samples, loaded as the store loads any file. */
export async function loadSample(name: (typeof SAMPLE_FILES)[number]): Promise<Release> {
  return loadRelease(await readFile(join(RESOURCES, 'samples', `${name}.json`), 'utf8'));
}
