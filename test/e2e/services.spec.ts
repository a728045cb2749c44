/**
 * Issue 15 item 9: the service catalogue as sections per unit that open and close, a filter box
 * (names, descriptions, keywords, both languages), "N services in M units", a count per unit, an
 * empty state, and the unit deep link; on a desktop and a phone, in English and French, with axe.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openView, ServicesView } from './pages/ViewsPages';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** The page's width beyond the viewport (0 when nothing scrolls sideways). */
const overflowX = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const size of SIZES) {
  test(`services (${size.name}): closed sections with counts, open one, filter, empty state, en and fr`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await openView(shell, '#/services');
    const view = new ServicesView(page);
    // The sample's 78 services in 23 units start closed: a short page, not a 52,000 px one.
    await expect(view.count).toHaveText('78 services in 23 units');
    await expect(view.services).toHaveCount(0);
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(pageHeight).toBeLessThan(size.width > 1000 ? 2600 : 4200);
    expect(await overflowX(page)).toBe(0);
    const it = view.unitToggle('IT helpdesk');
    await expect(it).toHaveText(/IT helpdesk\s*10 services/);
    await expect(it).toHaveAttribute('aria-expanded', 'false');
    // A closed section keeps no room for its list (no gaps between closed sections).
    await expect(view.section('it-help').locator('ul.service-list')).toHaveCSS('display', 'none');

    // Keyboard: the section button opens with Enter and closes with Space.
    await it.focus();
    await page.keyboard.press('Enter');
    await expect(it).toHaveAttribute('aria-expanded', 'true');
    await expect(view.section('it-help').locator('article.service')).toHaveCount(10);
    await expect(view.service('Laptop or computer broken')).toBeVisible();
    expect(await overflowX(page)).toBe(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Space');
    await expect(it).toHaveAttribute('aria-expanded', 'false');
    await expect(view.services).toHaveCount(0);

    // The filter finds keywords; few enough matches open by themselves.
    await view.text.fill('parking');
    await expect(view.count).toHaveText('1 service in 1 unit');
    await expect(view.service('Parking and bike storage')).toBeVisible();
    await expect(view.unitToggle('Facilities')).toHaveText(/1 service$/);
    await expect(page).toHaveURL(/#\/services\?q=parking$/);

    // The filter is in the URL: a reload shows the same list.
    await page.reload();
    await expect(view.count).toHaveText('1 service in 1 unit');
    await expect(view.text).toHaveValue('parking');

    await view.text.fill('zzqxwv');
    await expect(view.count).toHaveText('0 services in 0 units');
    await expect(view.empty).toContainText('No service matches “zzqxwv”.');
    await expectNoAxeViolations(page);
    await view.empty.getByRole('button', { name: 'Clear the filter' }).click();
    await expect(view.count).toHaveText('78 services in 23 units');

    // French: a French keyword of an English page finds the service; French names and counts.
    await shell.switchLanguage('fr');
    await expect(view.count).toHaveText('78 services dans 23 unités');
    await view.text.fill('imprimante');
    await expect(view.count).toHaveText('1 service dans 1 unité');
    await expect(view.service('Imprimantes, scanners et imprimantes d’étiquettes')).toBeVisible();
    await view.text.fill('zzqxwv');
    await expect(view.empty).toContainText('Aucun service ne correspond à «\u00a0zzqxwv\u00a0».');
    await view.text.fill('');
    await view.unitToggle('Support informatique').click();
    await expect(view.section('it-help').locator('article.service')).toHaveCount(10);
    expect(await overflowX(page)).toBe(0);
    await expectNoAxeViolations(page);
  });
}

test('a unit deep link opens its section and lists its sub-units; open all / close all', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await openView(shell, '#/unit/fac');
  await page.getByRole('link', { name: 'Service catalogue of this unit' }).click();
  await expect(page).toHaveURL(/#\/services\?unit=fac$/);
  const view = new ServicesView(page);
  // Facilities (7) and its sub-unit Site security (4) fit on one screen: both open.
  await expect(view.count).toHaveText('11 services in 2 units');
  await expect(view.unitToggle('Facilities')).toHaveAttribute('aria-expanded', 'true');
  await expect(view.unitToggle('Site security')).toHaveAttribute('aria-expanded', 'true');
  await expect(view.service('Visitor registration')).toBeVisible();
  await view.unitToggle('Site security').click();
  await expect(view.section('fac-sec').locator('article.service')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open all units' }).click();
  await expect(view.services).toHaveCount(11);
  await page.getByRole('button', { name: 'Close all units' }).click();
  await expect(view.services).toHaveCount(0);

  // The deep link is a URL: a reload opens the same sections.
  await page.reload();
  await expect(view.count).toHaveText('11 services in 2 units');
  await expect(view.unitToggle('Facilities')).toHaveAttribute('aria-expanded', 'true');
  await openView(shell, '#/services?unit=it');
  await expect(view.count).toHaveText('16 services in 3 units');
  await expect(view.section('it-help').locator('article.service')).toHaveCount(10);
});
