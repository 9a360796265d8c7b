import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

test('draft → review → approve → edit → approve again → publish, never publishing text nobody approved', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  const folder = join(app.dataDir, 'published');
  await mkdir(folder);
  await page.keyboard.press('ControlOrMeta+,');
  await page.keyboard.type('Ana Press');
  await page.getByRole('button', { name: 'Save settings' }).click();

  await app.newRelease();
  await page.keyboard.type('Minister opens regional seminar');
  const state = page.getByTestId('workflow-state');
  await expect(state).toHaveText('Draft');
  // A draft has no way to publish: the button is not offered, and main refuses it anyway.
  await expect(page.getByRole('button', { name: 'Publish…' })).toHaveCount(0);
  const id = [...(await releasesOnDisk(app.dataDir)).keys()][0]!;
  const refused = await page.evaluate(
    (releaseId) =>
      (
        window as unknown as { dateline: { export: { publish(a: unknown): Promise<unknown> } } }
      ).dateline.export.publish({
        id: releaseId,
        formats: ['html'],
      }),
    id,
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(state).toHaveText('In review');
  await page.getByRole('button', { name: 'Approve…' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve this release' });
  await expect(approve).toContainText('as Ana Press');
  await approve.getByLabel('Comment (optional)').fill('Cleared by the Spokesperson');
  await expectNoAxeViolations(page);
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(state).toHaveText('Approved');
  await expect(page.getByRole('group', { name: 'Approval' })).toContainText('Approved by Ana Press');
  await expect(app.libraryItem('Minister opens regional seminar')).toContainText('Approved');

  // Any change to the approved text takes it back to draft, visibly.
  await app.headline.fill('Minister opens regional seminar in Sarajevo');
  await expect(app.saveStatus).toHaveText('Saved');
  await expect(state).toHaveText('Draft');
  await expect(page.getByRole('group', { name: 'Approval' })).toContainText('Edited after approval');
  const published = page.frameLocator('iframe[title="Published page"]');
  await expect(published.locator('.draft')).toHaveText('DRAFT – not approved for publication');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('button', { name: 'Approve…' }).click();
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(state).toHaveText('Approved');
  await expect(published.locator('.draft')).toHaveCount(0);

  app.bridge.dialogs.savePath = join(folder, 'seminar.html');
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByRole('dialog', { name: 'Publish this release' }).getByRole('button', { name: 'Publish…' }).click();
  await expect(state).toHaveText('Published');
  await expect(page.getByRole('status').filter({ hasText: 'Published to' })).toContainText('seminar.html');
  expect(await readdir(folder)).toEqual(['seminar.html']);
  const html = await readFile(join(folder, 'seminar.html'), 'utf8');
  expect(html).toContain('<h1>Minister opens regional seminar in Sarajevo</h1>');
  expect(html).not.toContain('class="draft"');

  const stored = (await releasesOnDisk(app.dataDir)).get(id)!;
  expect(stored.workflow.events.map((e) => e.action)).toEqual([
    'submit',
    'approve',
    'invalidate',
    'submit',
    'approve',
    'publish',
  ]);
  expect(stored.workflow.events[1]).toMatchObject({ by: 'Ana Press', comment: 'Cleared by the Spokesperson' });
  expect(stored.workflow.events.at(-1)).toMatchObject({ files: [join(folder, 'seminar.html')] });

  // The history lists who approved which version, and shows what changed since.
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history.getByRole('list', { name: 'Versions' })).toContainText(
    'Approved by Ana Press: Cleared by the Spokesperson',
  );
  await history.getByRole('button', { name: /Approved by Ana Press: Cleared/ }).click();
  await expect(history.getByRole('row', { name: /Headline/ })).toContainText(
    'Minister opens regional seminarMinister opens regional seminar in Sarajevo',
  );
  await expectNoAxeViolations(page);
});

test('an embargoed release asks before it is published', async ({ app, page }) => {
  await page.keyboard.press('ControlOrMeta+,');
  await page.keyboard.type('Ana Press');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await app.newRelease();
  await page.keyboard.type('Embargoed statement');
  await page.getByLabel('Embargoed until a set time').check();
  await page.getByLabel('Date', { exact: true }).nth(1).fill('2099-01-01');
  await expect(app.saveStatus).toHaveText('Saved');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('button', { name: 'Approve…' }).click();
  await page.getByRole('dialog', { name: 'Approve this release' }).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('group', { name: 'Approval' })).toContainText('Embargoed');
  await expect(app.libraryItem('Embargoed statement')).toContainText('Embargoed');

  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this release' });
  const go = dialog.getByRole('button', { name: 'Publish…' });
  await expect(go).toBeDisabled();
  await dialog.getByLabel(/Publish now, although the embargo lasts until 1 January 2099/).check();
  await expect(go).toBeEnabled();
});
