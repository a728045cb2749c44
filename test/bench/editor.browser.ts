/**
 * Edit mode (issue 12): on a 10k organisation, ms from a RACI edit (a letter chosen in a topic's
 * record) to the frame painted after the banner's checks summary changed (the live checks ran and the
 * panel drew); on a 100k organisation, the longest main-thread task (PerformanceObserver
 * 'longtask') while a draft is published. Budgets: 50 ms p95, no freeze. Never asserts.
 *
 * Run by `npm run bench` (needs BENCH_URL and dist/bench/org-<n>k.json). BENCH_EDIT_SIZES picks
 * the sizes ("10k,100k").
 */
import type { Page } from 'playwright-core';
import { BENCH_URL, launchBench, served } from './lib/browser';
import { fmt, load, median, pct } from './lib/stats';

const SIZES = (process.env.BENCH_EDIT_SIZES ?? '10k,100k').split(',');
const CLICKS = 25;

/** Opens the organisation with edit mode on, at `hash`. */
async function openEditing(page: Page, size: string, hash: string): Promise<void> {
  await page.goto(`${BENCH_URL}?org=${encodeURIComponent(`bench/org-${size}.json`)}#/admin`);
  const toggle = page.getByRole('switch', { name: /edit mode/i });
  await toggle.waitFor({ timeout: 600_000 });
  if (!(await toggle.isChecked())) await toggle.check();
  const banner = page.getByRole('region', { name: /^edit mode$/i });
  await banner.waitFor();
  await page.waitForFunction(
    () => !/opening/i.test(document.querySelector('.edit-banner')?.textContent ?? 'opening'),
    undefined,
    { timeout: 600_000 },
  );
  await page.goto(`${BENCH_URL}#${hash}`);
}

/**
 * ms from choosing `role` in the select `id` to the end of the first frame painted with the
 * banner's checks summary changed; NaN if it did not change within 60 frames.
 */
function timeEdit(page: Page, id: string, role: string): Promise<number> {
  return page.evaluate(
    ([selectId, value]) =>
      new Promise<number>((resolve) => {
        const summary = document.querySelector('[data-testid="check-summary"]');
        const select = document.getElementById(selectId) as HTMLSelectElement | null;
        if (!summary || !select) return resolve(NaN);
        const before = summary.textContent;
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        let frames = 0;
        const check = () => {
          frames++;
          if (summary.textContent !== before) {
            // This frame paints the new summary; the next task runs once it is painted. (This
            // once waited one frame more, and so also counted the draft's index, rebuilt after
            // the paint: `afterPaint` in editorStore.ts.)
            setTimeout(() => resolve(performance.now() - start));
          } else if (frames > 60) resolve(NaN);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [id, role] as const,
  );
}

/**
 * The topic record in edit mode (its RACI letters, the rule check beside them, the banner's
 * summary): the generated file's first topic, "payslip", whose only R is position s3o. R and C
 * in turn: each change adds or removes the "no Responsible" warning.
 */
async function benchEdit(page: Page, size: string): Promise<void> {
  await openEditing(page, size, '/topic/payslip');
  const select = page.getByLabel(/\(s3o\)$/);
  await select.waitFor({ timeout: 300_000 });
  const id = (await select.getAttribute('id')) ?? '';
  await timeEdit(page, id, 'C'); // the first edit loads the editor's code paths: not counted
  await timeEdit(page, id, 'R');
  const times: number[] = [];
  for (let i = 0; i < CLICKS; i++) times.push(await timeEdit(page, id, i % 2 === 0 ? 'C' : 'R'));
  const measured = times.filter((ms) => !Number.isNaN(ms));
  console.log(
    `edit -> checks painted ${size}: median ${fmt(median(measured))} ms, p95 ${fmt(pct(measured, 95))} ms, ` +
      `max ${fmt(Math.max(...measured))} ms (${measured.length} of ${CLICKS} edits; load ${load()})`,
  );
}

async function benchPublish(page: Page, size: string): Promise<void> {
  // One edit on the admin page itself: a new topic.
  await openEditing(page, size, '/admin');
  await page.getByLabel('Name in English', { exact: true }).fill('Bench topic');
  await page.getByLabel('Name in French', { exact: true }).fill('Sujet du banc');
  await page.getByRole('button', { name: 'Add the topic' }).click();
  await page.getByText(/1 change saved in the draft/).waitFor({ timeout: 300_000 });
  await page.goto(`${BENCH_URL}#/admin`);
  await page.getByRole('button', { name: 'Publish', exact: true }).waitFor({ timeout: 300_000 });
  // The click and the wait for "published" happen in the page: Playwright's own selector engine
  // (a role or text query over the whole admin page, polled) runs on the page's main thread and
  // was itself the longest task measured (up to 2.5 s at 100k: CDP trace, load 18).
  const { ms, tasks } = await page.evaluate(
    () =>
      new Promise<{ ms: number; tasks: number[] }>((resolve) => {
        const tasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        }).observe({ type: 'longtask' });
        const status = document.querySelector('.edit-banner-message');
        const button = [...document.querySelectorAll('.edit-actions button')].find(
          (b) => b.textContent === 'Publish',
        ) as HTMLButtonElement | undefined;
        if (!status || !button) return resolve({ ms: NaN, tasks });
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (!/published as version/i.test(status.textContent ?? '')) return;
          observer.disconnect();
          const ms = performance.now() - started;
          // What follows the message counts too (the views take the new version, the search index is
          // rebuilt); long tasks are reported once they end.
          setTimeout(() => resolve({ ms, tasks }), 2000);
        }).observe(status, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
  );
  console.log(
    `publish ${size}: ${fmt(ms)} ms to published, longest main-thread task ` +
      `${fmt(Math.max(0, ...tasks))} ms, ${tasks.filter((d) => d > 200).length} tasks over 200 ms ` +
      `(${tasks.length} over 50 ms; load ${load()})`,
  );
}

async function main(): Promise<void> {
  const browser = await launchBench();
  try {
    for (const size of SIZES) {
      if (!(await served(size))) {
        console.log(`editor ${size}: skipped (bench/org-${size}.json not served)`);
        continue;
      }
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // Publishing downloads the org file.
      const page = await context.newPage();
      // tsx (esbuild keepNames) wraps named functions in `__name(...)`, which the page lacks.
      await page.addInitScript('window.__name = (f) => f;');
      if (size === '10k') await benchEdit(page, size);
      else await benchPublish(page, size);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
