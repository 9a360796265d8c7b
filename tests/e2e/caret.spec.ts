import { expect, test } from './support/fixtures';

declare global {
  interface Window {
    __datelineInvoke(channel: string, arg: unknown): Promise<unknown>;
    __heldSpelling: (() => void)[];
  }
}

/*
 * Chromium reports a caret moved by a key (End, Ctrl+End, Shift+←) in a "selectionchange" event one
 * task later. A redraw of the body's marks (spelling, quotes, find) landing in between used to put
 * back the caret ProseMirror knew, so the next letters went elsewhere: seen on a loaded machine as
 * " Edited." typed at the start of a body and a link added to nothing.
 */
test('the caret stays where a key moved it when the spelling marks arrive before the browser reports the move', async ({
  app,
  page,
}) => {
  await app.newRelease();
  await app.typeBody('Alpha bravo');
  await expect(app.body).toHaveText('Alpha bravo');
  // The spelling checker's answers are held, to arrive at the moment the test chooses.
  await page.evaluate(() => {
    const invoke = window.__datelineInvoke;
    window.__heldSpelling = [];
    window.__datelineInvoke = (channel, arg) => {
      const answer = invoke(channel, arg);
      if (channel !== 'spelling:check') return answer;
      return new Promise((resolve) => void answer.then((value) => window.__heldSpelling.push(() => resolve(value))));
    };
  });
  await page.keyboard.type(' Charliexq');
  await page.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => window.__heldSpelling.length)).toBeGreaterThan(0);

  // The caret goes to the end as a key would move it, and the marks arrive before the browser says so.
  await page.evaluate(() => {
    const text = document.querySelector('#field-body p')!.lastChild!;
    window.getSelection()!.collapse(text, text.textContent!.length);
    window.__heldSpelling.splice(0).forEach((release) => release());
  });
  await page.keyboard.type('!');
  await expect(app.body).toHaveText('Alpha bravo Charliexq!');
  await expect(app.body.locator('.spelling-error')).toHaveText('Charliexq');
});
