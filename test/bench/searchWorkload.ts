/**
 * Shared by the search benches: generated organisations (from `.bench/` when `npm run bench`
 * made them, else generated here) and the keystrokes a user types for each query of the set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOrg } from '../../data/generator';
import { orgFileSchema } from '../../src/domain/schema';
import type { OrgData } from '../../src/domain/types';
import { search } from '../../src/search/query';
import type { SearchIndex } from '../../src/search/searchIndex';

export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type Size = keyof typeof SIZES;

export function benchSizes(): Size[] {
  const wanted = (process.env.BENCH_SIZES ?? '1k,10k,100k').split(',');
  return wanted.filter((s): s is Size => s in SIZES);
}

export function loadOrg(size: Size): OrgData {
  // Paths from the project root: benches run from there (`npm run bench`).
  const file = resolve(`.bench/org-${size}.json`);
  if (existsSync(file)) return orgFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return generateOrg({ people: SIZES[size], seed: 1 });
}

export const QUERIES: string[] = (
  JSON.parse(readFileSync(resolve('data/queries.json'), 'utf8')) as {
    queries: { query: string }[];
  }
).queries.map((q) => q.query);

/** Every prefix of every query: what the index sees as the user types. */
export const KEYSTROKES: string[] = QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
);

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Times each query once on `index`; returns sorted milliseconds. */
export function timeQueries(index: SearchIndex, queries: readonly string[]): number[] {
  const times = queries.map((q) => {
    const start = performance.now();
    search(index, q);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
