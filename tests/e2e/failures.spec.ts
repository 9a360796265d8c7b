import * as fs from 'node:fs/promises';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AtomicFs } from '../../main/core/store/atomic';
import { ReleaseStore, RELEASES_DIR } from '../../main/core/store/releaseStore';
import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

test('a damaged file is quarantined, the other releases open, and the notice shows once', async ({
  dataDir,
  launch,
  page,
}) => {
  const { store } = await ReleaseStore.open(dataDir);
  await store.create({ headline: 'Intact release' });
  await mkdir(join(dataDir, RELEASES_DIR), { recursive: true });
  await writeFile(
    join(dataDir, RELEASES_DIR, '0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00.json'),
    '{"schemaVersion": 1, "id": "0b5c',
  );

  const app = await launch();
  await expect(app.libraryItem('Intact release')).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'A damaged file was set aside' });
  await expect(notice).toContainText('0b5cf9c4-8c1a-4a53-9a53-2f0e8c9d1f00.json');
  await expect(notice).toContainText('not valid JSON');
  await expectNoAxeViolations(page);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(app.libraryItem('Intact release')).toBeVisible();
  await expect(page.getByText('A damaged file was set aside')).toHaveCount(0);
});

test('a release file edited by hand after approval opens as a draft, with a notice naming it', async ({
  dataDir,
  launch,
  page,
}) => {
  const { store } = await ReleaseStore.open(dataDir);
  const created = await store.create({ headline: 'Border talks in Vienna' });
  await store.transition(created.id, 'submit', { by: 'Ana Press', comment: '' });
  await store.transition(created.id, 'approve', { by: 'Ana Press', comment: '' });
  await store.close();
  // Someone changes the approved words in a text editor and leaves the approval as it was.
  const path = join(dataDir, RELEASES_DIR, `${created.id}.json`);
  const file = JSON.parse(await readFile(path, 'utf8')) as { headline: string };
  await writeFile(path, JSON.stringify({ ...file, headline: 'Border talks collapse in Vienna' }));

  const app = await launch();
  const item = app.libraryItem('Border talks collapse in Vienna');
  await expect(item).toContainText('Draft');
  const notice = page.getByRole('alert').filter({ hasText: 'A release opened as a draft' });
  await expect(notice).toContainText(`${created.id}.json`);
  await expect(notice).toContainText('was given to other content');
  await item.click();
  await expect(page.getByTestId('workflow-state')).toHaveText('Draft');
  await expect(page.getByText('its file claimed an approval that does not hold')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish…' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

/** A disk that can fill up: writes fail with ENOSPC while `full`, reads still work. */
function fillableDisk(): { fs: AtomicFs; full: boolean } {
  const disk = {
    full: false,
    fs: {
      open: (async (path: string, flags?: string) => {
        if (disk.full && flags !== 'r') throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return fs.open(path, flags);
      }) as AtomicFs['open'],
      rename: fs.rename,
      rm: fs.rm,
    },
  };
  return disk;
}

test('when the disk is full the text stays, the error says why, and it saves once space is back', async ({
  launch,
  page,
}) => {
  const disk = fillableDisk();
  const app = await launch({ fs: disk.fs });
  await app.newRelease();
  await page.keyboard.type('Written before the disk filled up');
  await expect(app.saveStatus).toHaveText('Saved');

  disk.full = true;
  await app.headline.fill('Written while the disk was full');
  await expect(app.saveStatus).toHaveText('Not saved');
  await expect(page.getByRole('alert')).toContainText('the disk is full');
  await expect(app.headline).toHaveValue('Written while the disk was full');
  const stored = [...(await releasesOnDisk(app.dataDir)).values()];
  expect(stored.map((r) => r.headline)).toEqual(['Written before the disk filled up']);

  disk.full = false;
  await page.getByRole('button', { name: 'Try again now' }).click();
  await expect(app.saveStatus).toHaveText('Saved');
  const after = [...(await releasesOnDisk(app.dataDir)).values()];
  expect(after.map((r) => r.headline)).toEqual(['Written while the disk was full']);
});

test('closing with changes that cannot be saved asks first, and Keep editing keeps them', async ({ launch, page }) => {
  const disk = fillableDisk();
  const app = await launch({ fs: disk.fs });
  await app.newRelease();
  await page.keyboard.type('Saved headline');
  await expect(app.saveStatus).toHaveText('Saved');
  disk.full = true;
  await page.keyboard.type(' and words the disk could not take');

  // The browser's own "leave site?" question is answered "stay", as the window holds the close.
  // Headless Chromium sometimes takes that question down itself first; the page then stays open
  // just the same, which the assertions below check.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.close({ runBeforeUnload: true });
  const ask = page.getByRole('dialog', { name: 'Close without saving?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(app.headline).toHaveValue('Saved headline and words the disk could not take');
  expect([...(await releasesOnDisk(app.dataDir)).values()].map((r) => r.headline)).toEqual(['Saved headline']);

  // Asked again, the press officer may choose to lose them: the window closes, the saved text is intact.
  // (Chromium lets a script close only windows it opened; Electron closes its own, so the call is watched here.)
  await page.evaluate(() => {
    window.close = () => void ((window as { closeAsked?: boolean }).closeAsked = true);
  });
  await page.close({ runBeforeUnload: true });
  await ask.getByRole('button', { name: 'Close without saving' }).click();
  await expect.poll(() => page.evaluate(() => (window as { closeAsked?: boolean }).closeAsked)).toBe(true);
  // The window no longer holds the close.
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect([...(await releasesOnDisk(app.dataDir)).values()].map((r) => r.headline)).toEqual(['Saved headline']);
});
