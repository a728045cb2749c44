/**
 * Directory in the browser at 10k and 100k people: time from opening `#/directory` (data
 * already in IndexedDB) to the first 50 results drawn, and per keystroke from typing a letter
 * in the text filter to the updated result count. Prints medians; never asserts.
 *
 * Run by `npm run bench` (needs BENCH_URL and dist/bench/org-<n>k.json).
 */
import type { Page } from 'playwright-core';
import { BENCH_URL, launchBench } from './lib/browser';
import { median } from './lib/stats';

const BASE = BENCH_URL;
const SIZES = (process.env.BENCH_SIZES ?? '10k,100k').split(',');
const QUERY = 'marie dub';

/** ms from the hash change to the directory list being drawn. */
async function openDirectory(page: Page): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.waitForSelector('.dir-list', { state: 'detached' });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        window.location.hash = '#/directory';
        const check = () =>
          document.querySelector('.dir-list > li')
            ? resolve(performance.now() - start)
            : requestAnimationFrame(check);
        check();
      }),
  );
}

/** ms per keystroke until the result count text changes (NaN when the count stays the same). */
async function typeTimings(page: Page): Promise<number[]> {
  await page.fill('.directory-page input[type="search"]', '');
  const times: number[] = [];
  for (const ch of QUERY) {
    times.push(
      await page.evaluate(
        (letter) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>(
              '.directory-page input[type="search"]',
            );
            const count = document.querySelector('.directory-page .result-count');
            if (!input || !count) return resolve(NaN);
            const before = count.textContent;
            const start = performance.now();
            // React's own value setter, called on the input below (`setter.call(input, …)`).
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const setter = Object.getOwnPropertyDescriptor(
              HTMLInputElement.prototype,
              'value',
            )?.set;
            setter?.call(input, input.value + letter);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            let frames = 0;
            const check = () => {
              frames++;
              if (count.textContent !== before) resolve(performance.now() - start);
              // Same count as before (e.g. after a space): not a measurable update.
              else if (frames > 120) resolve(NaN);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        ch,
      ),
    );
  }
  return times;
}

async function main(): Promise<void> {
  const browser = await launchBench();
  try {
    for (const size of SIZES) {
      const file = `bench/org-${size}.json`;
      const probe = await fetch(new URL(file, BASE));
      if (!probe.ok) {
        console.log(`directory ${size}: skipped (${file} not served)`);
        continue;
      }
      const page = await browser.newPage();
      // tsx (esbuild keepNames) wraps named functions in `__name(...)`, which the page lacks.
      await page.addInitScript('window.__name = (f) => f;');
      await page.goto(`${BASE}?org=${encodeURIComponent(file)}#/`);
      await page.waitForSelector('[data-testid="org-name"]', { timeout: 300_000 });
      const opens: number[] = [];
      for (let i = 0; i < 3; i++) opens.push(await openDirectory(page));
      const keys = (await typeTimings(page)).filter((ms) => !Number.isNaN(ms));
      console.log(
        `directory first view ${size}: ${Math.round(opens[0] ?? NaN)} ms (build + draw), ` +
          `later views median ${Math.round(median(opens.slice(1)))} ms`,
      );
      console.log(
        `directory filter per keystroke ${size}: median ${Math.round(median(keys))} ms, ` +
          `max ${Math.round(Math.max(...keys))} ms ("${QUERY}")`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
