import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '../../common/model/release';
import { shortFingerprint } from '../../main/core/export/formats';
import {
  bodyPlainText,
  flat,
  ninjsErrors,
  parseEml,
  pdfPageSize,
  readDocx,
  readPdf,
  ROUND_TRIP,
} from '../helpers/receivers';
import { expect, expectNoAxeViolations, releasesOnDisk, test } from './support/fixtures';

// Issue 14: Export… writes PDF, Word, e-mail and NINJS from the stored release, each passing its checker.

const SAMPLES = [
  { name: 'sarajevo', row: /Co-operation on addressing migration-related crimes/ },
  { name: 'bratislava', row: /Crisis management and effective cross-border management/ },
];

test('Export… writes each sample as PDF, Word, e-mail and NINJS that pass their checkers', async ({ app, page }) => {
  test.setTimeout(180_000);
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await expect(app.library.getByRole('listitem')).toHaveCount(2);
  const stored = [...(await releasesOnDisk(app.dataDir)).values()];

  for (const { name, row } of SAMPLES) {
    const folder = join(app.dataDir, `out-${name}`);
    await mkdir(folder);
    await app.libraryItem(row).getByRole('button').click();
    await expect(app.headline).toHaveValue(row);
    const release = stored.find((r: Release) => row.test(r.headline))!;

    app.bridge.dialogs.savePath = join(folder, `${name}.pdf`);
    await page.keyboard.press('ControlOrMeta+e');
    const dialog = page.getByRole('dialog', { name: 'Export this release' });
    await dialog.getByLabel(/Web page/).uncheck();
    for (const label of [/^PDF/, /^Word/, /^E-mail/, /^NINJS/]) await dialog.getByLabel(label).check();
    if (name === 'sarajevo') await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name}.pdf` })).toBeVisible({ timeout: 60_000 });
    expect((await readdir(folder)).sort()).toEqual(
      [`${name}.docx`, `${name}.eml`, `${name}.ninjs.json`, `${name}.pdf`].sort(),
    );

    const { ninjs, errors } = await ninjsErrors(join(folder, `${name}.ninjs.json`));
    expect(errors).toEqual([]);
    expect(ninjs).toMatchObject({ uri: `urn:uuid:${release.id}`, headlines: [{ value: release.headline }] });

    const mail = await parseEml(join(folder, `${name}.eml`));
    expect(mail.subject).toBe(`DRAFT – not approved for publication: ${release.headline}`);
    expect(mail.to).toBeUndefined();
    expect(flat(mail.text ?? '')).toContain(flat(bodyPlainText(release).split('\n')[0]!));

    const pdf = await readPdf(join(folder, `${name}.pdf`), release, 'draft');
    expect(pdf).toMatchObject({ missing: [], unembedded: [], tagged: true });
    expect(pdf.text.split(`content sha256 ${shortFingerprint(release)}`).length - 1).toBe(pdf.pages);

    const { text, back } = await readDocx(join(folder, `${name}.docx`));
    for (const paragraph of bodyPlainText(release).split('\n')) expect(text).toContain(flat(paragraph));
    for (const field of ROUND_TRIP) expect(back[field], field).toEqual(release[field]);
  }
});

test('Settings choose the paper, the sender and the distribution lists the exports use', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Paper for PDF and Word').selectOption('Letter');
  await settings.getByLabel('E-mails are from (optional)').fill('Пресс-служба <press@osce.example>');
  const lists = settings.getByLabel(/Distribution lists/);
  // A wrong address is named and nothing is saved.
  await lists.fill('Balkans desk: desk at wire');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('alert')).toContainText('not an e-mail address');
  await lists.fill('Balkans desk: desk@wire.example, Zoë Müller <zoe@paper.example>\nAgencies: news@agency.example');
  await settings.getByLabel('PDF', { exact: true }).check();
  await expectNoAxeViolations(page);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  const folder = join(app.dataDir, 'out');
  await mkdir(folder);
  await app.libraryItem(SAMPLES[0]!.row).getByRole('button').click();
  app.bridge.dialogs.savePath = join(folder, 'release.pdf');
  await page.keyboard.press('ControlOrMeta+e');
  const dialog = page.getByRole('dialog', { name: 'Export this release' });
  await dialog.getByLabel(/Web page/).uncheck();
  await dialog.getByLabel(/^PDF/).check();
  await dialog.getByLabel(/^E-mail/).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'release.pdf' })).toBeVisible({ timeout: 60_000 });

  const mail = await parseEml(join(folder, 'release.eml'));
  expect(mail.from?.value).toEqual([{ name: 'Пресс-служба', address: 'press@osce.example' }]);
  const bcc = (Array.isArray(mail.bcc) ? mail.bcc : [mail.bcc]).flatMap((b) => b?.value ?? []);
  expect(bcc.map((a) => a.address)).toEqual(['desk@wire.example', 'zoe@paper.example', 'news@agency.example']);
  expect(mail.to).toBeUndefined();
  expect(await pdfPageSize(join(folder, 'release.pdf'))).toBe('612 x 792 pts (letter)');
});

test('Send by E-mail… writes the release as an unsent e-mail and opens it with the mail program', async ({
  app,
  page,
}) => {
  await page.getByRole('button', { name: 'Add the sample releases' }).click();
  await app.bridge.core.settings.update((s) => ({
    ...s,
    output: { ...s.output, distributionLists: [{ name: 'Wires', addresses: ['desk@wire.example'] }] },
  }));
  await app.libraryItem(SAMPLES[1]!.row).getByRole('button').click();
  await expect(app.headline).toHaveValue(SAMPLES[1]!.row);
  // The words typed just before are in the e-mail: the edit is saved first.
  await app.typeBody(' Sent at once.');
  await page.getByRole('button', { name: 'Send by E-mail…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is open in your mail program' })).toContainText(
    'marked DRAFT',
  );
  const [file] = app.bridge.dialogs.opened;
  expect(file).toMatch(/[\\/]outbox[\\/][^\\/]+\.eml$/);
  const mail = await parseEml(file!);
  const [release] = [...(await releasesOnDisk(app.dataDir)).values()].filter((r) => SAMPLES[1]!.row.test(r.headline));
  expect(mail.subject).toBe(`DRAFT – not approved for publication: ${release!.headline}`);
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect(mail.to).toBeUndefined();
  expect(mail.text).toContain('Sent at once.');
  expect(mail.html).toContain('Sent at once.');
  expect((Array.isArray(mail.bcc) ? mail.bcc : [mail.bcc]).flatMap((b) => b?.value ?? [])).toEqual([
    { name: '', address: 'desk@wire.example' },
  ]);

  // No mail program: the file stays, and the message says where it is.
  app.bridge.dialogs.openAnswer = 'No application knows how to open .eml files';
  await page.keyboard.press('ControlOrMeta+Shift+m');
  const alert = page.getByRole('alert').filter({ hasText: 'no mail program opened it' });
  await expect(alert).toContainText('No application knows how to open .eml files');
  const second = app.bridge.dialogs.opened[1]!;
  expect(second).not.toBe(file);
  await expect(alert).toContainText(second);
  expect((await parseEml(second)).subject).toBe(mail.subject);
  await expectNoAxeViolations(page);
});
