/**
 * On a phone the main navigation is one strip that scrolls sideways: whatever page is open, its
 * link is in the strip's clear part (not cut, not under the fading edge), in English and French,
 * and the page itself never scrolls sideways.
 */
import { expect, test } from './fixtures';

const PAGES = [
  ['search', 'Search', 'Recherche'],
  ['chart', 'Chart', 'Organigramme'],
  ['directory', 'Directory', 'Annuaire'],
  ['services', 'Services', 'Services'],
  ['raci', 'RACI', 'RACI'],
  ['onboarding', 'I’m new', 'Je suis nouveau'],
  ['admin', 'Admin', 'Administration'],
] as const;
/** The strip's fading edge (global.css: the last 15 % of its width). */
const FADE = 0.15;

test.use({ viewport: { width: 375, height: 812 } });

for (const lang of ['en', 'fr'] as const) {
  test(`the open page's link is shown whole in the phone navigation (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./#/search');
    if (lang === 'fr') await page.getByRole('button', { name: 'Français' }).click();
    const nav = page.getByRole('navigation', { name: lang === 'fr' ? /principale/i : 'Main' });
    for (const [route, en, fr] of PAGES) {
      await page.goto(`./#/${route}`);
      const link = nav.getByRole('link', { name: lang === 'fr' ? fr : en, exact: true });
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect
        .poll(async () => {
          const strip = (await nav.locator('ul').boundingBox())!;
          const box = (await link.boundingBox())!;
          return (
            box.x >= strip.x - 0.5 && box.x + box.width <= strip.x + strip.width * (1 - FADE) + 0.5
          );
        }, `${route}: link inside the strip's clear part`)
        .toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
    }
  });
}
