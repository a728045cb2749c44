/**
 * A first visit: the org file is downloaded, validated and stored by the org file worker, never
 * by the page (issue 16 item 1). The page's own resource timeline lists what its document
 * loaded; a dedicated worker's requests are on the worker's timeline. So the org file and the
 * validator's chunk must not be on the page's, while the data is shown and survives a reload.
 */
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

/** Names of the resources the page's document itself loaded. */
const pageResources = (page: import('@playwright/test').Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

test('the org file is checked and stored off the page, then shown and kept after a reload', async ({
  page,
  shell,
  orgFile,
}) => {
  const url = await orgFile({
    formatVersion: 2,
    organisation: { name: 'Worker Co' },
    units: [{ id: 'u', name: 'Only unit' }],
    positions: [
      { id: 'boss', title: 'Head of everything', unitId: 'u' },
      { id: 'aide', title: 'Right hand', unitId: 'u', reportsTo: 'boss' },
    ],
  });
  await shell.open('#/chart', { org: url, waitForData: false });
  // A first visit starts three workers (org file, layout, search) on a shared 2-core machine.
  await expect(shell.orgName).toHaveText('Worker Co', { timeout: 60_000 });
  const chart = new ChartPage(page);
  await expect(chart.node('aide')).toBeVisible();
  const loaded = await pageResources(page);
  const file = url.split('/').pop()!;
  expect(loaded.some((name) => name.includes(file))).toBe(false);
  expect(loaded.some((name) => /\/parseOrgFile-[\w-]+\.js$/.test(name))).toBe(false);
  // Stored by the worker: a reload shows it from IndexedDB.
  await page.reload();
  await expect(shell.orgName).toHaveText('Worker Co');
  await expect(chart.node('aide')).toBeVisible();
});

test('a bad org file on a first visit is refused by the worker with its problems listed', async ({
  page,
  shell,
  orgFile,
}) => {
  const url = await orgFile({ formatVersion: 2, organisation: 42 });
  await shell.open('#/', { org: url, waitForData: false });
  await expect(shell.loadError).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The organisation could not be loaded' }),
  ).toBeVisible();
  await expect(shell.loadError.locator('.problem-error').first()).toBeVisible();
  // Nothing was stored: a reload shows the same problems, not data.
  await page.reload();
  await expect(shell.loadError).toBeVisible();
});
