import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { releaseToHtmlDocument } from '../../common/export/html';
import type { Release } from '../../common/model/release';
import { generateRelease } from '../helpers/generateRelease';
import { nuCheck } from '../helpers/nu';
import { SAMPLE_FILES, loadSample } from '../helpers/samples';

/** The exports checked: both samples, and generated releases with every field, quote form and list. */
async function releases(): Promise<{ name: string; release: Release }[]> {
  const samples = await Promise.all(SAMPLE_FILES.map(async (name) => ({ name, release: await loadSample(name) })));
  const generated = Array.from({ length: 12 }, (_, i) => ({
    name: `generated-${i}`,
    release: generateRelease(1000 + i),
  }));
  return [...samples, ...generated];
}

test.describe('exported HTML', () => {
  test('has zero errors in the Nu HTML Checker', async () => {
    test.setTimeout(120_000);
    const folder = await mkdtemp(join(tmpdir(), 'dateline-nu-'));
    try {
      const files = [];
      for (const { name, release } of await releases()) {
        const path = join(folder, `${name}.html`);
        await writeFile(path, releaseToHtmlDocument(release, { status: 'draft' }));
        files.push(path);
      }
      expect(await nuCheck(files)).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('has zero axe violations', async ({ page }) => {
    test.setTimeout(120_000);
    for (const { name, release } of await releases()) {
      await page.setContent(releaseToHtmlDocument(release, { status: 'draft' }));
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    }
  });
});
