import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

test('History shows what changed since a version, and restores it as a new version', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('Talks open in Vienna');
  await app.typeBody('The first day went well.');
  await expect(app.saveStatus).toHaveText('Saved');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('workflow-state')).toHaveText('In review');

  await app.headline.fill('Talks close in Vienna');
  await app.body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' The second day ended early.');
  await expect(app.saveStatus).toHaveText('Saved');
  const [id, before] = [...(await releasesOnDisk(app.dataDir))][0]!;

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const versions = history.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem').first()).toContainText('Edited');
  await versions.getByRole('button', { name: /Submitted for review/ }).click();
  const changes = history.getByRole('region', { name: 'Changes since this version' });
  await expect(changes.getByRole('row', { name: /Headline/ })).toContainText(
    'Talks open in ViennaTalks close in Vienna',
  );
  await expect(changes.locator('ins')).toContainText('The second day ended early.');
  await expectNoAxeViolations(page);

  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history).toBeHidden();
  await expect(app.headline).toHaveValue('Talks open in Vienna');
  await expect(app.body).toHaveText('The first day went well.');
  await expect(app.saveStatus).toHaveText('Saved');

  // The restore is a new version on disk: nothing in between is lost, and it can be undone the same way.
  const after = (await releasesOnDisk(app.dataDir)).get(id)!;
  expect(after.headline).toBe('Talks open in Vienna');
  expect(after.revision).toBeGreaterThan(before.revision);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(versions.getByRole('listitem').first()).toContainText('Restored');
  await expect(versions.getByRole('button', { name: /Edited/ }).first()).toBeVisible();
  await versions
    .getByRole('button', { name: /Edited/ })
    .first()
    .click();
  await expect(changes.getByRole('row', { name: /Headline/ })).toContainText(
    'Talks close in ViennaTalks open in Vienna',
  );
});
