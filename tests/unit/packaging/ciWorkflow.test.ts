import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packagedExecutable } from '../../../scripts/package-smoke';
import { ROOT } from '../../helpers/paths';
import { tempDir } from '../../helpers/tempDir';

interface Step {
  name?: string;
  run?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { strategy: { matrix: { os: string[] } }; steps: Step[] }>;
}

const workflow = (name: string) => parse(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;

describe('CI on every change', () => {
  const ci = workflow('ci.yml');
  const [job] = Object.values(ci.jobs);
  const unconditional = job!.steps.filter((step) => step.run && !step.if).map((step) => step.run!);

  it('runs on every push and pull request, on Linux, Windows and macOS', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(job!.strategy.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
  });

  it('runs the README’s test command on every system, with the Electron binary downloaded first', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm test');
    expect(unconditional.some((run) => /(^|\s)npm test$/.test(run.trim()))).toBe(true);
    const download = unconditional.findIndex((run) => run.includes('install-electron'));
    const test = unconditional.findIndex((run) => /npm test$/.test(run.trim()));
    expect(download).toBeGreaterThanOrEqual(0);
    expect(download).toBeLessThan(test);
  });

  it('makes a packaging smoke run on every system', () => {
    expect(unconditional.some((run) => run.includes('scripts/package-smoke.ts'))).toBe(true);
  });

  it('leaves installers to release.yml, on tags', () => {
    expect(workflow('release.yml').on.push).toEqual({ tags: ['v*'] });
  });
});

describe('the packaging smoke run finds the packaged executable', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('dateline-smoke-')));
  afterEach(() => cleanup());

  const place = (...parts: string[]) => {
    mkdirSync(join(dir, ...parts.slice(0, -1)), { recursive: true });
    writeFileSync(join(dir, ...parts), '');
    return join(dir, ...parts);
  };

  it('on each system, where electron-builder --dir leaves it', () => {
    expect(packagedExecutable(dir, 'linux')).toBeUndefined();
    expect(packagedExecutable(join(dir, 'none'), 'linux')).toBeUndefined();
    const linux = place('linux-unpacked', 'dateline');
    const windows = place('win-unpacked', 'Dateline.exe');
    const mac = place('mac-arm64', 'Dateline.app', 'Contents', 'MacOS', 'Dateline');
    expect(packagedExecutable(dir, 'linux')).toBe(linux);
    expect(packagedExecutable(dir, 'win32')).toBe(windows);
    expect(packagedExecutable(dir, 'darwin')).toBe(mac);
  });
});
