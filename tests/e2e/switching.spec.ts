import type { Doc } from '../../common/model/doc';
import { emptyContent } from '../../common/model/release';
import { expect, releasesOnDisk, test } from './support/fixtures';

const body = (words: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

test('undo in the release opened next never brings back the text of the one left', async ({ app, page }) => {
  const { core } = app.bridge;
  await core.releases.create(emptyContent({ headline: 'Alpha', body: body('Alpha body.') }));
  await core.releases.create(emptyContent({ headline: 'Bravo', body: body('Bravo body.') }));
  await page.reload();

  await app.libraryItem('Alpha').getByRole('button').click();
  await app.typeBody(' Added to Alpha.');
  await expect(app.saveStatus).toHaveText('Saved');

  await app.libraryItem('Bravo').getByRole('button').click();
  await expect(app.headline).toHaveValue('Bravo');
  await expect(app.body).toHaveText('Bravo body.');
  await app.body.click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).toHaveText('Bravo body.');
  // Its own edits still undo, back to the text it opened with.
  await app.typeBody(' Typed.');
  await expect(app.body).toHaveText('Bravo body. Typed.');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).toHaveText('Bravo body.');

  await app.libraryItem('Alpha').getByRole('button').click();
  await expect(app.body).toHaveText('Alpha body. Added to Alpha.');
  const stored = [...(await releasesOnDisk(app.dataDir)).values()];
  expect(stored.find((r) => r.headline === 'Alpha')?.body).toEqual(body('Alpha body. Added to Alpha.'));
});

test('clicking releases in quick succession opens the one clicked last, and saves to it', async ({ app, page }) => {
  const { core } = app.bridge;
  for (const name of ['Alpha', 'Bravo', 'Charlie']) {
    await core.releases.create(emptyContent({ headline: name, body: body(`${name} body.`) }));
  }
  await page.reload();
  await app.libraryItem('Charlie').getByRole('button').click();
  await expect(app.body).toHaveText('Charlie body.');

  // Three clicks within one task: the reads overtake one another.
  await page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLButtonElement>('.library-item')];
    for (const name of ['Alpha', 'Charlie', 'Bravo']) rows.find((row) => row.textContent?.startsWith(name))!.click();
  });
  await expect(app.headline).toHaveValue('Bravo');
  await expect(app.body).toHaveText('Bravo body.');
  await page.waitForTimeout(500);
  await expect(app.headline).toHaveValue('Bravo');
  await expect(app.body).toHaveText('Bravo body.');

  await app.typeBody(' Edited.');
  await expect(app.saveStatus).toHaveText('Saved');
  const stored = new Map([...(await releasesOnDisk(app.dataDir)).values()].map((r) => [r.headline, r.body]));
  expect(stored.get('Bravo')).toEqual(body('Bravo body. Edited.'));
  expect(stored.get('Alpha')).toEqual(body('Alpha body.'));
  expect(stored.get('Charlie')).toEqual(body('Charlie body.'));
});

test('a new release made while the samples are being added stays open when they arrive', async ({ app, page }) => {
  // The samples' answer is held until the new release is open.
  await page.evaluate(() => {
    const w = window as unknown as {
      __datelineInvoke(channel: string, arg: unknown): Promise<unknown>;
      __releaseSamples?: () => void;
    };
    const invoke = w.__datelineInvoke;
    w.__datelineInvoke = (channel, arg) => {
      const answer = invoke(channel, arg);
      if (channel !== 'releases:addSamples') return answer;
      return new Promise((resolve) => void answer.then((value) => (w.__releaseSamples = () => resolve(value))));
    };
  });
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await expect
    .poll(() => page.evaluate(() => typeof (window as { __releaseSamples?: unknown }).__releaseSamples))
    .toBe('function');
  await app.newRelease();
  await page.keyboard.type('Typed while the samples came');
  await page.evaluate(() => (window as unknown as { __releaseSamples(): void }).__releaseSamples());
  await expect(app.library.getByRole('listitem')).toHaveCount(3);
  await expect(app.headline).toHaveValue('Typed while the samples came');
  await expect(app.headline).toBeFocused();
  await expect(app.saveStatus).toHaveText('Saved');
});
