/** Page objects for the directory, services, RACI, unit and "I'm new" pages. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppShell } from './AppShell';

/**
 * Opens the app at `hash` (optionally with `?org=`) and waits for the data with a generous
 * timeout: the first load validates and stores the file, slow on a busy 2-core machine.
 */
export async function openView(shell: AppShell, hash: string, org?: string): Promise<void> {
  await shell.open(hash, { org, waitForData: false });
  await expect(shell.orgName).toBeVisible({ timeout: 60_000 });
}

export class DirectoryView {
  readonly heading: Locator;
  readonly text: Locator;
  readonly unit: Locator;
  readonly location: Locator;
  readonly language: Locator;
  readonly count: Locator;
  readonly results: Locator;
  readonly skill: Locator;
  readonly sort: Locator;
  readonly exportCsv: Locator;
  readonly saveVcf: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.text = page.locator('.directory-page input[type="search"]').first();
    const selects = page.locator('.directory-page .filters select');
    this.unit = selects.nth(0);
    this.location = selects.nth(1);
    this.language = selects.nth(2);
    this.count = page.locator('.directory-page .result-count');
    this.results = page.locator('.dir-list > li');
    this.skill = page.getByLabel(/^(Ask me about|Me demander à propos de)$/);
    this.sort = page.getByLabel(/^(Sort by|Trier par)$/);
    this.exportCsv = page.getByRole('button', { name: /Export CSV|Exporter en CSV/ });
    this.saveVcf = page.getByRole('button', { name: /\(\.vcf\)/ });
  }

  letter(letter: string): Locator {
    return this.page.locator('.az-jump').getByRole('button', { name: letter, exact: true });
  }

  /** Clicks a letter of the A–Z jump. */
  async jump(letter: string): Promise<void> {
    await this.letter(letter).click();
  }

  /** The first title of each drawn row, in order. */
  async firstTitles(): Promise<string[]> {
    return this.page
      .locator('.dir-list .dir-person .dir-roles > li:first-child > a:first-child')
      .allTextContents();
  }

  /** Names (people) or titles (vacant seats) of the shown results, in order. */
  async names(): Promise<string[]> {
    return this.page.locator('.dir-list .dir-name > a').allTextContents();
  }
}

export class ServicesView {
  readonly unit: Locator;
  readonly text: Locator;
  readonly count: Locator;
  readonly services: Locator;
  readonly empty: Locator;
  constructor(readonly page: Page) {
    this.unit = page.locator('.services-page .filters select');
    this.text = page.locator('.services-page .filters input[type="search"]');
    this.count = page.locator('.services-page .result-count');
    this.services = page.locator('.services-page article.service');
    this.empty = page.locator('.services-page .empty');
  }
  service(name: string): Locator {
    return this.page.getByRole('article', { name });
  }
  /** The disclosure button of a unit's section (its name starts with the unit's name). */
  unitToggle(unitName: string): Locator {
    return this.page
      .locator('.service-unit-toggle')
      .filter({ has: this.page.locator('.service-unit-name', { hasText: unitName }) });
  }
  /** The section of a unit, by its id. */
  section(unitId: string): Locator {
    return this.page.locator(`.service-unit[data-unit="${unitId}"]`);
  }
}

export class RaciView {
  readonly table: Locator;
  readonly unit: Locator;
  readonly breachesOnly: Locator;
  readonly summary: Locator;
  constructor(readonly page: Page) {
    this.table = page.getByRole('table');
    this.unit = page.locator('.raci-page .filters select');
    this.breachesOnly = page.locator('.raci-page .filters input[type="checkbox"]');
    this.summary = page.locator('.raci-summary');
  }
  row(topic: string | RegExp): Locator {
    return this.table.getByRole('row', { name: topic });
  }
  /** Edit mode: the matrix is an ARIA grid. */
  get grid(): Locator {
    return this.page.getByRole('grid');
  }
  /** Edit mode: a cell's button by grid position (column 0: the shared channel). */
  cell(row: number, col: number): Locator {
    return this.page.locator(`button[data-cell="${row}:${col}"]`);
  }
  /** Edit mode: the grid cell that has the keyboard focus. */
  get focusedCell(): Locator {
    return this.page.locator('button[data-cell]:focus');
  }
}

export class OnboardingView {
  readonly heading: Locator;
  readonly progress: Locator;
  readonly chooser: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.progress = page.locator('.onb-progress-text');
    this.chooser = page.locator('.onb-chooser input');
  }
  card(label: string): Locator {
    return this.page.locator('.contact-card', { has: this.page.getByText(label, { exact: true }) });
  }
  checkbox(topic: string): Locator {
    return this.page.getByRole('checkbox', { name: topic });
  }
}
