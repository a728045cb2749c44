/**
 * Issue 15 item 12: axe-core (>= 4.14, WCAG 2.0/2.1/2.2 A and AA) finds nothing on any view or
 * state, in English and French, on a desktop and a phone screen.
 */
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import type { AppShell } from './pages/AppShell';

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
  // The whole catalogue (every unit) is issue 15 item 9's page; one unit's services here.
  { name: 'services of a unit', hash: '#/services?unit=it', ready: heading },
  { name: 'RACI matrix of a unit', hash: '#/raci?unit=hr', ready: heading },
  { name: 'unit page', hash: '#/unit/it', ready: heading },
  { name: 'position page', hash: '#/position/cfo', ready: heading },
  { name: 'person page, away', hash: '#/person/p-lucas-muller', ready: heading },
  { name: 'onboarding, choosing a position', hash: '#/onboarding', ready: heading },
  { name: 'onboarding checklist', hash: '#/onboarding/cfo', ready: heading },
  { name: 'admin', hash: '#/admin', ready: heading },
  { name: 'page not found', hash: '#/no-such-page', ready: heading },
];

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

for (const state of STATES) {
  test(`axe finds nothing: ${state.name}, en and fr, desktop and phone`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(SIZES[0]);
    await shell.open(state.hash);
    await state.ready(shell);
    await state.act?.(shell);
    await expectNoAxeViolations(page);
    await shell.switchLanguage('fr');
    await state.ready(shell);
    await expectNoAxeViolations(page);
    await page.setViewportSize(SIZES[1]);
    await state.ready(shell);
    await expectNoAxeViolations(page);
  });
}
