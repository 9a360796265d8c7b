import { seedBody, seedText } from '../helpers/seeds';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('the samples open showing dateline, issuers, fields of work and quotes as the seeds print them', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await expect(app.library.getByRole('listitem')).toHaveCount(2);

  await app
    .libraryItem(/Co-operation on addressing migration-related crimes/)
    .getByRole('button')
    .click();
  await expect(page.getByTestId('dateline')).toHaveText('SARAJEVO, 20 September 2017 –');
  await expect(page.getByRole('list', { name: 'Chosen issued by' }).getByRole('listitem')).toHaveText([
    /OSCE Secretariat/,
    /OSCE Mission to Bosnia and Herzegovina/,
  ]);
  await expect(page.getByRole('list', { name: 'Chosen fields of work' }).getByRole('listitem')).toHaveText([
    /Policing/,
    /Reform and co-operation in the security sector/,
    /Migration/,
  ]);
  // The editor prints each paragraph as published, attributions included; the dateline opens the first.
  const [first, ...rest] = seedBody(await seedText('004_'));
  expect(first!.startsWith('SARAJEVO, 20 September 2017 – ')).toBe(true);
  await expect(app.body.locator('p')).toHaveText([first!.slice('SARAJEVO, 20 September 2017 – '.length), ...rest]);
  // The page prints no lead, so neither does the sample; the checks ask for one, as for any press release.
  await expect(page.getByRole('status').filter({ hasText: '1 to fix, 0 to review.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Add a lead/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await app
    .libraryItem(/Crisis management and effective cross-border/)
    .getByRole('button')
    .click();
  await expect(page.getByText('This type is published without a dateline.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chosen issued by' }).getByRole('listitem')).toHaveText([
    /OSCE Secretariat/,
  ]);
  // Neither page lists countries, so neither sample chooses any.
  await expect(page.getByRole('list', { name: 'Chosen countries' })).toHaveCount(0);
  await expect(app.body.locator('p')).toHaveText(seedBody(await seedText('000_')));
});
