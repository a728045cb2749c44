/**
 * Issue "Real HR exports import as they come", items 1 and 2: every format, read as the HR
 * system writes it (test/fixtures/hr, written by generate.ts there), through the admin page.
 * Each test checks what the page detected, applies, RELOADS, and checks that the people and
 * their reporting lines are still there (the seat's record shows the manager above it).
 */
import { expect, test } from './fixtures';
import { HrImportPage } from './pages/HrImportPage';

interface FormatCase {
  file: string;
  /** The format as the page names it. */
  format: RegExp;
  /** How the file was read: the select's value, and it says "(detected)". */
  read?: { Encoding?: string; Separator?: string; Sheet?: string };
  /** Mapped field → detected column. */
  fields: Record<string, string>;
  /** "Manager column contains": id, email or column. */
  managerMatch?: 'id' | 'email' | 'column';
  /** A seat, its holder and the manager above it after the import. */
  seat: string;
  holder: string;
  manager: { name: string; title?: string };
}

const FORMATS: FormatCase[] = [
  {
    file: 'workday-workers.csv',
    format: /CSV people list/,
    read: { Encoding: 'utf-8', Separator: ',' },
    fields: {
      Id: 'Employee ID',
      Name: 'Legal Name',
      Manager: 'Manager ID',
      'E-mail': 'Work Email',
      Phone: 'Business Phone',
      'Organisation / company': 'Company',
    },
    seat: 'pos-W21005',
    holder: 'Zara Tanaka',
    manager: { name: 'Liam García', title: 'Chief Executive Officer' },
  },
  {
    file: 'paie-fr-cp1252.csv',
    format: /CSV people list/,
    read: { Encoding: 'windows-1252', Separator: ';' },
    fields: {
      Id: 'Matricule',
      'First name': 'Prénom',
      'Last name': 'Nom',
      Manager: 'Matricule du responsable',
      'E-mail': 'Courriel',
      'Unit / department': 'Service',
    },
    seat: 'pos-000105',
    holder: 'Océane LEFÈVRE',
    manager: { name: 'Maëlle LEFÈVRE', title: 'Directeur général' },
  },
  {
    file: 'adp-utf16-bom.txt',
    format: /CSV people list/,
    read: { Encoding: 'utf-16le', Separator: '\t' },
    fields: {
      Id: 'Associate ID',
      Manager: 'Reports To Associate ID',
      'Job title': 'Job Title Description',
      'Unit / department': 'Home Department Description',
    },
    seat: 'pos-K7Q4005',
    holder: 'Noah Schmidt',
    manager: { name: "Zara O'Neill" },
  },
  {
    file: 'bamboohr-utf16-nobom.csv',
    format: /CSV people list/,
    read: { Encoding: 'utf-16le', Separator: ',' },
    fields: { Id: 'Employee #', Manager: 'Supervisor ID', 'E-mail': 'Work Email' },
    seat: 'pos-6',
    holder: 'Zara Silva',
    manager: { name: 'Hannah Okafor' },
  },
  {
    file: 'hibob-people.xlsx',
    format: /Excel workbook \(XLSX\)/,
    read: { Sheet: 'People' },
    fields: { Id: 'Employee ID', Manager: 'Reports to', Name: 'Display name' },
    managerMatch: 'column',
    seat: 'pos-HB-305',
    holder: 'Liam Silva (5)',
    manager: { name: 'Fatima Walsh (0)' },
  },
  {
    file: 'successfactors-users.xls',
    format: /Excel 97-2003 workbook \(XLS\)/,
    fields: { Id: 'USERID', Manager: 'MANAGER', 'E-mail': 'EMAIL' },
    seat: 'pos-sf7005',
    holder: 'Fatima Campbell',
    manager: { name: 'Daniel Brown' },
  },
  {
    file: 'personio-employees.ods',
    format: /OpenDocument spreadsheet \(ODS\)/,
    fields: { Id: 'ID', Manager: 'Supervisor', 'E-mail': 'Email' },
    managerMatch: 'email',
    seat: 'pos-880005',
    holder: 'Mateo Khan',
    manager: { name: 'Sofia Smith' },
  },
  {
    file: 'scim-users.json',
    format: /SCIM 2\.0 users/,
    fields: {
      Id: 'id',
      Manager: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value',
    },
    seat: 'pos-2819c223-7f76-453a-919d-413861904651',
    holder: 'Grace Haddad',
    manager: { name: 'Omar Haddad' },
  },
  {
    file: 'graph-users.json',
    format: /Microsoft Graph \/ Entra ID users/,
    fields: { Id: 'id', Manager: 'manager.id', 'Organisation / company': 'companyName' },
    seat: 'pos-6e7b768e-07e2-4810-8459-000004850005',
    holder: 'Kwame Brown',
    manager: { name: "Sofia O'Neill" },
  },
  {
    file: 'google-users.json',
    format: /Google Workspace users/,
    fields: { Manager: 'relations[manager].value', 'E-mail': 'primaryEmail' },
    managerMatch: 'email',
    seat: 'pos-104000000000000039595',
    holder: 'Lucas Haddad',
    manager: { name: 'Fatima Tanaka' },
  },
  {
    file: 'ad-export.ldif',
    format: /LDIF directory export/,
    fields: { Id: 'employeeID', Manager: 'manager', 'Organisation / company': 'company' },
    managerMatch: 'column',
    seat: 'pos-FC00006',
    holder: 'Noah Nguyen',
    manager: { name: 'Lucas Smith' },
  },
];

for (const c of FORMATS) {
  test(`${c.file}: detected, applied, still there after a reload with its reporting lines`, async ({
    page,
  }) => {
    const hr = new HrImportPage(page);
    await hr.open();
    await hr.importFixture(c.file);
    await expect(hr.result.locator('.import-file')).toContainText(c.format);
    for (const [option, value] of Object.entries(c.read ?? {})) {
      const select = hr.readOption(option as 'Encoding' | 'Separator' | 'Sheet');
      await expect(select).toHaveValue(value);
      if (option === 'Encoding')
        await expect(select.locator('option:checked')).toContainText('(detected)');
    }
    for (const [field, column] of Object.entries(c.fields)) {
      await expect(hr.field(field)).toHaveValue(column);
    }
    await expect(hr.field('Manager column contains')).toHaveValue(c.managerMatch ?? 'id');
    await expect(hr.noManager).toHaveCount(0);
    await hr.applyChecked();

    await hr.reload();
    await expect(page.getByTestId('data-status')).toContainText(`imported file ${c.file}`);
    await hr.expectReportsTo(c.seat, c.holder, c.manager);
  });
}

test('the encoding and separator are shown and can be changed; the file is read again', async ({
  page,
}) => {
  const hr = new HrImportPage(page);
  await hr.open();
  await hr.importFixture('paie-fr-cp1252.csv');
  await expect(hr.field('Last name')).toHaveValue('Nom');
  // Read as UTF-8, the accents of a Windows-1252 file break: the user sees it in the headings.
  await hr.readOption('Encoding').selectOption('utf-8');
  await expect(hr.field('Id').locator('option', { hasText: 'Pr\uFFFDnom' })).toHaveCount(1);
  await expect(hr.field('Id').locator('option', { hasText: 'Prénom' })).toHaveCount(0);
  await hr.readOption('Encoding').selectOption('windows-1252');
  await expect(hr.field('First name')).toHaveValue('Prénom');
  // With the wrong separator there is a single column: nothing is mapped, nothing applies.
  await hr.readOption('Separator').selectOption(',');
  await expect(hr.status).toContainText('cannot be applied');
  await expect(hr.applyButton()).toHaveCount(0);
  await hr.readOption('Separator').selectOption(';');
  await expect(hr.field('Manager')).toHaveValue('Matricule du responsable');
  await hr.applyChecked();
  await hr.reload();
  await hr.expectReportsTo('pos-000106', 'Chloé LEMAÎTRE', { name: 'Maëlle LEFÈVRE' });
  await page.goto('./#/person/000106');
  await expect(page.locator('main')).toContainText('Usine de Bourg-en-Bresse');
  await page.goto('./#/person/000100');
  await expect(page.locator('main')).toContainText('Siège – Lyon');
});

test('the sheet of a workbook can be chosen', async ({ page }) => {
  const hr = new HrImportPage(page);
  await hr.open();
  await hr.importFixture('hibob-people.xlsx');
  await expect(hr.readOption('Sheet')).toHaveValue('People');
  await hr.readOption('Sheet').selectOption('Filters');
  await expect(hr.status).toContainText('cannot be applied');
  await hr.readOption('Sheet').selectOption('People');
  await expect(hr.field('Manager')).toHaveValue('Reports to');
  await expect(hr.status).toContainText('can be applied');
});

test('no manager column is said loudly: nothing applies until HR confirms, then everyone is a top', async ({
  page,
}) => {
  const hr = new HrImportPage(page);
  await hr.open();
  await hr.importFixture('payroll-pipe-no-manager.txt');
  await expect(hr.readOption('Separator')).toHaveValue('|');
  await expect(hr.noManager).toBeVisible();
  await expect(hr.noManager).toContainText('No manager column found');
  await expect(hr.status).toContainText('cannot be applied');
  await expect(hr.problems).toContainText('No column says who reports to whom');
  await expect(hr.applyButton()).toHaveCount(0);
  await hr.noManager.getByRole('checkbox').check();
  await hr.applyChecked();
  await hr.reload();
  await expect(page.getByTestId('data-status')).toContainText('payroll-pipe-no-manager.txt');
  await hr.expectReportsTo('pos-0000006', 'Hannah ROSSI', undefined);
});
