/**
 * Issue "The organisation HR imported stays", item 2: the CLI and the admin page give the same
 * report for the same file and the same choice. "Start my organisation" is covered on the
 * organogram (hrQuirks.spec); here "Add to the current data" and the short form's details.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { hrFixture } from './pages/HrImportPage';

/** Runs `npm run validate` (through tsx) and returns its last line and exit code. */
function cli(args: string[]): { code: number; last: string; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/validate.ts', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, last: out.trimEnd().split('\n').at(-1) ?? '', out };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return {
      code: err.status,
      last: err.stdout.trimEnd().split('\n').at(-1) ?? '',
      out: err.stdout,
    };
  }
}

test('"Add to the current data": the page and `validate --add-to` give the same report; applied, it stays', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importPath(hrFixture('workday-workers.csv'));
  await admin.chooseMode('add');
  await expect(admin.status).toContainText('can be applied');
  const problems = page.locator('.import-problems');
  await expect(problems).toContainText('206 warnings');
  await expect(problems).not.toContainText(/\d+ errors?/);

  // The same file laid over the same current data (the bundled demo the page started on).
  const added = cli([hrFixture('workday-workers.csv'), '--add-to', 'public/org.json']);
  expect(added.last).toMatch(/workday-workers\.csv: 0 errors, 206 warnings$/);
  expect(added.code).toBe(0);
  // And alone, as "Start my organisation" would check it: the page's other choice, same again.
  const alone = cli([hrFixture('workday-workers.csv')]);
  expect(alone.last).toMatch(/workday-workers\.csv: no problems found$/);
  await admin.chooseMode('start');
  await expect(admin.status).toContainText('No errors: this file can be applied');
  await expect(problems).toHaveCount(0);

  // Applied laid over the demo: the demo's organisation stays, the file's people are in it.
  await admin.chooseMode('add');
  await expect(problems).toContainText('206 warnings');
  await admin.apply();
  await page.reload();
  await expect(page.getByTestId('data-status')).toContainText('workday-workers.csv');
  await expect(page.getByTestId('org-name')).toContainText('Northwind');
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
});

test('the short form on the import screen and the CLI options refuse the same hostile e-mail', async ({
  page,
}) => {
  const admin = new AdminPage(page);
  await admin.open();
  await admin.importPath(hrFixture('workday-workers.csv'));
  await expect(page.getByRole('radio', { name: /start my organisation/i })).toBeChecked();
  await page.getByLabel('Name (English)').fill('Contoso Works');
  await page.getByLabel('General help e-mail').fill('help@contoso.example?bcc=spy@evil.example');
  await page.getByRole('button', { name: 'Use these details' }).click();
  await expect(page.locator('.import-problems')).toContainText(
    'Check the organisation details: a date is YYYY-MM-DD',
  );
  await expect(admin.applyButton()).toHaveCount(0);

  const wrong = cli([
    hrFixture('workday-workers.csv'),
    '--org-name-en',
    'Contoso Works',
    '--help-email',
    'help@contoso.example?bcc=spy@evil.example',
  ]);
  expect(wrong.code).toBe(1);
  expect(wrong.out).toContain('Check the organisation details: a date is YYYY-MM-DD');
  expect(wrong.last).toMatch(/: 1 error, 0 warnings$/);

  // Nothing was stored by the refused check: the demo is still current after a reload.
  await page.reload();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
});
