/**
 * The answer card on data shaped like an agency directory (issue 14): a topic answered by a
 * service desk, a typo correction notice, the unit and organisation on every row (two agencies
 * with a topic of the same name), the user's location choosing among two Responsible, whether
 * a contact is within working hours now, and the home page before anything is typed.
 * Each test reloads where data or settings change and checks what the user sees again.
 */
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { agencies } from './agenciesOrg';
import { SearchPage } from './pages/SearchPage';

/** Wednesday 2 December 2026, 10:30 in Paris (09:30 UTC). */
const WORKING_TIME = new Date('2026-12-02T09:30:00Z');
/** The same day at 19:30 in Paris. */
const EVENING = new Date('2026-12-02T18:30:00Z');

test.describe('answer card on an agency directory', () => {
  test('a topic answered by a service desk leads with the desk', async ({ page, orgFile }) => {
    await page.clock.setFixedTime(WORKING_TIME);
    const org = await orgFile(agencies);
    const search = new SearchPage(page);
    await search.open('#/', { org });
    await search.type('laptop broken');
    const channel = search.answerCard.getByTestId('answer-channel');
    await expect(channel.getByTestId('channel-name')).toHaveText('IT service desk');
    await expect(channel.locator('a[href="mailto:servicedesk@gov.test"]')).toBeVisible();
    await expect(channel.getByTestId('availability')).toContainText('Within working hours now');
    // The people behind it follow: the Accountable for escalation.
    await expect(search.answerCard.getByRole('heading', { name: 'Escalation' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A topic with a request form leads with the form.
    await search.type('access badge');
    await expect(
      search.answerCard
        .getByTestId('answer-channel')
        .locator('a[href="https://forms.gov.test/badge"]'),
    ).toBeVisible();
    await expect(
      search.answerCard.getByRole('heading', { name: 'Make the request' }),
    ).toBeVisible();
    await expect(search.responsibleName).toHaveText('Eve Laurent');

    await search.reloadWithQuery('access badge');
    await expect(
      search.answerCard
        .getByTestId('answer-channel')
        .locator('a[href="https://forms.gov.test/badge"]'),
    ).toBeVisible();

    await search.shell.switchLanguage('fr');
    await search.type('ordinateur portable');
    await expect(search.answerCard.getByTestId('channel-name')).toHaveText('Support informatique');
    await expect(search.answerCard.getByTestId('availability')).toContainText(
      'En horaires de travail',
    );
  });

  test('a typo is corrected and the notice says what was searched', async ({ page, orgFile }) => {
    const org = await orgFile(agencies);
    const search = new SearchPage(page);
    await search.open('#/', { org });
    await search.type('imigration');
    await expect(search.answerTitle()).toHaveText('Immigration and work permits');
    await expect(search.correction).toHaveText(
      'Showing results for “immigration”. You typed “imigration”.',
    );
    // A word the data knows as typed: no notice.
    await search.type('immigration');
    await expect(search.answerTitle()).toHaveText('Immigration and work permits');
    await expect(search.correction).toHaveCount(0);

    await search.type('imigration');
    await search.reloadWithQuery('imigration');
    await expect(search.correction).toContainText('“immigration”');
    await search.shell.switchLanguage('fr');
    await expect(search.correction).toHaveText(
      'Résultats pour «\u00a0immigration\u00a0». Vous avez tapé «\u00a0imigration\u00a0».',
    );
    await expectNoAxeViolations(page);
  });

  test('every row says its unit and organisation; same names read apart', async ({
    page,
    orgFile,
  }) => {
    const org = await orgFile(agencies);
    const search = new SearchPage(page);
    await search.open('#/', { org });
    await search.type('employment opportunities');
    await expect(search.answerTitle()).toHaveText('Employment opportunities');
    const where = [
      await search.answerCard.locator('.answer-eyebrow').innerText(),
      await page.locator('.result-topic').getByTestId('result-where').innerText(),
    ].join('\n');
    expect(where).toMatch(/TA[\s\S]*Human resources/i);
    expect(where).toContain('Roads Agency › Human resources');

    // Roles and people say where they sit too.
    await search.type('recruitment officer');
    await expect(page.locator('.result-position').getByTestId('result-where')).toHaveText([
      /TA › Human resources|Roads Agency › Human resources/,
      /TA › Human resources|Roads Agency › Human resources/,
    ]);
    await search.type('Ben Okafor');
    await expect(page.locator('.result-person').first().getByTestId('result-where')).toHaveText(
      /^In Roads Agency › Human resources$/,
    );

    await search.reloadWithQuery('Ben Okafor');
    await expect(page.locator('.result-person').first().getByTestId('result-where')).toHaveText(
      /^In Roads Agency › Human resources$/,
    );
    await search.shell.switchLanguage('fr');
    await expect(page.locator('.result-person').first().getByTestId('result-where')).toHaveText(
      /^Dans Roads Agency › Ressources humaines$/,
    );
  });

  test('the location chosen puts the Responsible there first, and is remembered', async ({
    page,
    orgFile,
  }) => {
    await page.clock.setFixedTime(EVENING);
    const org = await orgFile(agencies);
    const search = new SearchPage(page);
    await search.open('#/', { org });
    // The empty home page suggests the onboarding topics and the kinds of questions.
    const home = page.getByTestId('home-suggestions');
    const newHere = home.getByRole('region', { name: 'New here? Start with' });
    await expect(newHere.getByRole('link')).toHaveText([
      'Immigration and work permits',
      'Laptop broken',
      'Your first weeks: manager, team and checklist',
    ]);
    const kinds = home.getByRole('region', { name: 'Questions answered here' });
    await expect(kinds.getByRole('link', { name: 'Digital services' })).toBeVisible();
    await expect(kinds.getByText('2 topics')).toHaveCount(2);
    await expectNoAxeViolations(page);

    await search.type('immigration');
    await expect(search.responsibleName).toHaveText('Chloé Martin');
    await expect(search.answerCard.getByTestId('availability').first()).toContainText(
      'Outside working hours now',
    );
    // Hidden while there is a query (kept in the page, not rebuilt), back once the field is empty.
    await expect(home).toBeHidden();

    await search.input.fill('');
    await expect(newHere.getByRole('link')).toHaveCount(3);
    await home.getByLabel('Your location').selectOption({ label: 'Lyon site' });
    await search.type('immigration');
    await expect(search.responsibleName).toHaveText('Dan Weber');

    await search.reloadWithQuery('immigration');
    await expect(search.responsibleName).toHaveText('Dan Weber');

    // The same choice on "I'm new", where it can be changed too.
    await search.shell.goTo('onboarding');
    const choice = page.getByLabel('Your location');
    await expect(choice.locator('option:checked')).toHaveText('Lyon site');
    await choice.selectOption({ label: 'Paris office' });
    await page.reload();
    await expect(page.getByLabel('Your location').locator('option:checked')).toHaveText(
      'Paris office',
    );
    await search.open(`#/search?q=immigration`, { org });
    await expect(search.responsibleName).toHaveText('Chloé Martin');
  });
});
