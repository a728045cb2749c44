/**
 * Chart benchmarks on the built app (Playwright, headless Chromium), generated organisations:
 *  - first drawn chart: data already loaded (search page), then `#/chart`, until a card is drawn;
 *    "cold" = new browser context (no layout cache), opened `BENCH_SETTLE_MS` (1 s) after the
 *    search page is up and also at once; "cached" = same context after a reload;
 *  - expanding one team (the manager with the most direct reports, up to 50);
 *  - expand all at 10k, with the longest main-thread freeze (requestAnimationFrame gap);
 *  - pan frame time with about 1,000 cards on screen (DOM cards and overview rectangles inside
 *    the pane; the 10k chart is so wide that fewer fit even at the minimum zoom); JS heap.
 * Prints lines like `chart first view 10k: median 412 ms`. Never asserts timings.
 * Run by `npm run bench` (BENCH_URL, dist/bench/org-<n>k.json), or alone with `npx tsx`.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const BASE = process.env.BENCH_URL ?? 'http://localhost:4174/';
const SIZES = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DATA_DIR = process.env.BENCH_DATA_DIR ?? '.bench';
/** Pause between the search page showing the org and opening the chart (first view). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const ms = (x: number) => `${Math.round(x)} ms`;

/** tsx keeps function names with a `__name` helper that the page does not have. */
const NAME_SHIM = 'window.__name = (f) => f;';

async function openWithData(page: Page, size: string) {
  await page.addInitScript(NAME_SHIM);
  await page.goto(`${BASE}?org=${encodeURIComponent(`bench/org-${size}.json`)}#/search`);
  await page.waitForSelector('[data-testid="org-name"]', { timeout: 300_000 });
}

/** ms from setting the hash until the first position card is in the DOM and painted. */
async function timeToChart(page: Page, hash: string): Promise<number> {
  return page.evaluate(
    (h) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const check = () => {
          if (document.querySelector('.react-flow__node-position .wf-card')) {
            requestAnimationFrame(() => resolve(performance.now() - t0));
          } else requestAnimationFrame(check);
        };
        window.location.hash = h;
        requestAnimationFrame(check);
      }),
    hash,
  );
}

/** Starts a requestAnimationFrame gap monitor in the page; `stopGaps` returns the longest gap. */
const startGaps = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __gap: { max: number; last: number; on: boolean } };
    w.__gap = { max: 0, last: performance.now(), on: true };
    const tick = () => {
      const now = performance.now();
      w.__gap.max = Math.max(w.__gap.max, now - w.__gap.last);
      w.__gap.last = now;
      if (w.__gap.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
const stopGaps = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __gap: { max: number; on: boolean } };
    w.__gap.on = false;
    return w.__gap.max;
  });

const statsText = (page: Page) => page.locator('.wf-stats').innerText();

/** The position with the most direct reports up to 50, from the org file itself. */
function teamManager(size: string): string | undefined {
  try {
    const data = JSON.parse(readFileSync(`${DATA_DIR}/org-${size}.json`, 'utf8')) as {
      positions: { id: string; reportsTo?: string }[];
    };
    const count = new Map<string, number>();
    for (const p of data.positions) {
      if (p.reportsTo) count.set(p.reportsTo, (count.get(p.reportsTo) ?? 0) + 1);
    }
    let best: [string, number] | undefined;
    for (const [id, n] of count) if (n <= 50 && (!best || n > best[1])) best = [id, n];
    return best?.[0];
  } catch {
    return undefined;
  }
}

async function firstView(browser: Browser, size: string) {
  const cold: number[] = [];
  const cached: number[] = [];
  const rushed: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Opened in the same frame the search page shows the org: the app's start-up work
    // (service worker precache, search index, the idle preload of the chart chunk) still runs.
    const rush = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const first = await rush.newPage();
    await openWithData(first, size);
    rushed.push(await timeToChart(first, '#/chart'));
    await rush.close();

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openWithData(page, size);
    await page.waitForTimeout(SETTLE_MS); // a user reads the search page before opening the chart
    cold.push(await timeToChart(page, '#/chart'));
    await page.waitForTimeout(1500); // let ELK refine and the cache be written
    await page.goto(`${BASE}?org=${encodeURIComponent(`bench/org-${size}.json`)}#/search`);
    await page.waitForSelector('[data-testid="org-name"]', { timeout: 300_000 });
    cached.push(await timeToChart(page, '#/chart'));
    await context.close();
    if (size === '100k') break;
  }
  console.log(
    `chart first view ${size}, ${SETTLE_MS} ms after the search page is up: median ${ms(median(cold))} ` +
      `(runs ${cold.map(Math.round).join(', ')}); at once: median ${ms(median(rushed))} ` +
      `(runs ${rushed.map(Math.round).join(', ')}); with layout cache after reload: median ${ms(median(cached))}`,
  );
}

async function expandTeam(browser: Browser, size: string) {
  const manager = teamManager(size);
  if (!manager) return;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openWithData(page, size);
    await timeToChart(page, `#/chart/${encodeURIComponent(manager)}`);
    await page.waitForTimeout(1000);
    const card = page.locator(`.react-flow__node[data-id="${manager}"]`);
    const toggle = card.locator('.wf-toggle');
    if ((await toggle.getAttribute('aria-expanded', { timeout: 10_000 })) === 'true') {
      await toggle.click();
    }
    await page.waitForTimeout(800);
    const before = await statsText(page);
    const t = await page.evaluate(
      ([id, text]) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          const btn = document.querySelector<HTMLButtonElement>(
            `.react-flow__node[data-id="${id}"] .wf-toggle`,
          );
          if (!btn) return resolve(-1);
          btn.click();
          setTimeout(() => resolve(-1), 30_000);
          const check = () => {
            const now = document.querySelector('.wf-stats')?.textContent ?? '';
            if (now.split('·')[0] !== text.split('·')[0]) {
              requestAnimationFrame(() => resolve(performance.now() - t0));
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      [manager, before] as const,
    );
    if (t >= 0) times.push(t);
    await context.close();
  }
  console.log(
    `chart expand one team ${size} (${manager}): median ${ms(median(times))} (runs ${times.map(Math.round).join(', ')})`,
  );
}

async function expandAllAndPan(browser: Browser, size: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await openWithData(page, size);
  await timeToChart(page, '#/chart');
  await page.waitForTimeout(1500);
  await startGaps(page);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Expand all' }).click();
  await page
    .waitForSelector('.wf-progress', { state: 'attached', timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForSelector('.wf-progress', { state: 'detached', timeout: 120_000 });
  const total = Date.now() - t0;
  const gap = await stopGaps(page);
  console.log(
    `chart expand all ${size}: ${ms(total)} to drawn; longest frame gap ${ms(gap)}; ${await statsText(page)}`,
  );

  // Zoom out until about 1,000 cards are on screen, then pan and time frames.
  const box = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Cards on screen, whichever way they are drawn: React Flow nodes, or the overview layer's
  // rectangles once zoomed out (ChartCanvas OVERVIEW_ZOOM).
  const nodeCount = () =>
    page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const ids = new Set<string>();
      const cards = document.querySelectorAll<Element>(
        '.react-flow__node-position, .wf-overview rect[data-id]',
      );
      for (const el of cards) {
        const r = el.getBoundingClientRect();
        const inside =
          r.width > 0 &&
          r.right > pane.left &&
          r.left < pane.right &&
          r.bottom > pane.top &&
          r.top < pane.bottom;
        if (inside) ids.add(el.getAttribute('data-id') ?? '');
      }
      return ids.size;
    });
  let count = await nodeCount();
  for (let i = 0; i < 60 && count < 900; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(150);
    count = await nodeCount();
    if (process.env.BENCH_VERBOSE) console.log(`  zoom step ${i}: ${count} nodes`);
  }
  await startGaps(page);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    let last = performance.now();
    let on = true;
    const tick = () => {
      const now = performance.now();
      w.__frames.push(now - last);
      last = now;
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    setTimeout(() => (on = false), 60_000);
    return true;
  });
  void frames;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(cx + Math.sin(i / 6) * 300, cy + Math.cos(i / 6) * 150);
    if (process.env.BENCH_VERBOSE && i % 20 === 0) console.log(`  pan step ${i}`);
  }
  await page.mouse.up();
  const frameTimes = await page.evaluate(() =>
    (window as unknown as { __frames: number[] }).__frames.slice(2),
  );
  await stopGaps(page);
  const onScreen = await nodeCount();
  const domNodes = await page.locator('.react-flow__node').count();
  const m = median(frameTimes);
  console.log(
    `chart pan ${size} with ${onScreen} cards on screen (${domNodes} React Flow nodes): median frame ${m.toFixed(1)} ms (${(1000 / m).toFixed(0)} fps), p95 ${[...frameTimes].sort((a, b) => a - b)[Math.floor(frameTimes.length * 0.95)]?.toFixed(1)} ms`,
  );
  const metrics = await cdp.send('Performance.getMetrics');
  const heap = metrics.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
  console.log(`chart heap ${size} after expand all: ${(heap / 1e6).toFixed(0)} MB`);
  await context.close();
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const size of SIZES) {
      const probe = await fetch(new URL(`bench/org-${size}.json`, BASE)).catch(() => undefined);
      if (!probe?.ok) {
        console.log(`chart ${size}: skipped (bench/org-${size}.json not served)`);
        continue;
      }
      if (!process.env.BENCH_ONLY_EXPAND_ALL) {
        await firstView(browser, size);
        if (size !== '100k') await expandTeam(browser, size);
      }
      if (size === '10k' || (process.env.BENCH_EXPAND_ALL ?? '').split(',').includes(size)) {
        await expandAllAndPan(browser, size);
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
