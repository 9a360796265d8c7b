import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GOLDEN } from './goldenOutputs';

/**
 * Compares output with tests/golden/NAME, and only compares: a missing or different file fails.
 * After a deliberate change, `npm run golden:update` rewrites the files; read the diff before committing.
 */
export async function expectGolden(name: string, actual: string): Promise<void> {
  const path = join(GOLDEN, name);
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing: run npm run golden:update and review it`);
  expect(actual, `${name} differs from its golden file (npm run golden:update after a deliberate change)`).toBe(
    await readFile(path, 'utf8'),
  );
}
