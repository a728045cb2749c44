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

test('with a URL source configured, an import stays current and the source is not followed', async ({
  page,
  orgFile,
}) => {
  const url = await orgFile(
    JSON.stringify({
      formatVersion: 2,
      organisation: { name: 'Remote Source Org' },
      units: [{ id: 'u', name: 'Remote unit' }],
      positions: [{ id: 'p', title: 'Remote head', unitId: 'u' }],
    }),
  );
  const admin = new AdminPage(page);
  await admin.open();
  await page.getByLabel('Org file URL').fill(url);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('source-status')).toContainText('saved');
  await admin.importFile('acme-people.csv', peopleCsv());
  await page.getByLabel('Name (English)').fill('Acme Imported');
  await page.getByRole('button', { name: 'Use these details' }).click();
  await expect(admin.status).toContainText('can be applied');
  await admin.apply();

  await page.reload();
  await expect(page.getByTestId('org-name')).toContainText('Acme Imported');
  await expect(page.getByTestId('source-not-followed')).toContainText(url);
  await page.goto('./#/search?q=Remote');
  await expect(page.getByTestId('org-name')).toContainText('Acme Imported');
  await expect(page.locator('body')).not.toContainText('Remote Source Org');
});
