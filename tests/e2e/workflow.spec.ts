import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyContent } from '../../common/model/release';
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
  // A year this far ahead is asked about before it is taken.
  await page.getByRole('button', { name: 'Use 2099' }).click();
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

test('Publish All publishes the approved releases and leaves embargoed ones unless asked', async ({ app, page }) => {
  test.setTimeout(60_000);
  const { core } = app.bridge;
  const ana = { by: 'Ana Press', comment: '' };
  const approved = async (headline: string, embargo = false) => {
    const release = await core.releases.create(
      emptyContent({
        headline,
        date: '2026-11-20',
        ...(embargo ? { embargo: { date: '2099-01-01', time: '09:00', timeZone: 'Europe/Vienna' } } : {}),
      }),
    );
    await core.releases.transition(release.id, 'submit', ana);
    return core.releases.transition(release.id, 'approve', ana);
  };
  await approved('Ready to go');
  await approved('Held until 2099', true);
  await core.releases.create(emptyContent({ headline: 'Still a draft' }));
  await page.reload();
  await expect(app.libraryItem('Held until 2099')).toContainText('Embargoed');

  const first = join(app.dataDir, 'first');
  await mkdir(first);
  app.bridge.dialogs.folder = first;
  await page.keyboard.press('ControlOrMeta+Shift+U');
  const dialog = page.getByRole('dialog', { name: 'Publish all approved releases' });
  await expect(dialog).toContainText('without the DRAFT banner');
  const embargoed = dialog.getByLabel('Also publish the 1 embargoed release now (their embargo line is kept)');
  await expect(embargoed).not.toBeChecked();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published 1 release to' })).toBeVisible();
  const skipped = page.getByRole('status').filter({ hasText: 'Not published' });
  await expect(skipped).toContainText('“Held until 2099” (embargoed)');
  await expect(skipped).toContainText('“Still a draft” (not approved)');
  expect((await readdir(first)).sort()).toEqual(['2026-11-20-ready-to-go.html', 'index.html']);
  expect(await readFile(join(first, '2026-11-20-ready-to-go.html'), 'utf8')).not.toContain('class="draft"');
  await expect(app.libraryItem('Ready to go')).toContainText('Published');
  await expect(app.libraryItem('Held until 2099')).toContainText('Approved');
  await page.getByRole('button', { name: 'Close' }).click();

  // Asked, the embargoed release goes too, with its embargo line.
  const second = join(app.dataDir, 'second');
  await mkdir(second);
  app.bridge.dialogs.folder = second;
  await page.keyboard.press('ControlOrMeta+Shift+U');
  await dialog.getByLabel(/Also publish the 1 embargoed release now/).check();
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published 2 releases to' })).toBeVisible();
  const held = await readFile(join(second, '2026-11-20-held-until-2099.html'), 'utf8');
  expect(held).toMatch(/embargo/i);
  expect(held).not.toContain('class="draft"');
  await expect(app.libraryItem('Held until 2099')).toContainText('Published');
  const stored = [...(await releasesOnDisk(app.dataDir)).values()];
  expect(stored.map((r) => [r.headline, r.workflow.state]).sort()).toEqual([
    ['Held until 2099', 'published'],
    ['Ready to go', 'published'],
    ['Still a draft', 'draft'],
  ]);
});
