/**
 * Issue 15 item 14: 200 % zoom (a 1440 × 900 screen at 200 % is 720 × 450 CSS px) and a 375 × 812
 * phone scroll no view sideways; the chart and the RACI matrix pan inside their own frame, their
 * pages do not scroll sideways either; reduced motion
 * (prefers-reduced-motion) leaves no transition and no animated pan or zoom on the chart.
 */
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';
import { EditorPage } from './pages/EditorPage';
import { openView } from './pages/ViewsPages';
import type { Page } from '@playwright/test';
import type { AppShell } from './pages/AppShell';

/** The document's width beyond the viewport, and the widest element that causes it. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const extra = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    let culprit = '';
    if (extra > 0) {
      const limit = document.documentElement.clientWidth;
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > limit + 1 && r.width > 0) {
          culprit = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`;
        }
      }
    }
    return { extra, culprit };
  });

const VIEWS: { hash: string; ready: (page: Page) => Promise<void> }[] = [
  ['#/search', 'main input[type="search"]'],
  ['#/search?q=payslip', '[data-testid="answer-card"]'],
  ['#/search?q=zzqxwv', 'main .search-count'],
  ['#/topic/payslip', 'main h1'],
  ['#/position/cfo', 'main h1'],
  ['#/person/p-lucas-muller', 'main h1'],
  ['#/person/p-valentina-martinez', 'main h1'],
  ['#/unit/it', 'main h1'],
  ['#/directory', '.dir-list > li'],
  ['#/services?unit=it-help', 'article.service'],
  ['#/services', '.service-unit-toggle'],
  ['#/onboarding', 'main h1'],
  ['#/onboarding/cfo', 'main h1'],
  ['#/onboarding/hr-admin-3', '.onb-contacts'],
  ['#/chart', '.react-flow__node'],
  ['#/raci', '.raci-summary'],
  ['#/admin', 'main h1'],
  ['#/no-such-page', 'main h1'],
].map(([hash, selector]) => ({
  hash: hash!,
  ready: async (page: Page) => {
    await expect(page.locator(selector!).first()).toBeVisible();
  },
}));

test('at 200 % zoom (720 × 450) no view scrolls sideways, en and fr', async ({ page, shell }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 720, height: 450 });
  await everyViewFits(page, shell);
  // Edit mode's banner and the topic editor.
  await new EditorPage(page).start();
  await page.goto('./#/topic/payslip');
  await expect(
    page.getByRole('group', { name: /Edit this topic|Modifier ce sujet/ }),
  ).toBeVisible();
  expect(await overflow(page), 'topic editor').toEqual({ extra: 0, culprit: '' });
});

test('on a 375 × 812 phone no view scrolls sideways, en and fr', async ({ page, shell }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await everyViewFits(page, shell);
});

async function everyViewFits(page: Page, shell: AppShell) {
  await openView(shell, '#/search');
  for (const lang of ['en', 'fr'] as const) {
    if (lang === 'fr') await shell.switchLanguage('fr');
    for (const view of VIEWS) {
      await page.goto(`./${view.hash}`);
      await view.ready(page);
      expect(await overflow(page), `${view.hash} (${lang})`).toEqual({ extra: 0, culprit: '' });
    }
  }
}

test('reduced motion: no transition, and the chart jumps to its first view without animating', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/services');
  const toggle = page.locator('.service-unit-toggle').first();
  await expect(toggle).toBeVisible();
  const duration = await toggle.evaluate(
    (el) => getComputedStyle(el, '::before').transitionDuration,
  );
  expect(duration).toBe('0s');

  const chart = new ChartPage(page);
  await chart.open({ node: 'cfo' });
  await chart.settledLayout();
  await chart.expectWhollyShown('cfo');
  // Every transform the viewport takes while "First view" reframes the chart: an animated
  // zoom passes through in-between values, a jump goes straight to the end.
  await page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const t = viewport.style.transform;
      if (seen.at(-1) !== t) seen.push(t);
    }).observe(viewport, { attributes: true, attributeFilter: ['style'] });
  });
  const before = await page.locator('.react-flow__viewport').evaluate((el) => el.style.transform);
  await page.getByRole('button', { name: 'First view' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.length))
    .toBeGreaterThan(0);
  // Let any animation run its course (a later frame would add in-between values).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 600))),
  );
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.at(-1)).not.toBe(before);
  expect(seen, 'viewport transforms while reframing').toHaveLength(1);
});
