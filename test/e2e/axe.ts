/**
 * Accessibility check for e2e tests: fails with a readable list of WCAG 2.0/2.1/2.2 A/AA
 * violations. It injects the project's own `axe-core` (>= 4.14) into the page rather than using
 * @axe-core/playwright, which bundles an older axe-core that misses rules such as
 * label-content-name-mismatch on our "Show on chart" links.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
/** The minimum version the house rules ask for (the rule set grows with each release). */
const MIN_VERSION = [4, 14];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeOptions {
  /** CSS selectors to leave out (e.g. a third-party canvas). */
  exclude?: string[];
  /** Rule ids to skip, with a reason in the calling test. */
  disableRules?: string[];
}

/** Runs axe-core in the page with the WCAG A/AA tags; returns its version and violations. */
export async function runAxe(
  page: Page,
  options: AxeOptions = {},
): Promise<Pick<AxeResults, 'violations'> & { version: string }> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not added as a <script>: the app's
  // Content-Security-Policy forbids inline scripts, and the check must not weaken it.
  if (!loaded) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  return page.evaluate(
    async ({ exclude, runOptions }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context =
        exclude.length > 0 ? { include: [['html']], exclude: exclude.map((s) => [s]) } : document;
      const results = await axe.run(context as never, runOptions);
      return { version: axe.version, violations: results.violations };
    },
    { exclude: options.exclude ?? [], runOptions },
  );
}

/**
 * Waits until no CSS transition is running. Right after a theme switch a box whose background
 * fades (the admin drop zone: 0.15 s) briefly has the new theme's text on the old background;
 * axe sampling then saw contrast 1.1 (`.drop-zone-text`) and 1.96 (its `.muted` hint).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
}

/**
 * Checks the page as it opens, scrolled to the top. Where a click had scrolled it, links left
 * under the sticky navigation are "obscured" targets to axe's target-size rule, and whether that
 * happened hung on content that varies with the hour (an escalation seat shown only within
 * working hours made the answer card taller: CI failed at 08:40 UTC, passed before 08:00).
 */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  const { version, violations } = await runAxe(page, options);
  const [major = 0, minor = 0] = version.split('.').map(Number);
  expect(major * 1000 + minor, `axe-core ${version}`).toBeGreaterThanOrEqual(
    MIN_VERSION[0]! * 1000 + MIN_VERSION[1]!,
  );
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
        .join('\n'),
  );
  expect(report, 'axe violations').toEqual([]);
}
