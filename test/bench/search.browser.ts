/**
 * Search in the built app (headless Chromium): every query of data/queries.json is typed key by
 * key in the home page field, each at the start of a frame, and timed until the results for that
 * exact text are in the DOM (query on the page + React render) and until that frame's rendering
 * is done (`lib/keystrokes.ts`); also how many frames came late. Prints, per size:
 * `search 10k: keystroke → painted median X ms, p95 Y ms …; → answers in the DOM …, index ready Z ms`.
 *
 * Run by `npm run bench` (needs BENCH_URL and dist/bench/org-<n>k.json); BENCH_SIZES=1k,10k to limit,
 * BENCH_QUERIES=40 to type only the first 40 queries.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_URL, launchBench } from './lib/browser';
import { lateFrames, pct, typeAll } from './lib/keystrokes';

const BASE = BENCH_URL;
const SIZES = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',');
const QUERIES: string[] = (
  JSON.parse(readFileSync(resolve('data/queries.json'), 'utf8')) as { queries: { query: string }[] }
).queries
  .map((q) => q.query)
  .slice(0, Number(process.env.BENCH_QUERIES ?? Infinity));

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));

/** Records the page's long tasks (≥ 50 ms) from its first script on. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    window.__longTasks.push({ end: e.startTime + e.duration, duration: e.duration });
  }
}).observe({ type: 'longtask', buffered: true });`;

async function main(): Promise<void> {
  const browser = await launchBench();
  try {
    for (const size of SIZES) {
      const file = `bench/org-${size}.json`;
      const probe = await fetch(new URL(file, BASE)).catch(() => undefined);
      if (!probe?.ok) {
        console.log(`search ${size}: skipped (${file} not served)`);
        continue;
      }
      const page = await browser.newPage();
      await page.addInitScript(LONG_TASKS);
      await page.goto(`${BASE}?org=${encodeURIComponent(file)}#/search`);
      await page.locator('#search-input').waitFor({ timeout: 300_000 });
      const dataShown = Date.now();
      const shownAt = await page.evaluate(() => performance.now());
      await page.locator('.search-indexing').waitFor({ state: 'detached', timeout: 300_000 });
      const indexMs = Date.now() - dataShown;
      // The index arrives from the worker and is unpacked on the page: how long did that block?
      const longestWhileIndexing = await page.evaluate<number>(
        `Math.max(0, ...window.__longTasks.filter((t) => t.end > ${shownAt}).map((t) => t.duration))`,
      );
      await typeAll(page, QUERIES.slice(0, 5)); // warm-up: JIT, first typo lookups
      const typed = await typeAll(page, QUERIES);
      const { dom, painted, engine } = typed;
      const found = engine.filter((ms) => !Number.isNaN(ms));
      console.log(
        `search ${size}: keystroke → painted median ${fmt(pct(painted, 50))} ms, p95 ${fmt(pct(painted, 95))} ms ` +
          `(max ${fmt(pct(painted, 100))} ms, ${painted.filter((ms) => ms > 16.7).length} over 16.7 ms, ` +
          `${lateFrames(typed)} of ${typed.nextFrame.length} next frames late, frame ${fmt(typed.frameMs)} ms); → answers in the DOM median ${fmt(pct(dom, 50))} ms, ` +
          `p95 ${fmt(pct(dom, 95))} ms (${dom.length} keystrokes); ` +
          `engine median ${fmt(pct(found, 50))} ms, ` +
          `p95 ${fmt(pct(found, 95))} ms; index ready ${indexMs} ms after the page showed the data, ` +
          `longest main-thread task meanwhile ${fmt(longestWhileIndexing)} ms`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
