/**
 * Chart benchmarks on the built app (Playwright, headless Chromium), generated organisations:
 *  - first drawn chart: data already loaded (search page), then `#/chart`, until a card is drawn;
 *    "cold" = new browser context (no layout cache), opened `BENCH_SETTLE_MS` (1 s) after the
 *    search page is up and also at once; "cached" = same context after a reload;
 *  - expanding one team (the manager with the most direct reports, up to 50);
 *  - expand all at 10k, with the longest main-thread freeze (requestAnimationFrame gap);
 *  - pan frame time with 1,000 cards on screen: on a 3840×2160 screen (BENCH_PAN_VIEWPORT), the
 *    view dragged onto the densest part of the expanded chart, at zoom 0.3 and 0.25 (the overview
 *    threshold: real DOM cards) and where 1,000 cards fit (the overview SVG); prints the cards
 *    counted inside the pane; fails when the view did not follow the pointer; JS heap.
 * Prints lines like `chart first view 10k: median 412 ms`. Never asserts timings.
 * Run by `npm run bench` (BENCH_URL, dist/bench/org-<n>k.json), or alone with `npx tsx`.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { BENCH_URL, launchBench } from './lib/browser';
import { median } from './lib/stats';

const BASE = BENCH_URL;
const SIZES = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DATA_DIR = process.env.BENCH_DATA_DIR ?? '.bench';
/** Pause between the search page showing the org and opening the chart (first view). */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);
/** Pan bench screen: a big monitor, so that 1,000 cards fit at a readable zoom. */
const PAN_VIEWPORT = (() => {
  const [width = 3840, height = 2160] = (process.env.BENCH_PAN_VIEWPORT ?? '3840x2160')
    .split('x')
    .map(Number);
  return { width, height };
})();

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

interface PanProbe {
  frames: number[];
  /** Viewport transforms seen by successive frames, when they changed. */
  moves: string[];
  running: boolean;
}

/** Pane (React Flow) viewport: translate and zoom from `.react-flow__viewport`'s transform. */
const viewportOf = (page: Page) =>
  page.evaluate(() => {
    const style = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const [x, y, zoom] = (style.match(/-?[\d.]+/g) ?? []).map(Number);
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return {
      x: x ?? 0,
      y: y ?? 0,
      zoom: zoom ?? 1,
      pane: { left: pane.left, top: pane.top, width: pane.width, height: pane.height },
    };
  });

/** Zooms around the pane centre to exactly `zoom` (d3: one wheel step scales by 2^(-deltaY·0.002)). */
async function zoomTo(page: Page, zoom: number) {
  const { zoom: now, pane } = await viewportOf(page);
  await page.mouse.move(pane.left + pane.width / 2, pane.top + pane.height / 2);
  await page.mouse.wheel(0, Math.log2(now / zoom) / 0.002);
  await page.waitForTimeout(400);
}

/** Every card of the expanded chart in chart coordinates, read from the overview layer. */
async function cardRects(page: Page): Promise<number[][]> {
  await zoomTo(page, 0.1);
  await page.waitForSelector('.wf-overview rect[data-id]', { state: 'attached', timeout: 30_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('.wf-overview rect[data-id]')].map((r) =>
      ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))),
    ),
  );
}

/** Top-left (chart coordinates) of the `w` × `h` area holding the most card centres. */
function densest(cards: number[][], w: number, h: number): { x: number; y: number; n: number } {
  const centres = cards.map(([x = 0, y = 0, cw = 0, ch = 0]) => [x + cw / 2, y + ch / 2] as const);
  const byX = [...centres].sort((a, b) => a[0] - b[0]);
  let best = { x: 0, y: 0, n: 0 };
  const stride = Math.max(1, Math.floor(byX.length / 400));
  for (let i = 0; i < byX.length; i += stride) {
    const x0 = (byX[i]?.[0] ?? 0) - 1;
    const ys = byX
      .filter(([x]) => x >= x0 && x <= x0 + w)
      .map(([, y]) => y)
      .sort((a, b) => a - b);
    for (let lo = 0, hi = 0; hi < ys.length; hi++) {
      while ((ys[hi] ?? 0) - (ys[lo] ?? 0) > h) lo++;
      if (hi - lo + 1 > best.n) best = { x: x0, y: (ys[lo] ?? 0) - 1, n: hi - lo + 1 };
    }
  }
  return best;
}

/** Cards inside the pane: React Flow position nodes, or the overview layer's rectangles. */
const cardsOnScreen = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const overview = document.querySelector('.wf-canvas.is-overview') !== null;
    const selector = overview ? '.wf-overview rect[data-id]' : '.react-flow__node-position';
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (
        r.width > 0 &&
        r.right > pane.left &&
        r.left < pane.right &&
        r.bottom > pane.top &&
        r.top < pane.bottom
      )
        n++;
    }
    return { n, overview, domNodes: document.querySelectorAll('.react-flow__node').length };
  });

/**
 * Zooms to `zoom`, drags the view onto the densest part of the chart, then pans in circles
 * (the pointer held down, 60 moves) and times the frames.
 */
async function panAt(page: Page, size: string, cards: number[][], zoom: number, what: string) {
  await zoomTo(page, zoom);
  let vp = await viewportOf(page);
  const target = densest(cards, vp.pane.width / vp.zoom, vp.pane.height / vp.zoom);
  const cx = vp.pane.left + vp.pane.width / 2;
  const cy = vp.pane.top + vp.pane.height / 2;
  // Drag in steps shorter than half the pane: d3 pans by exactly the pointer's move.
  for (let i = 0; i < 200; i++) {
    const dx = -target.x * vp.zoom - vp.x;
    const dy = -target.y * vp.zoom - vp.y;
    if (Math.abs(dx) < 2 && Math.abs(dy) < 2) break;
    const step = (d: number, half: number) => Math.max(-half, Math.min(half, d));
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(
      cx + step(dx, vp.pane.width / 2 - 20),
      cy + step(dy, vp.pane.height / 2 - 20),
      { steps: 4 },
    );
    await page.mouse.up();
    vp = await viewportOf(page);
  }
  await page.waitForTimeout(800);
  if (process.env.BENCH_VERBOSE) {
    console.log(
      `  target ${JSON.stringify(target)}, view ${JSON.stringify(await viewportOf(page))}`,
    );
  }
  const before = await cardsOnScreen(page);
  // Our own name: d3-selection keeps its listeners in `window.__on` (d3-zoom listens on the
  // window while dragging), so a bench flag there made d3-zoom throw and the chart never moved.
  await page.evaluate(() => {
    const w = window as unknown as { __wfPan: PanProbe };
    const probe: PanProbe = { frames: [], moves: [], running: true };
    w.__wfPan = probe;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    let last = performance.now();
    let lastTransform = viewport.style.transform;
    const tick = () => {
      const now = performance.now();
      probe.frames.push(now - last);
      last = now;
      const transform = viewport.style.transform;
      if (transform !== lastTransform) probe.moves.push(transform);
      lastTransform = transform;
      if (probe.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = await viewportOf(page);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(cx + Math.sin(i / 6) * 150, cy + Math.cos(i / 6) * 100 - 100);
  }
  const end = await viewportOf(page);
  await page.mouse.up();
  const { frameTimes, moved } = await page.evaluate(() => {
    const probe = (window as unknown as { __wfPan: PanProbe }).__wfPan;
    probe.running = false;
    return { frameTimes: probe.frames.slice(2), moved: probe.moves.length };
  });
  // The pointer ends 150 px right of and ~116 px below the pane centre: the view must follow.
  const shift = Math.hypot(end.x - start.x, end.y - start.y);
  if (moved < 30 || shift < 50) {
    throw new Error(
      `chart pan ${size} at zoom ${zoom}: the view did not follow the pointer ` +
        `(${moved} frames with a new transform, moved ${shift.toFixed(0)} px): the figures would time a still chart`,
    );
  }
  const after = await cardsOnScreen(page);
  const sorted = [...frameTimes].sort((a, b) => a - b);
  const m = median(frameTimes);
  console.log(
    `chart pan ${size} at zoom ${zoom} (${what}${before.overview ? ', overview layer' : ''}) on ${PAN_VIEWPORT.width}×${PAN_VIEWPORT.height}: ` +
      `${before.n} cards on screen before, ${after.n} after (densest area: ${target.n}; ${before.domNodes} React Flow nodes in the DOM); ` +
      `view moved in ${moved} frames (${shift.toFixed(0)} px net); median frame ${m.toFixed(1)} ms (${(1000 / m).toFixed(0)} fps), p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)} ms, longest ${sorted[sorted.length - 1]?.toFixed(1)} ms, ${frameTimes.length} frames`,
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

  await page.setViewportSize(PAN_VIEWPORT);
  await page.waitForTimeout(500);
  const cards = await cardRects(page);
  // Real DOM cards at zoom 0.3, and at the overview threshold (OVERVIEW_ZOOM 0.25: the lowest
  // zoom that still draws every card in the DOM, so the most DOM cards on screen).
  await panAt(page, size, cards, 0.3, 'DOM cards');
  await panAt(page, size, cards, 0.251, 'DOM cards, overview threshold');
  // The highest zoom at which 1,000 cards fit in the pane: the overview layer at these charts.
  const { pane } = await viewportOf(page);
  let zoom = 0.24;
  while (zoom > 0.05 && densest(cards, pane.width / zoom, pane.height / zoom).n < 1000) zoom *= 0.9;
  await panAt(page, size, cards, Math.max(0.05, Number(zoom.toFixed(3))), 'zoomed out for 1,000');
  const metrics = await cdp.send('Performance.getMetrics');
  const heap = metrics.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
  console.log(`chart heap ${size} after expand all: ${(heap / 1e6).toFixed(0)} MB`);
  await context.close();
}

async function main(): Promise<void> {
  const browser = await launchBench();
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
