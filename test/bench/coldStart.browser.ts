/**
 * Cold start from the IndexedDB cache: a first visit stores the generated organisation, then
 * each later visit (same browser context, fresh page) opens a shared search link
 * (`#/search?q=payslip`) and is timed from navigation start until the organisation's data is
 * rendered, and until the answer card for the query is shown (the budget: "to first answer").
 * Prints the median of 5 visits per size.
 *
 * Run by `npm run bench` (needs BENCH_URL and dist/bench/org-<n>k.json).
 */
import type { Page } from 'playwright-core';
import { BENCH_URL, launchBench } from './lib/browser';
import { median } from './lib/stats';

const BASE = BENCH_URL;
const SIZES = (process.env.BENCH_SIZES ?? '1k,10k').split(',');
const RUNS = 5;

const QUERY = 'payslip';

/** Records the page's long tasks (≥ 50 ms) from its first script on. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });`;

/**
 * The longest main-thread task after the first answer until the whole version is in the store
 * (the `data-set` mark) and a second after: typing meanwhile waits that long for its frame.
 */
async function longestAfterAnswer(page: Page, answeredAt: number): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByName('wayfinder:data-set').length > 0,
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1000);
  return page.evaluate<number>(
    `Math.max(0, ...window.__longTasks.filter((t) => t.start + t.duration > ${answeredAt}).map((t) => t.duration))`,
  );
}

/**
 * ms since navigation start when the header shows the organisation (data from IndexedDB), and
 * when the answer card for the query in the URL is shown.
 */
async function timeToAnswer(page: Page, url: string): Promise<{ data: number; answer: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  const data = await page.waitForFunction(
    () => (document.querySelector('[data-testid="org-name"]') ? performance.now() : false),
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const answer = await page.waitForFunction(
    (q) =>
      document.querySelector(`.search-results[data-query="${q}"] [data-testid="answer-card"]`)
        ? performance.now()
        : false,
    QUERY,
    { polling: 'raf', timeout: 120_000 },
  );
  return { data: (await data.jsonValue()) as number, answer: (await answer.jsonValue()) as number };
}

/** The loader's performance marks (ms since navigation start), to see where time goes. */
async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('wayfinder:'))
        .map((m) => [m.name.slice('wayfinder:'.length), Math.round(m.startTime)]),
    ),
  );
}

async function main(): Promise<void> {
  const browser = await launchBench();
  try {
    for (const size of SIZES) {
      const url = `${BASE}?org=${encodeURIComponent(`bench/org-${size}.json`)}#/search?q=${QUERY}`;
      const probe = await fetch(new URL(`bench/org-${size}.json`, BASE));
      if (!probe.ok) {
        console.log(`cold start ${size}: skipped (bench/org-${size}.json not served)`);
        continue;
      }
      const context = await browser.newContext();
      const first = await context.newPage();
      const firstMs = (await timeToAnswer(first, url)).answer;
      await first.close();
      const times: number[] = [];
      const answers: number[] = [];
      const phases: Record<string, number[]> = {};
      const longest: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await context.newPage();
        await page.addInitScript(LONG_TASKS);
        const { data, answer } = await timeToAnswer(page, url);
        times.push(data);
        answers.push(answer);
        longest.push(await longestAfterAnswer(page, answer));
        for (const [name, ms] of Object.entries(await marks(page))) (phases[name] ??= []).push(ms);
        await page.close();
      }
      await context.close();
      console.log(
        `cold start from IndexedDB ${size}: first answer median ${Math.round(median(answers))} ms ` +
          `(runs ${answers.map(Math.round).join(', ')}), data shown median ${Math.round(median(times))} ms; ` +
          `first visit with download, to first answer ${Math.round(firstMs)} ms; ` +
          `longest main-thread task after the first answer (whole version read) ` +
          `${longest.map(Math.round).join(', ')} ms`,
      );
      const breakdown = Object.entries(phases)
        .map(([name, xs]) => `${name} ${Math.round(median(xs))}`)
        .join(', ');
      console.log(
        `  median ms since navigation start: ${breakdown}, rendered ${Math.round(median(times))}, ` +
          `answered ${Math.round(median(answers))}`,
      );
    }
  } finally {
    await browser.close();
  }
}

void main();
