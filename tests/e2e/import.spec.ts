import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Release } from '../../common/model/release';
import { SEEDS } from '../helpers/paths';
import { expect, releasesOnDisk, test } from './support/fixtures';

// Issue 13: releases brought in from Word, e-mail, web pages and other systems, reviewed before they are made.

const SARAJEVO = join(SEEDS, '004_0136f0eb3f18090b.txt');

const EMAIL = [
  'From: Field Office <press@example.org>',
  'To: desk@example.org',
  'Date: Tue, 05 May 2026 09:12:00 +0200',
  'Subject: Fwd: Mission trains judges in Pristina',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'FOR IMMEDIATE RELEASE',
  '',
  'Mission trains judges in Pristina',
  '',
  'PRISTINA, 4 May 2026 – Twenty judges completed a course on hate crime cases this week.',
  '',
  '“Every case heard fairly strengthens trust in the courts,” said Ambassador Tomas Lind, Head of Mission.',
  '',
  '###',
  '',
].join('\r\n');

const quotesIn = (release: Release) =>
  release.body.content.flatMap((block) => (block.content ?? []).filter((node) => node.type === 'quote'));

test('File ▸ Import… reads several files, shows each beside its source for review, and makes drafts', async ({
  app,
  page,
}) => {
  const mail = join(app.dataDir, 'judges.eml');
  await writeFile(mail, EMAIL);
  const image = join(app.dataDir, 'photo.png');
  await writeFile(image, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  app.bridge.dialogs.importPaths = [SARAJEVO, image, mail];
  await app.library.getByRole('button', { name: 'Import…' }).click();

  const review = page.getByRole('dialog', { name: /^Review the import \(1 of 2\): 004_/ });
  await expect(review).toBeVisible();
  await expect(review.getByLabel('Place')).toHaveValue('Sarajevo');
  await expect(review.getByLabel('Date', { exact: true })).toHaveValue('20 September 2017');
  await expect(review.getByLabel('Issued by (comma-separated)')).toHaveValue(
    'OSCE Secretariat, OSCE Mission to Bosnia and Herzegovina',
  );
  await expect(review.getByText('Body: 8 blocks, 7 quotes', { exact: false })).toBeVisible();
  await expect(review.getByRole('group', { name: 'Speaker 1' }).getByLabel('Full name')).not.toHaveValue('');
  // The refused file is named, with what to do; the site's menu is marked as set aside in the source.
  await expect(review.getByRole('list', { name: 'Check these' })).toContainText('photo.png was not imported');
  const source = review.getByRole('region', { name: 'Source text' });
  await expect(source.getByRole('listitem').filter({ hasText: 'Arms control' }).first()).toContainText(
    'set aside: the site’s menu',
  );
  await expect(source.getByRole('listitem').filter({ hasText: 'set aside: a label of the page' }).last()).toContainText(
    '- Fields of work:',
  );
  await expect(source.getByRole('listitem').filter({ hasText: /^headline/ })).toContainText(
    'Co-operation on addressing',
  );
  if (process.env.DATELINE_SCREENSHOTS) await page.screenshot({ path: 'test-results/import-review.png' });
  const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // A correction before the draft is made.
  const headline = review.getByLabel('Headline');
  await headline.fill('Regional seminar in Sarajevo on migration-related crime');
  await review.getByRole('button', { name: 'Create draft' }).click();

  const second = page.getByRole('dialog', { name: 'Review the import (2 of 2): judges.eml' });
  await expect(second.getByLabel('Headline')).toHaveValue('Mission trains judges in Pristina');
  await expect(second.getByLabel('Date', { exact: true })).toHaveValue('4 May 2026');
  // Speakers, contacts and the rest are the editor's own fields, corrected before the draft exists.
  const speaker = second.getByRole('group', { name: 'Speaker 1' });
  await expect(speaker.getByLabel('Full name')).toHaveValue('Tomas Lind');
  await speaker.getByLabel('Role').fill('Head of the Mission in Kosovo');
  await second.getByRole('button', { name: 'Add media contact' }).click();
  await second.getByRole('group', { name: 'Media contact 1' }).getByLabel('Email').fill('press@example.org');
  await second.getByLabel('Notes to editors').fill('Photos on request.');
  await second.getByRole('button', { name: 'Create draft' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '2 releases were imported as drafts; 1 file was refused.' }),
  ).toBeVisible();

  const stored = [...(await releasesOnDisk(app.dataDir)).values()];
  const sarajevo = stored.find((r) => r.place === 'Sarajevo')!;
  expect(sarajevo).toMatchObject({
    headline: 'Regional seminar in Sarajevo on migration-related crime',
    workflow: { state: 'draft' },
  });
  expect(quotesIn(sarajevo)).toHaveLength(7);
  expect(sarajevo.speakers.map((s) => s.name)).toContain('Morgane Nicot');
  const judges = stored.find((r) => r.place === 'Pristina')!;
  expect(judges.speakers).toEqual([
    expect.objectContaining({ name: 'Tomas Lind', role: 'Head of the Mission in Kosovo' }),
  ]);
  expect(judges.mediaContacts).toEqual([{ name: '', role: '', email: 'press@example.org', phone: '' }]);
  expect(judges.notesToEditors).toBe('Photos on request.');
  // The quote still names its speaker, now with the corrected role.
  expect(quotesIn(judges)[0]?.attrs?.speakerId).toBe(judges.speakers[0]?.id);
  await expect(app.libraryItem('Regional seminar in Sarajevo')).toBeVisible();
  await expect(app.headline).toHaveValue('Mission trains judges in Pristina');
});

test('New from Clipboard (Ctrl+Shift+V on the library) and a dropped file both open the review', async ({
  app,
  page,
}) => {
  app.bridge.dialogs.clipboard = {
    text: 'Press release\nYouth forum opens in Skopje\nSKOPJE, 9 June 2026 – Two hundred young people from across the region met today to discuss media literacy.',
    html: '',
  };
  await app.library.getByRole('heading', { name: 'Releases' }).click();
  await page.keyboard.press('ControlOrMeta+Shift+V');
  const review = page.getByRole('dialog', { name: 'Review the import: Clipboard' });
  await expect(review.getByLabel('Headline')).toHaveValue('Youth forum opens in Skopje');
  await review.getByRole('button', { name: 'Create draft' }).click();
  await expect(app.headline).toHaveValue('Youth forum opens in Skopje');
  await expect(review).toBeHidden();

  // Dropped on the window: read from its bytes, never opened by the browser in Dateline's place.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    const text =
      'News item\nObservers meet in Warsaw\nThe observers met in Warsaw on 2 June 2026 to plan the next mission.';
    transfer.items.add(new File([text], 'observers.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const dropped = page.getByRole('dialog', { name: 'Review the import: observers.txt' });
  await expect(dropped.getByLabel('Headline')).toHaveValue('Observers meet in Warsaw');
  await expect(dropped.getByLabel('Date', { exact: true })).toHaveValue('2 June 2026');
  // A corrected review is not thrown away by one click: Cancel asks, and going back keeps the correction.
  await dropped.getByLabel('Headline').fill('Observers meet in Warsaw to plan');
  await dropped.getByRole('button', { name: 'Cancel import' }).click();
  const ask = page.getByRole('dialog', { name: 'Cancel the import?' });
  await expect(ask).toContainText('your corrections to observers.txt');
  await ask.getByRole('button', { name: 'Go on reviewing' }).click();
  await expect(dropped.getByLabel('Headline')).toHaveValue('Observers meet in Warsaw to plan');
  await dropped.getByRole('button', { name: 'Cancel import' }).click();
  await ask.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dropped).toBeHidden();
  expect((await releasesOnDisk(app.dataDir)).size).toBe(1);
});
