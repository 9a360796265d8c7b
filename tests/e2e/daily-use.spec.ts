import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, releasesOnDisk, test } from './support/fixtures';

// Issue 18: what got in the way of a press officer using Dateline all day.

test('choosing a language in "Add a language version" makes nothing until Add version is pressed', async ({
  app,
  page,
}) => {
  await app.openSample(/Co-operation on addressing/);
  const versions = page.getByRole('group', { name: 'Language versions' });
  const select = versions.getByLabel('Add a language version');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).not.toHaveValue('');
  await expect(versions.getByRole('button', { name: /^(FR|DE|IT|RU|ES)/ })).toHaveCount(0);
  await expect(page.locator('#field-language')).toHaveValue('en');
  expect((await releasesOnDisk(app.dataDir)).size).toBe(2);

  await select.selectOption('de');
  await versions.getByRole('button', { name: 'Add version' }).click();
  await expect(versions.getByRole('button', { name: /^DE/ })).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await releasesOnDisk(app.dataDir)).size).toBe(3);
});

test('the release date is typed in the language’s order, keeps partial input and explains a wrong one', async ({
  app,
  page,
}) => {
  await app.newRelease();
  await page.keyboard.type('Dated release');
  const date = page.getByLabel('Date', { exact: true });
  const dateline = page.getByTestId('dateline');
  await page.getByLabel('Place').fill('Sarajevo');

  // Reached backwards with Shift+Tab from Place, as a keyboard user does, and typed day first.
  await page.getByLabel('Place').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(date).toBeFocused();
  await page.keyboard.type('20.09.2017');
  await expect(dateline).toHaveText('SARAJEVO, 20 September 2017 –');
  await page.keyboard.press('Tab');
  await expect(date).toHaveValue('20 September 2017');

  // A month-first date is not read as the machine's order would read it.
  await date.fill('09/20/2017');
  await expect(page.locator('#field-date-hint')).toContainText('There is no month 20. Type the day first: 20.09.2017.');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(dateline).toHaveText('SARAJEVO, 20 September 2017 –');

  // An impossible day is explained, and the field keeps what was typed.
  await date.fill('31 February 2017');
  await expect(page.locator('#field-date-hint')).toContainText('February 2017 has 28 days: there is no 31 February.');
  await expect(date).toHaveValue('31 February 2017');

  // Partial input stays partial.
  await date.fill('3 March');
  await expect(page.locator('#field-date-hint')).toContainText('Add the year.');
  await expect(date).toHaveValue('3 March');

  // A year far from today is asked about, and stored only once confirmed.
  await date.fill('20 September 0002');
  await expect(page.locator('#field-date-hint')).toContainText('Is that the year?');
  await expect(dateline).toHaveText('SARAJEVO, 20 September 2017 –');
  await date.fill('20 September 2016');
  await expect(dateline).toHaveText('SARAJEVO, 20 September 2016 –');
  await expect(app.saveStatus).toHaveText('Saved');
  const stored = [...(await releasesOnDisk(app.dataDir)).values()][0]!;
  expect(stored.date).toBe('2016-09-20');

  // The field follows the release's language.
  await page.locator('#field-language').selectOption('de');
  await expect(date).toHaveValue('20. September 2016');
  await expect(dateline).toHaveText('SARAJEVO, 20. September 2016 –');
  // The spell checker follows the release's language.
  await expect.poll(() => app.bridge.dialogs.spellingLanguages.at(-1)).toBe('de');
});

test('Publish All with nothing approved says so and offers no folder; an untitled release is named by its date', async ({
  app,
  page,
}) => {
  await app.newRelease();
  await page.keyboard.press('ControlOrMeta+Shift+U');
  const publish = page.getByRole('dialog', { name: 'Publish all approved releases' });
  await expect(publish.getByRole('status')).toHaveText(
    'Nothing to publish: no release is approved yet. A release can be published once it is approved.',
  );
  await expect(publish.getByRole('button', { name: 'Choose folder…' })).toBeDisabled();
  await publish.getByRole('button', { name: 'Cancel' }).click();

  await expect(app.saveStatus).toHaveText('Saved');
  app.bridge.dialogs.savePath = join(app.dataDir, 'chosen.html');
  await page.keyboard.press('ControlOrMeta+e');
  await page.getByRole('dialog', { name: 'Export this release' }).getByRole('button', { name: 'Export…' }).click();
  await expect.poll(() => app.bridge.dialogs.saveDefaults.length).toBe(1);
  const [id] = (await releasesOnDisk(app.dataDir)).keys();
  expect(app.bridge.dialogs.saveDefaults[0]).toMatch(/[/\\]\d{4}-\d{2}-\d{2}-untitled\.html$/);
  expect(app.bridge.dialogs.saveDefaults[0]).not.toContain(id);
});

test('entering a quote shows its inspector without moving the text, and the checks stay on every preview tab', async ({
  app,
  page,
}) => {
  await app.openSample(/Co-operation on addressing/);
  const quote = app.body.locator('q[data-quote]').first();
  await quote.scrollIntoViewIfNeeded();
  const before = (await quote.boundingBox())!;
  await quote.click();
  const inspector = page.getByRole('group', { name: 'Quote' });
  await expect(inspector).toBeVisible();
  await expect(inspector).toBeInViewport();
  const after = (await quote.boundingBox())!;
  expect(Math.abs(after.y - before.y)).toBeLessThan(2);

  const checks = page.getByRole('region', { name: 'Checks' });
  const words = await page.getByTestId('stat-words').textContent();
  for (const tab of ['HTML', 'Fragment', 'Markdown', 'Preview']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(checks.getByRole('status')).toBeInViewport();
    await expect(page.getByTestId('stat-words')).toBeInViewport();
    await expect(page.getByTestId('stat-words')).toHaveText(words!);
    expect((await checks.boundingBox())!.height).toBeGreaterThan(60);
  }
});

test('printing puts the release on paper, as the preview shows it', async ({ app, page }) => {
  await app.openSample(/Co-operation on addressing/);
  await expect(page.frameLocator('iframe[title="Published page"]').locator('h1')).toContainText('Co-operation');
  const pdf = join(app.dataDir, 'printed.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Co-operation on addressing migration-related crimes needed');
  expect(text).toContain('SARAJEVO, 20 September 2017');
  expect(text).toMatch(/DRAFT/);
  // The app around the release is not printed.
  expect(text).not.toContain('New release');
  expect(text).not.toContain('Checks');
});

test('focus goes back to what opened each dialog, or to the next sensible place, and always shows', async ({
  app,
  page,
}) => {
  const focusedName = () =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return active && active !== document.body ? active.id || active.textContent?.trim() || active.tagName : 'page';
    });
  // Adding the samples: their button goes, the focus lands on the sample opened, not on the page.
  await page.getByRole('button', { name: 'Add the sample releases' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(focusedName).toMatch(/^(field-headline|Co-operation on addressing|Crisis management)/);

  for (const [opener, dialogName] of [
    ['Export…', 'Export this release'],
    ['History', /History/],
    ['Delete…', 'Delete this release?'],
  ] as const) {
    const button = page.getByRole('button', { name: opener, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: dialogName })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(button, `after closing “${opener}”`).toBeFocused();
  }

  // A shortcut's dialog gives the focus back to the field it was pressed in.
  await app.headline.focus();
  await page.keyboard.press('ControlOrMeta+,');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.headline).toBeFocused();

  // The approval dialog's Cancel shows where the focus is.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('button', { name: 'Approve…' }).focus();
  await page.keyboard.press('Enter');
  const approve = page.getByRole('dialog', { name: 'Approve this release' });
  const cancel = approve.getByRole('button', { name: 'Cancel' });
  for (let i = 0; i < 6 && !(await cancel.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(cancel).toBeFocused();
  expect(await cancel.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Approve…' })).toBeFocused();

  // Deleting: the release and its Delete… button go; the focus goes to the next release, not to the page.
  const deleted = await app.headline.inputValue();
  await page.getByRole('button', { name: 'Delete…', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Delete this release?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(app.libraryItem(deleted)).toHaveCount(0);
  await expect.poll(focusedName).not.toBe('page');
});

test('skip links and Ctrl+Shift+B reach each area at once', async ({ app, page }) => {
  // The first Tab in the window reaches the skip links, shown while focused.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('navigation', { name: 'Skip to' });
  await expect(skip.getByRole('link', { name: 'Skip to library' })).toBeFocused();
  await expect(skip.getByRole('link', { name: 'Skip to library' })).toBeInViewport();
  await app.openSample(/Co-operation on addressing/);
  await expect(app.headline).toHaveValue(/Co-operation/);
  for (const [link, target] of [
    ['Skip to fields', app.headline],
    ['Skip to body', app.body],
    ['Skip to preview', page.getByRole('tab', { name: 'Preview' })],
  ] as const) {
    await skip.getByRole('link', { name: link }).focus();
    await page.keyboard.press('Enter');
    await expect(target, link).toBeFocused();
  }
  await app.headline.focus();
  await page.keyboard.press('ControlOrMeta+Shift+B');
  await expect(app.body).toBeFocused();

  // The formatting toolbar is one Tab stop: from the lead, one Tab reaches it and the next the body.
  await page.getByLabel('Lead').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.body).toBeFocused();
});

test('Find and Replace go over the fields and the body, with match case and whole word, and keep the quotes', async ({
  app,
  page,
}) => {
  await app.openSample(/Co-operation on addressing/);
  await expect(app.headline).toHaveValue(/^Co-operation/);
  const before = [...(await releasesOnDisk(app.dataDir)).values()].find((r) => r.headline.startsWith('Co-operation'))!;
  const quotesOf = (body: typeof before.body) => JSON.stringify(body).match(/"type":"quote","attrs":\{[^}]*\}/g) ?? [];

  await app.body.click();
  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find' });
  const find = bar.getByLabel('Find', { exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type('semin');
  await expect(bar.getByRole('status')).toHaveText(/^1 of \d+$/);
  // The first is in the headline, selected there; Enter goes on to the body's, marked where they stand.
  expect(
    await app.headline.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
  ).toBe('semin');
  await expect(app.body.locator('.find-match').first()).toBeVisible();
  // Typing in the headline with the bar open lands where the caret is, not over the match.
  await app.headline.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' now');
  await expect(app.headline).toHaveValue(/regional seminar in Sarajevo now$/);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await expect(app.headline).toHaveValue(/regional seminar in Sarajevo$/);
  await find.focus();
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('status')).toHaveText(/^2 of \d+$/);
  await expect(app.body.locator('.find-match--current')).toHaveCount(1);
  await expect(find).toBeFocused();
  await bar.getByLabel('Whole word').check();
  await expect(bar.getByRole('status')).toHaveText('No matches');
  await bar.getByLabel('Whole word').uncheck();

  await find.fill('co-operation');
  const all = Number((await bar.getByRole('status').textContent())!.split(' of ')[1]);
  await bar.getByLabel('Match case').check();
  const lower = Number((await bar.getByRole('status').textContent())!.split(' of ')[1]);
  expect(lower).toBeGreaterThan(0);
  expect(lower).toBeLessThan(all);
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(app.body).toBeFocused();

  // Replace all, case matched: the headline's "Co-operation" stays; the body's, quotes included, change.
  await page.keyboard.press('ControlOrMeta+h');
  const replace = page.getByRole('search', { name: 'Find and replace' });
  await replace.getByLabel('Find', { exact: true }).fill('co-operation');
  await replace.getByLabel('Match case').check();
  await replace.getByLabel('Replace with').fill('cooperation');
  await replace.getByRole('button', { name: 'Replace all' }).click();
  await expect(replace.getByRole('status')).toHaveText(`Replaced ${lower}.`);
  await expect(app.saveStatus).toHaveText('Saved');
  const after = (await releasesOnDisk(app.dataDir)).get(before.id)!;
  expect(after.headline).toBe(before.headline);
  expect(JSON.stringify(after.body)).not.toContain('co-operation');
  expect(JSON.stringify(after.body)).toContain('Only with good regional cooperation');
  expect(quotesOf(after.body)).toEqual(quotesOf(before.body));

  // Undo takes the replacement back in the body.
  await page.keyboard.press('Escape');
  await app.body.click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).toContainText('regional co-operation');
});

test('the editor zooms with Ctrl+= and Ctrl+-, back with Ctrl+0, and remembers it', async ({ app, page }) => {
  await app.newRelease();
  await app.typeBody('Zoomed words.');
  const size = () => app.body.evaluate((el) => getComputedStyle(el).fontSize);
  expect(await size()).toBe('17px');
  await page.keyboard.press('ControlOrMeta+=');
  await page.keyboard.press('ControlOrMeta+=');
  await expect.poll(size).toBe('21.25px');
  await page.reload();
  await app.libraryItem('Untitled release').getByRole('button').click();
  await expect.poll(size).toBe('21.25px');
  await page.keyboard.press('ControlOrMeta+-');
  await expect.poll(size).toBe('18.7px');
  await page.keyboard.press('ControlOrMeta+0');
  await expect.poll(size).toBe('17px');
});

test('spelling is checked offline in the release’s language, corrected from the menu, and a name can be added', async ({
  app,
  page,
}) => {
  await page.context().setOffline(true);
  await app.newRelease();
  await page.keyboard.type('Border seminar');
  await page.keyboard.press('ControlOrMeta+Shift+B');
  await page.keyboard.type('The seminar on traficking opened in Sarajevo. Mr Auweraert spoke.');
  const body = page.getByRole('textbox', { name: 'Body' });
  const flagged = body.locator('.spelling-error');
  await expect(flagged).toHaveText(['traficking', 'Auweraert']);

  // Right-click a flagged word: its corrections, the right one among them.
  await flagged.first().click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling of “traficking”' });
  await expect(menu.getByRole('menuitem', { name: 'trafficking', exact: true })).toBeFocused();
  if (process.env.DATELINE_SCREENSHOTS) await page.screenshot({ path: 'test-results/spelling-menu.png' });
  await menu.getByRole('menuitem', { name: 'trafficking', exact: true }).click();
  await expect(body).toContainText('The seminar on trafficking opened');
  await expect(flagged).toHaveText(['Auweraert']);

  // By keyboard: the Menu key with the caret in the name, then "Add to dictionary".
  await flagged.first().click();
  await page.keyboard.press('Shift+F10');
  const nameMenu = page.getByRole('menu', { name: 'Spelling of “Auweraert”' });
  await expect(nameMenu.getByRole('menuitem', { name: 'Add “Auweraert” to dictionary' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(nameMenu).toBeHidden();
  await expect(flagged).toHaveCount(0);
  await expect(body).toBeFocused();
  expect(await readFile(join(app.dataDir, 'dictionary.txt'), 'utf8')).toBe('Auweraert\n');

  // In French, French words are right and the English sentence is not.
  await page.locator('#field-language').selectOption('fr');
  await expect(flagged.first()).toBeVisible();
  await expect(flagged).not.toContainText(['Auweraert']);
  await body.press('ControlOrMeta+End');
  await page.keyboard.type(' Le séminaire a été ouvert, le séminnaire non.');
  await expect(flagged.filter({ hasText: /^séminnaire$/ })).toHaveCount(1);
  await expect(flagged.filter({ hasText: /^séminaire$/ })).toHaveCount(0);
});

test('the way round is short: a few Tabs from Date to Body and from Body to Issued by, ↑ ↓ between speakers', async ({
  app,
  page,
}) => {
  await app.openSample(/Co-operation on addressing/);
  const tabsUntil = async (from: string, reached: () => Promise<boolean>) => {
    await page.locator(from).focus();
    for (let presses = 1; presses <= 40; presses++) {
      await page.keyboard.press('Tab');
      if (await reached()) return presses;
    }
    return Infinity;
  };
  const body = page.getByRole('textbox', { name: 'Body' });
  expect(
    await tabsUntil('#field-date', () => body.evaluate((element) => element === document.activeElement)),
  ).toBeLessThanOrEqual(6);
  // Five speakers stand between the body and the issuers: only one of them is on the Tab path.
  const inIssuers = () =>
    page.evaluate(() => document.getElementById('field-issuers')!.contains(document.activeElement));
  expect(await tabsUntil('#field-body', inIssuers)).toBeLessThanOrEqual(6);

  const speakers = page.getByRole('group', { name: /^Speaker \d/ });
  await speakers.nth(0).getByLabel('Role').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(speakers.nth(2).getByLabel('Role')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(speakers.nth(1).getByLabel('Role')).toBeFocused();
  // Shift+Tab back into the list lands on the speaker last visited.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(speakers.nth(1).getByLabel('Role')).toBeFocused();
});
