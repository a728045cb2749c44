/**
 * Issue "Real HR exports import as they come", item 5: several files side by side. Each
 * department's organogram (as published, one file per organisation) is a source scoped to its
 * organisation: importing one after another keeps both, re-importing one replaces only its
 * records, and the admin page lists the sources with their row counts and dates.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { hrFixture, HrImportPage } from './pages/HrImportPage';

/** One organisation's rows of the organogram fixture, with its heading line. */
function department(name: string): { csv: string; rows: number } {
  const lines = readFileSync(hrFixture('organogram-senior.csv'), 'utf8').split('\r\n');
  const mine = lines.filter((l) => l.includes(`,${name},${name},`));
  return { csv: [lines[0], ...mine].join('\r\n') + '\r\n', rows: mine.length };
}

test('two departments imported one after the other are both kept; each file replaces only its own records', async ({
  page,
}) => {
  const hr = new HrImportPage(page);
  const dft = department('Department for Transport');
  const ho = department('Home Office');
  await hr.open();
  await hr.importFile('dft-organogram.csv', dft.csv);
  await hr.applyChecked();
  await hr.another();

  await hr.importFile('home-office-organogram.csv', ho.csv);
  await expect(page.getByRole('radio', { name: /add to the current data/i })).toBeChecked();
  // Post numbers restart in every department: proposed to keep both, ticked.
  await expect(hr.quirk('otherOrganisations')).toContainText(
    'already used by another organisation',
  );
  await expect(hr.quirkBox('otherOrganisations')).toBeChecked();
  await expect(hr.count('People', 3)).toHaveText('0');
  await hr.applyChecked();

  await hr.reload();
  await expect(hr.sources).toHaveCount(2);
  await expect(hr.sources.nth(0)).toContainText('dft-organogram.csv');
  await expect(hr.sources.nth(0)).toContainText('Department for Transport');
  await expect(hr.sources.nth(0).locator('td').nth(2)).toHaveText(String(dft.rows));
  await expect(hr.sources.nth(1)).toContainText('home-office-organogram.csv');
  await expect(hr.sources.nth(1).locator('td').nth(2)).toHaveText(String(ho.rows));
  await expect(hr.sources.nth(1).locator('td').nth(4)).toContainText('2026');
  await hr.expectReportsTo('pos-4', 'Sofia Silva', { name: 'Sofia Hughes' });
  await hr.expectReportsTo('home-office:pos-1', 'Omar Hughes', undefined);

  // The Department for Transport sends a new file (one post holder renamed, one post gone):
  // only its records change; the Home Office's stay although that file does not list them.
  await page.goto('./#/admin');
  const dftNext = dft.csv
    .replace('Sofia Silva', 'Sofia Silva-Okafor')
    .replace(/^15,Kwame Khan,.*\r\n/m, '');
  await hr.importFile('dft-organogram.csv', dftNext);
  await expect(hr.count('People', 2)).toHaveText('1');
  await expect(hr.count('People', 3)).toHaveText('1');
  // Kwame Khan's post stays, vacant (a people list never deletes a seat and its RACI).
  await expect(hr.count('Positions', 3)).toHaveText('0');
  await hr.applyChecked();
  await hr.reload();
  await expect(hr.sources).toHaveCount(2);
  await expect(hr.sources.nth(0)).toContainText('home-office-organogram.csv');
  await expect(hr.sources.nth(1)).toContainText('dft-organogram.csv');
  await expect(hr.sources.nth(1).locator('td').nth(2)).toHaveText(String(dft.rows - 1));
  await hr.expectReportsTo('pos-4', 'Sofia Silva-Okafor', { name: 'Sofia Hughes' });
  await hr.expectReportsTo('home-office:pos-1', 'Omar Hughes', undefined);
});
