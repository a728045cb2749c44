/** Person page: who the person works with (manager, team, backup), in en and fr, with axe. */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openView } from './pages/ViewsPages';
import { downloadedText, PersonView, unfoldVCard } from './pages/RecordPages';

const viewsOrg = JSON.parse(
  readFileSync(new URL('../fixtures/views-org.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

test('the person page shows the manager, the team and the backup, and leads to them', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/person/p-chloe', org);
  const person = new PersonView(page);
  await expect(person.heading).toHaveText('Chloé Bernard');
  await expect(person.manager).toHaveText('Ana Martin — Chief Executive Officer');
  await expect(person.teamItems).toHaveText([
    'Dan Petit — HR Business Partner',
    'Eve Durand — Payroll Lead',
  ]);
  await expect(person.backup).toHaveText('Dan Petit — HR Business Partner');
  await expectNoAxeViolations(page);

  // A vacant seat in the team says so; a seat at the top has no manager.
  await openView(shell, '#/person/p-eve', org);
  await expect(person.teamItems).toHaveText([
    'Farid Leroy — Payroll Officer',
    'Vacant — Payroll Officer',
  ]);
  await person.manager.getByRole('link', { name: 'Chloé Bernard' }).click();
  await expect(page).toHaveURL(/#\/person\/p-chloe$/);
  await person.manager.getByRole('link', { name: 'Ana Martin' }).click();
  await expect(person.heading).toHaveText('Ana Martin');
  await expect(person.manager).toHaveText(/No manager/);

  await shell.switchLanguage('fr');
  await expect(page.getByRole('heading', { name: 'Travaille avec' })).toBeVisible();
  await expect(person.manager).toHaveText(/Aucun responsable/);
  await expectNoAxeViolations(page);
});

test('"Save contact" downloads the person as a vCard 4.0 file', async ({
  page,
  shell,
  orgFile,
}) => {
  const org = await orgFile(viewsOrg);
  await openView(shell, '#/person/p-hugo', org);
  const person = new PersonView(page);
  const text = await downloadedText(page, () => person.saveContact.click());
  expect(text.download.suggestedFilename()).toBe('hugo-simon.vcf');
  const lines = unfoldVCard(text.content);
  expect(lines.slice(0, 5)).toEqual([
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    'FN:Hugo Simon',
    'N:Simon;Hugo;;;',
  ]);
  expect(lines).toContain('TITLE:Helpdesk Lead');
  expect(lines).toContain('ORG:Acme Views Test;IT');
  expect(lines).toContain('EMAIL;TYPE=work:hugo@acme.example');
  expect(lines).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:+33123456717');
  expect(lines).toContain('ADR;TYPE=work;LABEL="London office":;;London office;;;;');
  expect(lines).toContain('TZ:Europe/Paris');
  expect(lines).toContain('LANG;PREF=1:en');
  // A chat handle is no URI (IMPP needs one): it goes to the note, escaped.
  expect(lines).toContain('NOTE:Chat: @hugo\\nAsk me about: laptops\\, VPN');
  expect(lines.at(-2)).toBe('END:VCARD');

  await shell.switchLanguage('fr');
  const fr = await downloadedText(page, () => person.saveContact.click());
  expect(unfoldVCard(fr.content)).toContain('ORG:Acme Test des vues;Informatique');
});

test('on a phone the person page keeps its name and "Save contact" whole, in en and fr', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openView(shell, '#/person/p-valentina-martinez');
  const person = new PersonView(page);
  for (const lang of ['en', 'fr'] as const) {
    if (lang === 'fr') await shell.switchLanguage('fr');
    await expect(person.saveContact).toContainText(
      lang === 'fr' ? 'Enregistrer le contact' : 'Save contact',
    );
    // One line of text: the button is no taller than its line and its padding (a button
    // squeezed beside the name broke "Enregistre|r le|contact" in the middle of a word).
    const lines = await person.saveContact.evaluate((el) => {
      const s = getComputedStyle(el);
      const inner = el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
      return inner / parseFloat(s.lineHeight);
    });
    expect(lines, lang).toBeLessThan(1.5);
    // The name keeps the room beside (or above) the button: two lines at most.
    await expect(person.heading).toHaveText('Valentina Martínez');
    const nameLines = await person.heading.evaluate(
      (el) => el.clientHeight / parseFloat(getComputedStyle(el).lineHeight),
    );
    expect(nameLines, lang).toBeLessThan(2.5);
  }
  await expectNoAxeViolations(page);
});
