import { _electron as electron, expect, test } from '@playwright/test';
import { tempDir } from '../helpers/tempDir';

/** Set by `tsx scripts/package-smoke.ts` (CI on every push) to the executable electron-builder --dir made. */
const packaged = process.env.DATELINE_PACKAGED_APP;
const SKIPPED =
  'skipped: no packaged app given (DATELINE_PACKAGED_APP); `tsx scripts/package-smoke.ts` builds one and runs this';
if (!packaged) console.log(`Packaged-app smoke test ${SKIPPED}`);

test.describe('the packaged app', () => {
  test.skip(!packaged, SKIPPED);

  test('opens from its package, with its resources, and saves a release', async () => {
    const { dir, cleanup } = await tempDir('dateline-packaged-');
    try {
      const app = await electron.launch({ executablePath: packaged, env: { ...process.env, DATELINE_DATA_DIR: dir } });
      const window = await app.firstWindow();
      // The samples come from resources/ inside app.asar: a package without them cannot add them.
      await window.getByRole('button', { name: 'Add the sample releases' }).click();
      await expect(window.getByRole('button', { name: /migration-related crimes/ }).first()).toBeVisible();
      await window.getByRole('button', { name: 'New release' }).first().click();
      await window.keyboard.type('Typed in the packaged app');
      await expect(window.getByTestId('save-status')).toHaveText('Saved');
      await app.close();
    } finally {
      await cleanup();
    }
  });
});
