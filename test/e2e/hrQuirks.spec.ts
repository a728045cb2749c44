/**
 * Issue "Real HR exports import as they come", items 3, 4 and 6: the quirks of real data, each
 * detected and proposed (never silently applied), the rows set aside instead of a refused file,
 * the organogram of ~5,000 posts in 150 organisations with its junior-staff companion, and the
 * same report from `npm run validate`. Every test that applies reloads and checks the data.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';
import { hrFixture, HrImportPage } from './pages/HrImportPage';

test('a group export: every quirk is proposed and can be turned off; tops, vacancies, mailboxes and entities come out right', async ({
  page,
}) => {
  const hr = new HrImportPage(page);
  await hr.open();
  await hr.importFixture('groupe-entites.csv');
  await expect(hr.readOption('Separator')).toHaveValue(';');
  await expect(hr.field('Organisation / company')).toHaveValue('Legal Entity');
  await expect(hr.field('Manager')).toHaveValue('Manager Employee ID');
  // Each quirk found is listed, ticked, with what it will do.
  await expect(hr.quirk('topMarkers')).toContainText('"0", "-", "none", "n/a", "top"');
  await expect(hr.quirk('selfIsTop')).toContainText('(1 rows)');
  await expect(hr.quirk('scopeIds')).toContainText('“Legal Entity” (48 repeated ids otherwise, 0');
  await expect(hr.quirk('vacancies')).toContainText(
    '"Vacancy", "TBD", "To be recruited", "Poste vacant", "À pourvoir", "", "Vacant"',
  );
  await expect(hr.quirk('teamEmails')).toContainText('rh@dupont-holding.example');
  await expect(hr.quirk('organisations')).toContainText('7 organisations: one tree for each');
  for (const key of ['topMarkers', 'selfIsTop', 'scopeIds', 'vacancies', 'teamEmails'] as const)
    await expect(hr.quirkBox(key)).toBeChecked();
  await expect(hr.status).toContainText('can be applied');
  await expect(hr.setAside).toHaveCount(0);

  // Turned off, a proposal is not applied: the markers are then managers nobody is, and those
  // entities' rows are set aside (listed), never silently placed.
  await hr.setQuirk('topMarkers', false);
  await expect(hr.setAside).toContainText('Manager "0" is not in the file');
  await expect(hr.setAside).toContainText('Manager "none" is not in the file');
  await expect(hr.setAside.getByRole('heading')).toHaveText('40 rows set aside');
  await hr.setQuirk('topMarkers', true);
  await expect(hr.setAside).toHaveCount(0);
  // Without scoping, employee numbers repeat across entities.
  await hr.setQuirk('scopeIds', false);
  await expect(hr.setAside).toContainText('Id "1" is already used by row 2.');
  await hr.setQuirk('scopeIds', true);
  await expect(hr.setAside).toHaveCount(0);
  await hr.applyChecked();

  await hr.reload();
  // A top in every entity, whatever its payroll wrote (blank, 0, -, none, n/a, top, itself).
  for (const [entity, holder] of [
    ['dupont-holding-sas', 'Élodie Lefèvre'],
    ['dupont-fromages-sas', 'François Müller'],
    ['dupont-uk-ltd', 'Anaïs Bérenger'],
    ['dupont-services-sas', "Hélène D'Almeida"],
  ] as const)
    await hr.expectReportsTo(`${entity}:pos-1`, holder, undefined);
  await hr.expectReportsTo('dupont-fromages-sas:pos-3', 'Jérôme Moreau', {
    name: 'Chloé Gauthier',
    title: 'Directeur financier',
  });
  // Vacancies written as names are vacant seats, not people called "TBD".
  await page.goto('./#/position/dupont-fromages-sas:pos-4');
  await expect(page.locator('.record-vacant')).toHaveText('This position is vacant.');
  await page.goto('./#/admin');
  await expect(hr.currentData).toContainText('49 people');
  // HR's shared mailbox is the unit's channel, not a recruiter's own address.
  await page.goto('./#/unit/dupont-holding-sas:u-ressources-humaines');
  await expect(page.locator('main')).toContainText('rh@dupont-holding.example');
  await page.goto('./#/person/dupont-holding-sas:6');
  await expect(page.locator('main')).toContainText("Anaïs D'Almeida");
  await expect(page.locator('main')).not.toContainText('rh@dupont-holding.example');
  // Same-named units in two entities stay apart.
  await page.goto('./#/unit/dupont-holding-sas:u-finance');
  await expect(page.locator('main')).toContainText('François Dubois');
  await expect(page.locator('main')).not.toContainText('Chloé Gauthier');
  await page.goto('./#/unit/dupont-fromages-sas:u-finance');
  await expect(page.locator('main')).toContainText('Chloé Gauthier');
  await expect(page.locator('main')).not.toContainText('François Dubois');
});

test('the organogram (~5,000 posts, 150 organisations) imports in two clicks, faulty rows set aside and downloadable, same report as the CLI', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const hr = new HrImportPage(page);
  await hr.open();
  // Click 1: choose the file. Everything the file needs is proposed and ticked.
  await hr.importFixture('organogram-senior.csv');
  await expect(hr.field('Id')).toHaveValue('Post Unique Reference');
  await expect(hr.field('Manager')).toHaveValue('Reports to Senior Post');
  await expect(hr.field('E-mail')).toHaveValue('Contact E-mail');
  await expect(hr.field('Organisation / company')).toHaveValue('Organisation');
  await expect(hr.quirk('topMarkers')).toContainText('"XX"');
  await expect(hr.quirk('topMarkers')).toContainText('(150 rows)');
  await expect(hr.quirk('scopeIds')).toContainText('4,873 repeated ids otherwise, 2 then');
  await expect(hr.quirk('organisations')).toContainText('150 organisations');
  await expect(hr.status).toContainText('No errors: this file can be applied');
  await expect(hr.problems).toContainText('3 warnings');

  // The faulty rows: listed with row number and reason, downloadable in the file's columns.
  await expect(hr.setAside.getByRole('heading')).toHaveText('7 rows set aside');
  const rows = hr.setAside.locator('tbody tr');
  await expect(rows).toHaveText([
    /^121\s*Manager "99999" is not in the file/,
    /^2,011\s*Manager "88888" is not in the file/,
    /^3,002\s*Rows 3002, 3003 report to each other in a loop/,
    /^3,003\s*Rows 3002, 3003 report to each other in a loop/,
    /^4,000\s*Manager "1234567" is not in the file/,
    /^4,973\s*Id "39" is already used by row 41 of the same organisation/,
    /^4,974\s*Id "31" is already used by row 778 of the same organisation/,
  ]);
  const csv = await hr.downloadSetAside();
  const lines = csv.trimEnd().split('\r\n');
  const header = readFileSync(hrFixture('organogram-senior.csv'), 'utf8').split('\r\n')[0];
  expect(lines[0]).toBe(`${header},Row in the file,Why it was set aside`);
  expect(lines).toHaveLength(8);
  expect(lines[1]).toMatch(
    /^58,Daniel Patel,.*,99999,.*,121,"Manager ""99999"" is not in the file/,
  );
  expect(lines[7]).toMatch(/^31,.*,4974,"Id ""31"" is already used by row 778/);

  // The CLI, on the same file with the same (proposed) choices, says the same.
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const cliCsv = join(dir, 'cli-set-aside.csv');
  let out = '';
  try {
    execFileSync(
      'npx',
      ['tsx', 'scripts/validate.ts', hrFixture('organogram-senior.csv'), '--set-aside', cliCsv],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    // Rows set aside: exit code 1, as a pipeline must hear of them.
    const err = e as { status: number; stdout: string };
    expect(err.status).toBe(1);
    out = err.stdout;
  }
  expect(out).toMatch(/organogram-senior\.csv: 0 errors, 3 warnings, 7 rows set aside\n$/);
  expect(readFileSync(cliCsv, 'utf8').replace(/^\uFEFF/, '')).toBe(csv);

  // Click 2: apply.
  await hr.applyChecked();
  await hr.reload();
  await expect(page.getByTestId('data-status')).toContainText('organogram-senior.csv');
  await expect(hr.versions.first()).toContainText('7 rows set aside');
  await hr.expectReportsTo('department-for-transport:pos-4', 'Sofia Silva', {
    name: 'Sofia Hughes',
    title: 'Head of Digital',
  });
  // One tree per organisation: each organisation's chief executive is a top (no manager above),
  // and the chart's "Several top positions" (every top sharing its organisation with another)
  // names only the one organisation whose file has a second top: the post reporting to itself
  // (Authority for Roads post 7, a top as proposed), not 150 tops of one tree.
  for (const [id, holder] of [
    ['department-for-transport:pos-1', "Noah O'Neill"],
    ['home-office:pos-1', 'Omar Hughes'],
    ['hm-treasury:pos-1', 'Lucas Walsh'],
  ] as const) {
    await hr.expectReportsTo(id, holder, undefined);
  }
  const chart = new ChartPage(page);
  await chart.open({ node: 'home-office:pos-1' });
  await expect(chart.node('home-office:pos-1')).toBeVisible();
  await expect(chart.node('home-office:pos-1')).toContainText('Chief Executive');
  await chart.settledLayout();
  const severalTops = page
    .getByRole('alert')
    .getByRole('listitem')
    .filter({ hasText: 'Several top positions' });
  await expect(severalTops.getByRole('link')).toHaveText([
    /\(authority-for-roads:pos-1\)/,
    /\(authority-for-roads:pos-7\)/,
  ]);
});

test('the junior-staff companion file adds headcount seats under their posts', async ({ page }) => {
  test.setTimeout(240_000);
  const hr = new HrImportPage(page);
  await hr.importOrganogramWithJuniorStaff();
  await expect(hr.field('Manager')).toHaveValue('Reporting Senior Post');
  await expect(hr.field('FTE')).toHaveValue('Number of Posts in FTE');
  await expect(hr.field('Grade')).toHaveValue('Grade');
  await expect(hr.quirk('headcount')).toContainText(
    '7,407 rows count staff under a post: they become headcount seats',
  );
  await expect(hr.noManager).toHaveCount(0);
  // Rows under the posts set aside from the senior file cannot be placed: listed too.
  await expect(hr.setAside).toContainText('is not in the file');
  await expect(hr.count('Positions', 1)).not.toHaveText('0');
  await expect(hr.count('People', 1)).toHaveText('0');
  await expect(hr.count('People', 3)).toHaveText('0');
  await hr.applyChecked();

  await hr.reload();
  // Department for Transport, row 2 of the junior file: 4 FTE of EO under post 1.
  await page.goto('./#/position/department-for-transport:pos-1');
  const reports = page.locator('.record-reports');
  await expect(reports).toContainText('Administrative Officer');
  await expect(page.getByTestId('record-subtree')).toContainText('FTE');
  await reports.getByRole('link', { name: 'Administrative Officer' }).first().click();
  await expect(page.getByTestId('record-headcount')).toContainText('4 people · grade EO · 4 FTE');
  await expect(page.locator('.record-vacant')).toHaveCount(0);
  await expect(page.locator('.record-chain')).toContainText('Chief Executive');

  // Importing the same file again changes nothing: headcount seats keep their ids.
  await page.goto('./#/admin');
  await hr.importFixture('organogram-junior.csv');
  await expect(hr.noChanges).toBeVisible();
});
