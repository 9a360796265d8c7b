import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Doc } from '../../common/model/doc';
import type { QuoteAttrs, Speaker } from '../../common/quotes';
import { RESOURCES } from '../helpers/paths';
import { normaliseAll, printedHtml, seedParagraphs } from '../helpers/seedCompare';
import { seedArticle, seedText } from '../helpers/seeds';
import { expect, releasesOnDisk, test } from './support/fixtures';

interface Sample {
  headline: string;
  place: string;
  body: Doc;
  speakers: Speaker[];
}

/** Typeahead keys for the quote inspector's selects: the start of the option's label. */
const ATTRIBUTION_KEY: Record<QuoteAttrs['attribution'], string> = { after: 'Home', before: 'N', inline: 'I' };
const REFERENCE_KEY: Record<QuoteAttrs['reference'], string> = { auto: 'Home', full: 'A', short: 'S' };

test('the Sarajevo release retyped by keyboard at full speed, quotes and all, exports the seed’s words exactly', async ({
  app,
  page,
}) => {
  // About 3,800 keystrokes, none waited on: generous on a loaded two-core machine.
  test.setTimeout(480_000);
  const sample = JSON.parse(
    await readFile(join(RESOURCES, 'samples', 'sarajevo-press-release.json'), 'utf8'),
  ) as Sample;
  const { keyboard } = page;
  const press = async (key: string) => (key.length === 1 ? keyboard.type(key) : keyboard.press(key));

  // A busy laptop paints late: each animation frame comes 100 ms after it is asked for, so any
  // focus left to the next frame is still on its way when the next key arrives, as it is in real use.
  await page.evaluate(() => {
    const next = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => next(() => setTimeout(() => callback(performance.now()), 100));
  });
  await app.newRelease();
  await keyboard.type(sample.headline);
  await keyboard.press('Shift+Tab');
  await keyboard.type(sample.place);
  await keyboard.press('Shift+Tab');
  await keyboard.type('20 September 2017');
  await keyboard.press('ControlOrMeta+Shift+B');

  const named = new Set<string>();
  for (const [index, block] of sample.body.content.entries()) {
    if (index > 0) await keyboard.press('Enter');
    for (const inline of block.content ?? []) {
      if (inline.type === 'text') {
        await keyboard.type(inline.text ?? '');
        continue;
      }
      const attrs = inline.attrs as unknown as QuoteAttrs;
      const speaker = sample.speakers.find((s) => s.id === attrs.speakerId)!;
      await keyboard.press('ControlOrMeta+Shift+Q');
      await keyboard.type((inline.content ?? []).map((t) => t.text ?? '').join(''));
      await keyboard.press('ControlOrMeta+Shift+Q');
      if (named.has(speaker.id)) {
        // The select jumps to the speaker whose name starts with what is typed.
        await keyboard.type(speaker.name.split(' ')[0]!);
      } else {
        // "New speaker…" is the last choice.
        await keyboard.press('End');
        await keyboard.type(speaker.name);
        await keyboard.press('Tab');
        await keyboard.type(speaker.role);
        await keyboard.press('Enter');
        named.add(speaker.id);
      }
      await keyboard.press('Tab');
      await press(ATTRIBUTION_KEY[attrs.attribution]);
      await keyboard.press('Tab');
      await press(REFERENCE_KEY[attrs.reference]);
      await keyboard.press('Escape');
      await keyboard.press('ArrowRight');
    }
  }

  // The seed page prints no "About" text: the office's default boilerplate is cleared.
  await page.getByLabel('About (boilerplate)').focus();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Delete');

  // The body holds exactly what was typed, in order, quote by quote.
  await expect(app.saveStatus).toHaveText('Saved');
  const [stored] = [...(await releasesOnDisk(app.dataDir)).values()];
  const shape = (doc: Doc) =>
    doc.content.map((block) =>
      (block.content ?? []).map((inline) =>
        inline.type === 'text'
          ? inline.text
          : { words: (inline.content ?? []).map((t) => t.text).join(''), ...(inline.attrs as object), speakerId: '' },
      ),
    );
  expect(shape(stored!.body)).toEqual(shape(sample.body));

  // Exported, it prints the seed page's words (house-style quotation marks aside).
  app.bridge.dialogs.savePath = join(app.dataDir, 'sarajevo.html');
  await keyboard.press('ControlOrMeta+e');
  await page.getByRole('dialog', { name: 'Export this release' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  const window = new Window();
  try {
    const printed = printedHtml(window, await readFile(join(app.dataDir, 'sarajevo.html'), 'utf8'));
    // A draft's export carries the app's DRAFT banner above the release: it is not the release's words.
    const words = printed.paragraphs.filter((line) => !line.startsWith('DRAFT – '));
    expect(printed.paragraphs[0]).toMatch(/^DRAFT – /);
    expect(normaliseAll(words)).toEqual(seedParagraphs(seedArticle(await seedText('004_'))));
  } finally {
    await window.happyDOM.close();
  }
});
