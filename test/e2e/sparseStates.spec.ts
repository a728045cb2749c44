/**
 * Issue 15 item 16: sparse states. The result count appears once (not "4 results" and again
 * "4 RESULTS" over the list), and the answer card's contact column is as tall as what it holds:
 * no empty grey block beside a long service column, and one column when there is nothing beside it.
 */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openView } from './pages/ViewsPages';

type Json = Record<string, unknown>;
interface Org extends Json {
  topics: Json[];
  positions: (Json & { id: string; responsibilities?: Json[] })[];
}
const viewsOrg = JSON.parse(
  readFileSync(new URL('../fixtures/views-org.json', import.meta.url), 'utf8'),
) as Org;

/** Two topics: one with a long service column, one with nothing beside its contact. */
function sparseOrg(): Org {
  const org = structuredClone(viewsOrg);
  org.topics.push(
    {
      id: 'relocation',
      name: { en: 'Relocation help', fr: 'Aide au déménagement' },
      keywords: { en: ['relocation'], fr: ['déménagement'] },
      service: {
        responseTime: { en: '5 working days', fr: '5 jours ouvrés' },
        leadTime: { en: '3 weeks', fr: '3 semaines' },
        cost: { en: 'Free', fr: 'Gratuit' },
        steps: Array.from({ length: 8 }, (_, i) => ({
          en: `Step ${i + 1}: fill in the relocation form section ${i + 1}`,
          fr: `Étape ${i + 1} : remplir la partie ${i + 1} du formulaire`,
        })),
        equipment: [{ en: 'Moving boxes', fr: 'Cartons' }],
      },
      links: [1, 2, 3].map((n) => ({
        label: { en: `Relocation guide ${n}`, fr: `Guide du déménagement ${n}` },
        url: `https://intranet.acme.example/relocation/${n}`,
      })),
    },
    {
      id: 'badges',
      name: { en: 'Door badges', fr: 'Badges d’accès' },
      keywords: { en: ['badges'], fr: ['badges'] },
    },
  );
  const hrHead = org.positions.find((p) => p.id === 'hr-head')!;
  hrHead.responsibilities = [
    ...(hrHead.responsibilities ?? []),
    { topicId: 'relocation', role: 'A' },
  ];
  const partner = org.positions.find((p) => p.id === 'hr-partner')!;
  partner.responsibilities = [
    ...(partner.responsibilities ?? []),
    { topicId: 'relocation', role: 'R' },
    { topicId: 'badges', role: 'R' },
  ];
  return org;
}

/** Bottom of the contact column's box minus the bottom of its last child (its padding aside). */
async function emptyBelow(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.answer-card .answer-contact');
    const last = box?.lastElementChild;
    if (!box || !last) throw new Error('no contact column');
    const padding = parseFloat(getComputedStyle(box).paddingBottom);
    return box.getBoundingClientRect().bottom - padding - last.getBoundingClientRect().bottom;
  });
}

test('the result count is shown once, with and without an answer card', async ({
  page,
  shell,
  orgFile,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const org = await orgFile(sparseOrg());
  // A person's name: results but no answer card.
  await openView(shell, '#/search?q=hugo', org);
  const count = page.locator('.search-count');
  await expect(count).toHaveText(/^\d+ results?$/);
  const text = (await count.textContent()) ?? '';
  await expect(page.locator('main')).not.toContainText(/\d+ results?[\s\S]*\d+ results?/i);
  await expect(page.getByText(text, { exact: true })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeAttached();
  await expectNoAxeViolations(page);

  await shell.switchLanguage('fr');
  await expect(count).toHaveText(/^\d+ résultats?$/);
  await expect(page.locator('main')).not.toContainText(/\d+ résultats?[\s\S]*\d+ résultats?/i);

  // With an answer card the list is "Also found" and the count still appears once.
  await shell.switchLanguage('en');
  await openView(shell, '#/search?q=relocation', org);
  await expect(page.getByTestId('answer-card')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/\d+ results?[\s\S]*\d+ results?/i);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the answer card's contact column has no empty area (${size.width} px)`, async ({
    page,
    shell,
    orgFile,
  }) => {
    await page.setViewportSize(size);
    const org = await orgFile(sparseOrg());
    // A long service column beside one contact: the grey column stays as tall as the contact.
    await openView(shell, '#/search?q=relocation', org);
    const card = page.getByTestId('answer-card');
    await expect(card.getByRole('heading', { name: 'Relocation help' })).toBeVisible();
    await expect(card.locator('.answer-steps li')).toHaveCount(8);
    // At most its last line's own margin (the column stretched to the service column left ~400 px).
    expect(await emptyBelow(page)).toBeLessThanOrEqual(16);
    if (size.width > 760) {
      // Side by side, and the service column really is the taller one.
      const [contact, side] = await Promise.all(
        ['.answer-contact', '.answer-side'].map((s) => card.locator(s).boundingBox()),
      );
      expect(side!.height).toBeGreaterThan(contact!.height + 100);
      expect(side!.x).toBeGreaterThan(contact!.x + contact!.width);
    }

    // Nothing beside the contact: one column as wide as the card's body.
    await openView(shell, '#/search?q=badges', org);
    await expect(card.getByRole('heading', { name: 'Door badges' })).toBeVisible();
    await expect(card.locator('.answer-side')).toBeHidden();
    const [body, contact] = await Promise.all(
      ['.answer-body', '.answer-contact'].map((s) => card.locator(s).boundingBox()),
    );
    const bodyPadding = await card
      .locator('.answer-body')
      .evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft) * 2);
    expect(contact!.width).toBeGreaterThanOrEqual(body!.width - bodyPadding - 2);
    expect(await emptyBelow(page)).toBeLessThanOrEqual(16);
    await expectNoAxeViolations(page);
  });
}
