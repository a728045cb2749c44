/**
 * Issue 15, chart items 1-3: "Show on chart" and deep links always bring the card into view;
 * direction switches and "First view" frame the top readably; the keyboard keeps its place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOrg } from '../../data/generator';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

const sample = JSON.parse(readFileSync(resolve('data/sample-org.json'), 'utf8')) as {
  positions: { id: string; reportsTo?: string }[];
};

/** A claims handler: a leaf inside a block, four levels below the CEO. */
const LEAF = 'claims-handler-3';

async function expectRevealed(chart: ChartPage, id: string, title: RegExp) {
  await chart.expectWhollyShown(id);
  await expect(chart.node(id).locator('.wf-card')).toHaveClass(/is-selected/);
  await expect(chart.panel.getByRole('heading', { level: 2, name: title })).toBeVisible();
  expect(await chart.zoom()).toBeGreaterThanOrEqual(0.75);
}

test.describe('chart: show on chart and deep links', () => {
  test('a deep link shows the card on the first visit, after a reload and on a return', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open({ node: LEAF });
    await expectRevealed(chart, LEAF, /Claims handler/);
    // Its chain up to the top is highlighted.
    await chart.fit();
    await expect(chart.node('claims-lead').locator('.wf-card')).toHaveClass(/is-chain/);

    await page.reload(); // the layout now comes from the cache
    await chart.waitForCards();
    await expectRevealed(chart, LEAF, /Claims handler/);

    await page.goto('./#/directory');
    await page.goto(`./#/chart/${LEAF}`);
    await chart.waitForCards();
    await expectRevealed(chart, LEAF, /Claims handler/);
  });

  test('"Show on chart" from a unit page and from a search answer centres the card', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open(); // the chart's layouts are cached from here on
    await page.goto('./#/unit/cs-claims');
    await page.locator('a.chart-link[href="#/chart/claims-lead"]').first().click();
    await expect(page).toHaveURL(/#\/chart\/claims-lead$/);
    await chart.waitForCards();
    await expectRevealed(chart, 'claims-lead', /Claims team leader/);

    await page.goto('./#/');
    await page.getByRole('searchbox').fill('Claims handler');
    const link = page.locator(`a[href="#/chart/${LEAF}"]`).first();
    await link.click();
    await chart.waitForCards();
    await expectRevealed(chart, LEAF, /Claims handler/);
  });

  test('at 1,000 people (cards windowed, zoomed-out overview) the card is drawn and centred', async ({
    page,
    orgFile,
  }) => {
    test.setTimeout(180_000);
    const org = generateOrg({ people: 1000, seed: 7 });
    const parents = new Set(org.positions.map((p) => p.reportsTo));
    const depth = (id: string | undefined): number => {
      const p = org.positions.find((x) => x.id === id);
      return p?.reportsTo ? 1 + depth(p.reportsTo) : 0;
    };
    const leaf = org.positions
      .filter((p) => !parents.has(p.id))
      .sort((a, b) => depth(b.id) - depth(a.id))[0]!;
    const chart = new ChartPage(page);
    await chart.open({ org: await orgFile(org), node: leaf.id });
    await chart.expectWhollyShown(leaf.id);
    await expect(chart.node(leaf.id).locator('.wf-card')).toHaveClass(/is-selected/);
    await page.reload();
    await chart.waitForCards();
    await chart.expectWhollyShown(leaf.id);
    await expect(chart.node(leaf.id).locator('.wf-card')).toHaveClass(/is-selected/);
  });
});

test.describe('chart: framing', () => {
  test('left-right, top-down and "First view" each frame the top levels readably', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    const zoomOut = page.locator('.react-flow__controls-zoomout');
    for (let i = 0; i < 6; i++) await zoomOut.click();
    await expect.poll(() => chart.zoom()).toBeLessThan(0.3);

    await chart.toolbar.getByText('Left-right').click();
    await expect.poll(() => chart.zoom()).toBeGreaterThanOrEqual(0.5);
    await chart.expectWhollyShown('ceo');
    await chart.expectWhollyShown('ceo-ea');
    await chart.expectWhollyShown('general-counsel');

    for (let i = 0; i < 6; i++) await zoomOut.click();
    await chart.toolbar.getByText('Top-down').click();
    await expect.poll(() => chart.zoom()).toBeGreaterThanOrEqual(0.5);
    await chart.expectWhollyShown('ceo');

    await page.mouse.move(700, 600);
    await page.mouse.down();
    await page.mouse.move(100, 100, { steps: 5 }); // drag the top out of sight
    await page.mouse.up();
    for (let i = 0; i < 6; i++) await zoomOut.click();
    await chart.toolbar.getByRole('button', { name: 'First view' }).click();
    await expect.poll(() => chart.zoom()).toBeGreaterThanOrEqual(0.5);
    await chart.expectWhollyShown('ceo');
  });
});

test.describe('chart: keyboard', () => {
  test('Enter opens the record and keeps the focus on the card; Escape closes it', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    await chart.node('ceo').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(chart.node('chro')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      chart.panel.getByRole('heading', { level: 2, name: 'Chief human resources officer' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/#\/chart\/chro$/);
    await expect(chart.node('chro')).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(chart.panel).toHaveCount(0);
    await expect(page).toHaveURL(/#\/chart$/);
    await expect(chart.node('chro')).toBeFocused();

    // From inside the panel, Escape closes it and the focus returns to the card.
    await page.keyboard.press('Enter');
    await chart.panel.getByRole('link', { name: 'Open the full page' }).focus();
    await page.keyboard.press('Escape');
    await expect(chart.panel).toHaveCount(0);
    await expect(chart.node('chro')).toBeFocused();
  });

  test('arrowing along a row pans each card at the edge fully into view', async ({ page }) => {
    const chart = new ChartPage(page);
    // The CEO's reports, in file order (the order the chart draws them).
    const row = sample.positions.filter((p) => p.reportsTo === 'ceo').map((p) => p.id);
    expect(row.length).toBeGreaterThan(3);
    // At zoom 0.75 at least the row is wider than the screen.
    await chart.open({ node: row[0]! });
    await chart.node(row[0]!).focus();
    await page.keyboard.press('Escape');
    for (const id of row.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await expect(chart.node(id)).toBeFocused();
      await chart.expectWhollyShown(id);
    }
  });
});
