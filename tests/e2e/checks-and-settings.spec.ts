import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

test('house-style findings appear as you type and take you to the place', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('Minister says "no" to delays');
  await app.typeBody('The seminar  concludes today.');
  const panel = page.getByRole('region', { name: 'Checks' });
  const doubleSpace = panel.getByRole('button', { name: /two spaces|double space|spaces in a row/i });
  await expect(doubleSpace).toBeVisible();
  await expect(panel.getByRole('button', { name: /straight/i })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Place.*missing|no place|add the place/i })).toBeVisible();
  await expect(panel.getByTestId('stat-words')).not.toHaveText('0');
  await expectNoAxeViolations(page);

  await doubleSpace.click();
  await expect(app.body).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('  ');

  await panel.getByRole('button', { name: /straight/i }).click();
  await expect(app.headline).toBeFocused();

  // Fixing the text makes the finding go away.
  await app.headline.fill('Minister says “no” to delays');
  await expect(panel.getByRole('button', { name: /straight/i })).toHaveCount(0);
});

test('settings add to the lists, and a country shows its Chairpersonship year', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.press('ControlOrMeta+,');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Your name (recorded when you approve a release)')).toBeFocused();
  await page.keyboard.type('Ana Press');
  await dialog.getByLabel('Issuers').fill('OSCE Special Representative for the Western Balkans');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();

  const settings = JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8'));
  expect(settings).toMatchObject({
    schemaVersion: 4,
    userName: 'Ana Press',
    taxonomyAdditions: { issuers: ['OSCE Special Representative for the Western Balkans'] },
  });

  await app.pick('Issued by', 'Western Balkans');
  await expect(page.getByRole('list', { name: 'Chosen issued by' })).toContainText(
    'OSCE Special Representative for the Western Balkans',
  );

  // A release keeps the label it was saved with when the entry later leaves the list.
  await page.keyboard.press('ControlOrMeta+,');
  await dialog.getByLabel('Issuers').fill('');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('list', { name: 'Chosen issued by' })).toContainText(
    'OSCE Special Representative for the Western Balkans',
  );

  await page.getByLabel('Date', { exact: true }).fill('2026-03-01');
  const countries = page.getByRole('combobox', { name: 'Countries' });
  await countries.focus();
  await page.keyboard.type('Switz');
  await expect(page.getByRole('listbox', { name: 'Countries' }).getByRole('option')).toHaveText([
    'Switzerland – OSCE Chairpersonship 2026',
  ]);
  await page.keyboard.press('Enter');
  await page.getByLabel('Date', { exact: true }).fill('2025-03-01');
  await expect(page.getByRole('list', { name: 'Chosen countries' })).toHaveText(/^Switzerland×?$/);
});
