/** "Report an error" on unit, topic and service pages: a prefilled e-mail to the maintainer. */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openView, ServicesView } from './pages/ViewsPages';
import { readMailto, reportErrorLink } from './pages/RecordPages';

const viewsOrg = JSON.parse(
  readFileSync(new URL('../fixtures/views-org.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { topics: Record<string, unknown>[] };

async function mailOf(link: ReturnType<typeof reportErrorLink>) {
  return readMailto((await link.getAttribute('href')) ?? '');
}

test('unit, topic and service pages offer "Report an error" to the maintainer', async ({
  page,
  shell,
  orgFile,
}) => {
  // The laptop service has its own maintainer; every other record falls back to the organisation's.
  const org = await orgFile({
    ...viewsOrg,
    topics: viewsOrg.topics.map((t) =>
      t.id === 'laptop'
        ? { ...t, maintainer: { name: 'IT desk', email: 'it-desk@acme.example' } }
        : t,
    ),
  });

  await openView(shell, '#/unit/it', org);
  let mail = await mailOf(reportErrorLink(page).last());
  expect(mail.to).toBe('hr-data@acme.example');
  expect(mail.subject).toBe('Wayfinder: correction for “IT” (it)');
  expect(mail.body).toContain('#/unit/it');
  await expect(page.getByText('Maintained by HR data team')).toBeVisible();

  await openView(shell, '#/topic/payslip', org);
  mail = await mailOf(reportErrorLink(page));
  expect(mail.to).toBe('hr-data@acme.example');
  expect(mail.subject).toContain('“Payslip” (payslip)');
  expect(mail.body).toContain('#/topic/payslip');
  await expectNoAxeViolations(page);

  await openView(shell, '#/services?unit=it', org);
  const laptop = new ServicesView(page).service('Laptop broken or missing');
  const link = reportErrorLink(laptop);
  // Each card's link says which service it is about (several on one page).
  await expect(link).toHaveAccessibleName('Report an error — Laptop broken or missing');
  mail = await mailOf(link);
  expect(mail.to).toBe('it-desk@acme.example');
  expect(mail.subject).toContain('“Laptop broken or missing” (laptop)');
  expect(mail.body).toContain('#/topic/laptop');
  await expectNoAxeViolations(page);

  await shell.switchLanguage('fr');
  await openView(shell, '#/unit/it', org);
  mail = await mailOf(reportErrorLink(page).last());
  // \s: French typography puts non-breaking spaces before the colon and inside the quotes.
  expect(mail.subject).toMatch(/^Wayfinder\s:\scorrection pour «\s*Informatique\s*» \(it\)$/);
});
