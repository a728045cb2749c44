/**
 * Issue 15, chart item 5: printing gives readable pages (a PDF checked for its page count, its
 * text and the size of that text), exports of the whole chart, a team or the view, long titles
 * inside their card, and a PNG on light paper whatever the screen's theme.
 */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';
import { readPdf, readPdfColours, stubPrint } from './pdf';

test('the chart prints as readable pages on the paper chosen: title, data date, page numbers, text of 7 pt or more', async ({
  page,
}, testInfo) => {
  const chart = new ChartPage(page);
  await chart.open();
  await page.getByRole('button', { name: 'Expand all' }).click();
  await chart.settledLayout();
  await stubPrint(page);

  const dialog = await chart.openExport('Print…');
  await expect(dialog.getByRole('radio', { name: /PDF or paper/ })).toBeChecked();
  await dialog.getByLabel('Paper size').selectOption('A3');
  await dialog.getByLabel('Orientation').selectOption('portrait');
  const summary = dialog.locator('.wf-dialog-summary');
  await expect(summary).toContainText('pt');
  await expectNoAxeViolations(page);
  const pages = Number(/^(\d+) page/.exec((await summary.innerText()).trim())?.[1]);
  expect(pages).toBeGreaterThan(1);
  // One more page across: a bigger poster, more pages.
  const across = dialog.getByLabel('Pages across');
  const minAcross = Number(await across.inputValue());
  await across.fill(String(minAcross + 1));
  // Pages end between cards (never through one), so a row may take more pages than asked.
  await expect(summary).not.toHaveText(new RegExp(`^${pages} page`));
  const poster = /^(\d+) pages \((\d+) across/.exec((await summary.innerText()).trim());
  const posterPages = Number(poster?.[1]);
  const posterAcross = Number(poster?.[2]);
  expect(posterPages).toBeGreaterThan(pages);
  expect(posterAcross).toBeGreaterThanOrEqual(minAcross + 1);
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(dialog).toBeHidden();

  const printed = page.locator('.wf-print-page');
  await expect(printed).toHaveCount(posterPages);
  // No card is cut by a page's edge: each printed card lies inside its page's drawing, and
  // every card of the chart is printed (some twice, where pages overlap).
  const cards = await printed.evaluateAll((pages) =>
    pages.flatMap((p) => {
      const svg = p.querySelector('.wf-print-tile svg')!.getBoundingClientRect();
      return [...p.querySelectorAll('.wf-print-tile svg g:has(> title)')].map((g) => {
        const r = g.getBoundingClientRect();
        const inside =
          r.left >= svg.left - 1 &&
          r.top >= svg.top - 1 &&
          r.right <= svg.right + 1 &&
          r.bottom <= svg.bottom + 1;
        return { title: g.querySelector('title')!.textContent, inside };
      });
    }),
  );
  expect(cards.filter((c) => !c.inside)).toEqual([]);
  const stats = await page.getByText(/of [\d,]+ positions shown/).innerText();
  const shown = Number(/^([\d,]+) of/.exec(stats.trim())?.[1]?.replace(/,/g, ''));
  expect(shown).toBeGreaterThan(100);
  expect(cards.length).toBeGreaterThanOrEqual(shown);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1200, height: 1600 });
  await printed.first().screenshot({ path: testInfo.outputPath('print-page-1.png') });
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toBe(posterPages);
  await expect(printed).toHaveCount(0);
  // A3 portrait: 297 × 420 mm in points.
  expect(Math.abs(pdf.size[0] - (297 / 25.4) * 72)).toBeLessThan(1.5);
  expect(Math.abs(pdf.size[1] - (420 / 25.4) * 72)).toBeLessThan(1.5);
  for (let i = 0; i < pdf.pages; i++) {
    expect(pdf.text[i]).toContain('Northwind Logistics · Organisation chart');
    expect(pdf.text[i]).toMatch(/Data of \w+ \d+, \d{4}/);
    expect(pdf.text[i]).toContain(`Page ${i + 1} of ${posterPages}`);
    expect(pdf.minPt[i], `smallest text on page ${i + 1}`).toBeGreaterThanOrEqual(7);
  }
  // Without spaces: the text layer splits ligatures ("o ffi cer").
  const all = pdf.text.join('').replace(/\s+/g, '');
  expect(all).toContain('Chiefexecutiveofficer');
  expect(all).toContain('Shiftsupervisor');

  // The paper chosen is kept for the next print, after a reload too.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await chart.waitForCards();
  const again = await chart.openExport('Print…');
  await expect(again.getByLabel('Paper size')).toHaveValue('A3');
  await expect(again.getByLabel('Orientation')).toHaveValue('portrait');
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await expect(chart.toolbar.getByRole('button', { name: 'Print…' })).toBeFocused();
});

test('Ctrl+P prints the whole chart on the last paper; the pages go once printed', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  await chart.open();
  // The two prints below must see one layout: not the quick preview, then ELK's refinement.
  await chart.settledLayout();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = page.locator('.wf-print-page');
  await expect(printed.first()).toBeAttached();
  await expect(printed.first()).toContainText('Page 1 of');
  const count = await printed.count();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(printed).toHaveCount(0);
  // Chromium's own print (page.pdf) sends beforeprint too: the same pages, then none.
  await page.emulateMedia({ media: 'print' });
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toBe(count);
  // A4 landscape unless chosen otherwise.
  expect(Math.abs(pdf.size[0] - (297 / 25.4) * 72)).toBeLessThan(1.5);
  expect(pdf.text.join('').replace(/\s+/g, '')).toContain('Chiefexecutiveofficer');
  await expect(printed).toHaveCount(0);
});

test('printed from the dark theme, the chart gives the same pages, in the same colours, as from the light', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const chart = new ChartPage(page);
  await chart.open();
  await chart.settledLayout();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 19, 28)');
  const print = async () => {
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    return { text: await readPdf(bytes), colours: await readPdfColours(bytes) };
  };
  const dark = await print();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(15, 19, 28)');
  const light = await print();
  expect(light.text.pages).toBeGreaterThan(0);
  expect(dark.text.text).toEqual(light.text.text);
  expect(dark.colours).toEqual(light.colours);
  // Nothing painted in the dark theme's background or card colours.
  expect(light.colours.shapes).not.toHaveProperty('15,19,28');
});

test('a team exported from the record panel holds that team only, all of it once opened', async ({
  page,
}, testInfo) => {
  const chart = new ChartPage(page);
  // The COO's team is only partly open on the first view (Lyon's shift supervisors are closed).
  await chart.open({ node: 'coo' });
  await expect(chart.panel).toBeVisible();
  await chart.panel.getByRole('button', { name: 'Export team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export or print the chart' });
  const team = dialog.getByRole('radio', { name: /The team of Chief operating officer/ });
  await expect(team).toBeChecked();
  const open = dialog.getByRole('button', { name: /Open all \d+ positions of the team/ });
  const total = Number(/Open all (\d+)/.exec((await open.innerText()) ?? '')?.[1]);
  await open.click();
  await expect(team).toHaveAccessibleName(new RegExp(`\\(${total} of ${total} positions open\\)`));
  await expect(open).toBeHidden();
  // The team's line counts the team whatever is chosen (it once showed the whole chart's count).
  await dialog.getByRole('radio', { name: /The whole chart/ }).check();
  await expect(team).toHaveAccessibleName(new RegExp(`\\(${total} of ${total} positions open\\)`));
  await team.check();
  await dialog.getByRole('radio', { name: /SVG image/ }).check();
  const wait = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await wait;
  expect(file.suggestedFilename()).toBe('org-chart-team-coo.svg');
  const path = testInfo.outputPath('team.svg');
  await file.saveAs(path);
  const svg = readFileSync(path, 'utf8');
  const titles = [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
  expect(titles).toHaveLength(total);
  expect(titles).toContain('Chief operating officer');
  expect(titles).toContain('Shift supervisor, Lyon');
  expect(titles).not.toContain('Chief executive officer');
  expect(titles).not.toContain('Chief financial officer');
  // The focus is back where the dialog was opened from.
  await expect(chart.panel.getByRole('button', { name: 'Export team' })).toBeFocused();
});

test('the current view exports what is on screen; a PNG comes out light in the dark theme', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const chart = new ChartPage(page);
  await chart.open();
  await page.getByRole('button', { name: 'Expand all' }).click();
  await chart.settledLayout();
  const whole = await chart.exportFile('all', 'svg', testInfo.outputPath('all.svg'));
  const view = await chart.exportFile('view', 'svg', testInfo.outputPath('view.svg'));
  const count = (svg: string) => [...svg.matchAll(/<g><title>/g)].length;
  expect(count(view)).toBeGreaterThan(0);
  expect(count(view)).toBeLessThan(count(whole));

  const png = await chart.exportBytes('view', 'png');
  // Decoded in the page: the corner (background) and the paper colour of the export.
  const corner = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return [...ctx.getImageData(2, 2, 1, 1).data];
  }, png.toString('base64'));
  // #f6f7fb, the light palette's background: never the dark screen's #0f131c.
  expect(corner.slice(0, 3)).toEqual([246, 247, 251]);
});

test('a long title wraps inside its card, on the canvas and in the export', async ({
  page,
}, testInfo) => {
  const chart = new ChartPage(page);
  await chart.open({ node: 'hr-bp-sales' });
  const card = chart.node('hr-bp-sales').locator('.wf-card');
  const title = card.locator('.wf-card-title');
  await expect(title).toHaveText('HR business partner, Sales and customer service');
  // Two lines (layout px, whatever the zoom), inside the card: not running under the next one.
  const box = await title.evaluate((el: HTMLElement) => {
    const card = el.closest('.wf-card')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return {
      lines: el.offsetHeight / parseFloat(getComputedStyle(el).lineHeight),
      inside: r.right <= card.right && r.bottom <= card.bottom && r.left >= card.left,
    };
  });
  expect(box.lines).toBeGreaterThan(1.5);
  expect(box.inside).toBe(true);
  const svg = await chart.exportFile('all', 'svg', testInfo.outputPath('all.svg'));
  const group = /<g><title>HR business partner, Sales and customer service<\/title>.*?<\/g>/.exec(
    svg,
  )?.[0];
  expect(group).toBeDefined();
  // Its title lines (bold) make the whole title, no ellipsis.
  const lines = [...group!.matchAll(/font-weight="650"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(lines.length).toBe(2);
  expect(lines.join(' ')).toBe('HR business partner, Sales and customer service');
  // The canvas card draws the very lines of the SVG card (one rule, card/wrapText fitTitle).
  await expect(title.locator('.wf-card-line')).toHaveText(lines as string[]);
});

test('the longest French title stays whole on two lines of the canvas card, none cut', async ({
  page,
  shell,
}) => {
  const chart = new ChartPage(page);
  await chart.open({ node: 'ciso' });
  await shell.switchLanguage('fr');
  const title = chart.node('ciso').locator('.wf-card-title');
  const full = 'Responsable de la sécurité des systèmes d’information';
  await expect(title).toHaveText(full);
  const lines = title.locator('.wf-card-line');
  await expect(lines).toHaveCount(2);
  expect((await lines.allInnerTexts()).join(' ')).toBe(full);
  // No line runs past the card's text column (it would be clipped) and no ellipsis.
  const clipped = await lines.evaluateAll((els) =>
    els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
  );
  expect(clipped).toEqual([]);
  expect(await title.innerText()).not.toContain('…');
});

test('the export dialog in French, on a phone, keyboard only', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const chart = new ChartPage(page);
  await chart.open();
  await shell.switchLanguage('fr');
  const more = chart.toolbar.getByRole('button', { name: 'Plus' });
  await more.click();
  await chart.toolbar.getByRole('button', { name: 'Imprimer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter ou imprimer l’organigramme' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.wf-dialog-summary')).toContainText('\u00a0pt');
  await dialog.screenshot({ path: testInfo.outputPath('dialog-fr-375.png') });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The Print button was folded away with the menu: "More" takes the focus back.
  await expect(more).toBeFocused();
});
