/**
 * Issue "The organisation HR imported stays": an import stays current across reloads and new
 * tabs, "Start my organisation" leaves nothing of the demo, and a configured URL source is not
 * followed while HR's import is current.
 */
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

/** A people list as a small HR tool exports it: 30 people, one manager column, departments. */
function peopleCsv(): string {
  const rows = ['id,name,title,managerId,department,email'];
  const units = ['Direction', 'Finance', 'Ateliers', 'Commercial'];
  for (let i = 1; i <= 30; i++) {
    const manager = i === 1 ? '' : String(i <= 4 ? 1 : 2 + (i % 3));
    const unit = units[i <= 4 ? i - 1 : i % 4]!;
    rows.push(`${i},Employé Numéro ${i},Poste ${i},${manager},${unit},e${i}@acme-test.example`);
  }
  rows[1] = '1,Camille Durand,Directrice générale,,Direction,camille.durand@acme-test.example';
  return rows.join('\r\n') + '\r\n';
}

test('"Start my organisation": nothing of the demo remains, after reload and in a new tab', async ({
  page,
  context,
}) => {
  const admin = new AdminPage(page);
  await admin.open();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await admin.importFile('acme-people.csv', peopleCsv());
  await expect(page.getByRole('radio', { name: /start my organisation/i })).toBeChecked();
  await page.getByLabel('Name (English)').fill('Acme Test Works');
  await page.getByLabel('General help e-mail').fill('help@acme-test.example');
  await page.getByRole('button', { name: 'Use these details' }).click();
  await expect(admin.status).toContainText('can be applied');
  await admin.apply();

  const checkNoDemo = async (p: typeof page) => {
    await expect(p.getByTestId('data-status')).toContainText('imported file acme-people.csv');
    await expect(p.getByTestId('demo-banner')).toHaveCount(0);
    for (const route of ['#/search?q=payslip', '#/chart', '#/directory', '#/services']) {
      await p.goto(`./${route}`);
      await expect(p.locator('main')).toBeVisible();
      await expect(p.getByTestId('org-name')).toContainText('Acme Test Works');
      await expect(p.locator('body')).not.toContainText('Northwind');
    }
    await p.goto('./#/search?q=Camille');
    await expect(p.getByText('Camille Durand').first()).toBeVisible();
  };

  await page.reload();
  await checkNoDemo(page);
  const second = await context.newPage();
  await second.goto('./');
  await checkNoDemo(second);
  await second.close();
});

/** A small org file as an intranet would host it. */
const remoteOrg = JSON.stringify({
  formatVersion: 2,
  organisation: { name: 'Remote Source Org', dataDate: '2026-11-20' },
  units: [{ id: 'u', name: 'Remote unit' }],
  positions: [{ id: 'p', title: 'Remote head', unitId: 'u' }],
});

test('with a URL source configured, an import stays current; HR chooses the source again with a preview', async ({
  page,
  orgFile,
}) => {
  const url = await orgFile(remoteOrg);
  const admin = new AdminPage(page);
  await admin.open();
  // Choosing a source is explicit and previewed: nothing changes before "Apply".
  await admin.sourceInput.fill(url);
  await page.getByRole('button', { name: 'Preview this source' }).click();
  await expect(admin.sourceStatus).toContainText('its preview is under Import');
  await expect(admin.status).toContainText('can be applied');
  await expect(page.getByTestId('org-name')).not.toContainText('Remote Source Org');
  await admin.apply();
  await page.reload();
  await expect(page.getByTestId('org-name')).toContainText('Remote Source Org');
  await expect(page.getByTestId('data-status')).toContainText(`data source ${url}`);
  await expect(page.getByTestId('last-checked')).toContainText('up to date');
  await expect(page.getByTestId('data-checked')).toContainText('checked');

  await admin.importFile('acme-people.csv', peopleCsv());
  await admin.chooseMode('start');
  await page.getByLabel('Name (English)').fill('Acme Imported');
  await page.getByRole('button', { name: 'Use these details' }).click();
  await expect(admin.status).toContainText('can be applied');
  await admin.apply();

  await page.reload();
  await expect(page.getByTestId('org-name')).toContainText('Acme Imported');
  await expect(page.getByTestId('source-not-followed')).toContainText(url);
  await expect(page.getByTestId('data-checked')).toHaveCount(0);
  await page.goto('./#/search?q=Remote');
  await expect(page.getByTestId('org-name')).toContainText('Acme Imported');
  await expect(page.locator('body')).not.toContainText('Remote Source Org');

  // Following the source again: previewed (the diff shows the import replaced), then applied.
  await admin.open();
  await page.getByRole('button', { name: `Preview ${url} to follow it again` }).click();
  await expect(admin.status).toContainText('can be applied');
  await expect(page.getByTestId('org-name')).toContainText('Acme Imported');
  await admin.apply();
  await expect(page.getByTestId('source-not-followed')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('org-name')).toContainText('Remote Source Org');
  await expect(page.getByTestId('source-not-followed')).toHaveCount(0);
  await expect(page.getByTestId('last-checked')).toContainText('up to date');
});

test('the organisation details are editable later; a wrong value saves nothing', async ({
  page,
}) => {
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importFile('acme-people.csv', peopleCsv());
  await page.getByLabel('Name (English)').fill('Acme Test Works');
  await page.getByRole('button', { name: 'Use these details' }).click();
  await expect(admin.status).toContainText('can be applied');
  await admin.apply();
  await admin.another();

  const details = page.getByTestId('org-details');
  await details.getByRole('button', { name: 'Edit the organisation’s details' }).click();
  await expect(details.getByLabel('Name (English)')).toHaveValue('Acme Test Works');
  await details.getByLabel('Name (French)').fill('Ateliers Acme');
  await details.getByLabel('Data owner e-mail').fill('hr@acme-test.example?bcc=x@evil.example');
  await details.getByRole('button', { name: 'Save the details' }).click();
  await expect(details.getByTestId('details-problem')).toContainText(
    'does not look like an e-mail',
  );
  await expect(details.getByLabel('Data owner e-mail')).toBeFocused();
  await expect(admin.versions).toHaveCount(2);

  await details.getByLabel('Data owner e-mail').fill('hr@acme-test.example');
  await details.getByLabel('Date of the data').fill('2026-12-01');
  await details.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByTestId('org-details-status')).toContainText('saved as a new version');
  await expect(admin.versions).toHaveCount(3);

  await page.reload();
  await expect(page.getByTestId('data-status')).toContainText('December 1, 2026');
  await expect(page.getByTestId('data-status')).toContainText('imported file acme-people.csv');
  await page.locator('.language-switch button[lang="fr"]').click();
  await expect(page.getByTestId('org-name')).toContainText('Ateliers Acme');
  await page.locator('.language-switch button[lang="en"]').click();
  await expect(page.getByTestId('org-name')).toContainText('Acme Test Works');
});
