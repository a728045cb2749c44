/**
 * Directory at scale: every entry reachable by scrolling a virtualised list, sorting, the A–Z
 * jump, the "ask me about" filter, CSV and vCard of the filtered list, on desktop and phone.
 */
import { readFileSync } from 'node:fs';
import { generateOrg } from '../../data/generator';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { DirectoryView, openView } from './pages/ViewsPages';
import { downloadedText, unfoldVCard } from './pages/RecordPages';

type Org = Record<string, unknown> & {
  people: Record<string, unknown>[];
  positions: { holders?: string[] }[];
};
const viewsOrg = JSON.parse(
  readFileSync(new URL('../fixtures/views-org.json', import.meta.url), 'utf8'),
) as Org;

/** The views org with skills, and a name a spreadsheet would run as a formula. */
const skillsOrg: Org = {
  ...viewsOrg,
  people: viewsOrg.people.map((p) =>
    p.id === 'p-kim'
      ? { ...p, askMeAbout: { en: ['budgets', 'VPN access'], fr: ['budgets', 'accès VPN'] } }
      : p.id === 'p-leo'
        ? { ...p, name: '=HYPERLINK("http://evil.example","Léo")' }
        : p,
  ),
};

const PEOPLE = 3000;
const big = generateOrg({ people: PEOPLE, seed: 7 });
const vacant = big.positions.filter((p) => (p.holders ?? []).length === 0).length;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

test.describe('directory at scale', () => {
  test('scrolls to the last of thousands of entries with few rows in the page', async ({
    page,
    shell,
    orgFile,
  }) => {
    test.setTimeout(180_000);
    const org = await orgFile(big);
    await openView(shell, '#/directory', org);
    const dir = new DirectoryView(page);
    const total = big.people.length + vacant;
    await expect(dir.count).toHaveText(`${total.toLocaleString('en-GB')} results`);
    // Virtualised: a screenful of rows is drawn, not thousands.
    expect(await dir.results.count()).toBeLessThan(60);
    await expect(dir.results.first()).toHaveAttribute('aria-setsize', String(total));

    // The end of the list is reached by scrolling (no "Show more").
    await page.keyboard.press('End');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(dir.results.last()).toHaveAttribute('aria-posinset', String(total));
    await expect(dir.results.last()).toBeInViewport();
    expect(await dir.results.count()).toBeLessThan(60);
    await expect(page.getByRole('button', { name: /Show .* more/ })).toHaveCount(0);
  });

  test('sorts by title, unit and location, and the A–Z jump goes to the letter', async ({
    page,
    shell,
    orgFile,
  }) => {
    test.setTimeout(180_000);
    const org = await orgFile(big);
    await openView(shell, '#/directory', org);
    const dir = new DirectoryView(page);

    // By name: the jump to "M" lands on the first name starting with M, focused.
    await dir.jump('M');
    const focused = page.locator('.dir-list a:focus');
    await expect(focused).toHaveText(/^M/);
    await expect(focused).toBeInViewport();
    const firstM = big.people
      .map((p) => p.name)
      .filter((n) => fold(n).startsWith('m'))
      .sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0))[0];
    await expect(focused).toHaveText(firstM ?? '');

    await dir.sort.selectOption('title');
    await expect(page).toHaveURL(/sort=title/);
    const titles = await dir.firstTitles();
    expect(titles.length).toBeGreaterThan(3);
    expect(titles.map(fold)).toEqual([...titles.map(fold)].sort());

    await dir.sort.selectOption('location');
    const locations = await page
      .locator('.dir-list .dir-meta > span:first-child')
      .allTextContents();
    expect(locations.map(fold)).toEqual([...locations.map(fold)].sort());
    // Letters with no location starting with them are off, the others on.
    const starts = new Set(
      big.people.map((p) =>
        fold(typeof p.location === 'object' ? (p.location.en ?? '') : (p.location ?? ''))
          .charAt(0)
          .toUpperCase(),
      ),
    );
    const off = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !starts.has(l)) ?? 'Q';
    await expect(dir.letter(off)).toBeDisabled();
    await expect(dir.letter([...starts].find((l) => /[A-Z]/.test(l)) ?? 'A')).toBeEnabled();

    // The sort is in the URL: a reload keeps it.
    await page.reload();
    await expect(dir.sort).toHaveValue('location');
  });
});

test('filters by "ask me about" and saves the filtered list as CSV and vCard', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(skillsOrg);
  await openView(shell, '#/directory', org);
  const dir = new DirectoryView(page);
  await dir.skill.fill('vpn');
  await expect.poll(() => dir.names()).toEqual(['Hugo Simon', 'Kim Garcia']);
  await expect(page).toHaveURL(/skill=vpn/);

  const vcf = await downloadedText(page, () => dir.saveVcf.click());
  expect(vcf.download.suggestedFilename()).toMatch(/^acme-views-test-directory-.*\.vcf$/);
  const lines = unfoldVCard(vcf.content);
  expect(lines.filter((l) => l.startsWith('FN:'))).toEqual(['FN:Hugo Simon', 'FN:Kim Garcia']);
  expect(lines.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(2);

  await dir.skill.fill('');
  await dir.unit.selectOption('finance');
  await expect.poll(() => dir.names()).toHaveLength(2);
  const csv = await downloadedText(page, () => dir.exportCsv.click());
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = csv.content
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n');
  expect(rows[0]).toBe(
    'type,id,name,title,unit,location,email,phone,chat,languages,askMeAbout,positionIds',
  );
  expect(rows).toHaveLength(3);
  // The formula-like name is written as text (leading apostrophe), its quotes escaped.
  expect(rows.find((r) => r.includes('p-leo'))).toContain(
    `"'=HYPERLINK(""http://evil.example"",""Léo"")"`,
  );
  expect(rows.find((r) => r.includes('p-kim'))).toContain('budgets; VPN access');
});

test('the directory is keyboard usable: A–Z by keyboard, then Tab through the rows', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/directory', org);
  const dir = new DirectoryView(page);
  await dir.letter('K').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.dir-list a:focus')).toHaveText('Kim Garcia');
  await page.keyboard.press('Tab');
  await expect(page.locator('.dir-list a:focus')).toHaveText('Chief Financial Officer');
  await expectNoAxeViolations(page);
});

test.describe('directory on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('lists, sorts and jumps at 375 px without sideways scrolling', async ({
    page,
    shell,
    orgFile,
  }) => {
    test.setTimeout(180_000);
    const org = await orgFile(big);
    await openView(shell, '#/directory', org);
    const dir = new DirectoryView(page);
    await expect(dir.results.first()).toBeVisible();
    await dir.jump('T');
    await expect(page.locator('.dir-list a:focus')).toHaveText(/^T/);
    await dir.sort.selectOption('unit');
    await expect(dir.results.first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shell.switchLanguage('fr');
    await expect(dir.count).toContainText('résultats');
    await expectNoAxeViolations(page);
  });

  test('an away person opened straight on the directory has the badge set apart from the name', async ({
    page,
    shell,
  }) => {
    // The directory's own chunk must style the badge (it once relied on another page's CSS).
    await openView(shell, '#/directory?q=th%C3%A9o%20morin');
    const name = page.locator('.dir-name').first();
    await expect(name.getByRole('link')).toHaveText('Théo Morin');
    const badge = name.locator('.badge-away');
    await expect(badge).toHaveText(/^Away until \w+ \d+, \d{4}$/);
    await expect(badge).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    const gap = await badge.evaluate((el) => parseFloat(getComputedStyle(el).marginLeft));
    expect(gap).toBeGreaterThan(0);
  });
});
