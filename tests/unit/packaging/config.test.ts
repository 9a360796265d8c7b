// The installer configuration (electron-builder.cjs): every target the release ships, and signing that follows
// the environment. The packed contents are checked in asar.test.ts.
import { Icns } from '@fiahfy/icns';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths';

const CONFIG = join(ROOT, 'electron-builder.cjs');
const SIGNING = ['CSC_LINK', 'CSC_NAME', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];
const require = createRequire(import.meta.url);

/** The configuration as electron-builder reads it under these signing variables (and none other). */
function loadConfig(signing: Record<string, string> = {}): Configuration {
  const saved = Object.fromEntries(SIGNING.map((name) => [name, process.env[name]]));
  for (const name of SIGNING) delete process.env[name];
  Object.assign(process.env, signing);
  try {
    delete require.cache[require.resolve(CONFIG)];
    return require(CONFIG) as Configuration;
  } finally {
    for (const name of SIGNING) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

function targets(list: unknown): TargetConfiguration[] {
  return (Array.isArray(list) ? list : [list]).map((t) => (typeof t === 'string' ? { target: t } : t));
}

const inBuildResources = (config: Configuration, file: string) =>
  join(ROOT, config.directories?.buildResources ?? 'build', file);

describe('electron-builder.cjs', () => {
  afterEach(() => {
    delete require.cache[require.resolve(CONFIG)];
  });

  it('names the product and the app id, and leaves the version to package.json', () => {
    const config = loadConfig();
    expect(config.productName).toBe('Dateline');
    expect(config.appId).toBe('org.dateline.app');
    expect(config).not.toHaveProperty('extraMetadata');
    expect(config).not.toHaveProperty('buildVersion');
    expect(config.directories?.output).toBe('dist');
  });

  it('packs in asar only the built app, its resources and package.json', () => {
    const config = loadConfig();
    expect(config.asar).toBe(true);
    const files = config.files as string[];
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/**']),
    );
    expect(files).not.toContain('out/**');
    expect(files).toEqual(expect.arrayContaining(['!resources/build{,/**}', '!**/*.map', '!**/*.{ts,tsx,mts,cts}']));
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'README.md', to: 'README.md' }]));
  });

  it('builds a per-user NSIS installer for Windows, per-machine on request', () => {
    const config = loadConfig();
    expect(targets(config.win?.target).map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
  });

  it('builds a dmg for Intel and Apple silicon with the hardened runtime and entitlements', async () => {
    const config = loadConfig();
    const dmg = targets(config.mac?.target).find((t) => t.target === 'dmg');
    expect(dmg?.arch).toEqual(['x64', 'arm64']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('resources/build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('resources/build/entitlements.mac.plist');
    const entitlements = await readFile(join(ROOT, config.mac?.entitlements ?? ''), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
  });

  it('builds an AppImage and a deb for Linux, with a desktop entry in Office', () => {
    const config = loadConfig();
    expect(targets(config.linux?.target).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(config.linux?.desktop?.entry).toMatchObject({ Name: 'Dateline' });
  });

  it('leaves macOS unsigned and un-notarised without a certificate, whatever Apple variables are set', () => {
    expect(loadConfig().mac).toMatchObject({ identity: null, notarize: false });
    const apple = { APPLE_ID: 'a@example.org', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' };
    expect(loadConfig(apple).mac).toMatchObject({ identity: null, notarize: false });
  });

  it('signs with CSC_LINK and notarises only when all three Apple variables are set too', () => {
    const signed = loadConfig({ CSC_LINK: '/tmp/cert.p12' }).mac;
    expect(signed).not.toHaveProperty('identity');
    expect(signed?.notarize).toBe(false);
    const partial = loadConfig({ CSC_LINK: '/tmp/cert.p12', APPLE_ID: 'a@example.org', APPLE_TEAM_ID: 'T' });
    expect(partial.mac?.notarize).toBe(false);
    const full = loadConfig({
      CSC_LINK: '/tmp/cert.p12',
      APPLE_ID: 'a@example.org',
      APPLE_APP_SPECIFIC_PASSWORD: 'x',
      APPLE_TEAM_ID: 'T',
    });
    expect(full.mac?.notarize).toBe(true);
  });

  it('points at the icons generated from resources/icon.svg (npm run icons)', async () => {
    const config = loadConfig();
    expect(existsSync(join(ROOT, 'resources', 'icon.svg'))).toBe(true);
    expect(existsSync(inBuildResources(config, config.win?.icon ?? ''))).toBe(true);
    for (const size of [16, 32, 48, 128, 256, 512])
      expect(existsSync(inBuildResources(config, `${config.linux?.icon}/${size}x${size}.png`)), `${size}`).toBe(true);
    const icns = Icns.from(await readFile(inBuildResources(config, config.mac?.icon ?? '')));
    expect(icns.images.map((image) => image.osType)).toEqual(expect.arrayContaining(['ic07', 'ic09', 'ic10']));
  });
});
