import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('the library finds a release by a speaker’s name, typed without diacritics, and filters by state', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await expect(app.library.getByRole('listitem')).toHaveCount(2);

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
