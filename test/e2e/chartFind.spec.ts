/**
 * Issue 15, chart item 6: find in chart (the search index, "Show on chart" behaviour, keyboard,
 * phone) and the team counts on cards (headcount seats counted by their count, kept on reload).
 */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ChartPage } from './pages/ChartPage';

interface SamplePosition {
  id: string;
  reportsTo?: string;
  holders?: string[];
}
const sample = JSON.parse(readFileSync('public/org.json', 'utf8')) as {
  positions: SamplePosition[];
};

/** People and vacant seats under `id` in the sample file, counted here independently. */
function teamOf(id: string): { people: number; vacant: number; span: number } {
  let people = 0;
  let vacant = 0;
  const stack = sample.positions.filter((p) => p.reportsTo === id);
  const span = stack.length;
  while (stack.length > 0) {
    const p = stack.pop()!;
    const holders = new Set(p.holders ?? []).size;
    people += holders;
    if (holders === 0) vacant += 1;
    stack.push(...sample.positions.filter((q) => q.reportsTo === p.id));
  }
  return { people, vacant, span };
}

test('find in chart: a person found with the keyboard is drawn, centred, selected, focused', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  await chart.open();
  // Adrien Colin holds a shift supervisor seat three levels down, closed on the first view.
  await expect(chart.node('lyon-sup-3')).toHaveCount(0);
  await chart.find.fill('adrien colin');
  await expect(chart.find).toHaveAttribute('aria-expanded', 'true');
  const first = chart.findOptions.first();
  await expect(first).toContainText('Adrien Colin');
  await expect(first).toContainText('Shift supervisor, Lyon');
  await expectNoAxeViolations(page);

  // Arrow keys move the active option; Escape closes the list and keeps the text.
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(chart.find).toHaveAttribute(
    'aria-activedescendant',
    (await first.getAttribute('id'))!,
  );
  await page.keyboard.press('Escape');
  await expect(chart.find).toHaveAttribute('aria-expanded', 'false');
  await expect(chart.find).toHaveValue('adrien colin');
  await page.keyboard.press('ArrowDown');
  await expect(chart.find).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');

  const card = chart.node('lyon-sup-3');
  await expect(card).toBeFocused();
  await chart.expectWhollyShown('lyon-sup-3');
  await expect(card.locator('.wf-card')).toHaveClass(/is-selected/);
  await expect(page).toHaveURL(/#\/chart\/lyon-sup-3$/);
  await expect(
    chart.panel.getByRole('heading', { level: 2, name: 'Shift supervisor, Lyon' }),
  ).toBeVisible();
  // Its chain is highlighted up to the top.
  await expect(chart.node('lyon-director').locator('.wf-card')).toHaveClass(/is-chain/);

  // A position by its title, chosen with the mouse; Escape twice empties the box.
  await chart.find.fill('chief financial');
  await chart.findOptions.filter({ hasText: 'Chief financial officer' }).first().click();
  await expect(page).toHaveURL(/#\/chart\/cfo$/);
  await chart.expectWhollyShown('cfo');
  await chart.find.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(chart.find).toHaveValue('');

  // Nothing found is said, not shown as an empty list.
  await chart.find.fill('zzqxw');
  await expect(
    page.getByRole('status').filter({ hasText: 'No position or person found.' }),
  ).toHaveCount(1);
  await expect(chart.findOptions).toHaveCount(0);
});

test('find in chart in French, and on a phone inside "More"', async ({ page, shell }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const chart = new ChartPage(page);
  await chart.open();
  await shell.switchLanguage('fr');
  await expect(chart.find).toBeHidden();
  await chart.toolbar.getByRole('button', { name: 'Plus' }).click();
  await chart.find.fill('adrien colin');
  await expect(chart.findOptions.first()).toContainText('Chef d’équipe, Lyon');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  // The menu folds away and the card shows above the record sheet.
  await expect(chart.find).toBeHidden();
  await expect(chart.node('lyon-sup-3')).toBeFocused();
  await chart.expectWhollyShown('lyon-sup-3');
  await page.reload();
  await chart.waitForCards();
  await expect(chart.node('lyon-sup-3').locator('.wf-card')).toHaveClass(/is-selected/);
});

test('team counts: the toggle shows people, vacancies and direct reports, and stays on reload', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  await chart.open();
  const counts = chart.node('ceo').locator('.wf-card-counts');
  await expect(counts).toHaveCount(0);
  const toggle = page.getByRole('checkbox', { name: 'Team counts' });
  await toggle.check();
  const ceo = teamOf('ceo');
  expect(ceo.people).toBeGreaterThan(100);
  const text = (n: number) => n.toLocaleString('en-GB');
  await expect(counts).toHaveText(
    `${text(ceo.people)} people · ${ceo.vacant} vacant · ${ceo.span} direct`,
  );
  // The line stays inside the card.
  const box = (await chart.node('ceo').boundingBox())!;
  const line = (await counts.boundingBox())!;
  expect(line.y + line.height).toBeLessThanOrEqual(box.y + box.height);
  expect(line.x + line.width).toBeLessThanOrEqual(box.x + box.width);

  await page.reload();
  await chart.waitForCards();
  await expect(page.getByRole('checkbox', { name: 'Team counts' })).toBeChecked();
  await chart.open({ node: 'cfo' });
  const cfo = teamOf('cfo');
  await expect(chart.node('cfo').locator('.wf-card-counts')).toHaveText(
    `${cfo.people} people · ${cfo.vacant} vacant · ${cfo.span} direct`,
  );
});

test('team counts: a headcount seat (format 2) counts as its number of people', async ({
  page,
  orgFile,
}) => {
  // 12 analysts and a vacant head under the chief.
  const chart = new ChartPage(page);
  const org = await orgFile({
    formatVersion: 2,
    organisation: { name: 'Small office', maintainer: { email: 'hr@example.com' } },
    units: [{ id: 'u', name: 'Office' }],
    positions: [
      { id: 'top', title: 'Chief', unitId: 'u', holders: ['a'] },
      { id: 'head', title: 'Head of analysis', unitId: 'u', reportsTo: 'top' },
      {
        id: 'analysts',
        title: 'Analyst',
        unitId: 'u',
        reportsTo: 'head',
        headcount: { count: 12, fte: 10.5 },
      },
    ],
    people: [{ id: 'a', name: 'Ada Lovelace' }],
    topics: [],
  });
  await chart.open({ org });
  await page.getByRole('checkbox', { name: 'Team counts' }).check();
  await expect(chart.node('top').locator('.wf-card-counts')).toHaveText(
    '12 people · 1 vacant · 1 direct',
  );
});
