/**
 * The built app runs under its own Content-Security-Policy (index.html) without a single
 * violation: every page, a search, an import and the chart exports. Any blocked script, style,
 * eval (zod's probe included), worker, image or connection fails the test.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { ChartPage } from './pages/ChartPage';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test('every page, an import and the chart exports run with no CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  const violations = () => page.evaluate(() => window.cspViolations);

  await page.goto('./#/search');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
  await page.getByRole('searchbox').first().fill('payslip');
  await expect(page.locator('main')).toContainText(/payslip|paie/i);

  for (const route of ['directory', 'services', 'raci', 'onboarding']) {
    await page.goto(`./#/${route}`);
    await expect(page.locator('main h1')).toBeAttached();
  }

  const chart = new ChartPage(page);
  await chart.open();
  await chart.download(/SVG/);
  await chart.download(/PNG/);

  const admin = new AdminPage(page);
  await admin.open();
  const sample = JSON.parse(readFileSync('public/org.json', 'utf8')) as {
    organisation: { name: unknown };
  };
  sample.organisation.name = 'CSP Test Org';
  await admin.paste(JSON.stringify(sample));
  await admin.apply();
  await expect(page.getByRole('banner')).toContainText('CSP Test Org');
  // Kept across a reload (the start-up refresh from the source may then make a newer version).
  await page.reload();
  await admin.open();
  await expect(admin.versions.filter({ hasText: /pasted/i })).toHaveCount(1);

  expect(await violations()).toEqual([]);
  expect(refused).toEqual([]);
});
