/**
 * Where an import's time goes, phase by phase, in Node (one run per size, after one warm-up):
 * JSON parse, schema (zod), references + duplicates, cycles, rules, diff, structured clone
 * (what a worker → main thread message of the data or of the analysis costs), hashing and the
 * org index the store builds after apply.
 *
 *   npx tsx test/bench/importPhases.ts [10k,100k]
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateOrg } from '../../data/generator';
import { diffOrg } from '../../src/domain/diff';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { safeJsonParse } from '../../src/domain/safeJson';
import type { OrgData } from '../../src/domain/types';
import { ProblemCollector } from '../../src/domain/validation/collector';
import { checkCycles } from '../../src/domain/validation/cycles';
import { looseOrg } from '../../src/domain/validation/records';
import { checkDuplicates, checkReferences } from '../../src/domain/validation/references';
import { checkRules } from '../../src/domain/validation/rules';
import { checkSchema } from '../../src/domain/validation/schemaCheck';
import { analyseImport } from '../../src/import/pipeline';

const sizes = (process.argv[2] ?? '10k,100k').split(',');

function nextVersion(current: OrgData): OrgData {
  const people = current.people.map((p, i) =>
    i % 100 === 0 ? { ...p, name: `${p.name} (renamed)` } : p,
  );
  for (let i = 0; i < 10; i++) people.push({ id: `bench-new-${i}`, name: `New Person ${i}` });
  return { ...current, people };
}

function time<T>(label: string, rows: [string, number][], fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  rows.push([label, performance.now() - t0]);
  return result;
}

for (const size of sizes) {
  const file = `.bench/org-${size}.json`;
  const people = Number.parseInt(size, 10) * 1000;
  const current = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as OrgData)
    : generateOrg({ people, seed: 1 });
  const text = JSON.stringify(nextVersion(current));
  for (let run = 0; run < 2; run++) {
    const rows: [string, number][] = [];
    const parsed = time('JSON parse (safeJsonParse)', rows, () => safeJsonParse(text));
    if (!parsed.ok) throw new Error('parse');
    const input = parsed.value as Record<string, unknown>;
    const out = new ProblemCollector();
    const schema = time('schema (zod, chunks)', rows, () => checkSchema(input, out));
    const org = time('loose view', rows, () => looseOrg(input));
    time('duplicates + references', rows, () => {
      checkDuplicates(org, out);
      checkReferences(org, out);
    });
    time('cycles', rows, () => checkCycles(org.positions, org.units, out));
    time('rules', rows, () => checkRules(org, out));
    const data = schema.data as OrgData;
    const diff = time('diff', rows, () => diffOrg(current, data));
    time('structuredClone(data) (worker → main)', rows, () => structuredClone(data));
    time('structuredClone(diff)', rows, () => structuredClone(diff));
    time('JSON.stringify(data)', rows, () => JSON.stringify(data));
    time('buildOrgIndex (store, after apply)', rows, () => buildOrgIndex(data));
    time('analyseImport (whole pipeline)', rows, () =>
      analyseImport({ text, fileName: 'x.json', current }),
    );
    if (run === 0) continue;
    console.log(
      `\n${size} (${(text.length / 1e6).toFixed(1)} MB), problems: ${out.problems().length}`,
    );
    for (const [label, ms] of rows)
      console.log(`  ${label.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms`);
  }
}
