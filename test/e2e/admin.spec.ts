/**
 * HR journey (PRODUCT §2.5–6): import → check → preview → apply, refused bad files, restore,
 * export/re-import, CSV people lists, and the data source refresh (on start and "check now").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

interface Org {
  organisation: { name: unknown; [k: string]: unknown };
  positions: { id: string; reportsTo?: string; holders?: string[]; [k: string]: unknown }[];
  people: { id: string; name: string; [k: string]: unknown }[];
  [k: string]: unknown;
}

const fixture = (name: string) => readFileSync(resolve('test/fixtures/import', name), 'utf8');

async function sample(request: APIRequestContext): Promise<Org> {
  const response = await request.get('org.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Org;
}

/** The sample plus one new person in a new seat under the top position. */
function withNewcomer(org: Org, name = 'Zephyrine Quillfeather'): Org {
  const root = org.positions.find((p) => !p.reportsTo) ?? org.positions[0]!;
  return {
    ...org,
    people: [...org.people, { id: 'e2e-newcomer', name, email: 'zq@example.com' }],
    positions: [
      ...org.positions,
      {
        id: 'e2e-newcomer-seat',
        title: 'Chief Wayfinding Officer',
        reportsTo: root.id,
        holders: ['e2e-newcomer'],
        ...(typeof root.unitId === 'string' ? { unitId: root.unitId } : {}),
      },
    ],
  };
}

test('import a valid file → preview → apply → search and chart show the new data', async ({
  page,
  request,
}) => {
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importFile('org-v2.json', JSON.stringify(withNewcomer(await sample(request))));
  await expect(admin.status).toContainText('can be applied');
  await expect(admin.count('People', 1)).toHaveText('1');
  await expect(admin.count('Positions', 1)).toHaveText('1');
  await page.getByText('People', { exact: true }).last().click();
  await expect(admin.result.getByText('Zephyrine Quillfeather')).toBeVisible();
  await admin.apply();
  await expect(admin.versions).toHaveCount(2);
  await expect(admin.versions.first()).toContainText('org-v2.json');

  await page.goto('./#/search?q=Quillfeather');
  await expect(page.getByText('Zephyrine Quillfeather').first()).toBeVisible();
  await page.goto('./#/chart/e2e-newcomer-seat');
  await expect(page.getByText('Chief Wayfinding Officer').first()).toBeVisible();
});

test('a bad file lists every error and leaves the data intact', async ({ page, request }) => {
  const org = await sample(request);
  const admin = new AdminPage(page);
  await admin.open();
  const before = await admin.currentData.textContent();
  const bad = {
    ...org,
    positions: [
      ...org.positions,
      { id: 'x1', title: 'Ghost', reportsTo: 'nobody' },
      { id: 'x1', title: 'Twin' },
    ],
  };
  await admin.importFile('bad.json', JSON.stringify(bad, null, 2));
  await expect(admin.status).toContainText('cannot be applied');
  await expect(admin.applyButton()).toHaveCount(0);
  const errors = page.locator('.import-problems .problem-error');
  expect(await errors.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.import-problems')).toContainText('positions[');

  await admin.another();
  await admin.importFile('broken.json', '{\n  "formatVersion": 1,\n  "units": [,]\n}');
  await expect(page.locator('.import-problems')).toContainText('line 3');
  await expect(admin.currentData).toHaveText(before ?? '');
  await expect(admin.versions).toHaveCount(1);
});

test('restore an earlier version', async ({ page, request }) => {
  const org = await sample(request);
  const admin = new AdminPage(page);
  await admin.open();
  const renamed = { ...org, organisation: { ...org.organisation, name: 'Renamed For Restore' } };
  await admin.importFile('renamed.json', JSON.stringify(renamed));
  await admin.apply();
  await expect(page.getByTestId('org-name')).toHaveText('Renamed For Restore');
  await admin.versions
    .nth(1)
    .getByRole('button', { name: /restore/i })
    .click();
  await expect(admin.message).toContainText('was restored');
  await expect(page.getByTestId('org-name')).not.toHaveText('Renamed For Restore');
  await expect(admin.versions).toHaveCount(3);
  await expect(admin.versions.first()).toContainText('Restore');
  await admin.versions.first().getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('button', { name: 'Download this version' })).toBeVisible();
});

test('export then re-import shows "no changes"; the CSV export maps back', async ({ page }) => {
  const admin = new AdminPage(page);
  await admin.open();
  const json = await admin.download(/download org file/i);
  await admin.importPath(json);
  await expect(admin.noChanges).toBeVisible();

  await admin.another();
  const csv = await admin.download(/download people list/i);
  await admin.importPath(csv);
  // While the demo is current a file starts a new organisation: this one is added to it.
  await admin.chooseMode('add');
  await expect(page.getByRole('combobox', { name: 'Manager', exact: true })).toHaveValue(
    'managerId',
  );
  await expect(admin.status).toContainText('can be applied');
  // Laid over the current data, the people list keeps topics, RACI and vacancies: no changes.
  await expect(admin.noChanges).toBeVisible();
});

test('import a CSV with id,parentId columns and apply it', async ({ page }) => {
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importFile('people.csv', fixture('d3-id-parentId.csv'));
  await expect(page.getByRole('combobox', { name: 'Manager', exact: true })).toHaveValue(
    'parentId',
  );
  await expect(page.getByRole('combobox', { name: 'Job title' })).toHaveValue('positionName');
  await expect(admin.count('People', 1)).toHaveText('6');
  await admin.apply();
  await page.goto('./#/search?q=Farid');
  await expect(page.getByText('Farid Benali').first()).toBeVisible();
});

test('CSV mapping can be fixed by hand; managers by e-mail', async ({ page }) => {
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importFile('custom.csv', fixture('custom-headings.csv'));
  await expect(admin.status).toContainText('cannot be applied');
  await page.getByRole('combobox', { name: 'Id', exact: true }).selectOption('ref');
  await page.getByRole('combobox', { name: 'Name', exact: true }).selectOption('who');
  await page.getByRole('combobox', { name: 'Manager', exact: true }).selectOption('boss');
  await expect(admin.status).toContainText('can be applied');
  await admin.another();
  await admin.paste(fixture('reports-to-email.csv'));
  await expect(page.getByRole('combobox', { name: /manager column contains/i })).toHaveValue(
    'email',
  );
  await expect(admin.status).toContainText('can be applied');
});

test('hostile content is shown as text and never runs', async ({ page }, testInfo) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importFile('hostile.csv', fixture('hostile.csv'));
  await expect(page.locator('.import-problems')).toContainText('row 2, column chat');
  await page.getByText('People', { exact: true }).last().click();
  await expect(
    admin.result.locator('.diff-label', { hasText: '<img src=x onerror=alert(1)>' }),
  ).toBeVisible();
  await expect(admin.result.locator('img')).toHaveCount(0);
  await admin.another();
  const big = join(testInfo.outputDir, 'big.json');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 32));
  await admin.importPath(big);
  await expect(page.locator('.import-problems')).toContainText('the limit is 50 MB');
  expect(dialogs).toBe(0);
});

test('a newer source file is picked up on start and by "check now"; an invalid one is refused', async ({
  page,
  request,
}) => {
  const org = await sample(request);
  let body = JSON.stringify(org);
  await page.route('**/hr-source.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  const admin = new AdminPage(page);
  await admin.open('hr-source.json');
  body = JSON.stringify(withNewcomer(org, 'Remote Newcomer'));
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('Newer organisation data was applied');
  await expect(admin.currentData).toContainText(`${org.people.length + 1} people`);

  body = '{ "formatVersion": 1, "organisation": 42 }';
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(admin.sourceStatus).toContainText('has problems; the stored data was kept');
  await expect(admin.currentData).toContainText(`${org.people.length + 1} people`);

  body = JSON.stringify(org);
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(admin.sourceStatus).toContainText('Newer data from hr-source.json was applied');
  await expect(admin.currentData).toContainText(`${org.people.length} people`);
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(admin.sourceStatus).toContainText('up to date');
});

test('a source that cannot be reached is not chosen: nothing changes', async ({ page }) => {
  await page.route('**/unreachable-org.json', (route) => route.fulfill({ status: 404, body: '' }));
  const admin = new AdminPage(page);
  await admin.open();
  // The same version (data date, source, stored at): the start-up check of the demo may record
  // itself again on reload, so its "Last checked" line is left out of the comparison.
  const version = async () =>
    ((await admin.currentData.textContent()) ?? '').replace(
      /Last checked.*?· [a-z ]+(?=[A-Z])/,
      '',
    );
  await expect(admin.currentData).toContainText('Stored');
  const before = await version();
  await admin.sourceInput.fill('unreachable-org.json');
  await page.getByRole('button', { name: 'Preview this source' }).click();
  await expect(admin.sourceStatus).toContainText('could not be reached');
  await page.reload();
  await expect(admin.currentData).toContainText('Stored');
  await expect.poll(version).toBe(before);
  expect(before).toContain('Demo organisation');
  await expect(admin.sourceInput).toHaveValue('');
});

for (const lang of ['en', 'fr'] as const) {
  test(`the admin page with a preview passes axe in ${lang}`, async ({ page, request }) => {
    const admin = new AdminPage(page);
    await admin.open();
    await page.locator(`.language-switch button[lang="${lang}"]`).click();
    await admin.importFile('org-v2.json', JSON.stringify(withNewcomer(await sample(request))));
    await expectNoAxeViolations(page);
  });
}
