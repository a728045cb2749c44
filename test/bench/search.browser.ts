/**
 * Search in the built app (headless Chromium): every query of data/queries.json is typed key by
 * key in the home page field; each keystroke is timed from the input event until the results
 * for that exact text are in the DOM (query on the page + React render). Prints, per size:
 * `search 10k: median X ms, p95 Y ms per keystroke to updated answers (N keystrokes), index ready Z ms`.
 *
 * Run by `npm run bench` (needs BENCH_URL and dist/bench/org-<n>k.json); BENCH_SIZES=1k,10k to limit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const BASE = process.env.BENCH_URL ?? 'http://localhost:4174/';
const SIZES = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',');
const QUERIES: string[] = (
  JSON.parse(readFileSync(resolve('data/queries.json'), 'utf8')) as { queries: { query: string }[] }
).queries.map((q) => q.query);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));

/**
 * In-page code, as text: tsx would wrap named functions in a `__name` helper that does not
 * exist in the page.
 */
const TYPE_ALL = `async (queries) => {
  const input = document.getElementById('search-input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const shown = (text) =>
    document.querySelector('.search-results')?.getAttribute('data-query') === text;
  const until = (text) => new Promise((done) => {
    if (shown(text)) return done();
    const observer = new MutationObserver(() => {
      if (shown(text)) { observer.disconnect(); done(); }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const times = [];
  const engine = [];
  for (const query of queries) {
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 1; i <= query.length; i++) {
      const text = query.slice(0, i);
      const start = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(text);
      times.push(performance.now() - start);
      engine.push(Number(document.querySelector('.search-results')?.getAttribute('data-query-ms') ?? NaN));
    }
  }
  return { times, engine };
}`;

/** Records the page's long tasks (≥ 50 ms) from its first script on. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    window.__longTasks.push({ end: e.startTime + e.duration, duration: e.duration });
  }
}).observe({ type: 'longtask', buffered: true });`;

interface Timings {
  /** Keystroke → answers in the DOM. */
  times: number[];
  /** The engine's own time per keystroke (before React renders the answer). */
  engine: number[];
}

/** Types every query in the page and returns the keystroke latencies (ms). */
function typeAll(page: Page, queries: string[]): Promise<Timings> {
  return page.evaluate(`(${TYPE_ALL})(${JSON.stringify(queries)})`) as Promise<Timings>;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
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
      const longestWhileIndexing = (await page.evaluate(
        `Math.max(0, ...window.__longTasks.filter((t) => t.end > ${shownAt}).map((t) => t.duration))`,
      )) as number;
      await typeAll(page, QUERIES.slice(0, 5)); // warm-up: JIT, first typo lookups
      const { times, engine } = await typeAll(page, QUERIES);
      const found = engine.filter((ms) => !Number.isNaN(ms));
      console.log(
        `search ${size}: median ${fmt(pct(times, 50))} ms, p95 ${fmt(pct(times, 95))} ms ` +
          `per keystroke to updated answers (${times.length} keystrokes, max ${fmt(pct(times, 100))} ms); ` +
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
