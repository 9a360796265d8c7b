import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

test('Restore from Backup brings the library back as it was, keeping the present as a safety copy', async ({
  app,
  page,
}) => {
  await app.newRelease();
  await page.keyboard.type('Kept in the backup');
  await expect(app.saveStatus).toHaveText('Saved');

  await app.bridge.command('restore-backup');
  const dialog = page.getByRole('dialog', { name: 'Restore from Backup' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  const backups = dialog.getByRole('list', { name: 'Backups' });
  await expect(backups.getByRole('button', { name: /Backed up on request · 1 release/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Later the release is rewritten and another is added; then the backup is restored.
  await app.headline.fill('Rewritten after the backup');
  await app.newRelease();
  await page.keyboard.type('Added after the backup');
  await expect(app.saveStatus).toHaveText('Saved');
  expect((await releasesOnDisk(app.dataDir)).size).toBe(2);

  await app.bridge.command('restore-backup');
  await backups.getByRole('button', { name: /Backed up on request/ }).click();
  await dialog.getByRole('button', { name: 'Restore…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('kept as a safety copy');
  await confirm.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Restored the library' })).toBeVisible();
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.libraryItem('Kept in the backup')).toBeVisible();
  expect([...(await releasesOnDisk(app.dataDir)).values()].map((r) => r.headline)).toEqual(['Kept in the backup']);

  // The present as it was before the restore is itself a backup, so the restore can be undone.
  await app.bridge.command('restore-backup');
  await expect(backups.getByRole('button', { name: /Safety copy before a restore · 2 releases/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The restored release opens and saves as any other.
  await app.libraryItem('Kept in the backup').getByRole('button').click();
  await app.headline.fill('Kept in the backup, edited after the restore');
  await expect(app.saveStatus).toHaveText('Saved');
  expect([...(await releasesOnDisk(app.dataDir)).values()].map((r) => r.headline)).toEqual([
    'Kept in the backup, edited after the restore',
  ]);
});
