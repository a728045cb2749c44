/** Role and person pages (`#/position/:id`, `#/person/:id`) and their links to the chart. */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

test.describe('records', () => {
  test('the role page shows the full record and leads to the chart', async ({ page, shell }) => {
    await shell.open('#/position/cfo');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Chief financial officer' }),
    ).toBeVisible();
    await expect(page.getByText('Finance, accounting, procurement and treasury.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reporting chain' })).toBeVisible();
    await expect(
      page.locator('.record-chain a', { hasText: 'Chief executive officer' }),
    ).toHaveAttribute('href', '#/position/ceo');
    await expect(page.locator('.record-raci a[href^="#/topic/"]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Report an error' })).toHaveAttribute(
      'href',
      /^mailto:/,
    );
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Show on chart' }).click();
    const chart = new ChartPage(page);
    await chart.waitForCards();
    await expect(chart.node('cfo')).toBeInViewport();
    await expect(
      chart.panel.getByRole('heading', { name: 'Chief financial officer' }),
    ).toBeVisible();
  });

  test('the person page shows positions, channels, time zone, languages and ask-me-about', async ({
    page,
    shell,
  }) => {
    await shell.open('#/person/p-manon-morin');
    await expect(page.getByRole('heading', { level: 1, name: 'Manon Morin' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Chief executive officer' })).toHaveAttribute(
      'href',
      '#/position/ceo',
    );
    await expect(
      page.getByRole('link', { name: /manon\.morin@northwind\.example/ }),
    ).toHaveAttribute('href', 'mailto:manon.morin@northwind.example');
    await expect(page.getByText('Europe/Paris')).toBeVisible();
    await expect(page.getByText('company strategy, customers')).toBeVisible();
    await expect(page.getByText('Paris head office')).toBeVisible();
    await expectNoAxeViolations(page);
    await shell.switchLanguage('fr');
    await expect(page.getByText('stratégie, clients')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Postes' })).toBeVisible();
  });
});
