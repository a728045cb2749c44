/**
 * Import in the built app, headless Chromium: on #/admin a generated organisation (current data
 * = the same org; file = 1 % of people renamed, 10 added) is chosen in the file picker; timed
 * until the preview is shown (parse + validate + diff, in the import worker) and then until
 * "Apply" has stored it (one IndexedDB transaction) and the app shows it. The longest main-thread
 * task during the analysis says whether the page stayed responsive. Median of RUNS per size.
 *
 * Run by `npm run bench` (needs BENCH_URL and dist/bench/org-<n>k.json).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BENCH_URL, launchBench } from './lib/browser';
import { median } from './lib/stats';

const BASE = BENCH_URL;
const SIZES = (process.env.BENCH_SIZES ?? '10k,100k').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface OrgLike {
  people: { id: string; name: string }[];
  [k: string]: unknown;
}

function nextVersion(org: OrgLike): string {
  const people = org.people.map((p, i) =>
    i % 100 === 0 ? { ...p, name: `${p.name} (renamed)` } : p,
  );
  for (let i = 0; i < 10; i++) people.push({ id: `bench-new-${i}`, name: `New Person ${i}` });
  return JSON.stringify({ ...org, people });
}

async function runOnce(page: Page, url: string, file: string) {
  await page.goto(url);
  await page.getByTestId('current-data').waitFor({ timeout: 180_000 });
  await page.waitForTimeout(3000); // let first-start work (search index…) settle
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  // A path, not a buffer: Playwright would otherwise build the File inside the page, a long
  // main-thread task that is not the app's.
  const start = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('diff-counts').waitFor({ timeout: 300_000 });
  const analysed = Date.now() - start;
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.evaluate(() => {
    (window as unknown as { __longest: number }).__longest = 0;
  });
  const applyStart = Date.now();
  await page.getByRole('button', { name: 'Apply this version' }).click();
  await page.getByTestId('admin-message').waitFor({ timeout: 300_000 });
  const applied = Date.now() - applyStart;
  // Work the apply leaves behind (history list, re-render) counts too.
  await page.waitForTimeout(1000);
  const longestApply = await page.evaluate(
    () => (window as unknown as { __longest: number }).__longest,
  );
  return { analysed, applied, total: analysed + applied, longest, longestApply };
}

async function main(): Promise<void> {
  const browser = await launchBench();
  try {
    for (const size of SIZES) {
      const fileUrl = new URL(`bench/org-${size}.json`, BASE);
      const response = await fetch(fileUrl);
      if (!response.ok) {
        console.log(`import ${size}: skipped (no ${fileUrl.pathname})`);
        continue;
      }
      const file = join(mkdtempSync(join(tmpdir(), 'wayfinder-import-')), `org-${size}-next.json`);
      writeFileSync(file, nextVersion((await response.json()) as OrgLike));
      const url = `${BASE}?org=${encodeURIComponent(`bench/org-${size}.json`)}#/admin`;
      const results: Awaited<ReturnType<typeof runOnce>>[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ locale: 'en-GB' });
        const page = await context.newPage();
        results.push(await runOnce(page, url, file));
        await context.close();
      }
      const m = (k: keyof Awaited<ReturnType<typeof runOnce>>) =>
        Math.round(median(results.map((r) => r[k])));
      console.log(`import ${size} parse+validate+diff (worker): median ${m('analysed')} ms`);
      console.log(`import ${size} apply (IndexedDB): median ${m('applied')} ms`);
      console.log(`import ${size} total: median ${m('total')} ms`);
      console.log(
        `import ${size} longest main-thread task during analysis: median ${m('longest')} ms`,
      );
      console.log(
        `import ${size} longest main-thread task during apply (+1 s): median ${m('longestApply')} ms`,
      );
    }
  } finally {
    await browser.close();
  }
}

void main();
