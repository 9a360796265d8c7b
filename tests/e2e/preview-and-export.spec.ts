import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyContent } from '../../common/model/release';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('the preview shows the published page and changes shortly after typing', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('First headline');
  const published = page.frameLocator('iframe[title="Published page"]');
  await expect(published.locator('h1')).toHaveText('First headline');
  await page.keyboard.type(' and more');
  await expect(published.locator('h1')).toHaveText('First headline and more');
  await page.getByLabel('Place').fill('Vienna');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-01');
  await app.typeBody('The body.');
  await expect(published.locator('.release-body p')).toHaveText('VIENNA, 1 March 2026 – The body.');

  await page.getByRole('tab', { name: 'Markdown' }).click();
  await expect(page.getByLabel('Markdown source')).toContainText('title: First headline and more');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Fragment' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Fragment source')).toContainText('<h1>First headline and more</h1>');
  await expectNoAxeViolations(page);
});

test('Export… writes HTML and Markdown where the press officer chose, and never replaces a file unasked', async ({
  app,
  page,
}) => {
  const folder = join(app.dataDir, 'exports');
  await mkdir(folder);
  await app.newRelease();
  await page.keyboard.type('Exported headline');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-01');

  app.bridge.dialogs.savePath = join(folder, 'chosen-name.html');
  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export this release' });
  await dialog.getByLabel(/Markdown/).check();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toContainText('chosen-name.md');
  expect(app.bridge.dialogs.saveDefaults).toEqual([join(app.dataDir, '2026-03-01-exported-headline.html')]);
  expect(await readdir(folder)).toEqual(['chosen-name.html', 'chosen-name.md']);
  expect(await readFile(join(folder, 'chosen-name.html'), 'utf8')).toContain('<h1>Exported headline</h1>');
  expect(await readFile(join(folder, 'chosen-name.md'), 'utf8')).toContain('title: Exported headline');

  // The next export starts in the same folder; the Markdown beside it exists, so it asks, and "no" keeps it.
  await writeFile(join(folder, 'chosen-name.md'), 'keep me');
  app.bridge.dialogs.overwrite = false;
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByLabel(/Markdown/).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => app.bridge.dialogs.overwriteAsked).toEqual([[join(folder, 'chosen-name.md')]]);
  expect(app.bridge.dialogs.saveDefaults[1]).toBe(join(folder, '2026-03-01-exported-headline.html'));
  expect(await readFile(join(folder, 'chosen-name.md'), 'utf8')).toBe('keep me');
});

test('exporting all releases writes every file and an index page, with progress, and can be cancelled', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  const folder = join(app.dataDir, 'batch');
  await mkdir(folder);
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await expect(app.library.getByRole('listitem')).toHaveCount(2);

  app.bridge.dialogs.folder = folder;
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export all releases' });
  await dialog.getByLabel(/Markdown/).check();
  // Drafts only go with the batch when asked, and then carry the DRAFT banner.
  await dialog.getByLabel('Also export the 2 releases not approved (marked DRAFT)').check();
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 releases' })).toBeVisible();
  const files = (await readdir(folder)).sort();
  expect(files).toEqual([
    '2017-09-20-co-operation-on-addressing-migration-related-crimes-needed-more-than-ever-say.html',
    '2017-09-20-co-operation-on-addressing-migration-related-crimes-needed-more-than-ever-say.md',
    '2019-04-10-crisis-management-and-effective-cross-border-management-tools-and-mechanisms.html',
    '2019-04-10-crisis-management-and-effective-cross-border-management-tools-and-mechanisms.md',
    'index.html',
  ]);
  const index = await readFile(join(folder, 'index.html'), 'utf8');
  expect(await readFile(join(folder, files[0]!), 'utf8')).toContain(
    '<p class="draft">DRAFT – not approved for publication</p>',
  );
  for (const file of files.filter((f) => f !== 'index.html')) expect(index).toContain(`href="${file}"`);
  await page.getByRole('button', { name: 'Close' }).click();

  // Many releases: cancel while it runs, and it stops.
  for (let i = 0; i < 400; i++) await app.bridge.core.releases.create(emptyContent({ headline: `Generated ${i}` }));
  await page.reload();
  // The library draws only the rows on screen; the newest release heads it.
  await expect(app.library.getByRole('listitem').first()).toContainText('Generated 399');
  const many = join(app.dataDir, 'many');
  await mkdir(many);
  app.bridge.dialogs.folder = many;
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const manyDialog = page.getByRole('dialog', { name: 'Export all releases' });
  await manyDialog.getByLabel(/Also export the 402 releases/).check();
  await manyDialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled after' })).toBeVisible();
  const written = await readdir(many);
  expect(written.length).toBeLessThan(402);
  expect(written).not.toContain('index.html');
});
