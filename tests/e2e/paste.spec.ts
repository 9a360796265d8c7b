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
