/** Page object for edit mode: the admin switch and draft panel, the banner, the topic editor. */
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  readonly banner: Locator;
  readonly switch: Locator;
  readonly checkSummary: Locator;
  readonly undo: Locator;
  readonly redo: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('region', { name: /^(edit mode|mode édition)$/i });
    this.switch = page.getByRole('switch', { name: /edit mode|mode édition/i });
    this.checkSummary = page.getByTestId('check-summary');
    this.undo = this.banner.getByRole('button', { name: /undo|annuler/i });
    this.redo = this.banner.getByRole('button', { name: /redo|rétablir/i });
  }

  /** Opens the admin page and switches edit mode on. */
  async start(): Promise<void> {
    await this.page.goto('./#/admin');
    // A fresh browser context stores the demo data first (longer on a loaded CI machine).
    await expect(this.switch).toBeVisible({ timeout: 60_000 });
    if (!(await this.switch.isChecked())) await this.switch.check();
    await expect(this.banner).toBeVisible();
    await expect(this.banner).not.toContainText(/opening|ouverture/i);
  }

  async addTopic(en: string, fr: string): Promise<void> {
    await this.page.getByLabel('Name in English', { exact: true }).fill(en);
    await this.page.getByLabel('Name in French', { exact: true }).fill(fr);
    await this.page.getByRole('button', { name: 'Add the topic' }).click();
    await expect(this.page.getByRole('group', { name: 'Edit this topic' })).toBeVisible();
  }

  /** The RACI rule line of the open topic editor. */
  get raciCheck(): Locator {
    return this.page.getByTestId('raci-check');
  }

  /** Gives a position a letter on the open topic, by typing its id in the picker. */
  async giveLetter(positionId: string, letter: 'R' | 'A' | 'C' | 'I'): Promise<void> {
    const picker = this.page.getByLabel('Give a letter to a position');
    await picker.fill(positionId);
    await picker.press('Enter');
    const select = this.page.getByLabel(new RegExp(`\\(${positionId}\\)$`));
    await select.selectOption(letter);
  }

  /** Opens the admin page's preview of the draft (the import's diff view) and returns it. */
  async openPreview(): Promise<Locator> {
    await this.page.goto('./#/admin');
    await this.page
      .getByRole('button', { name: /preview the changes|aperçu des modifications/i })
      .click();
    const diff = this.page.locator('section.diff-preview');
    await expect(diff).toBeVisible();
    return diff;
  }

  /** A count of the preview table: a kind (row), added 1 / changed 2 / removed 3 (column). */
  diffCount(kind: 'Units' | 'Positions' | 'People' | 'Topics', column: 1 | 2 | 3): Locator {
    return this.page
      .getByTestId('diff-counts')
      .getByRole('row', { name: new RegExp(`^${kind}`) })
      .locator('td')
      .nth(column - 1);
  }

  async publish(): Promise<void> {
    await this.page.goto('./#/admin');
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await download;
    await expect(this.banner.getByText(/published as version/i)).toBeVisible();
  }
}
