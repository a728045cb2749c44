// @vitest-environment node
/**
 * Search engine benches (Node): index build time and per-query latency over the query set at
 * 1k, 10k and 100k generated people. Besides Vitest's table, prints explicit lines:
 * `search 10k: median X ms, p95 Y ms per keystroke (cold caches) …, index build Z ms`.
 * Run: `npm run bench`, or `npx vitest bench --run test/bench/search.bench.ts`
 * (BENCH_SIZES=1k,10k to skip 100k).
 */
import { bench, describe } from 'vitest';
import { search } from '../../src/search/query';
import { buildSearchIndex } from '../../src/search/searchIndex';
import {
  KEYSTROKES,
  QUERIES,
  benchSizes,
  fmt,
  loadOrg,
  percentile,
  timeQueries,
} from './searchWorkload';

for (const size of benchSizes()) {
  const data = loadOrg(size);
  const buildStart = performance.now();
  const index = buildSearchIndex(data);
  const buildMs = performance.now() - buildStart;
  // First pass with empty caches (every new word is matched against the vocabulary), then warm.
  const cold = timeQueries(index, KEYSTROKES);
  const warm = timeQueries(index, KEYSTROKES);
  const full = timeQueries(index, QUERIES);
  console.log(
    `search ${size}: median ${fmt(percentile(cold, 50))} ms, p95 ${fmt(percentile(cold, 95))} ms ` +
      `per keystroke with cold caches (${cold.length} keystrokes, max ${fmt(percentile(cold, 100))} ms); ` +
      `warm median ${fmt(percentile(warm, 50))} ms, p95 ${fmt(percentile(warm, 95))} ms; ` +
      `whole queries p95 ${fmt(percentile(full, 95))} ms; ` +
      `index build ${Math.round(buildMs)} ms (${index.size} records, ${index.terms.length} terms)`,
  );

  describe(`search ${size}`, () => {
    bench(
      `index build ${size}`,
      () => {
        buildSearchIndex(data);
      },
      { iterations: size === '100k' ? 2 : 5, time: 0 },
    );
    bench(`query set, every keystroke ${size}`, () => {
      for (const q of KEYSTROKES) search(index, q);
    });
  });
}
