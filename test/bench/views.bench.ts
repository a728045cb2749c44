// @vitest-environment node
/**
 * Directory and RACI at 10k and 100k people: building the directory (pre-folded search
 * strings), one filter pass (unit + text), and the RACI matrix of the whole organisation.
 * Uses `.bench/org-<n>.json` when `npm run bench` has generated it, else generates it (seed 1).
 *
 *   npx vitest bench --run test/bench/views.bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { generateOrg } from '../../data/generator';
import { buildDirectory, filterDirectory } from '../../src/domain/directory';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import { buildRaciMatrix } from '../../src/domain/raci';
import type { OrgData } from '../../src/domain/types';

function org(people: number, file: string): OrgData {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OrgData;
  return generateOrg({ people, seed: 1 });
}

const SIZES = [
  { label: '10k', people: 10_000, file: '.bench/org-10k.json', iterations: 10 },
  { label: '100k', people: 100_000, file: '.bench/org-100k.json', iterations: 5 },
];

for (const size of SIZES) {
  const index = buildOrgIndex(org(size.people, size.file));
  const directory = buildDirectory(index);
  const someUnit = [...index.unitById.keys()][1] ?? '';
  const options = { time: 0, iterations: size.iterations, warmupIterations: 1 };
  describe(`views ${size.label} people`, () => {
    bench(`buildDirectory ${size.label}`, () => void buildDirectory(index), options);
    bench(
      `filterDirectory text ${size.label}`,
      () => void filterDirectory(index, directory, { text: 'mar' }),
      options,
    );
    bench(
      `filterDirectory unit+text ${size.label}`,
      () => void filterDirectory(index, directory, { unit: someUnit, text: 'an' }),
      options,
    );
    bench(`buildRaciMatrix ${size.label}`, () => void buildRaciMatrix(index), options);
  });
}
