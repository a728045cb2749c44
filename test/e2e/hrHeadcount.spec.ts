/**
 * Issue "Real HR exports import as they come" (junior-staff companion file) and issue "The
 * organisation HR imported stays" (headcount seats shown on the chart): the organogram's senior
 * posts, then its junior-staff file, imported as HR does on #/admin; the chart draws each
 * headcount row as one card under its post, "Headcount 4 · EO · 4 FTE", never N invented
 * people nor a vacancy, and after a reload it still does, in English and in French.
 */
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { ChartPage } from './pages/ChartPage';
import { HrImportPage } from './pages/HrImportPage';

/** Department for Transport, row 2 of organogram-junior.csv: 4 FTE of EO under post 1. */
const POST = 'department-for-transport:pos-1';
const SEAT = 'department-for-transport:pos-hc-1-eo-administrative-officer';
/** Row 6: 2.5 FTE of AO under post 6. */
const HALF = 'department-for-transport:pos-hc-6-ao-administrative-officer';

test('headcount seats from the junior-staff file are drawn on the chart under their posts, and stay after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const hr = new HrImportPage(page);
  await hr.importOrganogramWithJuniorStaff();
  await expect(hr.quirk('headcount')).toContainText('they become headcount seats');
  await hr.applyChecked();
  await hr.reload();

  const chart = new ChartPage(page);
  const shell = new AppShell(page);
  const seat = chart.node(SEAT);
  const openAtPost = async () => {
    await chart.open({ node: POST });
    await expect(chart.node(POST)).toContainText('Chief Executive');
    // The post's reports are drawn once it is unfolded (a deep link may leave it folded).
    if ((await seat.count()) === 0) await chart.toggle(POST).click();
    await expect(seat).toBeVisible();
  };
  await openAtPost();

  // One card for the four people: the count in the avatar, the line under the title, the
  // unit; not a vacancy, and no one is invented.
  const card = seat.locator('.wf-card');
  await expect(card).toHaveClass(/is-headcount/);
  await expect(card).not.toHaveClass(/is-vacant/);
  await expect(seat.locator('.wf-card-title')).toHaveText('Administrative Officer');
  await expect(seat.locator('.wf-card-holder')).toHaveText('Headcount 4 · EO · 4 FTE');
  await expect(seat.locator('.wf-avatar')).toHaveText('4');
  await expect(seat).not.toContainText('Vacant');
  // Spoken the same way to a screen reader.
  await expect(seat).toHaveAttribute(
    'aria-label',
    /Administrative Officer, Headcount 4 · EO · 4 FTE/,
  );
  // Under its post: drawn below it, and the post is in its reporting chain.
  const postBox = await chart.node(POST).boundingBox();
  const seatBox = await seat.boundingBox();
  expect(seatBox && postBox && seatBox.y > postBox.y + postBox.height).toBe(true);

  // By keyboard (the minimap may cover the card's corner): Enter opens its record.
  await seat.focus();
  await page.keyboard.press('Enter');
  await expect(chart.panel).toContainText('Administrative Officer');
  await expect(chart.panel).toContainText('Chief Executive');
  await expect(chart.node(POST).locator('.wf-card')).toHaveClass(/is-chain/);

  // A fraction of a post (2.5 FTE of AO under post 6): the count rounds up, the FTE stays.
  await chart.open({ node: HALF });
  await expect(chart.node(HALF).locator('.wf-card-holder')).toHaveText(
    'Headcount 3 · AO · 2.5 FTE',
  );

  const shots = async (lang: 'en' | 'fr') => {
    for (const size of [
      { width: 1440, height: 900 },
      { width: 375, height: 812 },
    ]) {
      await page.setViewportSize(size);
      // The seat's own deep link: the chart opens on it, its record beside (or under) it.
      await chart.open({ node: SEAT });
      await chart.expectWhollyShown(SEAT);
      await page.screenshot({
        path: testInfo.outputPath(`headcount-chart-${lang}-${size.width}.png`),
      });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  // After a reload the imported seats are still there (read back from IndexedDB).
  await page.reload();
  await openAtPost();
  await expect(seat.locator('.wf-card-holder')).toHaveText('Headcount 4 · EO · 4 FTE');
  await shots('en');

  // French: the words and the number formats are the reader's.
  await shell.switchLanguage('fr');
  await expect(seat.locator('.wf-card-holder')).toHaveText('Effectif 4 · EO · 4 ETP');
  await expect(seat).toHaveAttribute('aria-label', /Effectif 4 · EO · 4 ETP/);
  await shots('fr');
  await chart.open({ node: HALF });
  await expect(chart.node(HALF).locator('.wf-card-holder')).toHaveText('Effectif 3 · AO · 2,5 ETP');
});
