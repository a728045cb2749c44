/**
 * Issue 15 item 14, dark mode: the system's theme by default (prefers-color-scheme), a switch in
 * the header (system / light / dark) remembered across reloads and applied before the app runs
 * (no white flash), every colour from the tokens, the chart and its cards dark too.
 */
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';
import { openView } from './pages/ViewsPages';
import type { Page } from '@playwright/test';

const DARK_BG = 'rgb(15, 19, 28)';
const LIGHT_BG = 'rgb(246, 247, 251)';
const body = (page: Page) => page.locator('body');
const themeSelect = (page: Page) =>
  page.getByRole('combobox', { name: /^(Colour theme|Thème de couleur)$/ });

test('the theme follows the system until chosen; the choice stays after a reload', async ({
  page,
  shell,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openView(shell, '#/search');
  await expect(body(page)).toHaveCSS('background-color', DARK_BG);
  await expect(themeSelect(page)).toHaveValue('system');
  await expect(themeSelect(page).locator('option:checked')).toHaveText('System theme');

  // Light forced on a dark system.
  await themeSelect(page).selectOption('light');
  await expect(body(page)).toHaveCSS('background-color', LIGHT_BG);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await shell.waitForData();
  await expect(body(page)).toHaveCSS('background-color', LIGHT_BG);
  await expect(themeSelect(page)).toHaveValue('light');

  // Dark forced on a light system; the browser bar follows.
  await page.emulateMedia({ colorScheme: 'light' });
  await themeSelect(page).selectOption('dark');
  await expect(body(page)).toHaveCSS('background-color', DARK_BG);
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute(
    'content',
    '#0f131c',
  );
  await page.reload();
  await shell.waitForData();
  await expect(body(page)).toHaveCSS('background-color', DARK_BG);
  await expect(themeSelect(page)).toHaveValue('dark');

  // Back to the system's: light again, and nothing remembered.
  await themeSelect(page).selectOption('system');
  await expect(body(page)).toHaveCSS('background-color', LIGHT_BG);
  await page.reload();
  await shell.waitForData();
  await expect(body(page)).toHaveCSS('background-color', LIGHT_BG);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);

  // French labels.
  await shell.switchLanguage('fr');
  await expect(themeSelect(page).locator('option')).toHaveText([
    'Thème du système',
    'Clair',
    'Sombre',
  ]);
});

test('a chosen dark theme is applied before the app runs: no white flash on load', async ({
  page,
  shell,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openView(shell, '#/search');
  await themeSelect(page).selectOption('dark');
  // The app's own script never runs: what the page shows is the first paint's theme.
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(body(page)).toHaveCSS('background-color', DARK_BG);
  await expect(page.locator('#root')).toBeEmpty();
});

test('the chart and its cards are dark in the dark theme', async ({ page, shell }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // The first visit stores the sample (slow on a busy machine) before the chart lays it out.
  await openView(shell, '#/search');
  const chart = new ChartPage(page);
  await chart.open({ node: 'cfo' });
  const card = chart.node('cfo').locator('.wf-card').first();
  await expect(card).toHaveCSS('background-color', 'rgb(27, 33, 48)');
  await expect(card).toHaveCSS('color', 'rgb(229, 232, 240)');
  await expect(page.locator('.wf-chart-body')).toHaveCSS('background-color', DARK_BG);
  await expect(chart.panel.locator('h2').first()).toHaveCSS('color', 'rgb(229, 232, 240)');
  // Printed, the chart is on white paper.
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await expect(card).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});
