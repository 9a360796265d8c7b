import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { JSONContent } from '@tiptap/core';
import { FIXTURES } from '../helpers/paths';
import { expect, releasesOnDisk, test } from './support/fixtures';

/** Pastes HTML into the focused body as the system clipboard would hand it over on Ctrl+V. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((body, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'plain text fallback');
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

function nodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(nodes)];
}
const SCHEMA = ['doc', 'paragraph', 'heading', 'text', 'bulletList', 'orderedList', 'listItem', 'hardBreak', 'quote'];

for (const [name, expected] of [
  ['word.html', { text: 'crisis management at the borders;', lists: ['bulletList', 'orderedList'] }],
  ['gdocs.html', { text: 'smuggling of persons', lists: ['bulletList'] }],
  ['web.html', { text: 'The Ministerial Council opened today with a statement', lists: ['orderedList'] }],
] as const) {
  test(`pasting ${name} keeps its text and lists and nothing that runs or links unsafely`, async ({ app, page }) => {
    await app.newRelease();
    await page.keyboard.type(`Pasted from ${name}`);
    await app.body.click();
    await pasteHtml(page, await readFile(join(FIXTURES, 'paste', name), 'utf8'));
    await expect(app.body).toContainText(expected.text);
    await expect(app.saveStatus).toHaveText('Saved');

    const [release] = [...(await releasesOnDisk(app.dataDir)).values()];
    const all = nodes(release!.body as JSONContent);
    for (const node of all) expect(SCHEMA).toContain(node.type);
    const topLists = (release!.body as JSONContent).content!.map((n) => n.type).filter((t) => t?.endsWith('List'));
    expect(topLists).toEqual(expected.lists);
    const hrefs = all.flatMap((n) => (n.marks ?? []).map((m) => m.attrs?.href as string | undefined)).filter(Boolean);
    for (const href of hrefs) expect(href).toMatch(/^(https:|mailto:)/);
    const text = all.map((n) => n.text ?? '').join('');
    expect(text).not.toMatch(/Frame fallback|SVG text|No script text|__pasteRan|mso-|·/);
    // Nothing pasted ran: no handler, no script, no frame.
    expect(await page.evaluate(() => (window as { __pasteRan?: unknown }).__pasteRan)).toBeUndefined();
    await expect(page.locator('.body-editor iframe, .body-editor img, .body-editor script')).toHaveCount(0);
  });
}

test('a Word table pasted becomes rows of text, and one line says what was not kept', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('Media advisory');
  await app.body.click();
  await pasteHtml(page, await readFile(join(FIXTURES, 'paste', 'word-table.html'), 'utf8'));
  await expect(app.body).toContainText('When | 14 May 2026, 10:00');
  const report = page.locator('.paste-report');
  await expect(report).toHaveText(
    /^Pasted: the table is laid out as rows of text, cells separated by “\|”; 1 image left out \(a release carries text only\); underline, superscript and strike-through removed, the text kept\./,
  );
  await expect(app.saveStatus).toHaveText('Saved');
  const [release] = [...(await releasesOnDisk(app.dataDir)).values()];
  const paragraphs = (release!.body as JSONContent).content!.map((block) =>
    (block.content ?? []).map((inline) => inline.text ?? '').join(''),
  );
  expect(paragraphs).toEqual([
    'Media advisory: journalists are invited to the opening of the 3rd border-management workshop.',
    'When | 14 May 2026, 10:00',
    'Where | Conference hall B, Hofburg',
    'Accreditation | By 12 May, with the press office',
    'Photographers may film the opening remarks, not the closed sessions. The programme is provisional final.',
  ]);

  // The line goes when dismissed; a paste that keeps everything says nothing.
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toBeEmpty();
  await app.body.click();
  await pasteHtml(page, '<p>Plain <b>bold</b> words.</p>');
  await expect(app.body).toContainText('Plain bold words.');
  await expect(report).toBeEmpty();
});
