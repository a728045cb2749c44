/**
 * Issue 15 items 12 and 14: axe-core (>= 4.14, WCAG 2.0/2.1/2.2 A and AA) finds nothing on any
 * view or state, in English and French, on a desktop and a phone screen, in the light and the
 * dark theme (the system's, as `prefers-color-scheme` says: contrast is checked in both).
 */
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import type { AppShell } from './pages/AppShell';
import { EditorPage } from './pages/EditorPage';

interface ViewState {
  name: string;
  hash: string;
  /** Something the user sees once the state is ready. */
  ready: (shell: AppShell) => Promise<void>;
  /** Brings the page into the state (after the language switch). */
  act?: (shell: AppShell) => Promise<void>;
}

const heading = async (shell: AppShell) => {
  await expect(shell.page.locator('main h1').first()).toBeVisible();
};

const STATES: ViewState[] = [
  { name: 'search, empty', hash: '#/search', ready: heading },
  {
    name: 'search with an answer card and results',
    hash: '#/search?q=payslip',
    ready: async (shell) => {
      await expect(shell.page.getByTestId('answer-card').first()).toBeVisible();
    },
  },
  {
    name: 'search with nothing found',
    hash: '#/search?q=zzqxwv',
    ready: async (shell) => {
      await expect(shell.page.locator('main')).toContainText(/zzqxwv/);
    },
  },
  { name: 'topic page', hash: '#/topic/payslip', ready: heading },
  {
    name: 'chart',
    hash: '#/chart',
    ready: async (shell) => {
      await expect(shell.page.locator('.react-flow__node').first()).toBeVisible();
    },
  },
  {
    name: 'chart with the record panel',
    hash: '#/chart/cfo',
    ready: async (shell) => {
      await expect(shell.page.locator('.wf-panel h2').first()).toBeVisible();
    },
  },
  { name: 'directory', hash: '#/directory', ready: heading },
  { name: 'directory, filtered to nothing', hash: '#/directory?q=zzqxwv', ready: heading },
  // One unit's services open (axe over all 78 open services takes minutes on 2 busy cores).
  { name: 'services of a unit', hash: '#/services?unit=it', ready: heading },
  {
    name: 'services, the whole catalogue closed, filtered',
    hash: '#/services?q=printer',
    ready: async (shell) => {
      await expect(shell.page.locator('.service-unit-toggle').first()).toBeVisible();
    },
  },
  { name: 'RACI matrix of a unit', hash: '#/raci?unit=hr', ready: heading },
  { name: 'unit page', hash: '#/unit/it', ready: heading },
  { name: 'position page', hash: '#/position/cfo', ready: heading },
  { name: 'person page, away', hash: '#/person/p-lucas-muller', ready: heading },
  { name: 'onboarding, choosing a position', hash: '#/onboarding', ready: heading },
  { name: 'onboarding checklist', hash: '#/onboarding/cfo', ready: heading },
  { name: 'admin', hash: '#/admin', ready: heading },
  {
    name: 'editor (edit mode, a topic editor open)',
    hash: '#/admin',
    ready: heading,
    act: async (shell) => {
      await new EditorPage(shell.page).start();
      await shell.page.goto('./#/topic/payslip');
      await expect(shell.page.getByRole('group', { name: 'Edit this topic' })).toBeVisible();
    },
  },
  {
    // The checks panel with problems, the preview's diff and the spreadsheet section.
    name: 'editor: admin with a draft that breaks a rule, its checks and preview',
    hash: '#/admin',
    ready: heading,
    act: async (shell) => {
      const editor = new EditorPage(shell.page);
      await editor.start();
      await editor.addTopic('Axe topic', 'Sujet axe');
      const diff = await editor.openPreview();
      await expect(diff).toBeVisible();
      await expect(shell.page.locator('#checks')).toContainText('topic-axe-topic');
      await expect(shell.page.locator('section.sheet-tools')).toBeVisible();
    },
  },
  ...['#/position/cfo', '#/person/p-lucas-muller', '#/unit/it'].map((hash): ViewState => ({
    name: `editor: the record editor of ${hash} in edit mode`,
    hash: '#/admin',
    ready: heading,
    act: async (shell) => {
      await new EditorPage(shell.page).start();
      await shell.page.goto(`./${hash}`);
      await expect(shell.page.locator('.record-editor')).toBeVisible();
    },
  })),
  { name: 'page not found', hash: '#/no-such-page', ready: heading },
];

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Runs axe in the light and then the dark theme, and leaves the page light. */
async function inBothThemes(shell: AppShell, state: ViewState): Promise<void> {
  await expectNoAxeViolations(shell.page);
  await shell.page.emulateMedia({ colorScheme: 'dark' });
  await expect(shell.page.locator('body')).toHaveCSS('background-color', 'rgb(15, 19, 28)');
  await state.ready(shell);
  await expectNoAxeViolations(shell.page);
  await shell.page.emulateMedia({ colorScheme: 'light' });
}

for (const state of STATES) {
  test(`axe finds nothing: ${state.name}, en and fr, desktop and phone, light and dark`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(360_000);
    await page.setViewportSize(SIZES[0]);
    await page.emulateMedia({ colorScheme: 'light' });
    await shell.open(state.hash);
    await state.ready(shell);
    await state.act?.(shell);
    await inBothThemes(shell, state);
    await shell.switchLanguage('fr');
    await state.ready(shell);
    await inBothThemes(shell, state);
    await page.setViewportSize(SIZES[1]);
    await state.ready(shell);
    await inBothThemes(shell, state);
  });
}

// WCAG 2.4.11: a link reached with Tab is scrolled clear of the sticky navigation, not left
// under it (`scroll-padding-top` on the page).
test('a link reached with the keyboard is never hidden under the sticky navigation', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await shell.open('#/search?q=payslip');
  const links = page.getByTestId('answer-card').first().locator('a[href]');
  await expect(links.nth(1)).toBeVisible();
  // Scrolled down, the navigation sticks to the top: the answer card's second link is put just
  // under it, 10 px from the navigation's bottom, and the link before it is focused.
  await page.evaluate(() => window.scrollTo(0, 200));
  const navBottom = () =>
    page.locator('.main-nav').evaluate((nav) => nav.getBoundingClientRect().bottom);
  const bottom = await navBottom();
  await links.nth(1).evaluate((link, under) => {
    window.scrollBy(0, link.getBoundingClientRect().top - under);
  }, bottom - 10);
  expect(await links.nth(1).evaluate((link) => link.getBoundingClientRect().top)).toBeLessThan(
    await navBottom(),
  );
  await links.nth(0).evaluate((link) => (link as HTMLElement).focus({ preventScroll: true }));
  await page.keyboard.press('Tab');
  await expect(links.nth(1)).toBeFocused();
  const top = await links.nth(1).evaluate((link) => link.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(await navBottom());
});
