/**
 * Issue 15, chart item 4: the chart on a phone (375×812, touch): one toolbar row with "More" for
 * the less used actions, no minimap over the canvas, the record as a bottom sheet over the
 * canvas (the opened card kept above it), pinch zoom; usable with the keyboard too.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

const NAMES = {
  en: { more: 'More', expandAll: 'Expand all', leftRight: 'Left-right', firstView: 'First view' },
  fr: {
    more: 'Plus',
    expandAll: 'Tout déplier',
    leftRight: 'Horizontal',
    firstView: 'Vue initiale',
  },
} as const;

test('on a phone the toolbar is one row, "More" holds the other actions, no minimap (en and fr)', async ({
  page,
  shell,
}) => {
  const chart = new ChartPage(page);
  await chart.open();
  for (const lang of ['en', 'fr'] as const) {
    if (lang === 'fr') await shell.switchLanguage('fr');
    const names = NAMES[lang];
    const bar = await chart.toolbar.boundingBox();
    expect(bar?.height, `toolbar height in ${lang}`).toBeLessThanOrEqual(48);
    await expect(page.locator('.wf-minimap')).toBeHidden();
    await expect(chart.toolbar.getByRole('button', { name: names.firstView })).toBeVisible();
    const expandAll = chart.toolbar.getByRole('button', { name: names.expandAll });
    await expect(expandAll).toBeHidden();

    // Keyboard: Enter on "More" shows the actions, Escape folds them and keeps the focus there.
    const more = chart.toolbar.getByRole('button', { name: names.more });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(expandAll).toBeVisible();
    // The find box comes first in the menu, then the actions.
    await page.keyboard.press('Tab');
    await expect(chart.find).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(expandAll).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(expandAll).toBeHidden();
    await expect(more).toBeFocused();
  }

  // Touch: a tap on "More", then on "Horizontal", lays the chart out left to right.
  await chart.toolbar.getByRole('button', { name: NAMES.fr.more }).tap();
  await chart.toolbar.getByText(NAMES.fr.leftRight).tap();
  await expect(chart.toolbar.getByRole('radio', { name: NAMES.fr.leftRight })).toBeChecked();
  await expectNoAxeViolations(page);
  await chart.settledLayout();
  // Left-right frames the top from the canvas's left edge (top-down centred it).
  const canvas = (await chart.canvas.boundingBox())!;
  await expect
    .poll(async () => ((await chart.node('ceo').boundingBox())?.x ?? 999) - canvas.x)
    .toBeLessThan(60);
});

test('on a phone a tapped card opens its record as a sheet over the canvas, the card above it', async ({
  page,
  shell,
}) => {
  const chart = new ChartPage(page);
  await chart.open();
  await chart.settledLayout();
  const before = await chart.canvas.boundingBox();
  // A card low on the canvas, where the sheet comes.
  await chart.node('comms-director').tap();
  await expect(chart.panel.getByRole('heading', { level: 2 })).toContainText(/communications/i);
  await chart.settled();
  // The canvas keeps its whole size: the record lies over its lower part.
  const canvas = await chart.canvas.boundingBox();
  expect(canvas).toEqual(before);
  const sheet = await chart.panel.boundingBox();
  expect(sheet!.y).toBeGreaterThan(canvas!.y + canvas!.height * 0.3);
  expect(Math.round(sheet!.y + sheet!.height)).toBe(Math.round(canvas!.y + canvas!.height));
  expect(sheet!.width).toBeGreaterThanOrEqual(canvas!.width - 2);
  const card = await chart.node('comms-director').boundingBox();
  expect(card!.y).toBeGreaterThanOrEqual(canvas!.y);
  expect(card!.y + card!.height).toBeLessThanOrEqual(sheet!.y);
  await expectNoAxeViolations(page);

  // A deep link on a phone centres the card above the sheet too.
  await chart.open({ node: 'claims-handler-3' });
  await expect(chart.panel).toBeVisible();
  await expect
    .poll(async () => {
      const c = await chart.node('claims-handler-3').boundingBox();
      const s = await chart.panel.boundingBox();
      const now = await chart.canvas.boundingBox();
      return c !== null && s !== null && now !== null && c.y + c.height <= s.y && c.y >= now.y;
    })
    .toBe(true);

  // In French the sheet's actions are wider: they wrap, each one whole on the sheet, ✕ too.
  await shell.switchLanguage('fr');
  const sheet2 = (await chart.panel.boundingBox())!;
  const actions = chart.panel.locator('.wf-panel-actions').locator('a, button');
  await expect(actions).toHaveCount(3);
  for (const action of await actions.all()) {
    const box = (await action.boundingBox())!;
    expect(box.x, await action.innerText()).toBeGreaterThanOrEqual(sheet2.x);
    expect(box.x + box.width, await action.innerText()).toBeLessThanOrEqual(
      sheet2.x + sheet2.width,
    );
  }
  await chart.panel.getByRole('button', { name: 'Fermer la fiche de poste' }).tap();
  await expect(chart.panel).toBeHidden();
});

test('on a phone two fingers pinch the chart to zoom in', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await chart.settledLayout();
  // Two fingers down on the background (React Flow zooms from the pane, not from a card).
  const at = await page.evaluate(() => {
    const canvas = document.querySelector('.wf-canvas')!.getBoundingClientRect();
    const onPane = (x: number, y: number) =>
      document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') === true;
    for (let y = canvas.bottom - 80; y > canvas.top + 40; y -= 10) {
      for (let x = canvas.left + 60; x < canvas.right - 60; x += 10) {
        if (onPane(x - 20, y) && onPane(x + 20, y)) return { x, y };
      }
    }
    return undefined;
  });
  if (!at) throw new Error('no background to pinch on');
  const { x: cx, y: cy } = at;
  const before = await chart.zoom();
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ],
    });
  await touch('touchStart', 20);
  for (let spread = 30; spread <= 120; spread += 10) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  await expect.poll(() => chart.zoom()).toBeGreaterThan(before * 1.5);
});
