/**
 * Issue 15 item 13: one date format per language (Intl.DateTimeFormat, long), numbers with the
 * language's thousands separators, French typography (a non-breaking space before : ; ? !),
 * and no English control left in French.
 */
import { generateOrg } from '../../data/generator';
import { expect, test } from './fixtures';

// In the sample, Lucas Muller (payroll officer, Responsible for payslips) is away until 2027-02-28.
const PAGES = [
  { hash: '#/person/p-lucas-muller', where: 'main' },
  { hash: '#/position/pay-officer-1', where: 'main' },
  { hash: '#/directory?q=lucas%20muller', where: 'main' },
  { hash: '#/unit/pay', where: 'main' },
  { hash: '#/search?q=payslip', where: '[data-testid="answer-card"]' },
];

test('an absence reads the same on every page, in each language', async ({ page, shell }) => {
  test.setTimeout(240_000);
  for (const [lang, text] of [
    ['en', 'February 28, 2027'],
    ['fr', '28 février 2027'],
  ] as const) {
    for (const { hash, where } of PAGES) {
      await shell.open(hash);
      if (lang === 'fr') await shell.switchLanguage('fr');
      const region = page.locator(where).first();
      await expect(region, `${hash} (${lang})`).toContainText(text);
      const content = (await region.textContent()) ?? '';
      expect(content, hash).not.toContain('2027-02-28');
      expect(content, hash).not.toContain('2/28/2027');
      expect(content, hash).not.toContain('28/02/2027');
      if (lang === 'fr') await shell.switchLanguage('en');
    }
  }
});

test('French pages use non-breaking spaces before : ; ? !', async ({ page, shell }) => {
  await shell.open('#/search');
  await shell.switchLanguage('fr');
  // "Qui contacter ?" with a non-breaking space, never a plain one.
  const title = (await page.locator('main h1').first().textContent()) ?? '';
  expect(title).toContain('\u00a0?');
  // The interface's text, not HR's: the home page also lists topics, units and sites as the
  // org file writes them (list items and the site choices), which are the data's typography.
  await expect(page.getByTestId('home-suggestions')).toBeVisible();
  const body = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('li, option')) el.remove();
    return copy.textContent ?? '';
  });
  expect(body).toContain('Nouveau ou nouvelle');
  expect(body).not.toMatch(/ [:;?!]/);
});

test('counts group thousands in each language', async ({ page, shell, orgFile }) => {
  test.setTimeout(240_000);
  const org = generateOrg({ people: 1100, seed: 7 });
  await shell.open('#/directory', { org: await orgFile(org), waitForData: false });
  // A busy machine may take a while to parse a generated file the first time.
  await expect(shell.orgName).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('.result-count')).toHaveText(/^\d,\d{3} /, { timeout: 90_000 });
  await shell.switchLanguage('fr');
  await expect(page.locator('.result-count')).toHaveText(/^\d\u202f\d{3} /);
});

test('the chart’s controls speak French', async ({ page, shell }) => {
  await shell.open('#/chart');
  await shell.switchLanguage('fr');
  await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom arrière' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Zoom In|Zoom Out/ })).toHaveCount(0);
});
