/**
 * Page object for importing HR exports on #/admin: the fixture files of test/fixtures/hr, the
 * mapping step (how the file was read, which column feeds which field, the quirks proposed),
 * the rows set aside and their CSV, and what the records show once the data is applied.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AdminPage } from './AdminPage';

export type ReadOption = 'Encoding' | 'Separator' | 'Sheet';
export type Quirk =
  | 'topMarkers'
  | 'selfIsTop'
  | 'scopeIds'
  | 'vacancies'
  | 'teamEmails'
  | 'organisations'
  | 'headcount'
  | 'otherOrganisations';

export const hrFixture = (name: string): string => resolve('test/fixtures/hr', name);

export class HrImportPage extends AdminPage {
  readonly quirks: Locator;
  readonly setAside: Locator;
  readonly noManager: Locator;
  readonly problems: Locator;
  readonly sources: Locator;

  constructor(page: Page) {
    super(page);
    this.quirks = page.getByTestId('quirks');
    this.setAside = page.getByTestId('set-aside');
    this.noManager = page.getByTestId('no-manager');
    this.problems = page.locator('.import-problems');
    this.sources = page.getByTestId('source-row');
  }

  /** Chooses a fixture of test/fixtures/hr in the file input and waits for the check. */
  async importFixture(name: string): Promise<void> {
    await this.importPath(hrFixture(name));
    await expect(this.page.getByText(name, { exact: false }).first()).toBeVisible();
  }

  /** The select of a mapped field ("Id", "Manager", "Name"…), by its visible label. */
  field(label: string): Locator {
    return this.result.getByRole('combobox', { name: label, exact: true });
  }

  readOption(label: ReadOption): Locator {
    return this.page.getByTestId('read-options').getByRole('combobox', { name: label });
  }

  quirk(key: Quirk): Locator {
    return this.quirks.locator(`li[data-quirk="${key}"]`);
  }

  quirkBox(key: Quirk): Locator {
    return this.quirk(key).getByRole('checkbox');
  }

  /**
   * Ticks or unticks a proposal. The box shows the mapping of the last check, so it changes
   * once the file has been checked again with (or without) the proposal.
   */
  async setQuirk(key: Quirk, on: boolean): Promise<void> {
    await this.quirkBox(key).click();
    await expect(this.quirkBox(key)).toBeChecked({ checked: on });
    await expect(this.quirkBox(key)).toBeEnabled();
  }

  /**
   * The organogram's two files as HR imports them: organogram-senior.csv checked and applied,
   * then organogram-junior.csv (its headcount rows) checked over it, left for the test to look
   * at before it applies.
   */
  async importOrganogramWithJuniorStaff(): Promise<void> {
    await this.open();
    await this.importFixture('organogram-senior.csv');
    await this.applyChecked();
    await this.another();
    await this.importFixture('organogram-junior.csv');
  }

  /** Applies the checked file and waits until it is the current data. */
  async applyChecked(): Promise<void> {
    await expect(this.status).toContainText(/can be applied/);
    await this.apply();
  }

  /** Downloads the rows set aside and returns the CSV text (BOM removed). */
  async downloadSetAside(): Promise<string> {
    const path = await this.download(/download the rows set aside/i);
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  }

  /** Reloads the page and waits until the data is shown again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByTestId('org-name')).toBeVisible();
  }

  /**
   * The record page of a seat shows its holder and, in the reporting chain, the manager above
   * it: the reporting line the file gave.
   */
  async expectReportsTo(
    positionId: string,
    holder: string,
    manager: { title?: string; name: string } | undefined,
  ): Promise<void> {
    await this.page.goto(`./#/position/${encodeURIComponent(positionId)}`);
    const record = this.page.locator('article.role-record');
    await expect(record.locator('.record-holder').first()).toContainText(holder);
    const chain = record.locator('.record-chain li');
    if (manager === undefined) {
      await expect(chain).toHaveCount(1);
      return;
    }
    const above = chain.nth((await chain.count()) - 2);
    await expect(above).toContainText(manager.name);
    if (manager.title) await expect(above).toContainText(manager.title);
  }
}
