/**
 * Figures as every bench prints them: medians and percentiles (nearest rank) and the load
 * average, which says how far a figure can be trusted on the shared 2-core machine.
 */
import { loadavg } from 'node:os';

/** The p-th percentile (nearest rank) of `xs`; NaN when empty. */
export function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const median = (xs: number[]): number => pct(xs, 50);

/** Milliseconds as printed: one decimal under 10, whole above. */
export const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));

/** The 1-minute load average, two decimals. */
export const load = (): string => loadavg()[0]!.toFixed(2);
