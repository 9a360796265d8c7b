import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

test('a press officer drafts a release, it is saved, and it survives a reload', async ({ app, page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Dateline' })).toBeVisible();
  await expectNoAxeViolations(page);

  await app.newRelease();
  await expect(app.headline).toBeFocused();
  await page.keyboard.type('OSCE-supported seminar in Sarajevo calls for co-operation');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Subheading (optional)')).toBeFocused();
  await app.typeBody('Co-operation is needed more than ever.');
  await expect(app.saveStatus).toHaveText('Saved');
  await expect(app.libraryItem('OSCE-supported seminar in Sarajevo')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await app.libraryItem('OSCE-supported seminar in Sarajevo').getByRole('button').click();
  await expect(app.headline).toHaveValue('OSCE-supported seminar in Sarajevo calls for co-operation');
  await expect(app.body).toContainText('Co-operation is needed more than ever.');

  const [stored] = [...(await releasesOnDisk(app.dataDir)).values()];
  expect(stored).toMatchObject({
    schemaVersion: 3,
    headline: 'OSCE-supported seminar in Sarajevo calls for co-operation',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Co-operation is needed more than ever.' }],
        },
      ],
    },
  });
});

test('the keyboard shortcut and the menu command both start a new release', async ({ app, page }) => {
  await page.keyboard.press('ControlOrMeta+n');
  await expect(app.headline).toBeFocused();
  await page.keyboard.type('From the shortcut');
  await expect(app.saveStatus).toHaveText('Saved');

  await app.bridge.command('new-release');
  await expect(app.headline).toHaveValue('');
  await expect(app.library.getByRole('listitem')).toHaveCount(2);
  expect((await releasesOnDisk(app.dataDir)).size).toBe(2);
});

test('switching releases saves pending edits first', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('First release');
  await app.newRelease();
  await page.keyboard.type('Second release');
  await app.libraryItem('First release').getByRole('button').click();
  await expect(app.headline).toHaveValue('First release');
  const headlines = [...(await releasesOnDisk(app.dataDir)).values()].map((r) => r.headline).sort();
  expect(headlines).toEqual(['First release', 'Second release']);
});

test('delete asks first, and can be undone', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('Release to delete');
  await expect(app.saveStatus).toHaveText('Saved');

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this release?' });
  await expect(dialog).toContainText('“Release to delete”');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await releasesOnDisk(app.dataDir)).size).toBe(1);

  await page.getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(app.libraryItem('Release to delete')).toHaveCount(0);
  expect((await releasesOnDisk(app.dataDir)).size).toBe(0);

  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted “Release to delete”' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(app.libraryItem('Release to delete')).toBeVisible();
  await expect(app.headline).toHaveValue('Release to delete');
  expect((await releasesOnDisk(app.dataDir)).size).toBe(1);
});

test('closing the window right after typing still saves the last words', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('Typed just before closing');
  await page.close({ runBeforeUnload: true });
  await expect
    .poll(async () => [...(await releasesOnDisk(app.dataDir)).values()].map((r) => r.headline))
    .toEqual(['Typed just before closing']);
});
