/**
 * Import time for generated organisations of 10k and 100k people, as the admin page pays it:
 * parse + validate + diff (`analyseImport`, what the worker runs) and apply (one Dexie
 * transaction; fake-indexeddb here, the real IndexedDB in `import.browser.ts`).
 * The imported file is the current organisation with 1 % of people renamed and 10 added.
 *
 *   npx vitest bench --run test/bench/import.bench.ts
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { generateOrg } from '../../data/generator';
import { db } from '../../src/db/database';
import { applyImport } from '../../src/db/importRepository';
import type { OrgData } from '../../src/domain/types';
import { analyseImport } from '../../src/import/pipeline';

function loadOrg(people: number, file: string): OrgData {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OrgData;
  return generateOrg({ people, seed: 1 });
}

function nextVersion(current: OrgData): OrgData {
  const people = current.people.map((p, i) =>
    i % 100 === 0 ? { ...p, name: `${p.name} (renamed)` } : p,
  );
  for (let i = 0; i < 10; i++) people.push({ id: `bench-new-${i}`, name: `New Person ${i}` });
  return { ...current, people };
}

const SIZES = [
  { label: '10k', people: 10_000, file: '.bench/org-10k.json', iterations: 5 },
  { label: '100k', people: 100_000, file: '.bench/org-100k.json', iterations: 2 },
];

for (const size of SIZES) {
  const current = loadOrg(size.people, size.file);
  const text = JSON.stringify(nextVersion(current));
  const options = { time: 0, iterations: size.iterations, warmupIterations: 1 };
  const analyse = () => {
    const a = analyseImport({ text, fileName: `org-${size.label}.json`, current });
    if (!a.data || a.summary?.people.changed === 0) throw new Error('expected a valid diff');
    return a;
  };
  const apply = async (data: OrgData) => {
    await applyImport({ data, fileName: `org-${size.label}.json`, text });
  };
  const analysed = analyse();
  describe(`import ${size.label} people (${(text.length / 1e6).toFixed(1)} MB)`, () => {
    bench(
      `parse + validate + diff ${size.label}`,
      () => {
        analyse();
      },
      options,
    );
    bench(`apply (Dexie transaction, fake-indexeddb) ${size.label}`, () => apply(analysed.data!), {
      ...options,
      setup: async () => {
        await db.delete();
        await db.open();
      },
    });
    bench(
      `total: parse + validate + diff + apply ${size.label}`,
      async () => {
        await apply(analyse().data!);
      },
      options,
    );
  });
}
