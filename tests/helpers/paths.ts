import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES = join(ROOT, 'resources');
/** The two OSCE pages the samples were made from (copied from shared/seeds). */
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const SEEDS = join(FIXTURES, 'seeds');
