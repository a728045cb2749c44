/** Page object for #/admin: import (file, paste), preview, apply, history, export, data source. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AdminPage {
  readonly fileInput: Locator;
  readonly pasteBox: Locator;
  readonly result: Locator;
  readonly status: Locator;
  readonly message: Locator;
  readonly noChanges: Locator;
  readonly diffCounts: Locator;
  readonly versions: Locator;
  readonly sourceInput: Locator;
  readonly sourceStatus: Locator;
  readonly currentData: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByTestId('file-input');
    this.pasteBox = page.getByRole('textbox', {
      name: /paste the file content|collez le contenu/i,
    });
    this.result = page.getByTestId('import-result');
    this.status = page.getByTestId('import-status');
    this.message = page.getByTestId('admin-message');
    this.noChanges = page.getByTestId('no-changes');
    this.diffCounts = page.getByTestId('diff-counts');
    this.versions = page.getByTestId('version-row');
    this.sourceInput = page.getByRole('textbox', { name: /org file url|url du fichier/i });
    this.sourceStatus = page.getByTestId('source-status');
    this.currentData = page.getByTestId('current-data');
  }

  async open(org?: string): Promise<void> {
    await this.page.goto(`./${org ? `?org=${encodeURIComponent(org)}` : ''}#/admin`);
    // The first start of a fresh profile (database, demo data, admin chunk) is the slowest wait
    // of a test on a loaded machine: 20 s were seen to pass before the page was drawn.
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
    await expect(this.currentData).toBeVisible();
  }

  async importFile(name: string, content: string | Buffer): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
    await expect(this.status).toBeVisible();
  }

  async importPath(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
    await expect(this.status).toBeVisible();
  }

  async paste(text: string): Promise<void> {
    await this.pasteBox.fill(text);
    await this.page.getByRole('button', { name: /check pasted text|vérifier le texte/i }).click();
    await expect(this.status).toBeVisible();
  }

  /** The count in the preview table for a kind (row) and change (column 1–3). */
  count(kind: 'Units' | 'Positions' | 'People' | 'Topics', column: 1 | 2 | 3): Locator {
    return this.diffCounts
      .getByRole('row', { name: new RegExp(`^${kind}`) })
      .locator('td')
      .nth(column - 1);
  }

  applyButton(): Locator {
    return this.page.getByRole('button', { name: /apply this version|appliquer cette version/i });
  }

  async apply(): Promise<void> {
    await this.applyButton().click();
    await expect(this.message).toContainText(/is now the current data|constitue désormais/);
  }

  /** "Start my organisation from this file" or "Add to the current data"; the file is re-checked. */
  async chooseMode(mode: 'start' | 'add'): Promise<void> {
    const label = mode === 'start' ? /start my organisation/i : /add to the current data/i;
    await this.page.getByRole('radio', { name: label }).check();
    await expect(this.page.getByRole('radio', { name: label })).toBeChecked();
    await expect(this.status).toBeVisible();
  }

  async another(): Promise<void> {
    await this.page.getByRole('button', { name: /import another file|cancel/i }).click();
  }

  async download(name: RegExp): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name }).click(),
    ]);
    const path = await download.path();
    expect(path).toBeTruthy();
    return path;
  }
}
