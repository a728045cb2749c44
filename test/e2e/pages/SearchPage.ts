/** Page object for the search home page and its answer card. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class SearchPage {
  readonly shell: AppShell;
  readonly input: Locator;
  readonly status: Locator;
  readonly answerCard: Locator;
  readonly responsibleName: Locator;
  readonly nothingFound: Locator;
  readonly resultLinks: Locator;
  /** "Showing results for …" when a word was read as a typo. */
  readonly correction: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.input = page.locator('#search-input');
    this.status = page.locator('.search-count[role="status"]');
    this.answerCard = page.getByTestId('answer-card').first();
    this.responsibleName = this.answerCard.getByTestId('responsible-name');
    this.nothingFound = page.getByTestId('nothing-found');
    this.resultLinks = page.locator('a[data-result-link]');
    this.correction = page.getByTestId('correction-notice');
  }

  /** Opens the home page (or a shared search URL) and waits for the data. */
  async open(hash = '#/', options: { org?: string } = {}): Promise<void> {
    await this.shell.open(hash, options);
    await expect(this.input).toBeVisible();
  }

  /** Types like a user, key by key, and waits until the results show this query. */
  async type(query: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(query, { delay: 15 });
    await expect(this.page.locator(`.search-results[data-query="${query}"]`)).toBeAttached();
  }

  /** Reloads once the URL holds the query (it follows the field after a short pause). */
  async reloadWithQuery(query: string): Promise<void> {
    await expect
      .poll(() => decodeURIComponent(this.page.url()).replace(/\+/g, ' '))
      .toContain(`q=${query}`);
    await this.page.reload();
    await expect(this.input).toHaveValue(query);
  }

  answerTitle(): Locator {
    return this.answerCard.getByRole('heading', { level: 2 });
  }

  mailLink(address: string): Locator {
    return this.answerCard.locator(`a[href="mailto:${address}"]`);
  }
}
