/**
 * Issue 15, item 5 (RACI): printing the matrix gives readable pages, split by groups of
 * columns with the topic column and the header row on every page, the title, the data's date
 * and "Page n of N", no text under 7 pt: a PDF printed by Chromium and read back with pdfjs.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openView } from './pages/ViewsPages';
import { readPdf, readPdfColours, stubPrint } from './pdf';

const squash = (s: string) => s.replace(/\s+/g, '');

/** What each printed page holds, read from the DOM before printing. */
async function printedPages(page: Page) {
  return page.locator('.raci-print-page').evaluateAll((sections) =>
    sections.map((s) => ({
      topics: [...s.querySelectorAll('tbody th')].map(
        (th) => th.firstChild?.textContent?.trim() ?? '',
      ),
      columns: [...s.querySelectorAll('thead .raci-print-col')].map(
        (th) => th.textContent?.trim() ?? '',
      ),
    })),
  );
}

test('the RACI matrix prints as pages of column groups, topics and headings on every page, text of 7 pt or more', async ({
  page,
  shell,
}, testInfo) => {
  // Ten pages of PDF read back with pdfjs, then a reload: slow on a loaded 2-core machine.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openView(shell, '#/raci');
  const summary = page.locator('.raci-summary');
  const positions = Number(
    /× ([\d,]+) positions/.exec(await summary.innerText())?.[1]?.replace(/,/g, ''),
  );
  expect(positions).toBeGreaterThan(100);
  const tools = page.getByRole('group', { name: 'Print' });
  const note = tools.locator('.raci-print-summary');
  // The print plan is built only when asked (choosing the paper, printing): not with the page.
  await expect(note).toContainText('Pages counted when you choose the paper or print');
  await tools.getByLabel('Paper size').selectOption('A4');
  await tools.getByLabel('Orientation').selectOption('landscape');
  await expect(note).toContainText('groups of columns, text 8 pt');
  const count = Number(/^(\d+) pages/.exec(await note.innerText())?.[1]);
  expect(count).toBeGreaterThan(1);
  await expectNoAxeViolations(page);

  await stubPrint(page);
  await tools.getByRole('button', { name: 'Print…' }).click();
  const printed = page.locator('.raci-print-page');
  await expect(printed).toHaveCount(count);
  const pages = await printedPages(page);
  // Every lettered position is a column on some page.
  expect(pages.reduce((n, p) => n + p.columns.length, 0)).toBeGreaterThanOrEqual(positions);

  await page.emulateMedia({ media: 'print' });
  await printed.first().screenshot({ path: testInfo.outputPath('raci-print-page-1.png') });
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toBe(count);
  // A4 landscape in points.
  expect(Math.abs(pdf.size[0] - (297 / 25.4) * 72)).toBeLessThan(1.5);
  expect(Math.abs(pdf.size[1] - (210 / 25.4) * 72)).toBeLessThan(1.5);
  for (let i = 0; i < pdf.pages; i++) {
    const text = pdf.text[i]!;
    expect(text).toContain('Northwind Logistics · RACI matrix');
    expect(text).toMatch(/Data of \w+ \d+, \d{4}/);
    expect(text).toContain(`Page ${i + 1} of ${count}`);
    expect(text).toContain('Topic');
    expect(text).toContain('Accountable');
    expect(pdf.minPt[i], `smallest text on page ${i + 1}`).toBeGreaterThanOrEqual(7);
    // The page's topics and column headings are all there, as text.
    const flat = squash(text);
    expect(pages[i]!.topics.length).toBeGreaterThan(0);
    for (const topic of pages[i]!.topics) expect(flat).toContain(squash(topic));
    for (const column of pages[i]!.columns) expect(flat).toContain(squash(column));
  }
  // Printed, the pages go.
  await expect(printed).toHaveCount(0);

  // The paper chosen is kept, after a reload too.
  await page.emulateMedia({ media: 'screen' });
  await tools.getByLabel('Paper size').selectOption('A3');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Print' }).getByLabel('Paper size')).toHaveValue(
    'A3',
  );
});

test('Ctrl+P on the RACI page prints the matrix; in French the pages say so in French', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openView(shell, '#/raci?unit=it');
  await shell.switchLanguage('fr');
  const tools = page.getByRole('group', { name: 'Impression' });
  await expect(tools).toContainText(/texte de 8\u202fpt|texte de 8 pt/);
  await expectNoAxeViolations(page);
  // Chromium's own print sends beforeprint: the pages are built, printed, then dropped.
  await page.emulateMedia({ media: 'print' });
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toBeGreaterThan(0);
  for (let i = 0; i < pdf.pages; i++) {
    expect(pdf.text[i]).toContain('Matrice RACI');
    expect(pdf.text[i]).toContain(`Page ${i + 1} sur ${pdf.pages}`);
    expect(pdf.text[i]).toMatch(/Données du \d+/);
    expect(pdf.minPt[i]).toBeGreaterThanOrEqual(7);
  }
  await expect(page.locator('.raci-print-page')).toHaveCount(0);
});

test('printed from the dark theme, the matrix gives the same black-on-white pages as from the light', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openView(shell, '#/raci?unit=it');
  await expect(page.locator('.raci-summary')).toBeVisible();
  const theme = page.getByRole('combobox', { name: 'Colour theme' });
  const print = async () => {
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    return { text: await readPdf(bytes), colours: await readPdfColours(bytes) };
  };
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  // On screen the page is dark, from the system's setting, then from the theme menu.
  const dark = 'rgb(15, 19, 28)';
  await expect.poll(background).toBe(dark);
  const fromSystem = await print();
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).toBe(dark);
  const fromMenu = await print();
  await theme.selectOption('light');
  await expect.poll(background).not.toBe(dark);
  const fromLight = await print();

  expect(fromLight.text.pages).toBeGreaterThan(0);
  for (const printed of [fromSystem, fromMenu]) {
    expect(printed.text.text).toEqual(fromLight.text.text);
    // Every text run and every box in the very colours of the light print.
    expect(printed.colours).toEqual(fromLight.colours);
  }
  // And those are dark ink on white paper: the text is #1b2233 but for the white letters on
  // their coloured R/A/C/I boxes, and nothing paints a dark page background.
  const runs = Object.entries(fromLight.colours.text);
  const ink = runs.find(([c]) => c === '27,34,51')?.[1] ?? 0;
  const white = runs.find(([c]) => c === '255,255,255')?.[1] ?? 0;
  expect(ink).toBeGreaterThan(0);
  expect(ink + white).toBe(runs.reduce((n, [, k]) => n + k, 0));
  expect(fromLight.colours.shapes).not.toHaveProperty('15,19,28');

  // The page keeps the theme chosen last, after a reload too.
  await page.reload();
  await expect(theme).toHaveValue('light');
});
