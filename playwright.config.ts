/**
 * End-to-end tests run the BUILT app (`vite preview`) in the system Chromium.
 * `PW_BASE_URL` points at another server; `PW_NO_SERVER=1` skips starting one (private builds).
 */
import { defineConfig } from '@playwright/test';

// Never 4173: that is `npm start`'s port, and the tests must run while the app is open there.
const baseURL = process.env.PW_BASE_URL ?? `http://localhost:${process.env.PW_PORT ?? '4310'}`;
// The preview server listens on the base URL's port (4310, or PW_PORT, unless PW_BASE_URL says otherwise).
const port = new URL(baseURL).port || '4310';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Generous: CI is a 2-core machine building, serving and browsing at once. Waits end as soon
  // as the page is right; only a broken page pays the full timeout.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  ...(process.env.PW_NO_SERVER
    ? {}
    : {
        webServer: {
          command: `npx vite preview --port ${port} --strictPort`,
          url: baseURL,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      }),
});
