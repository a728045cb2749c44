/**
 * Where an HR import's time goes in the import worker, phase by phase, in Node: read (CSV text
 * or XLSX workbook → table), detect + build + merge + validate (`analyseTable`), diff, for the
 * bench's 100k export (`hrExport.ts`): the first import ("Start my organisation" over the demo)
 * and next month's file laid over it, as `hrImport.browser.ts` runs them in the browser.
 * Prints each phase's wall time (median of BENCH_RUNS, default 3, after one warm-up), the CPU
 * time of the whole check, the 1-minute load average, and the SHA-256 of `analyseImport`'s
 * output: an optimisation must leave that hash unchanged (it proves the import produces the
 * same data, problems, diff and report).
 *
 *   npx tsx test/bench/hrPhases.ts            (BENCH_HR_ROWS=100000 BENCH_HR_FORMATS=csv,xlsx)
 *
 * Profile a phase with `node --cpu-prof --import tsx test/bench/hrPhases.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyseTable } from '../../src/import/analyseTable';
import { readImportBytes } from '../../src/import/formats/readFile';
import { analyseImport, type ImportAnalysis } from '../../src/import/pipeline';
import { diffOrg } from '../../src/domain/diff';
import type { OrgData } from '../../src/domain/types';
import { validateOrg } from '../../src/domain/validate';
import { hrRows, nextMonth, toCsv, toXlsx } from './hrExport';
import { median } from './lib/stats';

const ROWS = Number(process.env.BENCH_HR_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FORMATS = (process.env.BENCH_HR_FORMATS ?? 'csv,xlsx').split(',') as ('csv' | 'xlsx')[];

const demo = validateOrg(JSON.parse(readFileSync('data/sample-org.json', 'utf8'))).data!;

const sha = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function phases(bytes: Uint8Array, fileName: string, current: OrgData, mode: 'start' | 'add') {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const read = readImportBytes(bytes, fileName);
  t.read = performance.now() - t0;
  t0 = performance.now();
  const table = analyseTable(read.table!, {
    fileName,
    orgName: 'x',
    ...(mode === 'add' ? { current } : {}),
  });
  t['detect+build+merge+validate'] = performance.now() - t0;
  t0 = performance.now();
  diffOrg(current, table.data!);
  t.diff = performance.now() - t0;
  return t;
}

function check(bytes: Uint8Array, fileName: string, current: OrgData, mode?: 'start') {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = analyseImport({ bytes, fileName, current, ...(mode ? { mode } : {}) });
  const cpu = process.cpuUsage(cpu0);
  return { out, wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

function report(label: string, runs: Record<string, number>[]) {
  const keys = Object.keys(runs[0]!);
  const parts = keys.map((k) => `${k} ${Math.round(median(runs.map((r) => r[k]!)))}`);
  console.log(`  ${label}: ${parts.join(', ')} ms`);
}

const rows = hrRows(ROWS);
const later = nextMonth(rows);
for (const format of FORMATS) {
  const encode = (r: typeof rows) =>
    format === 'csv' ? new TextEncoder().encode(toCsv(r)) : toXlsx(r);
  const first = encode(rows);
  const next = encode(later);
  const name = `workers.${format}`;
  const firstRuns: Record<string, number>[] = [];
  const nextRuns: Record<string, number>[] = [];
  let firstOut: ImportAnalysis | undefined;
  let nextOut: ImportAnalysis | undefined;
  for (let run = 0; run <= RUNS; run++) {
    const a = check(first, name, demo, 'start');
    const applied = a.out.data!;
    const b = check(next, name, applied);
    const pa = phases(first, name, demo, 'start');
    const pb = phases(next, name, applied, 'add');
    if (run === 0) continue; // warm-up
    firstRuns.push({ ...pa, check: a.wall, cpu: a.cpu });
    nextRuns.push({ ...pb, check: b.wall, cpu: b.cpu });
    firstOut = a.out;
    nextOut = b.out;
  }
  console.log(`${format.toUpperCase()} ${ROWS} rows, load average ${loadavg()[0]!.toFixed(1)}`);
  report('first import', firstRuns);
  report('next month  ', nextRuns);
  console.log(`  sha256 analyseImport: first ${sha(firstOut)}, next month ${sha(nextOut)}`);
}
