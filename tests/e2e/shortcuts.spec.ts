import type { Locator } from '@playwright/test';
import { parseAccelerator, shortcutText } from '../../common/commands/keys';
import {
  BODY_COMMANDS,
  COMMAND_TABLE,
  WINDOW_KEY_COMMANDS,
  acceleratorOf,
  type BodyCommand,
  type KeyedCommand,
  type WindowKeyCommand,
} from '../../common/commands/table';
import type { DatelinePage } from './support/DatelinePage';
import { expect, releasesOnDisk, test } from './support/fixtures';

/** The keys Playwright presses for a command's accelerator. */
function keysOf(id: KeyedCommand): string {
  const { mod, alt, shift, key } = parseAccelerator(acceleratorOf(id));
  return [mod && 'ControlOrMeta', alt && 'Alt', shift && 'Shift', key].filter(Boolean).join('+');
}

const HEADLINE = 'Made by the shortcut';

/** What each window shortcut visibly does, in the table's order; a new command without one fails the type check. */
const WINDOW_EFFECTS: Record<WindowKeyCommand, (app: DatelinePage) => Promise<void>> = {
  'new-release': async (app) => {
    await expect(app.headline).toBeFocused();
    await expect(app.library.getByRole('listitem')).toHaveCount(1);
    await app.page.keyboard.type(HEADLINE);
    await expect(app.saveStatus).toHaveText('Saved');
  },
  import: async (app) => {
    await expect.poll(() => app.bridge.dialogs.importAsked).toBe(1);
  },
  'new-from-clipboard': async (app) => {
    await expect(app.page.getByRole('status').filter({ hasText: 'The clipboard holds no text' })).toBeVisible();
  },
  export: (app) => closes(app, app.page.getByRole('dialog', { name: 'Export this release' })),
  'export-all': (app) => closes(app, app.page.getByRole('dialog', { name: 'Export all releases' })),
  'publish-all': (app) => closes(app, app.page.getByRole('dialog', { name: 'Publish all approved releases' })),
  'send-email': async (app) => {
    await expect.poll(() => app.bridge.dialogs.opened.length).toBe(1);
    expect(app.bridge.dialogs.opened[0]).toMatch(/[\\/]outbox[\\/].+\.eml$/);
    await expect(app.page.getByRole('status').filter({ hasText: 'is open in your mail program' })).toBeVisible();
  },
  print: async (app) => {
    await expect.poll(() => app.page.evaluate(() => (window as { printed?: string }).printed)).toContain(HEADLINE);
  },
  'delete-release': async (app) => {
    const dialog = app.page.getByRole('dialog', { name: 'Delete this release?' });
    await expect(dialog).toContainText(`“${HEADLINE}”`);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(app.libraryItem(HEADLINE)).toHaveCount(0);
    expect((await releasesOnDisk(app.dataDir)).size).toBe(0);
  },
  'undo-delete': async (app) => {
    await expect(app.libraryItem(HEADLINE)).toBeVisible();
    await expect(app.headline).toHaveValue(HEADLINE);
  },
  find: async (app) => {
    await expect(app.page.getByRole('search', { name: 'Find' }).getByLabel('Find', { exact: true })).toBeFocused();
    await app.page.keyboard.press('Escape');
    await expect(app.page.getByRole('search', { name: /^Find/ })).toHaveCount(0);
  },
  replace: async (app) => {
    await expect(
      app.page.getByRole('search', { name: 'Find and replace' }).getByLabel('Find', { exact: true }),
    ).toBeFocused();
    await app.page.keyboard.press('Escape');
    await expect(app.page.getByRole('search', { name: /^Find/ })).toHaveCount(0);
  },
  'zoom-in': async (app) => {
    await expect.poll(() => zoomOf(app)).toBe('1.1');
  },
  'zoom-out': async (app) => {
    await expect.poll(() => zoomOf(app)).toBe('1');
  },
  'zoom-reset': async (app) => {
    await expect.poll(() => zoomOf(app)).toBe('1');
  },
  'go-to-body': async (app) => {
    await expect(app.body).toBeFocused();
    await app.page.keyboard.press('Escape');
  },
  settings: (app) => closes(app, app.page.getByRole('dialog', { name: 'Settings' })),
};

const zoomOf = (app: DatelinePage) =>
  app.page.evaluate(() => document.documentElement.style.getPropertyValue('--editor-zoom'));

async function closes(app: DatelinePage, dialog: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('every window shortcut the menu shows does what it says, Ctrl+Backspace deleting the open release', async ({
  app,
  page,
}) => {
  // Chromium cannot show the print dialog: note what would be printed instead.
  await page.evaluate(() => {
    window.print = () => {
      (window as { printed?: string }).printed = document.querySelector('.print-only')?.textContent ?? '';
    };
  });
  const outsideText = app.library.getByRole('button', { name: 'Settings' });
  for (const id of WINDOW_KEY_COMMANDS) {
    await test.step(`${keysOf(id)}: ${COMMAND_TABLE[id].label}`, async () => {
      await outsideText.focus();
      await page.keyboard.press(keysOf(id));
      await WINDOW_EFFECTS[id](app);
    });
  }
  await expect(page.getByRole('button', { name: 'Delete…' })).toHaveAttribute(
    'title',
    `Delete Release… (${shortcutText(acceleratorOf('delete-release'), false)})`,
  );
});

test('in a text field Ctrl+Backspace deletes the word before the cursor, not the release', async ({ app, page }) => {
  await app.newRelease();
  await page.keyboard.type('Two words');
  await expect(app.saveStatus).toHaveText('Saved');
  await page.keyboard.press(keysOf('delete-release'));
  await expect(app.headline).toHaveValue('Two ');
  await expect(page.getByRole('dialog', { name: 'Delete this release?' })).toHaveCount(0);
});

/** What each body shortcut does to the selected words; the toolbar button says so. */
const BODY_EFFECTS: Record<BodyCommand, (app: DatelinePage, button: Locator, id: BodyCommand) => Promise<void>> = {
  bold: toggles,
  italic: toggles,
  heading: toggles,
  subheading: toggles,
  'bulleted-list': toggles,
  'numbered-list': toggles,
  link: (app) => closes(app, app.page.getByRole('dialog', { name: 'Add link' })),
  quote: async (_app, button) => expect(button).toHaveAttribute('aria-pressed', 'true'),
};

/** On, then off again with the same keys. */
async function toggles(app: DatelinePage, button: Locator, id: BodyCommand): Promise<void> {
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await app.page.keyboard.press(keysOf(id));
  await expect(button).toHaveAttribute('aria-pressed', 'false');
}

test('every body shortcut the toolbar shows does what its button does', async ({ app, page }) => {
  await app.newRelease();
  await app.typeBody('Words to format');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  for (const id of BODY_COMMANDS) {
    await test.step(`${keysOf(id)}: ${COMMAND_TABLE[id].label}`, async () => {
      const { label } = COMMAND_TABLE[id];
      const button = toolbar.getByRole('button', { name: label, exact: true });
      await expect(button).toHaveAttribute('title', `${label} (${shortcutText(acceleratorOf(id), false)})`);
      await app.body.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press(keysOf(id));
      await BODY_EFFECTS[id](app, button, id);
    });
  }
});
