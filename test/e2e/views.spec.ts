/** Journey 4: directory, service catalogue, RACI matrix and unit record, in en and fr, with axe. */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { DirectoryView, RaciView, ServicesView, openView } from './pages/ViewsPages';

/** A small org with people in Paris, Lyon and London, several languages and one RACI breach. */
const viewsOrg = JSON.parse(
  readFileSync(new URL('../fixtures/views-org.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

test.describe('directory', () => {
  test('filters by unit (sub-units included), location and language, in the URL', async ({
    page,
    shell,
    orgFile,
  }) => {
    const org = await orgFile(viewsOrg);
    await openView(shell, '#/directory', org);
    const dir = new DirectoryView(page);
    await expect(dir.count).toHaveText('13 results');

    await dir.unit.selectOption('hr');
    await expect
      .poll(() => dir.names())
      .toEqual(['Chloé Bernard', 'Dan Petit', 'Eve Durand', 'Farid Leroy', 'Payroll Officer']);
    await expect(page).toHaveURL(/#\/directory\?unit=hr$/);

    await dir.unit.selectOption('');
    await dir.location.selectOption('london office');
    await expect.poll(() => dir.names()).toEqual(['Gina Moreau', 'Hugo Simon']);
    await dir.language.selectOption('de');
    await expect.poll(() => dir.names()).toEqual(['Gina Moreau']);

    // The filtered view is shareable: reopening the URL shows the same result.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect.poll(() => dir.names()).toEqual(['Gina Moreau']);
    await expect(dir.language).toHaveValue('de');

    await dir.language.selectOption('');
    await dir.location.selectOption('');
    await dir.text.fill('ines laurent');
    await expect.poll(() => dir.names()).toEqual(['Inès Laurent']);
    const card = dir.results.first();
    await expect(card.getByRole('link', { name: /E-mail Inès Laurent/ })).toHaveAttribute(
      'href',
      'mailto:ines@acme.example',
    );
    await card.getByRole('link', { name: /on chart/ }).click();
    await expect(page).toHaveURL(/#\/chart\/helpdesk-agent$/);
  });
});

test('services page shows response time, steps and the Responsible contact', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/services', org);
  const services = new ServicesView(page);
  const laptop = services.service('Laptop broken or missing');
  await expect(laptop.locator('.service-level-responseTime')).toHaveText('Response time4 hours');
  await expect(laptop.getByText('Open a ticket')).toBeVisible();
  await expect(laptop.getByRole('link', { name: 'Hugo Simon', exact: true })).toBeVisible();

  await services.unit.selectOption('finance');
  await expect(page).toHaveURL(/#\/services\?unit=finance$/);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(services.service('Parking space')).toContainText('3 working days');

  await shell.switchLanguage('fr');
  await expect(services.service('Place de parking')).toContainText('Délai de réponse');
  await expect(services.service('Place de parking')).toContainText('3 jours ouvrés');
});

test('RACI matrix shows letters and flags a rule breach in words', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/raci', org);
  const raci = new RaciView(page);
  await expect(raci.summary).toContainText('1 topic breaks the rule.');
  const payslip = raci.row(/Payslip/);
  await expect(payslip.locator('.raci-letter')).toHaveText(['A', 'R', 'R']);
  await expect(payslip).toContainText('OK');
  const parking = raci.row(/Parking space/);
  await expect(parking).toContainText('Several Accountable (2)');
  await expect(parking).toContainText('No Responsible');
  await expect(raci.table.locator('th[scope="col"]').first()).toHaveText('Topic');

  await raci.breachesOnly.check();
  await expect(page).toHaveURL(/#\/raci\?breaches=1$/);
  await expect(raci.table.locator('tbody tr')).toHaveCount(1);
  await raci.breachesOnly.uncheck();
  await raci.unit.selectOption('it');
  await expect(raci.table.locator('tbody th')).toHaveText([
    'Laptop broken or missing',
    'Accounts and passwords',
  ]);

  await shell.switchLanguage('fr');
  await raci.unit.selectOption('');
  await expect(raci.row(/Place de parking/)).toContainText('Aucun Responsable');
});

test('unit page shows mission, sub-units, contact, positions, services and chart link', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/unit/it', org);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('IT');
  await expect(page.getByRole('link', { name: 'helpdesk@acme.example' }).first()).toHaveAttribute(
    'href',
    'mailto:helpdesk@acme.example',
  );
  await expect(page.getByRole('heading', { name: /Positions/ })).toContainText('(3)');
  await expect(page.getByRole('article', { name: 'Laptop broken or missing' })).toBeVisible();
  await page.getByRole('link', { name: 'Acme Ltd' }).click();
  await expect(page).toHaveURL(/#\/unit\/acme$/);
  await expect(page.getByText('Make useful things.')).toBeVisible();
  await page.getByRole('link', { name: 'IT', exact: true }).click();
  await page.getByRole('link', { name: 'Show on chart: IT' }).click();
  await expect(page).toHaveURL(/#\/chart\/cio$/);
});

test('the pages are usable with the keyboard only', async ({ page, shell, orgFile }) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/directory', org);
  const dir = new DirectoryView(page);
  await dir.text.focus();
  await page.keyboard.type('kim');
  await expect.poll(() => dir.names()).toEqual(['Kim Garcia']);
  await page.keyboard.press('Tab'); // unit select
  await expect(dir.unit).toBeFocused();
  await openView(shell, '#/raci', org);
  const region = page.getByRole('region', { name: /RACI matrix/ });
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
});

// One test per page and language. Services and RACI are checked for one unit: the markup is
// the same for every unit, and axe over all 78 services or 103 × 137 RACI cells takes minutes
// on a busy 2-core machine.
const AXE_PAGES = ['#/directory', '#/services?unit=it', '#/raci?unit=hr', '#/unit/it'];
for (const lang of ['en', 'fr'] as const) {
  for (const hash of AXE_PAGES) {
    test(`${hash} passes axe on the sample (${lang})`, async ({ page, shell }) => {
      test.setTimeout(180_000);
      await openView(shell, hash);
      if (lang === 'fr') await shell.switchLanguage('fr');
      await expect(page.locator('main h1').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
