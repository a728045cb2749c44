/**
 * The shell journey: the app opens on the sample organisation, shows its name and data date,
 * routes to every view, switches language, keeps working offline, and explains a bad file.
 */
import type { APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { NavItem } from './pages/AppShell';

interface SampleOrg {
  organisation: { name: string | Record<string, string>; dataDate?: string };
}

const nameIn = (name: SampleOrg['organisation']['name'], lang: 'en' | 'fr') =>
  typeof name === 'string' ? name : (name[lang] ?? name.en ?? Object.values(name)[0] ?? '');

const longDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

async function sample(request: APIRequestContext): Promise<SampleOrg> {
  const response = await request.get('org.json');
  expect(response.ok(), 'the build serves the bundled org.json').toBe(true);
  return (await response.json()) as SampleOrg;
}

const VIEWS: { item: NavItem; hash: RegExp }[] = [
  { item: 'chart', hash: /#\/chart$/ },
  { item: 'directory', hash: /#\/directory$/ },
  { item: 'services', hash: /#\/services$/ },
  { item: 'raci', hash: /#\/raci$/ },
  { item: 'onboarding', hash: /#\/onboarding$/ },
  { item: 'admin', hash: /#\/admin$/ },
  { item: 'search', hash: /#\/search$/ },
];

test('opens on the sample organisation with its name and data date', async ({
  page,
  shell,
  request,
}) => {
  const org = await sample(request);
  await shell.open('#/');
  const name = nameIn(org.organisation.name, 'en');
  await expect(shell.orgName).toHaveText(name);
  if (org.organisation.dataDate) {
    await expect(shell.dataStatus).toContainText(longDate(org.organisation.dataDate, 'en'));
  }
  // The bundled sample is named as the demo, not by its file name (issue 9: the header says which source).
  await expect(shell.dataStatus.locator('[data-source-kind]')).toHaveAttribute(
    'data-source-kind',
    'demo',
  );
  await expect(shell.dataStatus).toContainText('demo organisation');
  await expect(page).toHaveTitle(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(shell.navLink('search')).toHaveAttribute('aria-current', 'page');
});

test('every view has its own URL and is marked in the navigation', async ({ page, shell }) => {
  await shell.open('#/');
  for (const { item, hash } of VIEWS) {
    await shell.goTo(item);
    await expect(page).toHaveURL(hash);
    await expect(shell.nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(shell.main).not.toBeEmpty();
    await expect(shell.loadError).toHaveCount(0);
  }
  // Bookmarked URLs open directly; unknown ones say so.
  await page.goto('./#/raci');
  await expect(shell.navLink('raci')).toHaveAttribute('aria-current', 'page');
  await page.goto('./#/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found/);
});

test('switches to French and back, and remembers the choice', async ({ page, shell, request }) => {
  const org = await sample(request);
  await shell.open('#/chart');
  await expect(shell.navLink('chart')).toHaveText('Chart');
  await shell.switchLanguage('fr');
  await expect(shell.navLink('chart')).toHaveText('Organigramme');
  await expect(shell.orgName).toHaveText(nameIn(org.organisation.name, 'fr'));
  if (org.organisation.dataDate) {
    await expect(shell.dataStatus).toContainText(longDate(org.organisation.dataDate, 'fr'));
  }
  await page.reload();
  await shell.waitForData();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(shell.navLink('chart')).toHaveText('Organigramme');
  await shell.switchLanguage('en');
  await expect(shell.navLink('chart')).toHaveText('Chart');
  await page.reload();
  await shell.waitForData();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('starts in French', async ({ page, shell }) => {
    await shell.open('#/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(shell.navLink('onboarding')).toHaveText('Je suis nouveau');
  });
});

test('after a first visit, works with the network cut', async ({
  page,
  context,
  shell,
  request,
}) => {
  const org = await sample(request);
  await shell.open('#/');
  // The service worker must control the page before going offline.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(shell.orgName).toHaveText(nameIn(org.organisation.name, 'en'));
  if (org.organisation.dataDate) {
    await expect(shell.dataStatus).toContainText(longDate(org.organisation.dataDate, 'en'));
  }
  await shell.goTo('directory');
  await expect(shell.loadError).toHaveCount(0);
  await context.setOffline(false);
});

test('a bad org file on first start shows its problems, not a blank page', async ({
  page,
  shell,
  orgFile,
}) => {
  const url = await orgFile('{ "formatVersion": 1, "organisation": { "name": "Broken" ');
  await shell.open('#/', { org: url, waitForData: false });
  await expect(shell.loadError).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The organisation could not be loaded' }),
  ).toBeVisible();
  await expect(shell.loadError.locator('.problem-error').first()).toBeVisible();
  await expect(shell.loadError).toContainText(url);
  // HR can still reach the admin page to import a corrected file or change the source.
  await shell.loadError.getByRole('link', { name: 'admin page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data administration' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(shell.loadError).toHaveCount(0);

  const missing = await orgFile('', { status: 404 });
  await shell.open('#/', { org: missing, waitForData: false });
  await expect(shell.loadError).toContainText('404');
});

test('a newer file is applied; an invalid refresh keeps the stored data', async ({
  page,
  shell,
  request,
}) => {
  const org = await sample(request);
  let body = JSON.stringify(org);
  await page.route('**/refresh-org.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await shell.open('#/', { org: 'refresh-org.json' });
  body = JSON.stringify({ ...org, organisation: { ...org.organisation, name: 'Renamed Org' } });
  await page.reload();
  await expect(shell.notice).toContainText('Newer organisation data was applied');
  await expect(shell.orgName).toHaveText('Renamed Org');

  body = '{ "formatVersion": 1, "organisation": 42 }';
  await page.reload();
  await expect(shell.notice).toContainText('the stored data was kept');
  await expect(shell.orgName).toHaveText('Renamed Org');
  await shell.notice.getByRole('button', { name: 'Show the problems' }).click();
  await expect(shell.notice.locator('.problem-error').first()).toBeVisible();
});

test('two open tabs stay consistent', async ({ context, shell, page, request }) => {
  const org = await sample(request);
  await context.route('**/other-org.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...org, organisation: { ...org.organisation, name: 'Other Org' } }),
    }),
  );
  await shell.open('#/');
  const second = await context.newPage();
  await second.goto('./?org=other-org.json#/');
  await expect(second.getByTestId('org-name')).toHaveText('Other Org');
  await expect(page.getByTestId('org-name')).toHaveText('Other Org');
});

for (const lang of ['en', 'fr'] as const) {
  test(`the home page passes axe in ${lang}`, async ({ shell }) => {
    await shell.open('#/');
    await shell.switchLanguage(lang);
    await expectNoAxeViolations(shell.page);
  });
}

test('the service worker precaches the app but not the org data', async ({ request }) => {
  const sw = await (await request.get('sw.js')).text();
  expect(sw).toContain('index.html');
  expect(sw).not.toContain('org.json');
  expect(sw).not.toContain('schema.json');
  // The app's icons are precached too (installed, it starts offline with its own icon).
  expect(sw).toContain('icon-512.png');
});
