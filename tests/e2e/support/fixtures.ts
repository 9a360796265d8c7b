import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Release } from '../../../common/model/release';
import { RELEASES_DIR } from '../../../main/core/store/releaseStore';
import { tempDir } from '../../helpers/tempDir';
import { openBridge, type Bridge } from './bridge';
import { DatelinePage } from './DatelinePage';

interface Fixtures {
  /** A fresh data folder for this test. */
  dataDir: string;
  /** Opens the app over the bridge; tests that prepare the data folder first call it themselves. */
  launch: (options?: Parameters<typeof openBridge>[2]) => Promise<DatelinePage>;
  /** The app, opened on an empty data folder. */
  app: DatelinePage;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const { dir, cleanup } = await tempDir('dateline-e2e-');
    await use(dir);
    await cleanup();
  },
  launch: async ({ page, dataDir }, use) => {
    let bridge: Bridge | undefined;
    await use(async (options) => {
      bridge = await openBridge(page, dataDir, options);
      await page.goto('/');
      const app = new DatelinePage(page, bridge, dataDir);
      await expect(app.library).toBeVisible();
      return app;
    });
    // No request may reach the store after it closes: the page goes first.
    await page.close();
    await bridge?.close();
  },
  app: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect };

/** The releases as stored on disk, by id. */
export async function releasesOnDisk(dataDir: string): Promise<Map<string, Release>> {
  const folder = join(dataDir, RELEASES_DIR);
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const entries = await Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Release),
  );
  return new Map(entries.map((release) => [release.id, release]));
}

/**
 * Fails with the list of axe violations on the page as it is now. The preview's sandboxed frame runs
 * no scripts, so axe cannot enter it (it would wait forever): it is set aside while axe runs, and the
 * exported HTML it shows is checked on its own (exported-html.spec.ts).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __axeAside?: [Element, Element][] };
    w.__axeAside = [...document.querySelectorAll('iframe[sandbox]')].map((frame) => {
      const stand = document.createElement('div');
      frame.replaceWith(stand);
      return [frame, stand];
    });
  });
  try {
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  } finally {
    await page.evaluate(() => {
      const w = window as unknown as { __axeAside?: [Element, Element][] };
      for (const [frame, stand] of w.__axeAside ?? []) stand.replaceWith(frame);
    });
  }
}
