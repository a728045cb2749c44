/**
 * Prints ONE line `N passed, N failed` summing the unit (Vitest JSON) and browser (Playwright
 * JSON) reports, and exits non-zero if anything failed. A suite that crashed (no report, or a
 * non-zero exit with no failed test in its report) counts as at least one failure.
 *
 * Usage: tsx scripts/summarize-tests.ts --unit <file> --unit-exit <code> --e2e <file> --e2e-exit <code>
 */
import { existsSync, readFileSync } from 'node:fs';

export interface SuiteCount {
  passed: number;
  failed: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function readJson(file: string | undefined): unknown {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Vitest's JSON reporter (Jest-compatible shape). */
export function countVitest(report: unknown): SuiteCount | undefined {
  const r = report as
    | {
        numPassedTests?: number;
        numFailedTests?: number;
        testResults?: { status?: string; assertionResults?: unknown[] }[];
      }
    | undefined;
  if (typeof r?.numPassedTests !== 'number') return undefined;
  // A test file that fails to load has no assertions but a failed status.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  return { passed: r.numPassedTests, failed: (r.numFailedTests ?? 0) + brokenFiles };
}

/** Playwright's JSON reporter: `expected` passed, `flaky` passed on retry, `unexpected` failed. */
export function countPlaywright(report: unknown): SuiteCount | undefined {
  const r = report as
    | { stats?: { expected?: number; unexpected?: number; flaky?: number }; errors?: unknown[] }
    | undefined;
  if (!r?.stats) return undefined;
  const passed = (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
  const failed = (r.stats.unexpected ?? 0) + (r.errors?.length ?? 0);
  return { passed, failed };
}

/** A crash (missing report or non-zero exit without failures) counts as one failure. */
export function settle(count: SuiteCount | undefined, exitCode: number): SuiteCount {
  if (!count) return { passed: 0, failed: 1 };
  if (exitCode !== 0 && count.failed === 0) return { ...count, failed: 1 };
  return count;
}

function main(): void {
  const unit = settle(countVitest(readJson(arg('unit'))), Number(arg('unit-exit') ?? 1));
  const e2e = settle(countPlaywright(readJson(arg('e2e'))), Number(arg('e2e-exit') ?? 1));
  const passed = unit.passed + e2e.passed;
  const failed = unit.failed + e2e.failed;
  console.log(
    `unit: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
