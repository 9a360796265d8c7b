import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from '../helpers/importGraph';
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

  it('keep the renderer off main/, types included: shared types live in common/ and preload/', async () => {
    const value = "import { newRelease } from '../../main/core/store/x';\nexport const s = newRelease;\n";
    const type = "import type { Release } from '../../main/core/store/x';\nexport type R = Release;\n";
    const model = "import type { Release } from '../../common/model/release';\nexport type R = Release;\n";
    expect(await ruleIds('renderer/src/x.ts', value)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('renderer/src/x.ts', type)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('renderer/src/x.ts', model)).toEqual([]);
  });

  it('keep every import pointing down: common/ takes nothing from preload/ or main/, the contract nothing from main/', async () => {
    const upward = "import type { Host } from '../../main/core/host';\nexport type H = Host;\n";
    expect(await ruleIds('common/checks/x.ts', upward)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('preload/x.ts', upward.replace('../../', '../'))).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    const contract = "import type { Contract } from '../../preload/contract';\nexport type C = Contract;\n";
    expect(await ruleIds('common/export/x.ts', contract)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('keep the release model at the bottom: common/model/ imports only itself', async () => {
    const checks = "import type { Finding } from '../checks/types';\nexport type F = Finding;\n";
    const sibling = "import type { Doc } from './doc';\nexport type D = Doc;\n";
    expect(await ruleIds('common/model/x.ts', checks)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds('common/model/x.ts', sibling)).toEqual([]);
  });
});

describe('the import graph', () => {
  it('has no import circle, type-only imports included', () => {
    expect(importCircles(importGraph(ROOT, ['main', 'common', 'preload', 'renderer']))).toEqual([]);
  });

  it('finds a circle through type-only imports, as the model once had', () => {
    const graph = new Map([
      ['common/checks/types.ts', ['main/core/model/release.ts']],
      ['main/core/model/release.ts', ['common/workflow.ts']],
      ['common/workflow.ts', ['common/checks/embargo.ts']],
      ['common/checks/embargo.ts', ['common/checks/types.ts', 'common/dateline.ts']],
      ['common/dateline.ts', []],
    ]);
    expect(importCircles(graph)).toEqual([
      ['common/checks/embargo.ts', 'common/checks/types.ts', 'common/workflow.ts', 'main/core/model/release.ts'],
    ]);
  });
});
