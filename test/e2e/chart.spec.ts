/** PRODUCT §2 journey 2: browse the organisation on the chart. */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';
import { pngScale } from '../../src/features/chart/exportChart';

const pngSize = (file: string) => {
  const buf = readFileSync(file);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
};

test.describe('org chart', () => {
  test('opens on the sample with the top levels, and a team expands and collapses', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    await expect(chart.node('ceo')).toBeVisible();
    await expect(chart.node('ceo')).toContainText('Chief executive officer');
    await expect(chart.node('ceo')).toContainText('Manon Morin');
    const shown = await chart.shownCount();
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThanOrEqual(160);

    const toggle = chart.toggle('ceo');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(chart.node('cfo')).toHaveCount(0);
    await expect.poll(() => chart.shownCount()).toBe(1);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(chart.node('cfo')).toBeVisible();
    await expect.poll(() => chart.shownCount()).toBeGreaterThan(10);
  });

  test('a card opens its role record in the side panel', async ({ page }) => {
    test.setTimeout(120_000); // axe over the whole chart is slow on a busy machine
    const chart = new ChartPage(page);
    await chart.open();
    await chart.fit();
    await chart.node('cfo').click();
    await expect(chart.panel).toBeVisible();
    await expect(
      chart.panel.getByRole('heading', { level: 2, name: 'Chief financial officer' }),
    ).toBeVisible();
    await expect(chart.panel).toContainText('Finance, accounting, procurement and treasury.');
    // RACI letters, each linking to its topic's answer.
    const raci = chart.panel.locator('.record-raci li');
    await expect(raci.first()).toBeVisible();
    await expect(raci.locator('abbr', { hasText: 'A' }).first()).toHaveAttribute(
      'title',
      'Accountable',
    );
    await expect(raci.locator('a[href^="#/topic/"]').first()).toBeVisible();
    // Reporting chain to the top, each step clickable; backup; direct reports.
    await expect(
      chart.panel.locator('.record-chain a', { hasText: 'Chief executive officer' }),
    ).toHaveAttribute('href', '#/chart/ceo');
    await expect(chart.panel.getByRole('heading', { name: 'Backup' })).toBeVisible();
    await expect(chart.panel.locator('.record-reports li').first()).toBeVisible();
    // Contact channels as links, report an error to the maintainer.
    await expect(chart.panel.locator('a[href^="mailto:"]').first()).toBeVisible();
    const report = chart.panel.getByRole('link', { name: 'Report an error' });
    await expect(report).toHaveAttribute('href', /^mailto:orgchart@northwind\.example\?subject=/);
    await expect(page).toHaveURL(/#\/chart\/cfo$/);
    await expectNoAxeViolations(page);
    await chart.panel.getByRole('button', { name: 'Close the role record' }).click();
    await expect(chart.panel).toHaveCount(0);
  });

  test('a deep link expands the path, centres the node and highlights its chain', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open({ node: 'lyon-sup-3' });
    const node = chart.node('lyon-sup-3');
    await expect(node).toBeVisible();
    await expect(node).toBeInViewport();
    await expect(node.locator('.wf-card')).toHaveClass(/is-selected/);
    await expect(chart.panel).toBeVisible();
    const chain = await chart.panel.locator('.record-chain li').count();
    expect(chain).toBeGreaterThanOrEqual(3);
    await chart.fit();
    await expect(chart.node('ceo').locator('.wf-card')).toHaveClass(/is-chain/);
  });

  test('keyboard: move between cards with arrows and open with Enter', async ({ page }) => {
    const chart = new ChartPage(page);
    await chart.open();
    await chart.node('ceo').focus();
    await page.keyboard.press('ArrowDown');
    await expect(chart.node('ceo-ea')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(chart.node('chief-of-staff')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(chart.node('ceo')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      chart.panel.getByRole('heading', { level: 2, name: 'Chief executive officer' }),
    ).toBeVisible();
    await chart.node('ceo').focus();
    await page.keyboard.press('-');
    await expect(chart.toggle('ceo')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('+');
    await expect(chart.toggle('ceo')).toHaveAttribute('aria-expanded', 'true');
  });

  test('exports the whole chart as PNG (2×) and SVG (every card)', async ({ page }, testInfo) => {
    const chart = new ChartPage(page);
    await chart.open();
    // ELK's layout, not the tidy preview it replaces: the two files are compared by size, and
    // CI once took the SVG of the preview and the PNG of ELK's wider chart (24,248 / 25,876 px).
    await chart.settledLayout();
    const shown = await chart.shownCount();

    const svgDownload = await chart.download(/SVG/);
    const svgPath = testInfo.outputPath('chart.svg');
    await svgDownload.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const titles = [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(shown);
    expect(titles).toContain('Chief executive officer');
    expect(titles).toContain('Chief financial officer');
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);

    const pngDownload = await chart.download(/PNG/);
    const pngPath = testInfo.outputPath('chart.png');
    await pngDownload.saveAs(pngPath);
    const png = pngSize(pngPath);
    // 2×, or less when the chart is too big for a canvas that size (the exporter's own limit).
    const scale = pngScale(width, height);
    expect(scale).toBeGreaterThan(1);
    expect(png.width).toBe(Math.floor(width * scale));
    expect(png.height).toBe(Math.floor(height * scale));
  });

  test('dotted lines switch on and off; direction switches to left-right', async ({ page }) => {
    const chart = new ChartPage(page);
    await chart.open();
    await chart.fit();
    const dotted = page.locator('.react-flow__edge.wf-edge--dotted');
    await expect.poll(() => dotted.count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Dotted lines' }).uncheck();
    await expect(dotted).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Dotted lines' }).check();
    await expect.poll(() => dotted.count()).toBeGreaterThan(0);

    const ceo = chart.node('ceo');
    const cfo = chart.node('cfo');
    let a = (await ceo.boundingBox())!;
    let b = (await cfo.boundingBox())!;
    // Top-down. Polled, and both boxes read together: ELK refines the tidy preview meanwhile.
    await expect
      .poll(async () => {
        a = (await ceo.boundingBox())!;
        b = (await cfo.boundingBox())!;
        return b.y > a.y + a.height;
      })
      .toBe(true);
    await page.getByRole('radio', { name: 'Left-right' }).check();
    await expect(page.getByRole('radio', { name: 'Left-right' })).toBeChecked();
    await chart.fit();
    await expect
      .poll(async () => {
        a = (await ceo.boundingBox())!;
        b = (await cfo.boundingBox())!;
        return b.x > a.x + a.width && b.y < a.y + a.height * 20;
      })
      .toBe(true);
  });

  test('several tops are drawn side by side with a warning naming them', async ({
    page,
    orgFile,
  }) => {
    const org = {
      formatVersion: 1,
      organisation: { name: 'Two tops' },
      positions: [
        { id: 'boss', title: 'Boss' },
        { id: 'dev', title: 'Developer', reportsTo: 'boss' },
        { id: 'loner', title: 'Lone founder' },
      ],
    };
    const chart = new ChartPage(page);
    await chart.open({ org: await orgFile(org) });
    await expect(chart.warning).toContainText('Several top positions');
    await expect(chart.warning).toContainText('Lone founder');
    await expect(chart.node('boss')).toBeVisible();
    await expect(chart.node('loner')).toBeVisible();
    await expect(chart.node('dev')).toBeVisible();
  });

  test('a file with a cycle and an orphan is drawn with a warning naming them', async ({
    page,
    orgFile,
  }) => {
    const org = {
      formatVersion: 1,
      organisation: { name: 'Broken lines' },
      positions: [
        { id: 'ceo', title: 'Chief' },
        { id: 'ok', title: 'Fine report', reportsTo: 'ceo' },
        { id: 'loop-a', title: 'Loop A', reportsTo: 'loop-b' },
        { id: 'loop-b', title: 'Loop B', reportsTo: 'loop-a' },
        { id: 'orphan', title: 'Orphan analyst', reportsTo: 'gone' },
      ],
    };
    // Tall enough for the three levels under the two-row toolbar and the warning: the canvas
    // draws only the cards in view.
    await page.setViewportSize({ width: 1280, height: 1000 });
    const chart = new ChartPage(page);
    await page.goto(`./?org=${encodeURIComponent(await orgFile(org))}#/chart`);
    // The loader shows a first file whose only errors are broken reporting lines, and says so.
    await expect(page.getByTestId('notice')).toContainText('2 errors in its reporting lines', {
      timeout: 20_000,
    });
    await expect(chart.warning).toContainText('Reporting cycle');
    await expect(chart.warning).toContainText('Loop A');
    await expect(chart.warning).toContainText('Orphan analyst');
    for (const id of ['ceo', 'ok', 'loop-a', 'loop-b', 'orphan'])
      await expect(chart.node(id)).toBeVisible();
    await expect(page.locator('.wf-group')).toBeVisible();
  });

  test('the chart is accessible (axe) in English and French', async ({ page, shell }) => {
    test.setTimeout(120_000);
    const chart = new ChartPage(page);
    await chart.open();
    await expectNoAxeViolations(page);
    await shell.switchLanguage('fr');
    await expect(page.getByRole('button', { name: 'Tout déplier' })).toBeVisible();
    await expect(chart.node('ceo')).toContainText('Directrice générale');
    await expectNoAxeViolations(page);
  });

  test('the find box shows its whole hint in English and French', async ({ page, shell }) => {
    const chart = new ChartPage(page);
    await chart.open();
    const input = page.locator('input.wf-find-input');
    /**
     * Whether the hint fits: written in as the value, it must not scroll (the inner box, less
     * the search field's clear button, is what shows the text).
     */
    const fits = async () => {
      const hint = (await input.getAttribute('placeholder')) ?? '';
      await input.fill(hint);
      const overflow = await input.evaluate(
        (el: HTMLInputElement) => el.scrollWidth - el.clientWidth,
      );
      await input.fill('');
      return overflow;
    };
    await expect(input).toHaveAttribute('placeholder', 'Find a position or person');
    expect(await fits()).toBeLessThanOrEqual(0);
    await shell.switchLanguage('fr');
    await expect(input).toHaveAttribute('placeholder', 'Chercher un poste ou une personne');
    expect(await fits()).toBeLessThanOrEqual(0);
  });

  test('far out, cards are plain labels, readable in the dark, and panning tests no text selection', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const chart = new ChartPage(page);
    await chart.open();
    await chart.settledLayout();
    const card = chart.node('ceo').locator('.wf-card');
    const style = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop);
    const css = (l: typeof card, prop: string) => l.evaluate(style, prop);
    await page.mouse.move(600, 500);
    if ((await chart.zoom()) < 0.45) await page.mouse.wheel(0, -400);
    await expect.poll(() => chart.zoom()).toBeGreaterThanOrEqual(0.45);
    // At a reading zoom: the rich card, its unit colour as a 6 px left border, rounded.
    await expect(card).not.toHaveClass(/is-far/);
    expect(await css(card, 'border-left-width')).toBe('6px');
    expect(await css(card, 'border-top-left-radius')).not.toBe('0px');
    // Below FAR_ZOOM (0.45) (issue 16 item 3): no border or rounded corner to draw on each pan
    // frame, the unit colour as an inset stripe; block frames plain.
    await page.mouse.wheel(0, Math.log2((await chart.zoom()) / 0.3) / 0.002);
    await expect.poll(() => chart.zoom()).toBeLessThan(0.45);
    await chart.settled();
    await expect(card).toHaveClass(/is-far/);
    await expect(chart.canvas).toHaveClass(/is-far/);
    expect(await css(card, 'border-left-width')).toBe('0px');
    expect(await css(card, 'border-top-width')).toBe('0px');
    expect(await css(card, 'border-top-left-radius')).toBe('0px');
    expect(await css(card, 'box-shadow')).toContain('inset');
    const block = page.locator('.wf-block').first();
    expect(await css(block, 'border-top-style')).toBe('solid');
    expect(await css(block, 'border-top-left-radius')).toBe('0px');
    // The handles sit in a frame that is never drawn nor hit tested, as in-flow boxes (no
    // layer of their own for paint and hit tests to walk); the lines still meet them.
    const handles = chart.node('ceo').locator('.wf-handles');
    expect(await css(handles, 'visibility')).toBe('hidden');
    expect(await css(handles, 'pointer-events')).toBe('none');
    expect(await css(handles.locator('.react-flow__handle').first(), 'position')).toBe('static');
    const path = await page
      .locator('.react-flow__edge[data-id="e:cfo"] path')
      .first()
      .getAttribute('d');
    const ceo = await chart.node('ceo').evaluate((n: HTMLElement) => n.style.transform);
    const [cx = 0, cy = 0] = (/translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(ceo) ?? [])
      .slice(1)
      .map(Number);
    const [sx, sy] = (path?.match(/-?[\d.]+/g) ?? []).map(Number);
    expect([sx, sy]).toEqual([cx + 118, cy + 92]);
    // Nothing on the canvas is text to select: a pan runs no text-selection hit test.
    expect(await css(chart.canvas, 'user-select')).toBe('none');
    // The far card's tint mixes with the card colour: light text on a dark card in the dark.
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('expand all shows everything, collapse all goes back to the tops', async ({ page }) => {
    const chart = new ChartPage(page);
    await chart.open();
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => chart.shownCount(), { timeout: 20_000 }).toBe(239);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect.poll(() => chart.shownCount()).toBe(11);
  });
});
