import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths';

/** What `npm start` and packaging run: Electron's first-run download included. */
const SET_UP = ['electron', '@electron/get', 'electron-vite', 'electron-builder', 'vite'];

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as { engines?: { node?: string } };

describe('the Node version the README promises', () => {
  it('is the lowest Node every set-up package accepts, in engines and in the README', async () => {
    const ranges = await Promise.all(
      SET_UP.map(async (name) => (await json(join(ROOT, 'node_modules', name, 'package.json'))).engines?.node ?? '*'),
    );
    const needed = ranges.map((range) => semver.minVersion(range)!).reduce((a, b) => (semver.gt(a, b) ? a : b));
    const declared = (await json(join(ROOT, 'package.json'))).engines?.node;
    expect(declared).toBeDefined();
    // engines starts where every package's range starts, and each of them accepts that version.
    expect(semver.minVersion(declared!)!.version).toBe(needed.version);
    for (const range of ranges) expect(semver.satisfies(needed, range), range).toBe(true);
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${needed.major}.${needed.minor} or later`);
  });

  it('is printed by CI before it installs anything', async () => {
    const run = await readFile(join(ROOT, '.ci', 'run'), 'utf8');
    expect(run.indexOf('node --version')).toBeGreaterThan(-1);
    expect(run.indexOf('node --version')).toBeLessThan(run.indexOf('npm ci'));
  });
});
