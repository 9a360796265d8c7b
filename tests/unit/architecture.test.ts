import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the architecture rules in eslint.config.js', () => {
  it('forbid Electron outside the shell', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await ruleIds('main/core/store/x.ts', code)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('tests/unit/x.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('main/shell/x.ts', code)).toEqual([]);
  });

  it('let the renderer take only types from main/', async () => {
    const value = "import { newRelease } from '../../main/core/model/release';\nexport const s = newRelease;\n";
    const type = "import type { Release } from '../../main/core/model/release';\nexport type R = Release;\n";
    expect(await ruleIds('renderer/src/x.ts', value)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('renderer/src/x.ts', type)).toEqual([]);
  });
});
