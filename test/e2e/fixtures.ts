/**
 * Shared Playwright fixtures: `shell` (the AppShell page object) and `orgFile(json)` which
 * serves any org file content at a unique URL and returns the `?org=` value to use.
 * Import `test` and `expect` from here instead of '@playwright/test'.
 */
import { test as base, expect } from '@playwright/test';
import { AppShell } from './pages/AppShell';

interface Fixtures {
  shell: AppShell;
  /** Serves `body` (object → JSON, string → as is) and returns its relative URL for `?org=`. */
  orgFile: (body: unknown, options?: { status?: number }) => Promise<string>;
}

let counter = 0;

export const test = base.extend<Fixtures>({
  shell: async ({ page }, provide) => {
    await provide(new AppShell(page));
  },
  orgFile: async ({ page }, provide) => {
    await provide(async (body, options = {}) => {
      counter += 1;
      const name = `e2e-org-${process.pid}-${counter}.json`;
      await page.route(`**/${name}`, (route) =>
        route.fulfill({
          status: options.status ?? 200,
          contentType: 'application/json',
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      );
      return name;
    });
  },
});

export { expect };
