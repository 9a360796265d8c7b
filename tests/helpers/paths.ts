import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES = join(ROOT, 'resources');
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');
