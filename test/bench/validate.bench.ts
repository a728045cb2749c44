// @vitest-environment node
/**
 * Validation time for generated organisations of 10k and 100k people:
 * `validateOrg` on parsed JSON, and `parseOrgText` on the file's text (size check, safe JSON
 * parse, validation) — what an import or the CLI pays. Uses `.bench/org-<n>.json` when
 * `npm run bench` has generated it, else generates the same organisation (seed 1).
 *
 *   npx vitest bench --run test/bench/validate.bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { generateOrg } from '../../data/generator';
import { parseOrgText } from '../../src/domain/parseOrgFile';
import { validateOrg } from '../../src/domain/validate';

function orgText(people: number, file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8');
  return JSON.stringify(generateOrg({ people, seed: 1 }));
}

const SIZES = [
  { label: '10k', people: 10_000, file: '.bench/org-10k.json', iterations: 5 },
  { label: '100k', people: 100_000, file: '.bench/org-100k.json', iterations: 3 },
];

for (const size of SIZES) {
  const text = orgText(size.people, size.file);
  const parsed: unknown = JSON.parse(text);
  const options = { time: 0, iterations: size.iterations, warmupIterations: 1 };
  describe(`validate ${size.label} people (${(text.length / 1e6).toFixed(1)} MB)`, () => {
    bench(
      `validateOrg ${size.label}`,
      () => {
        if (!validateOrg(parsed).data) throw new Error('generated org should be valid');
      },
      options,
    );
    bench(
      `parseOrgText ${size.label}`,
      () => {
        if (!parseOrgText(text).data) throw new Error('generated org should be valid');
      },
      options,
    );
  });
}
