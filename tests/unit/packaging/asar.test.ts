// What the installers ship: packs the app as electron-builder does for every OS (`--linux dir`, with a stand-in
// Electron, see standIn.ts) and reads app.asar. Needs `npm run build` first, as `npm test` does.
import { extractFile, listPackage } from '@electron/asar';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths';
import { makeElectronStandIn, packLinuxDir } from './standIn';

const built = existsSync(join(ROOT, 'out', 'main', 'index.js'));
if (!built) console.warn('packaging: skipped, out/main/index.js is missing: run `npm run build` first');

interface PackageJson {
  main?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** Every file under `dir`, as `/`-separated paths relative to the project (`out/main/index.js`). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The packages a bundle loads at run time: bare `import`/`require` specifiers, less Node's and Electron's own. */
function externalPackages(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g),
  ];
  const names = specifiers
    .map((match) => match[1] ?? '')
    .filter((specifier) => !isBuiltin(specifier) && specifier !== 'electron')
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return [...new Set(names)].sort();
}

describe.skipIf(!built)('the packaged app (electron-builder --linux dir, stand-in Electron)', () => {
  let work: string;
  let resourcesDir: string;
  let archive: string;
  /** The archive's entries as `/out/main/index.js`, on every OS. */
  let entries: Set<string>;
  let project: PackageJson;

  const has = (entry: string) => entries.has(entry);
  const readJson = <T>(entry: string): T =>
    JSON.parse(extractFile(archive, entry.slice(1).split('/').join(sep)).toString('utf8')) as T;

  /** Node's lookup from a package folder in the archive: its own node_modules, then each one above. */
  function resolvePackage(name: string, from: string): string | undefined {
    let dir = from;
    for (;;) {
      const candidate = `${dir}/node_modules/${name}`;
      if (has(`${candidate}/package.json`)) return candidate;
      if (dir === '') return undefined;
      const parent = dir.lastIndexOf('/node_modules/');
      dir = parent <= 0 ? '' : dir.slice(0, parent);
    }
  }

  beforeAll(async () => {
    project = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
    work = await mkdtemp(join(tmpdir(), 'dateline-pack-'));
    await packLinuxDir(await makeElectronStandIn(join(work, 'electron')), join(work, 'dist'));
    resourcesDir = join(work, 'dist', 'linux-unpacked', 'resources');
    archive = join(resourcesDir, 'app.asar');
    entries = new Set(listPackage(archive, { isPack: false }).map((entry) => entry.split(sep).join('/')));
  }, 240_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('holds only package.json, the built output, the resources and node_modules', () => {
    const top = [...entries].filter((entry) => entry.lastIndexOf('/') === 0).sort();
    expect(top).toEqual(['/node_modules', '/out', '/package.json', '/resources']);
    expect([...entries].filter((entry) => /^\/out\/[^/]+$/.test(entry)).sort()).toEqual([
      '/out/main',
      '/out/preload',
      '/out/renderer',
    ]);
  });

  it('holds every file of the built main, preload and renderer, and package.json pointing at main', async () => {
    const bundles = (await Promise.all(['out/main', 'out/preload', 'out/renderer'].map(filesUnder))).flat();
    expect(bundles).toContain('out/main/index.js');
    expect(bundles).toContain('out/preload/index.cjs');
    expect(bundles).toContain('out/renderer/index.html');
    for (const file of bundles.filter((path) => !path.endsWith('.map'))) expect(has(`/${file}`), file).toBe(true);

    const packed = readJson<PackageJson>('/package.json');
    expect(packed.version).toBe(project.version);
    expect(packed.main).toBe('out/main/index.js');
    expect(has(`/${packed.main}`)).toBe(true);
  });

  it('holds the resources the app reads (taxonomies, samples), and opens README and icon beside the archive', async () => {
    const runtime = (await filesUnder('resources')).filter(
      (path) => !path.startsWith('resources/build/') && path !== 'resources/icon.svg',
    );
    expect(runtime).toContain('resources/taxonomies.json');
    expect(runtime.some((path) => /^resources\/samples\/.+\.json$/.test(path))).toBe(true);
    for (const file of runtime) expect(has(`/${file}`), file).toBe(true);

    expect(existsSync(join(resourcesDir, 'README.md'))).toBe(true);
    expect(existsSync(join(resourcesDir, 'icon.png'))).toBe(true);
  });

  it('holds no sources, tests, source maps, build resources, command line or dev dependencies', () => {
    const all = [...entries];
    expect(all.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(all.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    for (const folder of ['/main', '/common', '/preload', '/renderer', '/tests', '/scripts', '/bench'])
      expect(has(folder), folder).toBe(false);
    for (const excluded of ['/out/cli', '/resources/build', '/resources/icon.svg', '/node_modules/.bin'])
      expect(has(excluded), excluded).toBe(false);

    const dev = Object.keys(project.devDependencies ?? {});
    expect(dev).toEqual(expect.arrayContaining(['vitest', 'electron', 'typescript', 'electron-builder']));
    expect(dev.filter((name) => has(`/node_modules/${name}`))).toEqual([]);
  });

  it('holds every package the built main loads at run time, with all it depends on', async () => {
    const mainFiles = (await filesUnder('out/main')).filter((path) => path.endsWith('.js'));
    const code = (await Promise.all(mainFiles.map((file) => readFile(join(ROOT, file), 'utf8')))).join('\n');
    const external = externalPackages(code);
    // electron-vite leaves dependencies external; should that change, this list empties and the check below is moot.
    expect(external).toEqual(expect.arrayContaining(['lowdb', 'zod']));
    for (const name of external) expect(Object.keys(project.dependencies ?? {}), name).toContain(name);

    const missing: string[] = [];
    const seen = new Set<string>();
    const queue = external.map((name) => ({ name, from: '' }));
    for (let next = queue.shift(); next; next = queue.shift()) {
      const dir = resolvePackage(next.name, next.from);
      if (!dir) {
        missing.push(`${next.name} (needed by ${next.from || 'out/main'})`);
        continue;
      }
      if (seen.has(dir)) continue;
      seen.add(dir);
      const manifest = readJson<PackageJson>(`${dir}/package.json`);
      const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
        (peer) => !manifest.peerDependenciesMeta?.[peer]?.optional,
      );
      // A type package is never required at run time, though some list one (docx: @types/node).
      for (const name of [...Object.keys(manifest.dependencies ?? {}), ...peers])
        if (!name.startsWith('@types/')) queue.push({ name, from: dir });
    }
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(external.length);
  });
});
