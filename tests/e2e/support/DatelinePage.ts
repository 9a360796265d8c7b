import { expect, type Locator, type Page } from '@playwright/test';
import type { Bridge } from './bridge';

/** What a press officer sees and does in the main window. */
export class DatelinePage {
  readonly library: Locator;
  readonly headline: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;

  constructor(
    readonly page: Page,
    readonly bridge: Bridge,
    readonly dataDir: string,
  ) {
    this.library = page.getByRole('navigation', { name: 'Releases' });
    this.headline = page.getByRole('textbox', { name: 'Headline', exact: true });
    this.body = page.getByRole('textbox', { name: 'Body' });
    this.saveStatus = page.getByTestId('save-status');
  }

  /** Starts a release and waits for the headline field to take the focus, as a person would. */
  async newRelease(): Promise<void> {
    await this.library.getByRole('button', { name: 'New release' }).click();
    await expect(this.headline).toBeFocused();
    await expect(this.headline).toHaveValue('');
  }

  /** Adds the two sample releases from the empty library and opens the one whose headline matches. */
  async openSample(headline: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Add the sample releases' }).click();
    await this.libraryItem(headline).getByRole('button').click();
    await expect(this.headline).toHaveValue(headline);
  }

  libraryItem(headline: string | RegExp): Locator {
    return this.library.getByRole('listitem').filter({ hasText: headline });
  }

  /** Types in a picker and presses Enter on the first match, as a person would. */
  async pick(label: string, typed: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: label });
    await input.focus();
    await this.page.keyboard.type(typed);
    await expect(this.page.getByRole('listbox', { name: label }).getByRole('option').first()).toBeVisible();
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /**
   * Quotes by keyboard: Ctrl+Shift+Q starts a quote, the words replace the placeholder,
   * Ctrl+Shift+Q again goes to the speaker, which is picked or added, then Escape and → leave the quote.
   */
  async quote(words: string, speaker: { name: string; role?: string; attribution?: string }): Promise<void> {
    const { keyboard } = this.page;
    await keyboard.press('ControlOrMeta+Shift+Q');
    await keyboard.type(words);
    await keyboard.press('ControlOrMeta+Shift+Q');
    const inspector = this.page.getByRole('group', { name: 'Quote' });
    const select = inspector.getByLabel('Speaker');
    await expect(select).toBeFocused();
    const known = (await select.locator('option').allTextContents()).find((label) => label.startsWith(speaker.name));
    if (known) {
      await select.selectOption({ label: known });
    } else {
      await select.selectOption({ label: 'New speaker…' });
      await expect(inspector.getByRole('textbox', { name: 'Full name' })).toBeFocused();
      await keyboard.type(speaker.name);
      await keyboard.press('Tab');
      await keyboard.type(speaker.role ?? '');
      await keyboard.press('Enter');
      await expect(select).toBeFocused();
    }
    if (speaker.attribution) await inspector.getByLabel('Attribution').selectOption({ label: speaker.attribution });
    await keyboard.press('Escape');
    await expect(this.body).toBeFocused();
    await keyboard.press('ArrowRight');
  }

  /** Types into the body at its end, as a person would after clicking into it. */
  async typeBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }
}
