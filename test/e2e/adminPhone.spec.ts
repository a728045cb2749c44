/**
 * Issue 11 leftover (issue 15, every view on a phone): on a 375×812 phone the HR import's
 * preview fits its card, in English and in French (whose column headings are the wider): the
 * table of counts added / changed / removed never runs past the card's edge, and the page does
 * not scroll sideways. Previewing changes nothing: after a reload the data is as it was.
 */
import type { Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { HrImportPage, hrFixture } from './pages/HrImportPage';

test.use({ viewport: { width: 375, height: 812 } });

/** How far (CSS px) an element's content runs past its own box, and past `outer`'s right edge. */
async function overflow(inner: Locator, outer: Locator) {
  const box = (await outer.boundingBox())!;
  const own = await inner.evaluate((el) => el.scrollWidth - el.clientWidth);
  const right = (await inner.boundingBox())!;
  return { own, pastCard: Math.round(right.x + right.width - (box.x + box.width)) };
}

for (const lang of ['en', 'fr'] as const) {
  test(`the HR import preview fits a phone's width (${lang})`, async ({ page, shell }) => {
    const hr = new HrImportPage(page);
    await hr.open();
    if (lang === 'fr') await shell.switchLanguage('fr');
    await hr.importPath(hrFixture('workday-workers.csv'));
    const counts = hr.diffCounts;
    await expect(counts).toBeVisible();
    await expect(counts.getByRole('columnheader')).toHaveText(
      lang === 'fr' ? ['Ajoutés', 'Modifiés', 'Supprimés'] : ['Added', 'Changed', 'Removed'],
    );
    const card = page.locator('section.card', { has: counts });
    await counts.scrollIntoViewIfNeeded();
    const table = await overflow(counts, card);
    expect(table.own, 'the table scrolls inside itself').toBe(0);
    expect(table.pastCard, 'px past the card').toBeLessThanOrEqual(0);
    // Nothing in the card is wider than the card, and the page does not scroll sideways.
    expect(await card.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await expectNoAxeViolations(page);

    // A preview applies nothing: after a reload the demo organisation is still the data.
    await hr.reload();
    await expect(page.getByTestId('data-status')).not.toContainText('workday-workers.csv');
    await expect(shell.orgName).toHaveText(
      lang === 'fr' ? 'Northwind Logistique' : 'Northwind Logistics',
    );
  });
}
