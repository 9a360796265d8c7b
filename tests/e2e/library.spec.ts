import { copyFile, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReleaseStore, RELEASES_DIR } from '../../main/core/store/releaseStore';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('the library finds a release by a speaker’s name, typed without diacritics, and filters by state', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await expect(app.library.getByRole('listitem')).toHaveCount(2);
  // Arrow keys move through the library, as in a native list.
  await app.library.getByRole('listitem').first().getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.library.getByRole('listitem').nth(1).getByRole('button')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(app.library.getByRole('listitem').first().getByRole('button')).toBeFocused();

  const search = page.getByLabel('Search releases');
  await search.fill('mektic');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  const hit = app.library.getByRole('listitem').first();
  await expect(hit).toContainText('Co-operation on addressing migration-related crimes');
  await expect(hit.locator('mark').first()).toHaveText(/Mektić/);
  await expect(page.getByRole('status').filter({ hasText: '1 of 2 releases' })).toBeVisible();
  await expectNoAxeViolations(page);

  await search.fill('csemi');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.library.getByRole('listitem').first()).toContainText('Crisis management');

  // A word typed into a release after the library opened is found too.
  await search.fill('');
  await expect(app.library.getByRole('listitem')).toHaveCount(2);
  await app.newRelease();
  await page.keyboard.type('Zephyrine talks in Vienna');
  await expect(app.saveStatus).toHaveText('Saved');
  await search.fill('zephyr');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await search.fill('');

  await app.library.getByLabel('Filter by state').selectOption('approved');
  await expect(app.library.getByText('No release matches.')).toBeVisible();
  await app.library.getByLabel('Filter by state').selectOption('draft');
  await expect(app.library.getByRole('listitem')).toHaveCount(3);
  await app.library.getByLabel('Filter by type').selectOption('news-item');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
});

test('the library narrows by issuer, field of work, country and dates, and sorts by date or headline', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await app.newRelease();
  await page.keyboard.type('Annual report presented in Vienna');
  await page.locator('#field-date').fill('2025-06-01');
  await app.pick('Issued by', 'OSCE Secretariat');
  // The samples choose no country: their pages list none.
  await app.pick('Countries', 'Austria');
  await expect(app.saveStatus).toHaveText('Saved');
  const rows = app.library.getByRole('listitem');
  await expect(rows).toHaveCount(3);

  await page.getByText('More filters').click();
  const filters = page.getByRole('search');
  await filters.getByLabel('Country').selectOption('Austria');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Annual report');
  await expect(page.getByText('More filters (1)')).toBeVisible();
  await filters.getByLabel('Country').selectOption('');

  await filters.getByLabel('Issuer').selectOption('OSCE Secretariat');
  await expect(rows).toHaveCount(3);
  await filters.getByLabel('Field of work').selectOption('Border management');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Crisis management');
  await filters.getByLabel('Field of work').selectOption('');

  // A date range: inclusive at both ends.
  await filters.getByLabel('Dated from').fill('2019-04-10');
  await expect(rows).toHaveCount(2);
  await filters.getByLabel('Dated to').fill('2024-12-31');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Crisis management');
  await expect(page.getByRole('status').filter({ hasText: '1 of 3 releases' })).toBeVisible();
  await expectNoAxeViolations(page);

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('More filters', { exact: true })).toBeVisible();

  // Newest change first by default; by release date, newest first; by headline, A to Z.
  await expect(rows.first()).toContainText('Annual report');
  await filters.getByLabel('Sort by').selectOption('date');
  await expect(rows.nth(0)).toContainText('Annual report');
  await expect(rows.nth(1)).toContainText('Crisis management');
  await expect(rows.nth(2)).toContainText('Co-operation on addressing');
  await filters.getByLabel('Sort by').selectOption('headline');
  await expect(rows.nth(0)).toContainText('Annual report');
  await expect(rows.nth(1)).toContainText('Co-operation on addressing');
  await expect(rows.nth(2)).toContainText('Crisis management');
});

test('a linked language version keeps its own state, and a duplicate starts as a new draft', async ({ app, page }) => {
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await app
    .libraryItem(/Co-operation on addressing/)
    .getByRole('button')
    .click();
  const versions = page.getByRole('group', { name: 'Language versions' });
  await versions.getByLabel('Add a language version').selectOption('fr');
  await versions.getByRole('button', { name: 'Add version' }).click();
  await expect(page.locator('#field-language')).toHaveValue('fr');
  await expect(versions.getByRole('button', { name: /^EN/ })).toBeVisible();
  await expect(versions.getByRole('button', { name: /^FR/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('dateline')).toHaveText('SARAJEVO, 20 septembre 2017 –');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(versions.getByRole('button', { name: /^FR/ })).toContainText('In review');
  await versions.getByRole('button', { name: /^EN/ }).click();
  await expect(page.locator('#field-language')).toHaveValue('en');
  await expect(page.getByTestId('workflow-state')).toHaveText('Draft');
  await expect(versions.getByRole('button', { name: /^FR/ })).toContainText('In review');
  await expect(versions.getByLabel('Add a language version')).not.toContainText('Français');

  await versions.getByRole('button', { name: 'Duplicate' }).click();
  await expect(app.headline).toHaveValue(/^Copy of Co-operation on addressing/);
  await expect(page.getByRole('group', { name: 'Language versions' }).getByRole('button', { name: /^EN/ })).toHaveCount(
    1,
  );
  await expect(app.library.getByRole('listitem')).toHaveCount(4);
});

test('a release edited and one added while Dateline was closed are listed once the files are compared', async ({
  dataDir,
  launch,
}) => {
  const { store } = await ReleaseStore.open(dataDir);
  const before = await store.create({ headline: 'Written before closing' });
  await store.close(); // writes the library index with this headline
  const file = join(dataDir, RELEASES_DIR, `${before.id}.json`);
  const stored = JSON.parse(await readFile(file, 'utf8'));
  await writeFile(file, JSON.stringify({ ...stored, headline: 'Edited by a sync tool', revision: 2 }));
  const later = new Date(Date.now() + 5000);
  await utimes(file, later, later);
  const other = await ReleaseStore.open(join(dataDir, 'elsewhere'));
  const added = await other.store.create({ headline: 'Copied in while closed' });
  await other.store.close();
  await copyFile(
    join(dataDir, 'elsewhere', RELEASES_DIR, `${added.id}.json`),
    join(dataDir, RELEASES_DIR, `${added.id}.json`),
  );

  const app = await launch();
  await expect(app.libraryItem('Edited by a sync tool')).toBeVisible();
  await expect(app.libraryItem('Copied in while closed')).toBeVisible();
  await expect(app.libraryItem('Written before closing')).toHaveCount(0);
});
