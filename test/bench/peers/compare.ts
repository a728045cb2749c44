/**
 * `npm run bench:peers`: Wayfinder against its peers on the same generated organisations, in one
 * headless Chromium session, rounds alternating which page goes first. Each figure is printed with
 * its ratio to Wayfinder's, the median over rounds with each round's value in brackets, (Wayfinder ÷ peer: ≤ 1.0 means Wayfinder is as fast or faster) and the
 * load average (1 min) before and after. Never asserts timings.
 *
 *  - chart first card: navigation (new context: nothing stored) → first card painted;
 *    Wayfinder `#/chart` (its first view's picture, then React Flow's cards: both are printed)
 *    vs d3-org-chart's default view;
 *  - first answer: navigation → answer to `?q=` painted; Wayfinder's answer card vs the first
 *    MiniSearch / FlexSearch result row;
 *  - longest main-thread task from navigation until BENCH_TAIL_MS after that first paint;
 *  - keystroke → painted (`../lib/keystrokes.ts`), p95, the first BENCH_QUERIES queries of
 *    data/queries.json typed key by key.
 *
 * Env: BENCH_URL (Wayfinder build), BENCH_PEER_URL (the peer pages), BENCH_SIZES, BENCH_ROUNDS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { typeAll } from '../lib/keystrokes';
import { BENCH_PEER_URL, BENCH_URL, launchBench } from '../lib/browser';
import { fmt, load, median, pct } from '../lib/stats';

const WF = BENCH_URL;
const PEERS = BENCH_PEER_URL;
const SIZES = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TAIL_MS = Number(process.env.BENCH_TAIL_MS ?? 5000);
const QUERY = 'payslip';
/** Which rows to run (BENCH_ROWS=chart,search,keys): all by default. */
const ROWS = new Set((process.env.BENCH_ROWS ?? 'chart,search,keys').split(','));
const QUERIES = (
  JSON.parse(readFileSync(resolve('data/queries.json'), 'utf8')) as { queries: { query: string }[] }
).queries
  .map((q) => q.query)
  .slice(0, Number(process.env.BENCH_QUERIES ?? 30));

interface Contender {
  name: string;
  /** URL of a first visit for an org file path. */
  url: (org: string) => string;
  /** What counts as shown. */
  selector: string;
  /** What counts as the interactive chart, when that comes later than `selector`. */
  interactive?: string;
}

const chartContenders: Contender[] = [
  {
    name: 'Wayfinder',
    url: (org) => `${WF}?org=${encodeURIComponent(org)}#/chart`,
    // The first view's picture, drawn by the org file worker, then React Flow's own cards.
    selector: '#wf-first-view svg, .react-flow__node-position .wf-card',
    interactive: '.react-flow__node-position .wf-card',
  },
  {
    name: 'd3-org-chart',
    url: (org) => `${PEERS}orgchart.html?org=${encodeURIComponent(org)}`,
    selector: '#chart .card',
  },
];
const searchContenders: Contender[] = [
  {
    name: 'Wayfinder',
    url: (org) => `${WF}?org=${encodeURIComponent(org)}#/search?q=${QUERY}`,
    selector: `.search-results[data-query="${QUERY}"] [data-testid="answer-card"]`,
  },
  ...['MiniSearch', 'FlexSearch'].map((name) => ({
    name,
    url: (org: string) =>
      `${PEERS}${name.toLowerCase()}.html?org=${encodeURIComponent(org)}&q=${QUERY}`,
    selector: `.search-results[data-query="${QUERY}"] li`,
  })),
];

/**
 * In-page probe from the first script on: when `selector` (and `interactive`) is first painted
 * (the frame after the one that drew it), and long tasks.
 */
const probe = (selector: string, interactive: string) => `(() => {
  const p = (window.__wfProbe = { painted: 0, interactive: 0, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = (sel, key) => {
    const check = () => {
      if (!document.querySelector(sel)) return requestAnimationFrame(check);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { p[key] = performance.now(); };
        channel.port2.postMessage(0);
      });
    };
    requestAnimationFrame(check);
  };
  watch(${JSON.stringify(selector)}, 'painted');
  watch(${JSON.stringify(interactive)}, 'interactive');
})()`;

interface Visit {
  shown: number;
  interactive: number;
  longest: number;
}

async function firstVisit(browser: Browser, who: Contender, org: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe(who.selector, who.interactive ?? who.selector));
    await page.goto(who.url(org), { waitUntil: 'commit' });
    type Probe = { __wfProbe?: { painted: number; interactive: number } };
    const [shown = 0, interactive = 0] = (await (
      await page.waitForFunction(
        () => {
          const p = (window as unknown as Probe).__wfProbe;
          return p && p.painted && p.interactive ? [p.painted, p.interactive] : 0;
        },
        null,
        { timeout: 120_000, polling: 100 },
      )
    ).jsonValue()) as number[];
    await page.waitForTimeout(TAIL_MS);
    const longest = await page.evaluate(() =>
      Math.max(
        0,
        ...(
          window as unknown as { __wfProbe: { longTasks: { duration: number }[] } }
        ).__wfProbe.longTasks.map((t) => t.duration),
      ),
    );
    return { shown, interactive, longest };
  } finally {
    await context.close();
  }
}

async function keystrokes(browser: Browser, who: string, org: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    if (who === 'Wayfinder') {
      await page.goto(`${WF}?org=${encodeURIComponent(org)}#/search`);
      await page.locator('#search-input').waitFor({ timeout: 300_000 });
      await page.locator('.search-indexing').waitFor({ state: 'detached', timeout: 300_000 });
    } else {
      await page.goto(`${PEERS}${who.toLowerCase()}.html?org=${encodeURIComponent(org)}`);
      await page.locator('#search-input:enabled').waitFor({ timeout: 300_000 });
    }
    await typeAll(page, QUERIES.slice(0, 5)); // warm-up: JIT
    return (await typeAll(page, QUERIES)).painted;
  } finally {
    await context.close();
  }
}

/** Runs `measure` for each contender, ROUNDS times, alternating the order; prints the figure. */
async function compare<T>(
  label: string,
  names: string[],
  measure: (name: string) => Promise<T>,
  /** Each figure's value per round. */
  figures: Record<string, (run: T) => number>,
): Promise<void> {
  const loadBefore = load();
  const runs = new Map<string, T[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const name of order) runs.get(name)!.push(await measure(name));
  }
  const loadAfter = load();
  for (const [figure, value] of Object.entries(figures)) {
    const values = (n: string) => runs.get(n)!.map(value);
    const wf = median(values('Wayfinder'));
    const parts = names.map((n) => {
      const v = median(values(n));
      const list = `[${values(n).map(fmt).join(', ')}]`;
      return n === 'Wayfinder'
        ? `Wayfinder ${fmt(v)} ms ${list}`
        : `${n} ${fmt(v)} ms ${list} (ratio ${(wf / v).toFixed(2)})`;
    });
    console.log(`${label} ${figure}: ${parts.join(' · ')} · load ${loadBefore} → ${loadAfter}`);
  }
}

async function main(): Promise<void> {
  const browser = await launchBench();
  try {
    for (const size of SIZES) {
      const org = `bench/org-${size}.json`;
      const visits = (contenders: Contender[]) => (name: string) =>
        firstVisit(
          browser,
          contenders.find((c) => c.name === name)!,
          org,
        );
      if (ROWS.has('chart')) {
        await compare(
          `${size} first visit`,
          ['Wayfinder', 'd3-org-chart'],
          visits(chartContenders),
          {
            'navigation → first chart card': (v) => v.shown,
            'navigation → first card of the interactive chart': (v) => v.interactive,
            [`longest main-thread task (to ${TAIL_MS} ms after the card)`]: (v) => v.longest,
          },
        );
      }
      if (ROWS.has('search'))
        await compare(
          `${size} first visit`,
          searchContenders.map((c) => c.name),
          visits(searchContenders),
          {
            [`navigation → answer to "${QUERY}" painted`]: (v) => v.shown,
            [`longest main-thread task (to ${TAIL_MS} ms after the answer)`]: (v) => v.longest,
          },
        );
      if (size === '1k' || !ROWS.has('keys')) continue;
      await compare(
        `${size}`,
        ['Wayfinder', 'MiniSearch', 'FlexSearch'],
        (name) => keystrokes(browser, name, org),
        {
          'keystroke → painted p95': (k) => pct(k, 95),
          'keystroke → painted median': (k) => median(k),
        },
      );
    }
  } finally {
    await browser.close();
  }
}

void main();
