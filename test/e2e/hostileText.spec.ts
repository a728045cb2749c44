/**
 * Issue "Trusted with hostile and messy input": text that escapes its box (item 5) and deep
 * chains (item 11). An endless word wraps inside its box on every page at desktop and phone
 * sizes; a right-to-left override in one name does not reverse the text after it; a chain of
 * 3,000 levels shows a folded list that still reaches every level. The people CSV export
 * reads back unchanged whatever its cells start or end with (item 6).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { ChartPage } from './pages/ChartPage';

type Org = {
  people: { id: string; name: string; phone?: string; location?: unknown }[];
  positions: {
    id: string;
    title: string;
    reportsTo?: string;
    holders?: string[];
    unitId?: string;
  }[];
  units: { id: string; name: unknown }[];
};
const small = () =>
  JSON.parse(readFileSync(resolve('test/fixtures/valid/small-org.json'), 'utf8')) as Org;

const LONG_WORD = 'Chef'.repeat(4_000); // 16,000 characters, no space

test('an endless word wraps in its box on every page, desktop and phone', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = small();
  org.positions.find((p) => p.id === 'pay-lead')!.title = LONG_WORD;
  org.people.find((p) => p.id === 'p-eve')!.name = `Eve ${'Q'.repeat(480)}`;
  org.units.find((u) => u.id === 'payroll')!.name = `Payroll${'W'.repeat(5_000)}`;
  const url = await orgFile(org);
  for (const size of [
    { width: 1440, height: 900 },
    { width: 375, height: 812 },
  ]) {
    await page.setViewportSize(size);
    for (const hash of [
      '#/search?q=payslip',
      '#/position/pay-lead',
      '#/person/p-eve',
      '#/unit/payroll',
      '#/directory',
      '#/services',
    ]) {
      await shell.open(hash, { org: url });
      await expect(page.locator('main')).toContainText(/Chef|QQQ|WWW/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${hash} at ${size.width}px`).toBeLessThanOrEqual(1);
    }
  }
});

test('a right-to-left override in a name does not reverse the text after it', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = small();
  // Eve's name ends in an override: without isolation, "— Eve…" and the titles that follow
  // on the same line would be drawn right to left.
  org.people.find((p) => p.id === 'p-eve')!.name = 'Eve \u202Eevil';
  const url = await orgFile(org);
  await shell.open('#/position/pay-officer', { org: url });
  const chain = page.getByTestId('reporting-chain');
  await expect(chain).toContainText('evil');
  // Every inline data text is its own bidi isolate.
  const bidi = await chain
    .getByText('Eve \u202Eevil')
    .evaluate((el) => getComputedStyle(el).unicodeBidi);
  expect(bidi).toBe('isolate');
  // The link holding the name starts with its title, drawn left of the name (not reversed).
  const link = chain.getByRole('link', { name: /Eve/ });
  const boxes = await link.evaluate((a) => {
    const range = document.createRange();
    const title = a.firstChild!;
    range.selectNodeContents(title);
    const t = range.getBoundingClientRect();
    const name = a.querySelector('span')!.getBoundingClientRect();
    return { titleLeft: t.left, nameLeft: name.left };
  });
  expect(boxes.titleLeft).toBeLessThan(boxes.nameLeft);
});

test('a chain of 3,000 levels is folded, and every level can be reached', async ({
  page,
  shell,
  orgFile,
}) => {
  const depth = 3_000;
  const positions = Array.from({ length: depth }, (_, i) => ({
    id: `level-${i}`,
    title: `Level ${i}`,
    unitId: 'u',
    ...(i > 0 ? { reportsTo: `level-${i - 1}` } : {}),
  }));
  const url = await orgFile({
    formatVersion: 2,
    organisation: { name: 'Deep Org' },
    units: [{ id: 'u', name: 'Only unit' }],
    positions,
  });
  await shell.open(`#/position/level-${depth - 1}`, { org: url });
  const chain = page.getByTestId('reporting-chain');
  await expect(chain.getByRole('link', { name: 'Level 0', exact: true })).toBeVisible();
  await expect(chain.locator('[aria-current="true"]')).toHaveText(`Level ${depth - 1}`);
  // Top 3, the fold, and the 6 levels above the position plus itself: not 3,000 items.
  await expect(chain.locator('li')).toHaveCount(3 + 1 + 6);
  const fold = chain.getByRole('button', { name: /levels hidden/ });
  await expect(fold).toContainText('2,991 levels hidden');
  await fold.click();
  await expect(chain.getByRole('button', { name: /levels hidden/ })).toContainText('2,791');
  await expect(
    chain.getByRole('link', { name: `Level ${depth - 206}`, exact: true }),
  ).toBeVisible();
  // Keyboard: the fold is a button reached with Tab and pressed with Enter.
  await chain.getByRole('button', { name: /levels hidden/ }).focus();
  await page.keyboard.press('Enter');
  await expect(chain.getByRole('button', { name: /levels hidden/ })).toContainText('2,591');
});

test('#/chart/<deepest> on a 100,000-level chain opens at the card and stays usable', async ({
  page,
  orgFile,
}) => {
  test.setTimeout(300_000);
  const depth = 100_000;
  const positions = Array.from({ length: depth }, (_, i) => ({
    id: `level-${i}`,
    title: `Level ${i}`,
    unitId: 'u',
    ...(i > 0 ? { reportsTo: `level-${i - 1}` } : {}),
  }));
  const url = await orgFile({
    formatVersion: 2,
    organisation: { name: 'Deep Org' },
    units: [{ id: 'u', name: 'Only unit' }],
    positions,
  });
  const chart = new ChartPage(page);
  const deepest = `level-${depth - 1}`;
  await page.goto(`./?org=${encodeURIComponent(url)}#/chart/${deepest}`);
  await expect(chart.node(deepest)).toBeVisible({ timeout: 120_000 });
  await chart.expectWhollyShown(deepest);
  await expect(chart.node(deepest).locator('.wf-card')).toHaveClass(/is-selected/);
  await expect(
    chart.panel.getByRole('heading', { level: 2, name: `Level ${depth - 1}` }),
  ).toBeVisible();
  // Usable: the keyboard walks up the chain from the card.
  await chart.node(deepest).focus();
  await page.keyboard.press('ArrowUp');
  await expect(chart.node(`level-${depth - 2}`)).toBeFocused();
  // The data is stored: after a reload the deep link still reaches the card.
  await page.reload();
  await expect(chart.node(deepest)).toBeVisible({ timeout: 120_000 });
  await expect(chart.node(deepest).locator('.wf-card')).toHaveClass(/is-selected/);
});

test('the people CSV export reads back unchanged, whatever its cells start or end with', async ({
  page,
  orgFile,
}) => {
  const org = small();
  const person = (id: string) => org.people.find((p) => p.id === id)!;
  const position = (id: string) => org.positions.find((p) => p.id === id)!;
  // The cases the probe found (leading tab, carriage return, space, apostrophe), a trailing
  // space, and a phone the import would otherwise read as "not disclosed".
  person('p-eve').name = ' Eve Durand';
  person('p-farid').name = "'Farid Leroy";
  person('p-ana').phone = '-';
  person('p-bob').location = '\rParis';
  position('pay-lead').title = '\tPayroll Lead';
  org.units.find((u) => u.id === 'payroll')!.name = 'Payroll ';
  // Two units whose names differ only by a space stay two units.
  org.units.find((u) => u.id === 'finance')!.name = ' Payroll';
  const url = await orgFile(org);
  const admin = new AdminPage(page);
  await admin.open(url);
  const csv = await admin.download(/download people list/i);
  expect(readFileSync(csv, 'utf8')).toContain("''Farid Leroy");
  await admin.importPath(csv);
  await admin.chooseMode('add');
  await expect(admin.status).toContainText('can be applied');
  await expect(admin.noChanges).toBeVisible();
  // Nothing was applied: after a reload the data is still the file's, apostrophe included.
  await page.reload();
  await page.goto(`./?org=${encodeURIComponent(url)}#/person/p-farid`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("'Farid Leroy");
});
