/** Page object for the org chart (`#/chart`) and its role side panel. */
import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ChartPage {
  readonly canvas: Locator;
  readonly toolbar: Locator;
  readonly panel: Locator;
  readonly warning: Locator;
  readonly stats: Locator;
  /** The find box (a combobox) and its list of options. */
  readonly find: Locator;
  readonly findOptions: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.locator('.wf-canvas');
    this.toolbar = page.getByRole('toolbar');
    this.panel = page.locator('aside.wf-panel');
    this.warning = page.locator('.wf-warning');
    this.stats = page.locator('.wf-stats');
    this.find = page.getByRole('combobox', { name: /Find in chart|Chercher dans/ });
    this.findOptions = page.getByRole('listbox').getByRole('option');
  }

  /** Opens `#/chart` (or a node's deep link) and waits for cards to be drawn. */
  async open(options: { node?: string; org?: string } = {}): Promise<void> {
    const query = options.org ? `?org=${encodeURIComponent(options.org)}` : '';
    const hash = options.node ? `#/chart/${encodeURIComponent(options.node)}` : '#/chart';
    await this.page.goto(`./${query}${hash}`);
    await this.waitForCards();
  }

  async waitForCards(): Promise<void> {
    await expect(this.page.locator('.react-flow__node-position').first()).toBeVisible({
      timeout: 20_000,
    });
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  toggle(id: string): Locator {
    return this.node(id).locator('.wf-toggle');
  }

  /** Edit mode: drags a card with the mouse and drops it on another card. */
  async dragOnto(sourceId: string, targetId: string): Promise<void> {
    // The quick preview is refined by ELK: cards measured before it would move under the pointer.
    await this.settledLayout();
    const from = await this.node(sourceId).boundingBox();
    const to = await this.node(targetId).boundingBox();
    if (!from || !to) throw new Error(`cards ${sourceId} and ${targetId} must be on screen`);
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await expect(this.node(targetId)).toHaveClass(/is-drop-target/);
    await mouse.up();
  }

  /** How many positions the toolbar says are shown. */
  async shownCount(): Promise<number> {
    const text = await this.stats.innerText();
    return Number(/\d+/.exec(text.replace(/[\s\u202f]/g, ''))?.[0] ?? NaN);
  }

  /** The zoom React Flow applies (the viewport's `scale(…)`). */
  async zoom(): Promise<number> {
    const transform = await this.page.locator('.react-flow__viewport').getAttribute('style');
    return Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? NaN);
  }

  /** True when the card is drawn and entirely inside the canvas (not under its edge). */
  async isWhollyShown(id: string): Promise<boolean> {
    return this.page.evaluate((id) => {
      const canvas = document.querySelector('.wf-canvas')?.getBoundingClientRect();
      const card = document
        .querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
        ?.getBoundingClientRect();
      if (!canvas || !card || card.width === 0) return false;
      return (
        card.left >= canvas.left &&
        card.top >= canvas.top &&
        card.right <= canvas.right &&
        card.bottom <= canvas.bottom
      );
    }, id);
  }

  /** Waits until the card is shown whole inside the canvas (the view may still be moving). */
  async expectWhollyShown(id: string): Promise<void> {
    await expect.poll(() => this.isWhollyShown(id), { message: `${id} shown whole` }).toBe(true);
  }

  async fit(): Promise<void> {
    await this.page
      .locator('.react-flow__controls')
      .getByRole('button', { name: /fit|ajuster/i })
      .click();
    await this.settled();
  }

  /** Waits until the chart's final layout is drawn (not the quick preview). */
  async settledLayout(): Promise<void> {
    await expect(this.page.locator('.wf-chart-body')).toHaveAttribute('aria-busy', 'false');
    await this.settled();
  }

  /** Waits until the view stops moving (an animated pan or zoom has ended). */
  async settled(): Promise<void> {
    let last = '';
    await expect
      .poll(async () => {
        const now = (await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
  }

  /** Opens the export dialog from the toolbar's "Export…" or "Print…" (English). */
  async openExport(button: 'Export…' | 'Print…' = 'Export…'): Promise<Locator> {
    await this.toolbar.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export or print the chart' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Exports the whole chart in the format whose label matches `name` (/PNG/, /SVG/). */
  async download(name: RegExp, scope: 'all' | 'view' = 'all'): Promise<Download> {
    const dialog = await this.openExport();
    await dialog
      .getByRole('radio', {
        name: scope === 'all' ? 'The whole chart, as it is open' : 'What is on screen now',
      })
      .check();
    await dialog.getByRole('radio', { name }).check();
    const wait = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    return wait;
  }

  /** Exports `scope` as `format`, saves it at `path` and returns its text. */
  async exportFile(scope: 'all' | 'view', format: 'svg' | 'png', path: string): Promise<string> {
    const file = await this.download(format === 'svg' ? /SVG/ : /PNG/, scope);
    await file.saveAs(path);
    return readFileSync(path, 'utf8');
  }

  /** Exports `scope` as `format` and returns the file's bytes. */
  async exportBytes(scope: 'all' | 'view', format: 'svg' | 'png'): Promise<Buffer> {
    const file = await this.download(format === 'svg' ? /SVG/ : /PNG/, scope);
    const path = await file.path();
    return readFileSync(path);
  }
}
