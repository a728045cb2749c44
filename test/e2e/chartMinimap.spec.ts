/**
 * Issue 15: the minimap at 1440 × 900 showed a frame five-sixths empty (the sample's wide first
 * view as a 25 px strip in a 200 × 150 box). It now takes the chart's shape: the cards fill it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

/** The part of the minimap's canvas that has cards painted on it, as shares of its size. */
async function paintedShare(page: Page) {
  return page.locator('.wf-minimap-cards').evaluate((c: HTMLCanvasElement) => {
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let [x0, y0, x1, y1] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (data[(y * width + x) * 4 + 3]! === 0) continue;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
    return { width: (x1 - x0 + 1) / width, height: (y1 - y0 + 1) / height };
  });
}

test('at 1440 × 900 the minimap shows the chart filling its frame, before and after a reload', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const chart = new ChartPage(page);
  await chart.open();
  await chart.settledLayout();
  const minimap = page.locator('.wf-minimap');
  await expect(minimap).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('chart-1440.png') });
  for (const when of ['first view', 'after a reload']) {
    const share = await paintedShare(page);
    expect(share.width, when).toBeGreaterThan(0.85);
    expect(share.height, when).toBeGreaterThan(0.5);
    // A wide chart, a wide minimap: no larger than the 200 × 150 box.
    const box = (await minimap.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(202);
    expect(box.height).toBeLessThan(100);
    if (when === 'first view') {
      await page.reload();
      await chart.waitForCards();
      await chart.settledLayout();
    }
  }
  // Left-right turns the chart tall: the minimap follows.
  await page.getByText('Left-right', { exact: true }).click();
  await chart.settledLayout();
  await expect.poll(async () => (await minimap.boundingBox())!.height).toBeGreaterThan(100);
  const tall = await paintedShare(page);
  expect(tall.height).toBeGreaterThan(0.85);
  await minimap.screenshot({ path: testInfo.outputPath('minimap-left-right.png') });
});
