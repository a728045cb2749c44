/** Page object for the spreadsheet round trip (SheetTools, edit mode: RACI page and admin page). */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class SheetToolsPage {
  readonly section: Locator;
  readonly outcome: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: /^(spreadsheets|tableurs)$/i });
    this.outcome = this.section.getByRole('status');
    this.errors = this.section.locator('.sheet-problems').filter({ hasText: /^(errors|erreurs)/i });
  }

  /** Clicks an export button of a group ("RACI matrix": "Export XLSX") and returns the file. */
  async export(
    sheet: 'raci' | 'services',
    format: 'XLSX' | 'CSV',
  ): Promise<{ bytes: Buffer; fileName: string }> {
    const group = this.section.getByRole('group', {
      name:
        sheet === 'raci'
          ? /^(RACI matrix|Matrice RACI)$/
          : /^(Service catalogue|Catalogue de services)$/,
    });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      group.getByRole('button', { name: new RegExp(format) }).click(),
    ]);
    const path = await download.path();
    return { bytes: await readFile(path), fileName: download.suggestedFilename() };
  }

  async import(fileName: string, bytes: Buffer): Promise<void> {
    await this.section
      .getByTestId('sheet-file-input')
      .setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: bytes });
    await expect(this.outcome).not.toContainText(/reading|lecture/i);
    await expect(this.outcome).not.toBeEmpty();
  }
}
