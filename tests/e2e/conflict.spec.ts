import { contentOf } from '../../common/release';
import { expect, releasesOnDisk, test } from './support/fixtures';

/** Another writer (a second window, a restore) saves the release behind the editor's back. */
async function changeElsewhere(app: { bridge: { core: import('../../main/core/context').Core }; dataDir: string }) {
  const [id, stored] = [...(await releasesOnDisk(app.dataDir))][0]!;
  await app.bridge.core.releases.save(id, stored.revision, { ...contentOf(stored), headline: 'Their headline' });
  return id;
}

test('a stale editor is never saved over a newer version: Keep mine re-bases, the other stays in History', async ({
  app,
  page,
}) => {
  await app.newRelease();
  await page.keyboard.type('My headline');
  await expect(app.saveStatus).toHaveText('Saved');
  const id = await changeElsewhere(app);

  await app.headline.press('End');
  await page.keyboard.type(' today');
  const conflict = page.getByRole('alert').filter({ hasText: 'changed elsewhere' });
  await expect(conflict).toBeVisible();
  await expect(app.saveStatus).toHaveText('Not saved');
  expect((await releasesOnDisk(app.dataDir)).get(id)!.headline).toBe('Their headline');

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(app.saveStatus).toHaveText('Saved');
  await expect(conflict).toBeHidden();
  expect((await releasesOnDisk(app.dataDir)).get(id)!.headline).toBe('My headline today');
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('list', { name: 'Versions' }).getByRole('button').nth(1).click();
  await expect(history.getByRole('row', { name: /Headline/ })).toContainText('Their headline');
});

test('Take theirs shows the newer version and drops the edits not saved', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('My headline');
  await expect(app.saveStatus).toHaveText('Saved');
  const id = await changeElsewhere(app);

  await app.headline.press('End');
  await page.keyboard.type(' today');
  const conflict = page.getByRole('alert').filter({ hasText: 'changed elsewhere' });
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(app.headline).toHaveValue('Their headline');
  await expect(app.saveStatus).toHaveText('Saved');
  // Typing on goes on from their version, without another conflict.
  await app.headline.press('End');
  await page.keyboard.type(' and mine');
  await expect(app.saveStatus).toHaveText('Saved');
  expect((await releasesOnDisk(app.dataDir)).get(id)!.headline).toBe('Their headline and mine');
});
