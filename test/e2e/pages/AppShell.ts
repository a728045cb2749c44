/** Page object for the shell: header, navigation, language switch, notices. */
import { expect, type Locator, type Page } from '@playwright/test';

export type NavItem =
  'search' | 'chart' | 'directory' | 'services' | 'raci' | 'onboarding' | 'admin';

export class AppShell {
  readonly orgName: Locator;
  readonly dataStatus: Locator;
  readonly nav: Locator;
  readonly notice: Locator;
  readonly loadError: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.orgName = page.getByTestId('org-name');
    this.dataStatus = page.getByTestId('data-status');
    this.nav = page.locator('nav.main-nav');
    this.notice = page.getByTestId('notice');
    this.loadError = page.getByTestId('load-error');
    this.main = page.locator('main#main');
  }

  /** Opens the app at a hash route (`'#/chart'`), optionally with `?org=`, and waits for data. */
  async open(
    hash = '#/',
    options: { org?: string | undefined; waitForData?: boolean } = {},
  ): Promise<void> {
    const query = options.org ? `?org=${encodeURIComponent(options.org)}` : '';
    await this.page.goto(`./${query}${hash}`);
    if (options.waitForData !== false) await this.waitForData();
  }

  async waitForData(): Promise<void> {
    await expect(this.orgName).toBeVisible();
  }

  navLink(item: NavItem): Locator {
    return this.nav.locator(`a[data-nav="${item}"]`);
  }

  async goTo(item: NavItem): Promise<void> {
    await this.navLink(item).click();
    await expect(this.navLink(item)).toHaveAttribute('aria-current', 'page');
  }

  languageButton(lang: 'en' | 'fr'): Locator {
    return this.page.locator(`.language-switch button[lang="${lang}"]`);
  }

  async switchLanguage(lang: 'en' | 'fr'): Promise<void> {
    await this.languageButton(lang).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }
}
