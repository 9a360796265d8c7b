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
    this.headline = page.getByLabel('Headline');
    this.body = page.getByRole('textbox', { name: 'Body' });
    this.saveStatus = page.getByTestId('save-status');
  }

  /** Starts a release and waits for the headline field to take the focus, as a person would. */
  async newRelease(): Promise<void> {
    await this.library.getByRole('button', { name: 'New release' }).click();
    await expect(this.headline).toBeFocused();
    await expect(this.headline).toHaveValue('');
  }

  libraryItem(headline: string | RegExp): Locator {
    return this.library.getByRole('listitem').filter({ hasText: headline });
  }

  /** Types into the body at its end, as a person would after clicking into it. */
  async typeBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }
}
