/**
 * CLI: writes a generated org file.
 *   npm run generate -- --people 10000 --seed 1 > big.json
 *   npm run generate -- --people 100000 --seed 1 --out /tmp/100k.json [--pretty]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateOrg } from './generator';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    pretty: { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const seed = Number(values.seed);
if (!Number.isInteger(people) || people < 100 || !Number.isInteger(seed)) {
  console.error(
    'Usage: npm run generate -- --people <integer ≥ 100> [--seed <integer>] [--out file] [--pretty]',
  );
  process.exit(2);
}
const started = performance.now();
const org = generateOrg({ people, seed });
const json = JSON.stringify(org, null, values.pretty ? 2 : undefined);
if (values.out) {
  writeFileSync(values.out, json);
  const mb = (Buffer.byteLength(json) / 1024 / 1024).toFixed(1);
  console.error(
    `${values.out}: ${org.people.length} people, ${org.positions.length} positions, ${org.units.length} units, ${org.topics.length} topics, ${mb} MB in ${Math.round(performance.now() - started)} ms`,
  );
} else {
  process.stdout.write(json);
}
