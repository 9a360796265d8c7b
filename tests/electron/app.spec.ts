import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/tempDir';

/**
 * The Electron binary, if this machine has one. Read from path.txt rather than `require('electron')`,
 * which would try to download it (impossible here; CI runners fetch it with `npx install-electron`).
 */
function electronBinary(): string | undefined {
  const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const SKIPPED =
  'skipped: no Electron binary on this machine (it cannot be downloaded here); run `npx install-electron` where the network allows, then this suite runs';
if (!binary) console.log(`Electron suite ${SKIPPED}`);

test.describe('the packaged shell', () => {
  test.skip(!binary, SKIPPED);

  test('a release typed in the app is saved, and is there after a restart', async () => {
    const { dir, cleanup } = await tempDir('dateline-electron-');
    const launch = () =>
      electron.launch({ executablePath: binary, args: [ROOT], env: { ...process.env, DATELINE_DATA_DIR: dir } });
    try {
      let app = await launch();
      let window = await app.firstWindow();
      await window.getByRole('button', { name: 'New release' }).first().click();
      await expect(window.getByLabel('Headline')).toBeFocused();
      await window.keyboard.type('Typed in Electron');
      await window.keyboard.press('Enter');
      await window.keyboard.type('Body typed in Electron.');
      await expect(window.getByTestId('save-status')).toHaveText('Saved');
      const sandboxed = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(sandboxed).toBe('undefined');
      await app.close();

      app = await launch();
      window = await app.firstWindow();
      await window.getByRole('button', { name: /Typed in Electron/ }).click();
      await expect(window.getByLabel('Headline')).toHaveValue('Typed in Electron');
      await expect(window.getByRole('textbox', { name: 'Body' })).toContainText('Body typed in Electron.');
      await app.close();
    } finally {
      await cleanup();
    }
  });

  test('spelling follows the release’s language with the network cut off', async () => {
    const { dir, cleanup } = await tempDir('dateline-electron-');
    try {
      const app = await electron.launch({
        executablePath: binary,
        args: [ROOT],
        env: { ...process.env, DATELINE_DATA_DIR: dir },
      });
      const window = await app.firstWindow();
      await window.context().setOffline(true);
      await window.getByRole('button', { name: 'New release' }).first().click();
      await window.locator('#field-language').selectOption('fr');
      const languages = () =>
        app.evaluate(({ BrowserWindow }) =>
          BrowserWindow.getAllWindows()[0]!.webContents.session.getSpellCheckerLanguages(),
        );
      if (process.platform !== 'darwin') await expect.poll(languages).toEqual(['fr-FR']);
      // The body is checked by the bundled French dictionary: nothing to download.
      await window.getByRole('textbox', { name: 'Body' }).click();
      await window.keyboard.type('Le séminaire a été ouvert, le séminnaire non.');
      await expect(window.locator('.spelling-error')).toHaveText(['séminnaire']);
      await app.close();
    } finally {
      await cleanup();
    }
  });
});
