import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './paths';

export const GOLDEN = join(ROOT, 'tests', 'golden');

/**
 * Compares output with tests/golden/NAME. Run with UPDATE_GOLDEN=1 to write the files after a
 * deliberate change, then read the diff before committing it.
 */
export async function expectGolden(name: string, actual: string): Promise<void> {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file ${name} is missing`);
    await writeFile(path, actual);
    return;
  }
  expect(actual).toBe(await readFile(path, 'utf8'));
}
